"""The results files of the federal recruitment service: one line per candidate and step.
Checked entirely, previewed, then written in one transaction or not at all: the new rows by
one bulk insert each (korps.core.bulk), with the funnel's summary kept in the same
transaction by one recount of the candidates' share before and after (a few set-based
queries)."""

from dataclasses import dataclass
from functools import lru_cache

from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from korps.audit.services import audit_record
from korps.core.bulk import rows_insert
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
# Rows one UPDATE changes (SQLite takes at most 32,766 parameters in a statement).
WRITE_BATCH = 10_000
# What the check, the preview and the write read of a candidate (ListedCandidate's fields).
CANDIDATE_FIELDS = ("pk", "reference", "name", "status", "closed_at", "stop_reason")
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


@dataclass(slots=True)
class ListedCandidate:
    """A candidate as the results import reads them: what the check, the preview and the
    write need, no model object (a zone has tens of thousands, read for every file)."""

    pk: int
    reference: str
    name: str
    status: str
    closed_at: object
    stop_reason: str
    organisation: object


@dataclass
class PlannedResult:
    line: int
    candidate: ListedCandidate
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
        row[1].lower(): ListedCandidate(*row, organisation)
        for row in Candidate.objects.filter(
            organisation=organisation, pseudonymised_at__isnull=True
        ).values_list(*CANDIDATE_FIELDS)
    }
    steps = {
        s.code.lower(): s
        for s in ProcedureStep.objects.filter(organisation=organisation).select_related(
            "career_step"
        )
    }
    held = _attempts_read(
        {
            candidates[r].pk
            for r in {line.values["reference"].lower() for line in table.lines.quietly()}
            if r in candidates
        }
    )
    rows, problems, seen, earlier = [], [], {}, {}
    today = timezone.localdate()
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
                today=today,
                attempts=held[candidate.pk],
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


@dataclass(slots=True)
class HeldAttempt:
    """An attempt as the import reads it: what result_check and the write need, no model
    object (an import reads tens of thousands)."""

    pk: int
    step_id: int
    number: int
    result: str
    result_on: object
    retry_from: object


def _attempts_read(candidate_ids) -> dict[int, list[HeldAttempt]]:
    """{candidate id: their attempts, by id}, in one query per PREFETCH_SLICE candidates."""
    ids = sorted(candidate_ids)
    found = {pk: [] for pk in ids}
    for start in range(0, len(ids), PREFETCH_SLICE):
        rows = (
            StepAttempt.objects.filter(candidate__pk__any_of=ids[start : start + PREFETCH_SLICE])
            .order_by("pk")
            .values_list(
                "candidate_id", "pk", "step_id", "number", "result", "result_on", "retry_from"
            )
        )
        for candidate_id, *attempt in rows:
            found[candidate_id].append(HeldAttempt(*attempt))
    return found


def results_jobs_erase(candidate) -> int:
    """Erasing a candidate deletes the zone's results files not yet imported: their previews
    show candidates' names (whoever uploaded one uploads it again). Returns the rows deleted."""
    deleted, _per_model = ImportJob.objects.filter(
        organisation=candidate.organisation, kind=RESULTS_KIND
    ).delete()
    return deleted


def results_cells(row: PlannedResult) -> list:
    """The preview's cells: candidate, step, result, date, and what is unusual."""
    language = get_language()
    return [
        f"{row.candidate.reference} · {row.candidate.name}",
        row.step.name,
        _result_cell(row.result, language),
        _date_cell(row.date, language),
        " ".join(row.unusual),
    ]


# A file of 100,000 lines has a few results and a few hundred dates: each is put in words
# once per language (`language` is the cache's key; the words are the active language's).
@lru_cache(maxsize=64)
def _result_cell(result: str, language: str | None) -> str:
    return str(StepResult(result).label)


