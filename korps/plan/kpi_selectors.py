"""Reads of the plan's KPIs with their live values. Every query names its zone; one report is
computed once per page however many KPIs read it (the measures' memo)."""

import datetime as dt
from dataclasses import dataclass

from .measures import NOT_REPORTABLE, Measure, Value, describe, measure_get
from .models import Kpi, KpiDirection, Plan


@dataclass
class KpiRow:
    kpi: Kpi
    measure: Measure | None
    current: Value
    expected: float | None  # on the straight path from baseline to target, today
    progress: float | None  # (current - baseline) / (target - baseline), 0 to 1
    on_track: bool | None  # None when the current value is not reportable
    about: str = ""  # the parameters in words


def kpi_status(kpi: Kpi, current: Value, today: dt.date) -> tuple:
    """(expected today, progress, on track) of a KPI whose current value is `current`."""
    span = (kpi.target_on - kpi.baseline_on).days
    elapsed = min(max((today - kpi.baseline_on).days / span, 0.0), 1.0) if span > 0 else 1.0
    change = kpi.target_value - kpi.baseline_value
    expected = kpi.baseline_value + change * elapsed
    if current.suppressed:
        return expected, None, None
    progress = None
    if change:
        progress = min(max((current.value - kpi.baseline_value) / change, 0.0), 1.0)
    if kpi.direction == KpiDirection.DOWN:
        on_track = current.value <= expected
    else:
        on_track = current.value >= expected
    return expected, progress, on_track


def plan_kpis(*, plan: Plan, today: dt.date) -> dict[int, list[KpiRow]]:
    """{line id: its KPIs with their values today}, from one query and one computation of
    each report the KPIs read."""
    organisation = plan.organisation
    memo: dict = {}
    found: dict[int, list[KpiRow]] = {}
    for kpi in Kpi.objects.filter(
        line__plan=plan, line__plan__organisation=organisation
    ).select_related("action"):
        measure = measure_get(kpi.measure)
        current = NOT_REPORTABLE
        if measure is not None:
            current = measure.value(
                organisation=organisation, on=today, params=kpi.parameters, memo=memo
            )
        expected, progress, on_track = kpi_status(kpi, current, today)
        found.setdefault(kpi.line_id, []).append(
            KpiRow(
                kpi,
                measure,
                current,
                expected,
                progress,
                on_track,
                describe(organisation, kpi.parameters, memo),
            )
        )
    return found


def kpi_get(*, organisation, pk: int) -> Kpi | None:
    return (
        Kpi.objects.filter(line__plan__organisation=organisation, pk=pk)
        .select_related("line__plan__organisation")
        .first()
    )
