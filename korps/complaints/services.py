"""Every write of the handler's side on a case. Each one locks the case row first
(`lock_rows`) and compares the version the handler's form was made from with the stored one:
a handler who saves a case another handler changed meanwhile gets `StaleCase` and loses
nothing (their form comes back with what they typed). Every change raises the version."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from korps.audit.services import audit_record
from korps.core.errors import DomainError
from korps.core.locks import lock_rows
from korps.monitoring.models import StaffMember
from korps.organisations.models import Unit, User
from korps.organisations.permissions import (
    can_handle_case,
    can_review_case,
    complaints_officers_of,
)

from .deadlines import case_due_refresh
from .models import (
    Allegation,
    Case,
    CaseMessage,
    CaseStatus,
    ComplaintCategory,
    Outcome,
    Route,
)
from .selectors import handler_concerned


class CaseError(DomainError):
    pass


class StaleCase(CaseError):
    code = "stale"


def _locked(case: Case, version: int | None) -> Case:
    """The case re-read under its row lock; StaleCase when `version` is given and no longer
    the stored one."""
    locked = lock_rows(Case.objects.filter(pk=case.pk))[0]
    if version is not None and locked.version != version:
        raise StaleCase(
            _(
                "Someone else changed this case while you were working on it. Your text is "
                "still in the form: check the case as it is now, then save again."
            )
        )
    return locked


def _save(case: Case, fields: list[str]) -> None:
    case.version += 1
    case.save(update_fields=[*fields, "version"])
    case_due_refresh(case)


def _must_handle(user: User, case: Case) -> None:
    if not can_handle_case(user, case):
        raise CaseError(_("Only a complaints officer of the zone handles cases."), code="denied")


def _must_be_open(case: Case) -> None:
    if not case.is_open:
        raise CaseError(_("This case is no longer open."), code="not_open")


@transaction.atomic
def case_assign(
    *, case: Case, handler: User, version: int | None, acting_user: User, override_reason: str = ""
) -> Case:
    """Give the case to a complaints officer of its zone. Nobody handles a case about
    themselves or their own unit: only the independent reviewer may override that, with a
    reason, which the audit row keeps."""
    case = _locked(case, version)
    _must_be_open(case)
    if not complaints_officers_of(case.organisation).filter(pk=handler.pk).exists():
        raise CaseError(_("Choose a complaints officer of this zone."), code="not_officer")
    if not (can_handle_case(acting_user, case) or can_review_case(acting_user, case)):
        raise CaseError(_("You may not assign this case."), code="denied")
    concerned = handler_concerned(handler, case)
    if concerned:
        if not can_review_case(acting_user, case):
            raise CaseError(
                _(
                    "This case concerns %(name)s or their unit: they cannot handle it. Only the "
                    "independent reviewer can decide otherwise, with a reason."
                )
                % {"name": handler},
                code="concerned",
            )
        if not override_reason.strip():
            raise CaseError(
                _("Give the reason why this handler may handle a case that concerns them."),
                code="override_reason",
            )
    case.handler = handler
    _save(case, ["handler"])
    audit_record(
        actor=acting_user,
        action="complaints.case.assigned",
        target=case,
        organisation=case.organisation,
        data={
            "handler": handler.pk,
            "concerned": concerned,
            "override_reason": override_reason.strip() if concerned else "",
        },
    )
    return case


@transaction.atomic
def case_acknowledge(*, case: Case, version: int | None, acting_user: User) -> Case:
    """The receipt is acknowledged to the complainant (the clocks read acknowledged_at)."""
    _must_handle(acting_user, case)
    case = _locked(case, version)
    _must_be_open(case)
    if case.acknowledged_at:
        raise CaseError(_("This case was acknowledged already."), code="acknowledged")
    case.acknowledged_at = timezone.now()
    if case.status == CaseStatus.RECEIVED:
        case.status = CaseStatus.ACKNOWLEDGED
    _save(case, ["acknowledged_at", "status"])
    audit_record(
        actor=acting_user,
        action="complaints.case.acknowledged",
        target=case,
        organisation=case.organisation,
    )
    return case


@transaction.atomic
def case_route(
    *, case: Case, version: int | None, route: str, contact_at=None, note: str = "", acting_user
) -> Case:
    """Choose the handling route; a first contact (a call, a conversation) is dated. A note
    goes into the case's thread as the handler's, visible to the complainant."""
    _must_handle(acting_user, case)
    case = _locked(case, version)
    _must_be_open(case)
    if route not in Route.values:
        raise CaseError(_("Choose a handling route."), code="route")
    if contact_at and contact_at > timezone.now():
        raise CaseError(_("A contact cannot lie in the future."), code="future")
    # With an anonymous complainant a conversation is held in writing, in the case's thread;
    # mediation needs the parties to meet.
    if route == Route.MEDIATION and case.anonymous:
        raise CaseError(
            _("An anonymous complainant cannot be met, so mediation is not possible."),
            code="anonymous",
        )
    case.route = route
    fields = ["route", "status"]
    if contact_at and not case.first_contact_at:
        case.first_contact_at = contact_at
        fields.append("first_contact_at")
    if not case.acknowledged_at:
        case.acknowledged_at = contact_at or timezone.now()
        fields.append("acknowledged_at")
    case.status = CaseStatus.IN_HANDLING
    _save(case, fields)
    if note.strip():
        CaseMessage.objects.create(case=case, author=acting_user, body=note.strip())
    audit_record(
        actor=acting_user,
        action="complaints.case.routed",
        target=case,
        organisation=case.organisation,
        data={"route": route, "contact": bool(contact_at)},
    )
    return case


@transaction.atomic
def allegation_add(
    *,
    case: Case,
    version: int | None,
    category: ComplaintCategory,
    ground: str = "",
    summary: str = "",
    staff_numbers: list[str] = (),
    unit: Unit | None = None,
    acting_user: User,
) -> Allegation:
    """One allegation of the case, with the staff concerned by staff number (the workforce
    register's). An unknown staff number is refused, never dropped."""
    _must_handle(acting_user, case)
    case = _locked(case, version)
    _must_be_open(case)
    zone = case.organisation
    if category.organisation_id != zone.pk or (unit and unit.organisation_id != zone.pk):
        raise CaseError(_("Choose a category and a unit of this zone."), code="zone")
    numbers = sorted({n.strip() for n in staff_numbers if n.strip()})
    staff = list(StaffMember.objects.filter(organisation=zone, staff_number__in=numbers))
    unknown = sorted(set(numbers) - {member.staff_number for member in staff})
    if unknown:
        raise CaseError(
            _("Unknown staff number: %(numbers)s.") % {"numbers": ", ".join(unknown)},
            code="staff_number",
        )
    allegation = Allegation(
        case=case, category=category, ground=ground, summary=summary.strip(), unit=unit
    )
    allegation.full_clean(exclude=["staff_concerned"])
    allegation.save()
    allegation.staff_concerned.set(staff)
    # An allegation that concerns the handler takes the case from them: only the
    # independent reviewer may give it back (case_assign with a reason).
    unassigned = case.handler is not None and handler_concerned(case.handler, case)
    if unassigned:
        case.handler = None
    _save(case, ["handler"] if unassigned else [])
    audit_record(
        actor=acting_user,
        action="complaints.allegation.added",
        target=case,
        organisation=zone,
        data={"allegation": allegation.pk, "staff": len(staff), "handler_removed": unassigned},
    )
    return allegation


@transaction.atomic
def allegation_decide(
    *,
    allegation: Allegation,
    version: int | None,
    outcome: str,
    reasons: str,
    lesson_person: str = "",
    lesson_organisation: str = "",
    acting_user: User,
) -> Allegation:
    """The outcome of one allegation, with reasons (the complainant reads them)."""
    case = allegation.case
    _must_handle(acting_user, case)
    case = _locked(case, version)
    _must_be_open(case)
    if outcome not in Outcome.values:
        raise CaseError(_("Choose an outcome."), code="outcome")
    if not reasons.strip():
        raise CaseError(_("Give the reasons for the outcome."), code="reasons")
    allegation.outcome = outcome
    allegation.outcome_reasons = reasons.strip()
    allegation.lesson_person = lesson_person.strip()
    allegation.lesson_organisation = lesson_organisation.strip()
    allegation.decided_at = timezone.now()
    allegation.save(
        update_fields=[
            "outcome",
            "outcome_reasons",
            "lesson_person",
            "lesson_organisation",
            "decided_at",
        ]
    )
    _save(case, [])
    audit_record(
        actor=acting_user,
        action="complaints.allegation.decided",
        target=case,
        organisation=case.organisation,
        data={"allegation": allegation.pk, "outcome": outcome},
    )
    return allegation


@transaction.atomic
def case_close(*, case: Case, version: int | None, reason: str, acting_user: User) -> Case:
    """Close the case with a reason the complainant reads. A case with allegations closes
    only when each has its outcome; praise has none."""
    _must_handle(acting_user, case)
    case = _locked(case, version)
    _must_be_open(case)
    if not reason.strip():
        raise CaseError(
            _("A case is never closed without a reason the complainant can read."),
            code="reason",
        )
    if case.allegations.filter(outcome="").exists():
        raise CaseError(_("Decide every allegation before closing the case."), code="undecided")
    now = timezone.now()
    case.closing_reason = reason.strip()
    case.decided_at = case.decided_at or now
    case.closed_at = now
    case.status = CaseStatus.CLOSED
    if not case.acknowledged_at:
        case.acknowledged_at = now
    _save(case, ["closing_reason", "decided_at", "closed_at", "status", "acknowledged_at"])
    audit_record(
        actor=acting_user,
        action="complaints.case.closed",
        target=case,
        organisation=case.organisation,
    )
    return case


@transaction.atomic
def case_reopen(*, case: Case, version: int | None, reason: str, acting_user: User) -> Case:
    """The independent reviewer reopens a closed case, with a reason kept in the audit."""
    if not can_review_case(acting_user, case):
        raise CaseError(_("Only the independent reviewer reopens a case."), code="denied")
    case = _locked(case, version)
    if case.is_open:
        raise CaseError(_("This case is open."), code="open")
    if not reason.strip():
        raise CaseError(_("Give the reason for reopening the case."), code="reason")
    case.status = CaseStatus.IN_HANDLING
    case.closed_at = None
    case.decided_at = None
    _save(case, ["status", "closed_at", "decided_at"])
    audit_record(
        actor=acting_user,
        action="complaints.case.reopened",
        target=case,
        organisation=case.organisation,
        data={"reason": reason.strip()},
    )
    return case


@transaction.atomic
def message_from_handler(*, case: Case, body: str, acting_user: User) -> CaseMessage:
    """The handler writes in the case's thread; the complainant reads it with the code."""
    _must_handle(acting_user, case)
    if not body.strip():
        raise CaseError(_("Write a message."), code="empty")
    message = CaseMessage.objects.create(case=case, author=acting_user, body=body.strip())
    audit_record(
        actor=acting_user,
        action="complaints.message.from_handler",
        target=case,
        organisation=case.organisation,
        data={"message": message.pk},
    )
    return message
