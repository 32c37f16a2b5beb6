"""Every staff member of the workforce register may declare, not only those with a korps
account: each gets a personal invitation, by e-mail to the register's address or as a
printed letter with a code, tied to their staff number.

- The link is a korps.core.links token (purpose "declare") of the person's StaffInvitation:
  rebuilt whenever korps mails them again, never stored, logged or shown to staff.
- The letter code (12 characters, 60 random bits) is a credential too: only its keyed digest
  is stored, and guesses are rate-limited per address (views). Printing letters again gives
  the people in them new codes; their old codes stop working.
- Mailing runs as a Celery task (eager unless a broker is configured) that works through the
  batch's pending invitations and counts its progress; a reminder goes only to people invited
  before who have not answered. Every batch has an audit row when it starts and when it ends.
- Declaring through the link or the code is the candidate flow's `declaration_save` /
  `declaration_withdraw`, for that staff number only."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from korps.audit.services import audit_record
from korps.core.links import link_token

from .models import (
    Declaration,
    InvitationBatch,
    InvitationChannel,
    StaffInvitation,
    StaffMember,
    SubjectKind,
)

PURPOSE = "declare"
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read off paper
CODE_LENGTH = 12
CHUNK = 200  # invitations mailed between two progress updates


def in_service(organisation):
    """The staff in service today: the people the invitations are for."""
    today = timezone.localdate()
    return StaffMember.objects.filter(organisation=organisation).filter(
        Q(end_date__isnull=True) | Q(end_date__gte=today)
    )


def answered_filter(organisation) -> Exists:
    """True for a staff member whose declaration stands (not withdrawn)."""
    return Exists(
        Declaration.objects.filter(
            organisation=organisation,
            subject_kind=SubjectKind.STAFF,
            staff_number=OuterRef("staff_number"),
            withdrawn_at__isnull=True,
        )
    )


def declaration_url(invitation: StaffInvitation) -> str:
    return settings.KORPS_SITE_URL + reverse(
        "monitoring:staff_declaration", kwargs={"token": link_token(invitation, PURPOSE)}
    )


def code_entry_url() -> str:
    return settings.KORPS_SITE_URL + reverse("monitoring:declaration_code")


def normalised_code(code: str) -> str:
    return "".join(ch for ch in (code or "").upper() if ch.isalnum())


def code_digest(code: str) -> str:
    """The keyed digest a letter code is stored as (and looked up by)."""
    return salted_hmac(
        "korps.monitoring.letter_code", normalised_code(code), algorithm="sha256"
    ).hexdigest()


def _new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))


def _invitations_for(organisation, staff: list[StaffMember]) -> dict[int, StaffInvitation]:
    """Each staff member's invitation, made where they had none."""
    have = {
        i.staff_member_id: i
        for i in StaffInvitation.objects.filter(organisation=organisation, staff_member__in=staff)
    }
    missing = [
        StaffInvitation(organisation=organisation, staff_member=member)
        for member in staff
        if member.pk not in have
    ]
    StaffInvitation.objects.bulk_create(missing)
    if missing:
        have = {
            i.staff_member_id: i
            for i in StaffInvitation.objects.filter(
                organisation=organisation, staff_member__in=staff
            )
        }
    return have


def mail_targets(organisation, channel: str):
    """Who a batch of this channel mails: for invitations, staff in service with an address
    who were never invited; for reminders, those invited before who have not answered."""
    staff = in_service(organisation).exclude(email="").filter(~answered_filter(organisation))
    if channel == InvitationChannel.REMINDER:
        return staff.filter(invitation__invited_at__isnull=False)
    return staff.filter(Q(invitation__isnull=True) | Q(invitation__invited_at__isnull=True))


@transaction.atomic
def invitation_batch_start(*, organisation, channel: str, acting_user) -> InvitationBatch:
    """Start mailing invitations or reminders; the task sends them after the commit."""
    if channel not in (InvitationChannel.MAIL, InvitationChannel.REMINDER):
        raise ValueError(channel)
    staff = list(mail_targets(organisation, channel).select_for_update(of=("self",)))
    batch = InvitationBatch.objects.create(
        organisation=organisation, channel=channel, created_by=acting_user, total=len(staff)
    )
    invitations = _invitations_for(organisation, staff)
    StaffInvitation.objects.filter(pk__in=[i.pk for i in invitations.values()]).update(
        pending_batch=batch
    )
    audit_record(
        actor=acting_user,
        action="monitoring.invitations.started",
        target=batch,
        organisation=organisation,
        data={"channel": channel, "people": batch.total},
    )
    if not batch.total:
        _finish(batch)
        return batch
    from .tasks import send_invitation_batch

    transaction.on_commit(lambda: send_invitation_batch.delay(batch.pk))
    return batch


