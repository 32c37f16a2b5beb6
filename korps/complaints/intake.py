"""What the public side writes: a new case from the public form, the complainant's messages
and answers through the receipt code, and attachments checked by their content.

No IP address and no request detail is stored with a case; the audit rows of a submission
name the complainant (receipt code) as the actor and carry no content."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from korps.audit import labels
from korps.audit.services import audit_record
from korps.core.errors import DomainError
from korps.organisations.models import Organisation

from .deadlines import case_due_refresh
from .models import (
    Attachment,
    Case,
    CaseMessage,
    CaseStatus,
    Channel,
    SatisfactionAnswer,
    new_receipt_code,
    receipt_digest,
)

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
MAX_ATTACHMENTS = 5

# What a file's first bytes say it is, and the names it may carry. The name alone decides
# nothing: a file is accepted only when its content is one of these and its name agrees.
SIGNATURES = [
    (b"%PDF-", "application/pdf", (".pdf",)),
    (b"\x89PNG\r\n\x1a\n", "image/png", (".png",)),
    (b"\xff\xd8\xff", "image/jpeg", (".jpg", ".jpeg")),
    (b"GIF87a", "image/gif", (".gif",)),
    (b"GIF89a", "image/gif", (".gif",)),
]


class IntakeError(DomainError):
    pass


def sniffed_type(head: bytes, name: str) -> str:
    """The content type of a file from its first bytes, checked against its name; raises
    IntakeError for anything but an image or a PDF, or a name that says otherwise."""
    lowered = (name or "").lower()
    webp = head[:4] == b"RIFF" and head[8:12] == b"WEBP"
    for magic, content_type, endings in SIGNATURES:
        if head.startswith(magic):
            if lowered.endswith(endings):
                return content_type
            break
    else:
        if webp and lowered.endswith(".webp"):
            return "image/webp"
    raise IntakeError(
        _("%(name)s is not an image or a PDF, or is not what its name says.") % {"name": name},
        code="attachment_type",
    )


def attachment_check(upload) -> str:
    """The checked content type of an uploaded file (size first, then content)."""
    if upload.size > MAX_ATTACHMENT_BYTES:
        raise IntakeError(
            _("%(name)s is larger than %(limit)s MB.")
            % {"name": upload.name, "limit": MAX_ATTACHMENT_BYTES // (1024 * 1024)},
            code="attachment_size",
        )
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    return sniffed_type(head, upload.name)


def _attach(case: Case, uploads) -> None:
    for upload in uploads:
        content_type = attachment_check(upload)
        attachment = Attachment(
            case=case, name=upload.name[:200], content_type=content_type, size=upload.size
        )
        attachment.file.save(upload.name, upload, save=False)
        attachment.save()


@dataclass(frozen=True)
class Submission:
    kind: str
    anonymous: bool
    language: str
    what: str
    where: str = ""
    occurred_on: object = None
    occurred_when: str = ""
    who: str = ""
    wish: str = ""
    name: str = ""
    email: str = ""
    phone: str = ""


@transaction.atomic
def case_submit(
    *, organisation: Organisation, submission: Submission, attachments=()
) -> tuple[Case, str]:
    """A new case from the public form, and its receipt code (shown once, stored as a
    digest). An anonymous case keeps no name or contact even if some were typed. Every
    attachment is checked first: one refused file refuses the whole submission, so nothing
    is half saved."""
    if len(attachments) > MAX_ATTACHMENTS:
        raise IntakeError(
            _("At most %(count)s files can be attached.") % {"count": MAX_ATTACHMENTS},
            code="attachment_count",
        )
    for upload in attachments:
        attachment_check(upload)
    code = new_receipt_code()
    named = not submission.anonymous
    case = Case(
        organisation=organisation,
        kind=submission.kind,
        channel=Channel.ONLINE,
        anonymous=submission.anonymous,
        complainant_name=submission.name if named else "",
        complainant_email=submission.email if named else "",
        complainant_phone=submission.phone if named else "",
        receipt_digest=receipt_digest(code),
        language=submission.language,
        what=submission.what,
        where=submission.where,
        occurred_on=submission.occurred_on,
        occurred_when=submission.occurred_when,
        who=submission.who,
        wish=submission.wish,
        received_at=timezone.now(),
    )
    case.full_clean(exclude=["reference"])
    case.save()
    # The number comes from the table's sequence, never from a count.
    case.reference = f"{case.received_at:%Y}-{case.pk:06d}"
    case.save(update_fields=["reference"])
    case_due_refresh(case)
    _attach(case, attachments)
    audit_record(
        actor=None,
        actor_label=labels.COMPLAINANT,
        action="complaints.case.submitted",
        target=case,
        organisation=organisation,
        data={"kind": case.kind, "anonymous": case.anonymous, "attachments": len(attachments)},
    )
    return case, code


def case_by_receipt(organisation: Organisation, code: str) -> Case | None:
    """The zone's case with this receipt code, or None alike for a malformed, unknown or
    other zone's code."""
    if not code:
        return None
    return (
        Case.objects.filter(organisation=organisation, receipt_digest=receipt_digest(code))
        .exclude(receipt_digest="")
        .first()
    )


@transaction.atomic
def message_from_complainant(*, case: Case, body: str, attachments=()) -> CaseMessage:
    """The complainant writes in the case's thread (through the receipt code)."""
    if not body.strip():
        raise IntakeError(_("Write a message."), code="empty")
    if case.pseudonymised_at:
        raise IntakeError(_("This case is archived."), code="archived")
    for upload in attachments:
        attachment_check(upload)
    message = CaseMessage.objects.create(case=case, from_complainant=True, body=body.strip())
    _attach(case, attachments)
    audit_record(
        actor=None,
        actor_label=labels.COMPLAINANT,
        action="complaints.message.from_complainant",
        target=case,
        organisation=case.organisation,
        data={"message": message.pk},
    )
    return message


@transaction.atomic
def satisfaction_answer(*, case: Case, taken_seriously: str, trust_restored: str):
    """The two questions after closing, answered once."""
    if case.status != CaseStatus.CLOSED:
        raise IntakeError(
            _("The questions open once the case is closed."), code="satisfaction_not_closed"
        )
    if SatisfactionAnswer.objects.filter(case=case).exists():
        raise IntakeError(_("You have answered these questions already."), code="answered")
    answer = SatisfactionAnswer(
        case=case, taken_seriously=taken_seriously, trust_restored=trust_restored
    )
    answer.full_clean()
    answer.save()
    audit_record(
        actor=None,
        actor_label=labels.COMPLAINANT,
        action="complaints.satisfaction.answered",
        target=case,
        organisation=case.organisation,
    )
    return answer
