"""The one check of a step result, used by the result form, the service and the results
import, so the funnel only counts what can have happened.

Impossible (refused): a result date after today; a result of a step whose prerequisite (the
zone's step just before it in the procedure) has no pass on or before that date.
Unusual (recorded only when confirmed, and the confirmation is audited): a new attempt after a
failure inside the step's waiting period, or of a step that allows no retry."""

import datetime as dt
from dataclasses import dataclass, field

from django.utils import formats, timezone
from django.utils.translation import gettext as _

from .models import Candidate, ProcedureStep, StepResult


@dataclass
class EarlierResult:
    """A result that counts as recorded before the one checked (e.g. an earlier import line)."""

    step_id: int
    result: str
    result_on: dt.date | None
    retry_from: dt.date | None = None


@dataclass
class ResultCheck:
    impossible: list[str] = field(default_factory=list)
    unusual: list[str] = field(default_factory=list)
    unusual_codes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.impossible and not self.unusual


def _day(value: dt.date) -> str:
    return formats.date_format(value, "j F Y")


def prerequisite_of(step: ProcedureStep) -> ProcedureStep | None:
    """The step before it. Kept on the step object: an import checks thousands of lines
    against the same few steps."""
    if not hasattr(step, "_prerequisite"):
        step._prerequisite = (
            ProcedureStep.objects.filter(organisation_id=step.organisation_id, order__lt=step.order)
            .order_by("-order")
            .first()
        )
    return step._prerequisite


def result_check(
    *,
    candidate: Candidate,
    step: ProcedureStep,
    result: str,
    result_on: dt.date,
    earlier: list[EarlierResult] = (),
    today: dt.date | None = None,
    attempts: list | None = None,
) -> ResultCheck:
    """`attempts`, when given, are the candidate's recorded attempts as the caller read them
    (anything with step_id, result, result_on and retry_from); else they are read."""
    today = today or timezone.localdate()
    check = ResultCheck()
    if attempts is None:
        attempts = candidate.attempts.all()
    known = [*attempts, *earlier]

    if result_on > today:
        check.impossible.append(
            _("The result date %(date)s is after today: record a result once it is known.")
            % {"date": _day(result_on)}
        )

    prerequisite = prerequisite_of(step)
    if prerequisite is not None and not any(
        r.step_id == prerequisite.pk
        and r.result == StepResult.PASSED
        and (r.result_on is None or r.result_on <= result_on)
        for r in known
    ):
        check.impossible.append(
            _("%(step)s follows %(prerequisite)s, which has no pass on or before %(date)s.")
            % {"step": step.name, "prerequisite": prerequisite.name, "date": _day(result_on)}
        )

    failures = [r for r in known if r.step_id == step.pk and r.result == StepResult.FAILED]
    last_failure = max(failures, key=lambda r: r.result_on or dt.date.min, default=None)
    if last_failure is not None:
        if not step.retry_wait_days:
            check.unusual.append(
                _("%(step)s allows no retry after a failure, yet this is a new attempt.")
                % {"step": step.name}
            )
            check.unusual_codes.append("retry_not_allowed")
        elif last_failure.retry_from and result_on < last_failure.retry_from:
            check.unusual.append(
                _(
                    "This retry of %(step)s falls inside the waiting period after the failure: "
                    "a retry is possible from %(date)s."
                )
                % {"step": step.name, "date": _day(last_failure.retry_from)}
            )
            check.unusual_codes.append("retry_inside_waiting_period")
    return check


def retry_from_for(step: ProcedureStep, result: str, result_on: dt.date) -> dt.date | None:
    if result == StepResult.FAILED and step.retry_wait_days:
        return result_on + dt.timedelta(days=step.retry_wait_days)
    return None