def invitation_batch_send(*, batch_id: int) -> InvitationBatch:
    """Mail every invitation still pending in the batch, counting progress as it goes. Run
    again after an interruption, it mails only those not yet mailed."""
    batch = InvitationBatch.objects.get(pk=batch_id)
    while True:
        with transaction.atomic():
            chunk = list(
                StaffInvitation.objects.select_for_update(of=("self",))
                .filter(pending_batch=batch)
                .select_related("staff_member", "organisation")[:CHUNK]
            )
            if not chunk:
                break
            now = timezone.now()
            for invitation in chunk:
                _mail(invitation, reminder=batch.channel == InvitationChannel.REMINDER)
                invitation.pending_batch = None
                if batch.channel == InvitationChannel.REMINDER:
                    invitation.reminded_at = now
                else:
                    invitation.invited_at = now
                    invitation.channel = InvitationChannel.MAIL
            StaffInvitation.objects.bulk_update(
                chunk, ["pending_batch", "reminded_at", "invited_at", "channel"]
            )
            batch.done += len(chunk)
            batch.save(update_fields=["done"])
    return _finish(batch)


def _finish(batch: InvitationBatch) -> InvitationBatch:
    with transaction.atomic():
        batch.finished_at = timezone.now()
        batch.save(update_fields=["finished_at"])
        audit_record(
            actor=batch.created_by,
            action="monitoring.invitations.finished",
            target=batch,
            organisation=batch.organisation,
            data={"channel": batch.channel, "sent": batch.done, "people": batch.total},
        )
    return batch


def _language(member: StaffMember, organisation) -> str:
    return member.language or organisation.default_language


def _mail(invitation: StaffInvitation, *, reminder: bool) -> None:
    member, zone = invitation.staff_member, invitation.organisation
    with translation.override(_language(member, zone)):
        context = {"zone": zone, "url": declaration_url(invitation), "reminder": reminder}
        subject = (
            _("Reminder: your voluntary declaration for %(zone)s")
            if reminder
            else _("%(zone)s invites you to a voluntary declaration")
        ) % {"zone": zone.name}
        body = render_to_string("monitoring/email/staff_invitation.txt", context)
    EmailMessage(subject=subject, body=body, to=[member.email]).send()


@dataclass(frozen=True)
class Letter:
    staff_number: str
    unit: str
    language: str
    url: str
    code: str


@transaction.atomic
def letters_issue(*, organisation, acting_user, without_address_only: bool) -> list[Letter]:
    """Letters for the staff in service who have not answered (only those without an
    address, if asked): each with the person's link and a new code, whose digest replaces
    the old one. The letters are made for the one response that prints them."""
    staff = in_service(organisation).filter(~answered_filter(organisation))
    if without_address_only:
        staff = staff.filter(email="")
    staff = list(
        staff.select_related("unit").select_for_update(of=("self",)).order_by("unit__name", "pk")
    )
    invitations = _invitations_for(organisation, staff)
    now, letters = timezone.now(), []
    for member in staff:
        invitation = invitations[member.pk]
        code = _new_code()
        invitation.code_digest = code_digest(code)
        if invitation.invited_at is None:
            invitation.invited_at, invitation.channel = now, InvitationChannel.LETTER
        else:
            invitation.reminded_at = now
        letters.append(
            Letter(
                staff_number=member.staff_number,
                unit=member.unit.name,
                language=_language(member, organisation),
                url=declaration_url(invitation),
                code=code,
            )
        )
    StaffInvitation.objects.bulk_update(
        list(invitations.values()),
        ["code_digest", "invited_at", "channel", "reminded_at"],
        batch_size=500,
    )
    batch = InvitationBatch.objects.create(
        organisation=organisation,
        channel=InvitationChannel.LETTER,
        created_by=acting_user,
        total=len(letters),
        done=len(letters),
        finished_at=now,
    )
    audit_record(
        actor=acting_user,
        action="monitoring.invitations.letters_printed",
        target=batch,
        organisation=organisation,
        data={"people": len(letters), "without_address_only": without_address_only},
    )
    return letters


def invitation_by_code(code: str) -> StaffInvitation | None:
    """The invitation a letter code opens (any zone: the code names it), else None."""
    if len(normalised_code(code)) != CODE_LENGTH:
        return None
    from korps.organisations.scoping import scopes_disabled

    with scopes_disabled():
        return StaffInvitation.objects.filter(code_digest=code_digest(code)).first()
