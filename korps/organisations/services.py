"""Writes for zones, units, memberships and accounts. Each writes its audit row in the same
transaction. The `membership_*` and `user_*` writes with an `acting_user` refuse, with
PermissionDenied, anything outside the zones that person administers (site operators aside):
the back office calls them, and they hold the rule even if a form lets something through."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from korps.audit.services import audit_record

from .models import Membership, Organisation, Unit, User
from .permissions import organisations_for
from .roles import Role
from .selectors import users_managed_by


@transaction.atomic
def organisation_create(
    *,
    name: str,
    code: str,
    default_language: str = "nl",
    languages: list[str] | None = None,
    municipalities: list[str] = (),
    acting_user: User | None = None,
) -> Organisation:
    organisation = Organisation(
        name=name, code=code, default_language=default_language, languages=languages or []
    )
    organisation.full_clean()
    organisation.save()
    for municipality in municipalities:
        organisation.municipalities.create(name=municipality)
    audit_record(
        actor=acting_user,
        action="organisations.zone.created",
        target=organisation,
        organisation=organisation,
    )
    return organisation


@transaction.atomic
def unit_create(
    *,
    organisation: Organisation,
    name: str,
    kind: str,
    parent: Unit | None = None,
    acting_user: User | None = None,
) -> Unit:
    unit = Unit(organisation=organisation, name=name, kind=kind, parent=parent)
    unit.full_clean()
    unit.save()
    audit_record(
        actor=acting_user,
        action="organisations.unit.created",
        target=unit,
        organisation=organisation,
    )
    return unit


@transaction.atomic
def membership_grant(
    *,
    user: User,
    organisation: Organisation,
    role: Role,
    unit: Unit | None = None,
    acting_user: User | None = None,
) -> Membership:
    membership, _created = Membership.objects.get_or_create(
        user=user, organisation=organisation, role=role, defaults={"unit": unit}
    )
    if not membership.is_active:
        membership.is_active = True
        membership.save(update_fields=["is_active"])
    audit_record(
        actor=acting_user,
        action="organisations.membership.granted",
        target=membership,
        organisation=organisation,
        data={"role": str(role), "user": user.email},
    )
    return membership


@transaction.atomic
def membership_revoke(*, membership: Membership, acting_user: User | None = None) -> None:
    membership.is_active = False
    membership.save(update_fields=["is_active"])
    audit_record(
        actor=acting_user,
        action="organisations.membership.revoked",
        target=membership,
        organisation=membership.organisation,
        data={"role": membership.role, "user": membership.user.email},
    )


def _managed_zones(acting_user: User):
    return organisations_for(acting_user, "organisations.manage_zone")


def _check_manages(acting_user: User, *, organisation: Organisation, user: User | None) -> None:
    """Site operators manage every zone; a zone administrator only their zones and the people
    whose every role is in them."""
    if acting_user.is_superuser:
        return
    zones = _managed_zones(acting_user)
    if not zones.filter(pk=organisation.pk).exists():
        raise PermissionDenied(_("You do not administer this zone."))
    if user is not None and user.pk is not None:
        if not users_managed_by(zones=zones).filter(pk=user.pk).exists():
            raise PermissionDenied(
                _("This person has a role in a zone you do not administer; ask a site operator.")
            )


@transaction.atomic
def membership_create(
    *,
    user: User,
    organisation: Organisation,
    role: Role,
    unit: Unit | None = None,
    acting_user: User,
) -> Membership:
    """Give `user` a role in `organisation`. Refused for anyone with a role in another zone."""
    _check_manages(acting_user, organisation=organisation, user=user)
    return _membership_add(
        user=user, organisation=organisation, role=role, unit=unit, acting_user=acting_user
    )


def _membership_add(*, user, organisation, role, unit, acting_user) -> Membership:
    membership = Membership(user=user, organisation=organisation, role=role, unit=unit)
    membership.full_clean()
    membership.save()
    audit_record(
        actor=acting_user,
        action="organisations.membership.granted",
        target=membership,
        organisation=organisation,
        data={"role": str(role), "user": user.email, "unit": str(unit or "")},
    )
    return membership


@transaction.atomic
def membership_change(
    *, membership: Membership, role: Role, unit: Unit | None, is_active: bool, acting_user: User
) -> Membership:
    """Change the role, unit or status of a membership; the audit row keeps before and after."""
    stored = Membership.objects.select_for_update().get(pk=membership.pk)
    _check_manages(acting_user, organisation=stored.organisation, user=stored.user)
    before = {"role": stored.role, "unit": str(stored.unit or ""), "is_active": stored.is_active}
    stored.role, stored.unit, stored.is_active = role, unit, is_active
    stored.full_clean()
    stored.save(update_fields=["role", "unit", "is_active"])
    after = {"role": stored.role, "unit": str(stored.unit or ""), "is_active": stored.is_active}
    audit_record(
        actor=acting_user,
        action="organisations.membership.changed",
        target=stored,
        organisation=stored.organisation,
        data={
            "user": stored.user.email,
            "changes": {k: [before[k], after[k]] for k in before if before[k] != after[k]},
        },
    )
    return stored


@transaction.atomic
def membership_end(*, membership: Membership, acting_user: User) -> Membership:
    """End a role: the membership stays, inactive, so the trail and history keep their names."""
    stored = Membership.objects.select_for_update().get(pk=membership.pk)
    _check_manages(acting_user, organisation=stored.organisation, user=stored.user)
    if stored.is_active:
        stored.is_active = False
        stored.save(update_fields=["is_active"])
        audit_record(
            actor=acting_user,
            action="organisations.membership.revoked",
            target=stored,
            organisation=stored.organisation,
            data={"role": stored.role, "user": stored.user.email},
        )
    return stored


@transaction.atomic
def user_create(
    *,
    email: str,
    full_name: str,
    language: str = "nl",
    organisation: Organisation | None = None,
    role: Role | None = None,
    raw_password: str | None = None,
    acting_user: User,
) -> User:
    """Open an account. A zone administrator must give it a role in one of their zones at once
    and never chooses its password: the person receives a mail to set it."""
    if not acting_user.is_superuser:
        if organisation is None or role is None:
            raise PermissionDenied(_("A new person needs a role in one of your zones."))
        _check_manages(acting_user, organisation=organisation, user=None)
        raw_password = None
    user = User(email=User.objects.normalize_email(email).lower(), full_name=full_name)
    user.language = language
    if raw_password:
        user.set_password(raw_password)
    else:
        user.set_unusable_password()
    user.full_clean(exclude=["password"])
    user.save()
    audit_record(
        actor=acting_user,
        action="organisations.user.created",
        target=user,
        organisation=organisation,
        data={"email": user.email},
    )
    if organisation is not None and role is not None:
        # The account is new: its only role is this one, in a zone checked above.
        _membership_add(
            user=user, organisation=organisation, role=role, unit=None, acting_user=acting_user
        )
    if not raw_password:
        invitation = (organisation.pk, str(role)) if organisation and role else None
        _send_password_mail_on_commit(user, invitation=invitation, invited_by=acting_user)
    return user


@transaction.atomic
def member_invite(
    *, organisation: Organisation, email: str, full_name: str, role: str, acting_user: User
) -> User:
    """Invite a colleague by e-mail from the zone's people page: a new account with this role,
    and a mail with a link to choose their own password (Django's reset token: it expires after
    PASSWORD_RESET_TIMEOUT and works once, as setting the password changes what it signs).
    The second factor is set up at the first log-in, as for everyone. An address that has an
    account already is refused: that person gets a role through the back office."""
    address = User.objects.normalize_email(email).lower()
    if User.objects.filter(email__iexact=address).exists():
        raise ValidationError(
            {"email": _("This address has a korps account already; give it a role instead.")}
        )
    return user_create(
        email=address,
        full_name=full_name,
        language=organisation.default_language,
        organisation=organisation,
        role=Role(role),
        acting_user=acting_user,
    )


USER_FIELDS_FOR_ZONE_ADMINISTRATORS = ("full_name", "language", "is_active")


@transaction.atomic
def user_update(*, user: User, acting_user: User, **fields) -> User:
    """Change an account's details; the audit row keeps the changed fields, before and after.
    A zone administrator changes only name, language and status, never the e-mail address
    (a new address plus a reset mail would be a takeover), of people wholly in their zones."""
    stored = User.objects.select_for_update().get(pk=user.pk)
    if not acting_user.is_superuser:
        if set(fields) - set(USER_FIELDS_FOR_ZONE_ADMINISTRATORS):
            raise PermissionDenied(_("Only a site operator can change this."))
        if not users_managed_by(zones=_managed_zones(acting_user)).filter(pk=user.pk).exists():
            raise PermissionDenied(
                _("This person has a role in a zone you do not administer; ask a site operator.")
            )
    changes = {}
    for name, value in fields.items():
        if getattr(stored, name) != value:
            changes[name] = [str(getattr(stored, name)), str(value)]
            setattr(stored, name, value)
    if changes:
        stored.full_clean(exclude=["password"])
        stored.save(update_fields=list(changes))
        audit_record(
            actor=acting_user,
            action="organisations.user.changed",
            target=stored,
            data={"changes": changes},
        )
    return stored


@transaction.atomic
def user_password_reset_send(*, user: User, acting_user: User) -> None:
    """Mail the person a link to choose a new password; nobody else ever learns or sets it."""
    if not acting_user.is_superuser:
        if not users_managed_by(zones=_managed_zones(acting_user)).filter(pk=user.pk).exists():
            raise PermissionDenied(
                _("This person has a role in a zone you do not administer; ask a site operator.")
            )
    audit_record(
        actor=acting_user,
        action="organisations.user.password_reset_sent",
        target=user,
        data={"email": user.email},
    )
    _send_password_mail_on_commit(user)


def _send_password_mail_on_commit(
    user: User, *, invitation: tuple[int, str] | None = None, invited_by: User | None = None
) -> None:
    user_id = user.pk
    inviter_id = invited_by.pk if invited_by is not None else None
    transaction.on_commit(
        lambda: _send_password_mail(user_id, invitation=invitation, inviter_id=inviter_id)
    )


def _send_password_mail(
    user_id: int, *, invitation: tuple[int, str] | None = None, inviter_id: int | None = None
) -> None:
    """The mail with the link to choose a password: an invitation naming the zone and the role
    for a new colleague (`invitation` is the zone's id and the role), a reset otherwise."""
    user = User.objects.get(pk=user_id)
    site = urlsplit(settings.KORPS_SITE_URL)
    context = {
        "email": user.email,
        "domain": site.netloc,
        "site_name": "korps",
        "uid": urlsafe_base64_encode(force_bytes(user.pk)),
        "user": user,
        "token": default_token_generator.make_token(user),
        "protocol": site.scheme,
    }
    templates = ("password_reset_subject.txt", "password_reset_email.html")
    if invitation:
        organisation_id, role = invitation
        context.update(
            zone=Organisation.objects.get(pk=organisation_id),
            role=Role(role).label,
            inviter=User.objects.filter(pk=inviter_id).first(),
        )
        templates = ("invitation_subject.txt", "invitation_email.txt")
    with translation.override(user.language):
        PasswordResetForm().send_mail(
            f"registration/{templates[0]}",
            f"registration/{templates[1]}",
            context,
            None,
            user.email,
        )
