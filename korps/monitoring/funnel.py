"""The selection funnel: per step and group, who entered, passed, failed or withdrew, with
the adverse-impact flag per step."""

from django.db.models import Sum
from django.utils.translation import gettext as _

from korps.guidance.models import ProcedureStep

from .impact import OUTCOMES, impact_section, rate_points
from .models import (
    FunnelCount,
)
from .periods import Period
from .report import Report, folded_counts, group_labels, thresholds


def funnel_counts(*, organisation, period: Period | None = None) -> dict:
    """{(step_id, origin, outcome): candidates}, counting each candidate's last final
    attempt at each step whose result falls in the period (from the summary table)."""
    cells = funnel_cells(organisation=organisation, period=period)
    return {key: n for key, (n, _key_sum) in cells.items()}


def funnel_cells(*, organisation, period: Period | None = None) -> dict:
    """{(step_id, origin, outcome): (candidates, sum of their record keys)}, as
    funnel_counts, with the keys the cell-key method perturbs by."""
    period = period or Period()
    rows = FunnelCount.objects.filter(organisation=organisation)
    if period.last_month:
        rows = rows.filter(month__lte=period.last_day())
    if period.first_day():
        rows = rows.filter(month__gte=period.first_day())
    return {
        (row["step_id"], row["origin"], row["outcome"]): (row["n"], row["key_sum"])
        for row in rows.values("step_id", "origin", "outcome").annotate(
            n=Sum("n"), key_sum=Sum("key_sum")
        )
        if row["n"]
    }


def funnel_report(*, organisation, period: Period | None = None) -> Report:
    period = period or Period()
    threshold = organisation.effective_suppression_threshold
    limits = thresholds(organisation)
    labels = group_labels(organisation)
    groups = list(labels)
    cells = folded_counts(funnel_cells(organisation=organisation, period=period), labels, 1)
    steps = list(
        ProcedureStep.objects.filter(organisation=organisation)
        .select_related("career_step")
        .order_by("order")
    )
    sections, chart = [], []
    for step in steps:
        found = {g: [cells.get((step.pk, g, o), (0, 0)) for o in OUTCOMES] for g in groups}
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
            people_title=_("Entering"),
            outcome_titles=[_("Passing"), _("Failing"), _("Withdrawing")],
            rate_title=_("Pass rate"),
            flag_title=_("Stumbling block"),
            threshold=threshold,
            limits=limits,
            keys=keys,
        )
        sections.append(section)
        chart += rate_points(section, step.name, groups, labels)
    return Report(threshold=threshold, sections=sections, chart=chart, period=period)


def stumbling_blocks(report: Report) -> list[tuple[str, str]]:
    """(step, group) pairs flagged in a funnel report."""
    yes = _("yes")
    return [
        (section.key, row[0])
        for section in report.sections
        for row in section.rows
        if isinstance(row[-1], str) and row[-1].startswith(yes)
    ]
