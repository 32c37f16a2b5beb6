"""The measures a KPI can be bound to: korps's own figures, each read from the report that
publishes it, so that a KPI shows the report's shown (noised, suppressed) value and nothing
else.

A measure has a code, a label, a unit (a share in %, a ratio or a count), the parameters it
takes, and a function (zone, day, parameters, memo) -> Value. Modules register theirs with
`register()`; the monitoring measures are registered by this app (monitoring is below plan),
in `PlanConfig.ready()`. The memo is a dict shared by the KPIs of one page, so that one report
is computed once however many KPIs read it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from korps.disclosure.cells import Cell, rate


class Unit:
    SHARE = "share"  # a percentage, 0 to 100
    RATIO = "ratio"
    COUNT = "count"


@dataclass(frozen=True)
class Value:
    """A measure's value as it may be shown: None when the source hides it (too few people,
    or it would give a small count away). Never a number in its place."""

    value: float | None

    @property
    def suppressed(self) -> bool:
        return self.value is None


NOT_REPORTABLE = Value(None)


@dataclass(frozen=True)
class Measure:
    code: str
    label: object
    unit: str
    # (organisation, on, params, memo) -> Value
    compute: Callable[..., Value]
    # (organisation, params) -> the parameters kept; raises ValidationError
    clean: Callable[..., dict]
    # what the page says about how the figure is computed
    explanation: object = ""
    parameters: tuple[str, ...] = field(default_factory=tuple)

    def value(self, *, organisation, on: dt.date, params: dict, memo: dict | None = None):
        return self.compute(organisation, on, params, {} if memo is None else memo)


_REGISTRY: dict[str, Measure] = {}


def register(measure: Measure) -> None:
    _REGISTRY[measure.code] = measure


def measure_get(code: str) -> Measure | None:
    return _REGISTRY.get(code)


def measures() -> list[Measure]:
    return list(_REGISTRY.values())


def memoized(memo: dict, key: tuple, make: Callable):
    if key not in memo:
        memo[key] = make()
    return memo[key]


# ---------------------------------------------------------------- monitoring measures


def _labels(organisation, memo) -> dict:
    from korps.monitoring.report import group_labels

    return memoized(memo, ("labels", organisation.pk), lambda: group_labels(organisation))


def _known_groups(organisation, memo) -> list[str]:
    from korps.monitoring.models import NOT_DECLARED, NOT_SAID

    return [g for g in _labels(organisation, memo) if g not in (NOT_SAID, NOT_DECLARED)]


def _clean_group(organisation, params: dict) -> str:
    group = str(params.get("group") or "")
    if group not in _known_groups(organisation, {}):
        raise ValidationError({"group": _("Choose one of the zone's declared origin groups.")})
    return group


def _row(report, key: str, index: int):
    section = next((s for s in report.sections if s.key == key), None)
    if section is None or index >= len(section.rows):
        return None
    return section.rows[index]


def _percent(share) -> Value:
    return NOT_REPORTABLE if share is None else Value(share * 100)


def clean_composition(organisation, params: dict) -> dict:
    from korps.organisations.models import Unit as OrgUnit

    cleaned = {"group": _clean_group(organisation, params)}
    unit = params.get("unit")
    if unit not in (None, ""):
        try:
            unit = int(unit)
        except (TypeError, ValueError):
            unit = None
        if unit is None or not OrgUnit.objects.filter(organisation=organisation, pk=unit).exists():
            raise ValidationError({"unit": _("Choose a unit of this zone.")})
        cleaned["unit"] = unit
    return cleaned


def composition_share(organisation, on, params, memo) -> Value:
    """The group's share among the staff with a declared origin on the day, as the
    composition report shows it: for the corps, the benchmark table's share; for a unit,
    from the unit row's shown counts, only when every declared group's count is shown (the
    benchmark's rule: a share reveals its denominator)."""
    from korps.monitoring.composition import composition_report
    from korps.organisations.selectors import unit_paths

    report = memoized(
        memo,
        ("composition", organisation.pk, on),
        lambda: composition_report(organisation=organisation, on=on),
    )
    groups = list(_labels(organisation, memo))
    index = groups.index(params["group"])
    unit = params.get("unit")
    if unit is None:
        row = _row(report, "benchmark", index)
        return _percent(row[2] if row else None)
    paths = memoized(
        memo,
        ("unit_paths", organisation.pk),
        lambda: {u.pk: path for u, path in unit_paths(organisation=organisation).items()},
    )
    section = next(s for s in report.sections if s.key == "unit")
    row = next((r for r in section.rows[:-1] if r[0] == paths.get(unit)), None)
    if row is None:
        return NOT_REPORTABLE
    known = [row[1 + groups.index(g)] for g in _known_groups(organisation, memo)]
    if any(c.suppressed for c in known):
        return NOT_REPORTABLE
    total = Cell(sum(c.value for c in known), report.threshold)
    return _percent(rate(row[1 + index], total))


FUNNEL_MONTHS = 12


def clean_funnel(organisation, params: dict) -> dict:
    from korps.guidance.models import ProcedureStep

    cleaned = {"group": _clean_group(organisation, params)}
    step = str(params.get("step") or "")
    if not ProcedureStep.objects.filter(organisation=organisation, code=step).exists():
        raise ValidationError({"step": _("Choose a selection step of this zone.")})
    cleaned["step"] = step
    return cleaned


def funnel_period(on: dt.date):
    """The twelve whole months up to the day's month."""
    from korps.monitoring.periods import Period, month_of

    last = month_of(on)
    first = dt.date(last.year - 1, last.month, 1)
    if first.month == 12:
        first = dt.date(first.year + 1, 1, 1)
    else:
        first = dt.date(first.year, first.month + 1, 1)
    return Period(first_month=first, last_month=last)


def funnel_ratio(organisation, on, params, memo) -> Value:
    """The group's pass rate at the step divided by the best group's (the four-fifths rule),
    from the funnel report of the twelve months up to the day's month, on the attempts that
    sat the test: the report's "ratio to the best group"."""
    from korps.monitoring.funnel import funnel_report

    period = funnel_period(on)
    report = memoized(
        memo,
        ("funnel", organisation.pk, period),
        lambda: funnel_report(organisation=organisation, period=period),
    )
    groups = list(_labels(organisation, memo))
    row = _row(report, params["step"], groups.index(params["group"]))
    ratio = row[-3] if row else None
    return NOT_REPORTABLE if ratio is None else Value(ratio)


def clean_retention(organisation, params: dict) -> dict:
    return {"group": _clean_group(organisation, params)}


def retention_share(organisation, on, params, memo) -> Value:
    """Of the group's staff who started at least a year before the day, the share still in
    service a year after starting: the retention report's stay rate."""
    from korps.monitoring.retention import retention_report

    report = memoized(
        memo,
        ("retention", organisation.pk, on),
        lambda: retention_report(organisation=organisation, on=on),
    )
    groups = list(_labels(organisation, memo))
    row = _row(report, "retention_1", groups.index(params["group"]))
    return _percent(row[-4] if row else None)


MONITORING_MEASURES = [
    Measure(
        code="monitoring.composition_share",
        label=_("Share of an origin group in the corps or a unit"),
        unit=Unit.SHARE,
        compute=composition_share,
        clean=clean_composition,
        parameters=("group", "unit"),
        explanation=_(
            "The group's share among the staff with a declared origin, on the day, as the "
            "composition report shows it (for a unit: its own staff)."
        ),
    ),
    Measure(
        code="monitoring.funnel_ratio",
        label=_("Four-fifths ratio of an origin group at a selection step"),
        unit=Unit.RATIO,
        compute=funnel_ratio,
        clean=clean_funnel,
        parameters=("group", "step"),
        explanation=_(
            "The group's pass rate at the step divided by the best group's, over the twelve "
            "months up to the day, as the selection funnel report shows it."
        ),
    ),
    Measure(
        code="monitoring.retention_1y",
        label=_("Retention after 1 year of an origin group"),
        unit=Unit.SHARE,
        compute=retention_share,
        clean=clean_retention,
        parameters=("group",),
        explanation=_(
            "Of the group's staff who started at least a year ago, the share still in "
            "service a year after starting, as the retention report shows it."
        ),
    ),
]


def register_monitoring_measures() -> None:
    for measure in MONITORING_MEASURES:
        register(measure)


def parameter_choices(organisation) -> dict:
    """The zone's choices for the KPI form: measures, declared groups, units and steps."""
    from korps.guidance.models import ProcedureStep
    from korps.organisations.selectors import unit_paths

    memo: dict = {}
    labels = _labels(organisation, memo)
    return {
        "measures": [(m.code, m.label) for m in measures()],
        "groups": [(g, labels[g]) for g in _known_groups(organisation, memo)],
        "units": sorted(
            ((str(u.pk), path) for u, path in unit_paths(organisation=organisation).items()),
            key=lambda item: item[1],
        ),
        "steps": [
            (step.code, step.name)
            for step in ProcedureStep.objects.filter(organisation=organisation).order_by("order")
        ],
    }


def describe(organisation, params: dict, memo: dict) -> str:
    """The parameters in words, for the page: the group, and the unit or step if any."""
    from korps.guidance.models import ProcedureStep
    from korps.organisations.selectors import unit_paths

    parts = []
    if "group" in params:
        parts.append(_labels(organisation, memo).get(params["group"], params["group"]))
    if params.get("unit") is not None:
        paths = memoized(
            memo,
            ("unit_paths", organisation.pk),
            lambda: {u.pk: path for u, path in unit_paths(organisation=organisation).items()},
        )
        parts.append(paths.get(params["unit"], "?"))
    if params.get("step"):
        steps = memoized(
            memo,
            ("steps", organisation.pk),
            lambda: {
                step.code: step.name
                for step in ProcedureStep.objects.filter(organisation=organisation)
            },
        )
        parts.append(steps.get(params["step"], params["step"]))
    return " · ".join(str(p) for p in parts)
