"""The selection funnel: per step and group, the attempts that passed, failed, withdrew or
did not show up, with the adverse-impact flag per step.

What is counted: every final attempt at a step whose result is dated in the period (a
candidate who tries twice counts twice, once in each attempt's month). So a closed period
keeps its figures when later attempts arrive. The reader chooses the basis of the pass rate:
the attempts that sat the test (passed or failed; the default, so that the flag is about the
step itself) or every attempt entered (withdrawals and no-shows count as not passing)."""

from django.db.models import Sum
from django.utils.translation import gettext as _

from korps.guidance.models import ProcedureStep

from .breakdown_reports import funnel_cells_by
from .breakdowns import ORIGIN, Breakdown
from .impact import impact_section, rate_points
from .models import (
    FunnelCount,
)
from .periods import Period
from .report import Report, folded_counts, group_labels, thresholds

# The basis of the pass rate: the outcomes counted, in the table's order (passing first).
BASES = {
    "sat": ["passed", "failed"],
    "entered": ["passed", "failed", "withdrew", "no_show"],
}
DEFAULT_BASIS = "sat"


def funnel_counts(*, organisation, period: Period | None = None) -> dict:
    """{(step_id, origin, outcome): attempts}, counting every final attempt at each step
    whose result is dated in the period, never after today (from the summary table)."""
    cells = funnel_cells(organisation=organisation, period=period)
    return {key: n for key, (n, _key_sum) in cells.items()}


def funnel_cells(*, organisation, period: Period | None = None) -> dict:
    """{(step_id, origin, outcome): (attempts, sum of their candidates' record keys)}, as
    funnel_counts, with the keys the cell-key method perturbs by. A period without a last
    month ends today: a result dated after today (only a bulk load bypassing the services
    can hold one) counts once its month has come."""
    period = period or Period()
    rows = FunnelCount.objects.filter(organisation=organisation, month__lte=period.last_day())
    if period.first_day():
        rows = rows.filter(month__gte=period.first_day())
    return {
        (row["step_id"], row["origin"], row["outcome"]): (row["n"], row["key_sum"])
        for row in rows.values("step_id", "origin", "outcome").annotate(
            n=Sum("n"), key_sum=Sum("key_sum")
        )
        if row["n"]
    }


def funnel_report(
    *,
    organisation,
    period: Period | None = None,
    basis: str = DEFAULT_BASIS,
    breakdown: Breakdown | None = None,
) -> Report:
    """Per step, the attempts per group on the chosen basis ("sat": passed or failed;
    "entered": also withdrawn and not shown up), with the pass rate and its flag. Per
    declared origin (from the summary table) unless another breakdown is given (from the
    raw attempts, breakdown_reports.py)."""
    period = period or Period()
    outcomes = BASES[basis]
    threshold = organisation.effective_suppression_threshold
    limits = thresholds(organisation)
    if breakdown is None or breakdown.key == ORIGIN:
        labels = group_labels(organisation)
        cells = folded_counts(funnel_cells(organisation=organisation, period=period), labels, 1)
        compared, group_title = None, None
    else:
        labels = breakdown.labels
        cells = funnel_cells_by(organisation=organisation, period=period, breakdown=breakdown)
        compared, group_title = breakdown.compared, breakdown.title
    groups = list(labels)
    steps = list(
        ProcedureStep.objects.filter(organisation=organisation)
        .select_related("career_step")
        .order_by("order")
    )
    sections, chart = [], []
    for step in steps:
        found = {g: [cells.get((step.pk, g, o), (0, 0)) for o in outcomes] for g in groups}
        raw = {g: [n for n, _k in found[g]] for g in groups}
        keys = {g: [k for _n, k in found[g]] for g in groups}
        if not any(sum(v) for v in raw.values()):
            continue
        section = impact_section(
            key=step.code,
            title=step.name,
            groups=groups,
            labels=labels,
            raw=raw,
            people_title=_("Entering") if basis == "entered" else _("Sitting the test"),
            outcome_titles=[
                _("Passing"),
                _("Failing"),
                *([_("Withdrawing"), _("Not showing up")] if basis == "entered" else []),
            ],
            rate_title=_("Pass rate"),
            flag_title=_("Stumbling block"),
            threshold=threshold,
            limits=limits,
            keys=keys,
            group_title=group_title,
            compared=compared,
        )
        sections.append(section)
        chart += rate_points(section, step.name, groups, labels, compared)
    return Report(
        threshold=threshold,
        sections=sections,
        chart=chart,
        period=period,
        notes=funnel_notes(basis),
    )


def funnel_notes(basis: str) -> list[str]:
    """What the funnel counts, said on the page and in the PDF."""
    counted = _(
        "Counted: every attempt at a step whose result is dated in the period. A candidate "
        "who tries again counts once per attempt, in the month of each result, so a closed "
        "period keeps its figures when later attempts arrive."
    )
    if basis == "entered":
        return [
            counted,
            _(
                "Basis: every attempt entered. Withdrawals and no-shows count as not passing "
                "and are shown in their own columns; choose “sat the test” for the pass rate "
                "of those who sat it."
            ),
        ]
    return [
        counted,
        _(
            "Basis: the attempts that sat the test (passed or failed). Withdrawals and "
            "no-shows are left out of these tables; choose “entered” to see them, counted as "
            "not passing."
        ),
    ]


def stumbling_blocks(report: Report) -> list[tuple[str, str]]:
    """(step, group) pairs flagged in a funnel report."""
    yes = _("yes")
    return [
        (section.key, row[0])
        for section in report.sections
        for row in section.rows
        if isinstance(row[-1], str) and row[-1].startswith(yes)
    ]
