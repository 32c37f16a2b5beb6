"""The writes that move a case's clocks: extending the decision deadline, pausing and
resuming the case. Each locks the case, checks the handler's version (services._locked),
checks the rule set (clocks.extension_check, clocks.pause_check), writes its audit row and
refreshes the case's next due date, in one transaction. Reminders are in reminders.py."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from korps.audit.services import audit_record
from korps.organisations.models import User

from .clocks import Extension, Pause, extension_check, pause_check
from .deadlines import facts_of, rules_of
from .models import Case, CaseExtension, CaseMessage, CasePause
from .rulesets import Period, Unit
from .services import CaseError, _locked, _must_be_open, _must_handle, _save


def _refused(error: ValidationError) -> CaseError:
    return CaseError(error.messages[0], code=error.code)


@transaction.atomic
def case_extend(
    *,
    case: Case,
    version: int | None,
    days: int,
    reason: str,
    with_consent: bool,
    staff_notified: bool,
    acting_user: User,
) -> CaseExtension:
    """Extend the decision deadline by `days` calendar days. The rule set decides whether it
    is allowed (one extension of at most four weeks on the handler's decision; any further
    one only with the complainant's recorded consent). The written notice to the complainant
    goes into the case's thread, which they read with their code or link; `staff_notified`
    records that the staff member concerned was told in writing (else the clock shows the
    notice as missing until `extension_staff_notified`)."""
    _must_handle(acting_user, case)
    case = _locked(case, version)
    _must_be_open(case)
    reason = (reason or "").strip()
    if not reason:
        raise CaseError(_("Say why the deadline is extended."), code="reason")
    now = timezone.now()
    rules = rules_of(case.organisation)
    try:
        extension_check(
            facts=facts_of(case),
            rules=rules,
            extension=Extension(now, Period(days, Unit.CALENDAR_DAYS), with_consent),
        )
    except ValidationError as error:
        raise _refused(error) from None
    extension = CaseExtension.objects.create(
        case=case,
        granted_at=now,
        days=days,
        reason=reason,
        with_consent=with_consent,
        notice_sent_to_complainant_at=now,
        notice_sent_to_staff_at=now if staff_notified else None,
    )
    with translation.override(case.language):  # the complainant reads it
        notice = _(
            "We need more time to handle your complaint: the decision is postponed by "
            "%(days)s days. Reason: %(reason)s"
        ) % {"days": days, "reason": reason}
    CaseMessage.objects.create(case=case, author=acting_user, body=notice, sent_at=now)
    _save(case, [])
    audit_record(
        actor=acting_user,
        action="complaints.case.extended",
        target=case,
        organisation=case.organisation,
        data={"days": days, "with_consent": with_consent, "staff_notified": staff_notified},
    )
    return extension


@transaction.atomic
def extension_staff_notified(*, case: Case, version: int | None, acting_user: User) -> int:
    """Record that the staff member concerned received the written notice of the case's
    extensions (each one not yet recorded); returns how many."""
    _must_handle(acting_user, case)
    case = _locked(case, version)
    now = timezone.now()
    recorded = CaseExtension.objects.filter(case=case, notice_sent_to_staff_at__isnull=True).update(
        notice_sent_to_staff_at=now
    )
    if not recorded:
        raise CaseError(_("Every extension's notice to the staff is recorded."), code="recorded")
    _save(case, [])
    audit_record(
        actor=acting_user,
        action="complaints.extension.staff_notified",
        target=case,
        organisation=case.organisation,
        data={"extensions": recorded},
    )
    return recorded


@transaction.atomic
def case_pause(*, case: Case, version: int | None, reason: str, acting_user: User) -> CasePause:
    """Stop the clocks that the rule set lets a pause stop, from now until `case_resume`."""
    _must_handle(acting_user, case)
    case = _locked(case, version)
    _must_be_open(case)
    now = timezone.now()
    pause = Pause(now, None, (reason or "").strip())
    try:
        pause_check(facts=facts_of(case), rules=rules_of(case.organisation), pause=pause)
    except ValidationError as error:
        raise _refused(error) from None
    row = CasePause.objects.create(case=case, started_at=now, reason=pause.reason)
    _save(case, [])
    audit_record(
        actor=acting_user,
        action="complaints.case.paused",
        target=case,
        organisation=case.organisation,
    )
    return row


@transaction.atomic
def case_resume(*, case: Case, version: int | None, acting_user: User) -> CasePause:
    _must_handle(acting_user, case)
    case = _locked(case, version)
    row = CasePause.objects.filter(case=case, ended_at__isnull=True).first()
    if row is None:
        raise CaseError(_("This case is not paused."), code="not_paused")
    row.ended_at = timezone.now()
    row.save(update_fields=["ended_at"])
    _save(case, [])
    audit_record(
        actor=acting_user,
        action="complaints.case.resumed",
        target=case,
        organisation=case.organisation,
    )
    return row
