"""The results files of the federal recruitment service: one line per candidate and step.
Checked entirely, previewed, then written in one transaction or not at all: in bulk
(WRITE_BATCH rows per statement), with the funnel's summary kept in the same transaction."""

from dataclasses import dataclass

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from korps.audit.services import audit_record
from korps.core.models import ImportJob
from korps.core.tabular import ImportPlan, Problem, TableError, parse_date, read_table

from .aggregates import candidates_changing
from .models import (
    CLOSED_STATUSES,
    Candidate,
    CandidateStatus,
    ProcedureStep,
    StepAttempt,
    StepKind,
    StepResult,
    TrackEvent,
)
from .rules import EarlierResult, result_check, retry_from_for
from .services import STATUS_AFTER_PASSING, GuidanceError

COLUMNS = ["reference", "step", "result", "date"]
RESULTS_KIND = "guidance.results"  # its importer's kind (korps.core.importing)
WRITE_BATCH = 2000
# Candidates whose attempts are read in one query.
PREFETCH_SLICE = 5000
RESULT_WORDS = {
    "passed": StepResult.PASSED,
    "geslaagd": StepResult.PASSED,
    "réussi": StepResult.PASSED,
    "reussi": StepResult.PASSED,
    "failed": StepResult.FAILED,
    "niet geslaagd": StepResult.FAILED,
    "gezakt": StepResult.FAILED,
    "échoué": StepResult.FAILED,
    "echoue": StepResult.FAILED,
    "withdrew": StepResult.WITHDREW,
    "withdrawn": StepResult.WITHDREW,
    "afgehaakt": StepResult.WITHDREW,
    "no_show": StepResult.NO_SHOW,
    "no show": StepResult.NO_SHOW,
    "afwezig": StepResult.NO_SHOW,
    "absent": StepResult.NO_SHOW,
    "postponed": StepResult.POSTPONED,
    "uitgesteld": StepResult.POSTPONED,
    "reporté": StepResult.POSTPONED,
}


@dataclass
class PlannedResult:
    line: int
    candidate: Candidate
    step: ProcedureStep
    result: str
    date: object
    unusual: list[str]

    @property
    def result_label(self) -> str:
        return StepResult(self.result).label


def results_plan(*, organisation, name: str, raw: bytes) -> ImportPlan:
    try:
        table = read_table(name=name, raw=raw, required=COLUMNS)
    except TableError as error:
        return ImportPlan.refused(str(error))
    candidates = {
        c.reference.lower(): c
        for c in Candidate.objects.filter(organisation=organisation, pseudonymised_at__isnull=True)
    }
    steps = {
        s.code.lower(): s
        for s in ProcedureStep.objects.filter(organisation=organisation).select_related(
            "career_step"
        )
    }
    _attempts_read(
        {
            candidates[r]
            for r in {line.values["reference"].lower() for line in table.lines.quietly()}
            if r in candidates
        }
    )
    rows, problems, seen, earlier = [], [], {}, {}
    for line in table.lines:
        values = line.values
        reasons = []
        candidate = candidates.get(values["reference"].lower())
        if not values["reference"]:
            reasons.append(_("no candidate reference"))
        elif candidate is None:
            reasons.append(
                _("no candidate with reference %(ref)s in this zone") % {"ref": values["reference"]}
            )
        step = steps.get(values["step"].lower())
        if step is None:
            reasons.append(
                _("unknown step %(step)r (known: %(known)s)")
                % {"step": values["step"], "known": ", ".join(sorted(steps))}
            )
        result = RESULT_WORDS.get(values["result"].lower())
        if result is None:
            reasons.append(_("unknown result %(result)r") % {"result": values["result"]})
        date = parse_date(values["date"])
        if date is None:
            reasons.append(
                _("date %(date)r is not a date like 2026-03-31 or 31/03/2026")
                % {"date": values["date"]}
            )
        key = (values["reference"].lower(), values["step"].lower())
        if not reasons and key in seen:
            reasons.append(_("the same candidate and step as line %(line)s") % {"line": seen[key]})
        seen.setdefault(key, line.number)
        unusual = []
        if not reasons:
            # The same check as the result form's, with the file's earlier lines counted.
            check = result_check(
                candidate=candidate,
                step=step,
                result=result,
                result_on=date,
                earlier=earlier.get(candidate.pk, []),
            )
            reasons += check.impossible
            unusual = check.unusual
        if reasons:
            problems.append(Problem(line=line.number, message="; ".join(reasons)))
        else:
            rows.append(PlannedResult(line.number, candidate, step, result, date, unusual))
            earlier.setdefault(candidate.pk, []).append(
                EarlierResult(step.pk, result, date, retry_from_for(step, result, date))
            )
    if not table.lines:
        problems.append(Problem(line=1, message=_("The file has no lines under its header.")))
    return ImportPlan(rows=rows, problems=problems)


