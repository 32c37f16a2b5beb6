"""The results files of the federal recruitment service: one line per candidate and step.
Checked entirely, previewed, then written in one transaction or not at all."""

from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from korps.core.tabular import ImportPlan, Problem, TableError, parse_date, read_table

from .models import Candidate, ProcedureStep, StepResult
from .rules import EarlierResult, result_check, retry_from_for
from .services import step_result_record

COLUMNS = ["reference", "step", "result", "date"]
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


@transaction.atomic
def results_apply(*, plan: ImportPlan, acting_user) -> int:
    """Confirming the preview confirms the unusual lines it showed (each audited as such)."""
    if not plan.ok:
        raise ValueError("A plan with problems is never applied.")
    for row in plan.rows:
        step_result_record(
            candidate=row.candidate,
            step=row.step,
            result=row.result,
            result_on=row.date,
            acting_user=acting_user,
            confirmed=bool(row.unusual),
        )
    return len(plan.rows)
