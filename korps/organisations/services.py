"""Writes for zones, units and memberships. Each writes its audit row in the same transaction."""

from django.db import transaction

from korps.audit.services import audit_record

from .models import Membership, Organisation, Unit, User
from .roles import Role


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