def _attempts_read(candidates) -> None:
    """Each candidate's attempts in one query per PREFETCH_SLICE candidates, kept where
    `candidate.attempts.all()` finds them (result_check reads them)."""
    candidates = list(candidates)
    for start in range(0, len(candidates), PREFETCH_SLICE):
        batch = {c.pk: c for c in candidates[start : start + PREFETCH_SLICE]}
        found = {pk: [] for pk in batch}
        for attempt in StepAttempt.objects.filter(candidate_id__in=list(batch)).order_by("pk"):
            found[attempt.candidate_id].append(attempt)
        for pk, candidate in batch.items():
            # A plain QuerySet: the scoped manager's costs a filter for each of thousands.
            held = QuerySet(model=StepAttempt)
            held._result_cache, held._prefetch_done = found[pk], True
            candidate._prefetched_objects_cache = {"attempts": held}


def results_jobs_erase(candidate) -> int:
    """Erasing a candidate deletes the zone's results files not yet imported: their previews
    show candidates' names (whoever uploaded one uploads it again). Returns the rows deleted."""
    deleted, _per_model = ImportJob.objects.filter(
        organisation=candidate.organisation, kind=RESULTS_KIND
    ).delete()
    return deleted


def results_cells(row: PlannedResult) -> list:
    """The preview's cells: candidate, step, result, date, and what is unusual."""
    return [
        f"{row.candidate.reference} · {row.candidate.name}",
        row.step.name,
        row.result_label,
        date_format(row.date, "j M Y"),
        " ".join(row.unusual),
    ]


def results_applied(*, organisation, plan: ImportPlan, acting_user) -> dict:
    return {"count": results_apply(plan=plan, acting_user=acting_user)}


@transaction.atomic
def results_apply(*, plan: ImportPlan, acting_user) -> int:
    """Record each line as step_result_record would, in bulk: on the step's planned or
    postponed attempt, else on a new one; the status a pass leads to; the history. The
    candidates are locked and every line checked again under the lock (a result recorded
    since the preview makes an impossible line refuse the whole file). One audit row for the
    file, and one per unusual line, which confirming the preview confirmed."""
    if not plan.ok:
        raise ValueError("A plan with problems is never applied.")
    candidates = {row.candidate.pk: row.candidate for row in plan.rows}
    with candidates_changing(candidates):
        _attempts_read(candidates.values())
        _recheck(plan)
        attempts, events, unusual = _results_write(plan, acting_user)
    organisation = plan.rows[0].candidate.organisation
    for row, codes in unusual:
        audit_record(
            actor=acting_user,
            action="guidance.step.result",
            target=row.candidate,
            organisation=organisation,
            data={"step": row.step.code, "result": row.result, "confirmed_unusual": codes},
        )
    audit_record(
        actor=acting_user,
        action="guidance.results.imported",
        organisation=organisation,
        data={"lines": len(plan.rows), "attempts": attempts, "events": events},
    )
    return len(plan.rows)