@lru_cache(maxsize=4096)
def _date_cell(day, language: str | None) -> str:
    return date_format(day, "j M Y")


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
        held = _attempts_read(candidates)
        _recheck(plan, held)
        attempts, events, unusual = _results_write(plan, acting_user, held)
    organisation = plan.rows[0].candidate.organisation
    targets = Candidate.objects.filter(organisation=organisation).in_bulk(
        [row.candidate.pk for row, _codes in unusual]
    )
    for row, codes in unusual:
        audit_record(
            actor=acting_user,
            action="guidance.step.result",
            target=targets[row.candidate.pk],
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


def _recheck(plan: ImportPlan, held: dict[int, list[HeldAttempt]]) -> None:
    earlier, today = {}, timezone.localdate()
    for row in plan.rows:
        check = result_check(
            candidate=row.candidate,
            step=row.step,
            result=row.result,
            result_on=row.date,
            earlier=earlier.get(row.candidate.pk, []),
            today=today,
            attempts=held[row.candidate.pk],
        )
        if check.impossible:
            raise GuidanceError(" ".join(check.impossible), code="impossible")
        row.unusual_codes = check.unusual_codes
        earlier.setdefault(row.candidate.pk, []).append(
            EarlierResult(
                row.step.pk, row.result, row.date, retry_from_for(row.step, row.result, row.date)
            )
        )


def _results_write(
    plan: ImportPlan, acting_user, held: dict[int, list[HeldAttempt]]
) -> tuple[int, int, list]:
    """The attempts and the history as plain rows, inserted in bulk (korps.core.bulk: no
    model object per row); the attempts changed and the candidates moved by one UPDATE per
    group of equal values."""
    steps = list(
        ProcedureStep.objects.filter(organisation=plan.rows[0].candidate.organisation).order_by(
            "order"
        )
    )
    following = {s.pk: next((t for t in steps if t.order > s.order), None) for s in steps}
    new, changed, events, unusual, moved = [], [], [], [], {}
    now = timezone.now()
    by = acting_user.pk if acting_user is not None else None
    for row in plan.rows:
        candidate, step = row.candidate, row.step
        latest = max(
            (a for a in held[candidate.pk] if a.step_id == step.pk),
            key=lambda a: a.number,
            default=None,
        )
        retry_from = retry_from_for(step, row.result, row.date)
        if latest is None or latest.result not in (StepResult.PLANNED, StepResult.POSTPONED):
            number = latest.number + 1 if latest else 1
            new.append((candidate.pk, step.pk, number, row.result, row.date, retry_from))
        else:
            latest.result, latest.result_on, latest.retry_from = row.result, row.date, retry_from
            changed.append(latest)
        events.append((candidate.pk, now, "step_result", step.pk, "", row.result, by))
        if row.unusual_codes:
            unusual.append((row, row.unusual_codes))
        status = _status_after(candidate, row, following)
        if status and status != candidate.status:
            candidate.status = status
            if status in CLOSED_STATUSES:
                candidate.closed_at, candidate.stop_reason = now, ""
            moved[candidate.pk] = candidate
            events.append((candidate.pk, now, "status", None, status, "", by))
    rows_insert(
        StepAttempt,
        ["candidate_id", "step_id", "number", "result", "result_on", "retry_from"],
        new,
    )
    # Grouped by the values written: one UPDATE per group (bulk_update's CASE per row is slow).
    _update(StepAttempt, changed, ["result", "result_on", "retry_from"])
    _update(Candidate, moved.values(), ["status", "closed_at", "stop_reason"])
    rows_insert(
        TrackEvent, ["candidate_id", "at", "kind", "step_id", "status", "result", "by_id"], events
    )
    return len(new) + len(changed), len(events), unusual


def _update(model, objects, fields: list[str]) -> None:
    groups = {}
    for obj in objects:
        groups.setdefault(tuple(getattr(obj, f) for f in fields), []).append(obj.pk)
    for values, pks in groups.items():
        for start in range(0, len(pks), WRITE_BATCH):
            model.objects.filter(pk__any_of=pks[start : start + WRITE_BATCH]).update(
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