def _recheck(plan: ImportPlan) -> None:
    earlier = {}
    for row in plan.rows:
        check = result_check(
            candidate=row.candidate,
            step=row.step,
            result=row.result,
            result_on=row.date,
            earlier=earlier.get(row.candidate.pk, []),
        )
        if check.impossible:
            raise GuidanceError(" ".join(check.impossible), code="impossible")
        row.unusual_codes = check.unusual_codes
        earlier.setdefault(row.candidate.pk, []).append(
            EarlierResult(
                row.step.pk, row.result, row.date, retry_from_for(row.step, row.result, row.date)
            )
        )


def _results_write(plan: ImportPlan, acting_user) -> tuple[int, int, list]:
    steps = list(
        ProcedureStep.objects.filter(organisation=plan.rows[0].candidate.organisation).order_by(
            "order"
        )
    )
    following = {s.pk: next((t for t in steps if t.order > s.order), None) for s in steps}
    new, changed, events, unusual, moved = [], [], [], [], {}
    now = timezone.now()
    for row in plan.rows:
        candidate = row.candidate
        latest = max(
            (a for a in candidate.attempts.all() if a.step_id == row.step.pk),
            key=lambda a: a.number,
            default=None,
        )
        if latest is None or latest.result not in (StepResult.PLANNED, StepResult.POSTPONED):
            attempt = StepAttempt(
                candidate=candidate, step=row.step, number=latest.number + 1 if latest else 1
            )
            new.append(attempt)
        else:
            attempt = latest
            changed.append(attempt)
        attempt.result, attempt.result_on = row.result, row.date
        attempt.retry_from = retry_from_for(row.step, row.result, row.date)
        events.append(
            TrackEvent(
                candidate=candidate,
                kind="step_result",
                by=acting_user,
                step=row.step,
                result=row.result,
                at=now,
            )
        )
        if row.unusual_codes:
            unusual.append((row, row.unusual_codes))
        status = _status_after(candidate, row, following)
        if status and status != candidate.status:
            candidate.status = status
            if status in CLOSED_STATUSES:
                candidate.closed_at, candidate.stop_reason = now, ""
            moved[candidate.pk] = candidate
            events.append(
                TrackEvent(
                    candidate=candidate, kind="status", by=acting_user, status=status, at=now
                )
            )
    StepAttempt.objects.bulk_create(new, batch_size=WRITE_BATCH)
    # Grouped by the values written: one UPDATE per group (bulk_update's CASE per row is slow).
    _update(StepAttempt, changed, ["result", "result_on", "retry_from"])
    _update(Candidate, moved.values(), ["status", "closed_at", "stop_reason"])
    TrackEvent.objects.bulk_create(events, batch_size=WRITE_BATCH)
    return len(new) + len(changed), len(events), unusual


def _update(model, objects, fields: list[str]) -> None:
    groups = {}
    for obj in objects:
        groups.setdefault(tuple(getattr(obj, f) for f in fields), []).append(obj.pk)
    for values, pks in groups.items():
        for start in range(0, len(pks), WRITE_BATCH):
            model.objects.filter(pk__in=pks[start : start + WRITE_BATCH]).update(
                **dict(zip(fields, values, strict=True))
            )


def _status_after(candidate, row, following) -> str | None:
    """The status a result leads to, as step_result_record sets it; None for no change."""
    if row.result != StepResult.PASSED:
        return None
    after = following.get(row.step.pk)
    if row.step.kind == StepKind.SERVICE:
        return CandidateStatus.HIRED
    if after is not None and after.kind in STATUS_AFTER_PASSING:
        return STATUS_AFTER_PASSING[after.kind]
    if candidate.status in (CandidateStatus.ORIENTATION, CandidateStatus.PREPARING):
        return CandidateStatus.IN_SELECTION
    return None
