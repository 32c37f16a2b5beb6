"""Reads of the monitoring app. The reports read the summary tables (summaries.py), which
the services keep in the same transactions as the facts, so they never scan the raw rows at
national scale; Python only arranges aggregated rows into tables and passes every table
through suppression."""

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from fractions import Fraction
from functools import partial

from django.conf import settings
from django.db.models import Count, DateField, ExpressionWrapper, F, Q, Subquery, Sum, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from korps.disclosure.cells import Cell, rate, ratio
from korps.disclosure.tables import protect_tables
from korps.guidance.models import ProcedureStep
from korps.organisations.models import Unit

from .models import (
    NOT_DECLARED,
    NOT_SAID,
    Declaration,
    FunnelCount,
    Gender,
    GradeCohort,
    MonitoringSettings,
    PopulationFigure,
    Promotion,
    StaffCohort,
    StaffDimension,
    StaffFlow,
    StaffMember,
    SubjectKind,
    origin_groups,
)
from .periods import Period, month_of, quarter_ends, year_of
from .statistics import PValue, fisher_exact_p
from .summaries import (
    RETENTION_SPANS,
    add_counts,
    grade_share,
    promotions_of,
    staff_events,
    staff_rows,
    with_declared,
)


@dataclass
class Section:
    """One table of a report, ready for the page and the exports: every figure in `rows` is
    a suppressed Cell, a rate or ratio (None when hidden), or text."""

    key: str
    title: str
    columns: list[str]
    rows: list[list] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class Report:
    threshold: int
    sections: list[Section]
    chart: list[dict] = field(default_factory=list)  # only figures that may be shown
    trend: list[dict] = field(default_factory=list)  # shares per quarter, the same way
    period: Period = field(default_factory=Period)


def _folded(counts: dict, labels: dict, at: int) -> dict:
    """Counts whose origin (the key's item `at`) is no longer one of the zone's categories
    (it changed them) count as not declared, so that totals stay whole."""
    folded = {}
    for key, value in counts.items():
        if key[at] not in labels:
            key = (*key[:at], NOT_DECLARED, *key[at + 1 :])
        add_counts(folded, {key: value})
    return folded


def _group_labels(organisation) -> dict[str, str]:
    labels = {code: str(label) for code, label in origin_groups(organisation)}
    labels[NOT_DECLARED] = _("Not declared")
    return labels


def thresholds(organisation) -> dict:
    """The zone's limits for a flag, else korps's settings."""
    own = MonitoringSettings.objects.filter(organisation=organisation).first()
    return {
        "ratio": (own and own.adverse_impact_ratio) or settings.KORPS_ADVERSE_IMPACT_RATIO,
        "p": (own and own.adverse_impact_p) or settings.KORPS_ADVERSE_IMPACT_P,
        "small": (own and own.small_group) or settings.KORPS_SMALL_GROUP,
    }


# Composition ------------------------------------------------------------------------------


def active_staff(*, organisation, on: dt.date | None = None):
    """The raw staff rows active on a day, with their declared groups: for checks, as the
    reports read the summary tables."""
    on = on or timezone.localdate()
    return staff_rows(
        StaffMember.objects.filter(organisation=organisation, start_date__lte=on).filter(
            Q(end_date__isnull=True) | Q(end_date__gt=on)
        )
    )


def staff_counts_on(*, organisation, on: dt.date) -> dict:
    """{(dimension, value, origin): staff active on the day}: the monthly flows up to the
    month before, and the joiners and leavers of the day's own month from the register."""
    return {key: n for key, (n, _keys) in staff_cells_on(organisation=organisation, on=on).items()}


def staff_cells_on(*, organisation, on: dt.date) -> dict:
    """{(dimension, value, origin): (staff active on the day, sum of their record keys)}, as
    staff_counts_on, with the keys the cell-key method perturbs by."""
    first, year = month_of(on), year_of(on)
    counts = {}
    for row in (
        StaffFlow.objects.filter(organisation=organisation)
        .filter(
            Q(span=StaffFlow.YEAR, month__lt=year)
            | Q(span=StaffFlow.MONTH, month__gte=year, month__lt=first)
        )
        .values("dimension", "value", "origin")
        .annotate(n=Sum("n"), key_sum=Sum("key_sum"))
    ):
        key = (row["dimension"], row["value"], row["origin"])
        add_counts(counts, {key: (row["n"], row["key_sum"])})
    # Whoever joined, left or was promoted in the day's month (up to the day), each found
    # by its own index (promotions by date alone; the zone is checked with the staff rows).
    staff = StaffMember.objects.filter(organisation=organisation).order_by()
    promoted = set(
        Promotion.objects.filter(date__range=(first, on))
        .order_by()
        .values_list("staff_member_id", flat=True)
    )
    found = {}
    for chosen in (
        staff.filter(start_date__range=(first, on)),
        staff.filter(end_date__range=(first, on)),
        staff.filter(pk__any_of=sorted(promoted)) if promoted else None,
    ):
        if chosen is not None:
            found.update((row["id"], row) for row in chosen.values(*STAFF_COLUMNS))
    rows = _declared(organisation, list(found.values()))
    promotions = promotions_of(list(found)) if found else {}
    for row in rows:
        for day, dimension, value, sign in staff_events(row, promotions.get(row["id"], [])):
            if first <= day <= on:
                key = (dimension, value, row["origin"])
                add_counts(counts, {key: (sign, sign * row["record_key"])})
    return {key: cell for key, cell in counts.items() if cell[0]}


STAFF_COLUMNS = [
    "id",
    "unit_id",
    "grade",
    "start_date",
    "end_date",
    "staff_number",
    "record_key",
]


def _declared(organisation, rows: list[dict]) -> list[dict]:
    """Staff rows with their declared groups as staff_rows has them, from one plain query
    (rather than a subquery per row)."""
    if not rows:
        return rows
    declared = {
        d["staff_number"]: d
        for d in Declaration.objects.filter(
            organisation=organisation,
            subject_kind=SubjectKind.STAFF,
            withdrawn_at__isnull=True,
            staff_number__any_of=[row["staff_number"] for row in rows],
        ).values("staff_number", "origin_group", "gender")
    }
    for row in rows:
        own = declared.get(row["staff_number"], {})
        row["origin"] = own.get("origin_group") or NOT_DECLARED
        row["declared_gender"] = own.get("gender") or NOT_DECLARED
    return rows


def _by(cells: dict, dimension: str, name=str) -> dict:
    """{(value, origin): (n, key sum)} of one dimension of staff_cells_on."""
    found = {}
    for (kind, value, origin), cell in cells.items():
        if kind == dimension:
            add_counts(found, {(name(value), origin): cell})
    return found


def composition_report(
    *, organisation, on: dt.date | None = None, period: Period | None = None
) -> Report:
    """The corps on the last day of the period (today by default) against the population,
    per gender, unit and grade, and its trend per quarter."""
    period = period or Period()
    on = on or period.last_day()
    threshold = organisation.effective_suppression_threshold
    labels = _group_labels(organisation)
    groups = list(labels)  # declared groups, "prefer not to say", then "not declared"
    known = [g for g in groups if g not in (NOT_SAID, NOT_DECLARED)]
    staff = _folded(staff_cells_on(organisation=organisation, on=on), labels, 2)
    units = dict(Unit.objects.filter(organisation=organisation).values_list("pk", "name"))
    by_gender = {(origin, g): n for (g, origin), n in _by(staff, StaffDimension.GENDER).items()}
    by_unit = _by(staff, StaffDimension.UNIT, lambda value: units.get(int(value), value))
    by_grade = _by(staff, StaffDimension.GRADE)
    population_year = (
        PopulationFigure.objects.filter(organisation=organisation)
        .order_by("-year")
        .values_list("year", flat=True)[:1]
    )
    population = {
        r["origin_group"]: r["n"]
        for r in PopulationFigure.objects.filter(
            organisation=organisation, year=Subquery(population_year)
        )
        .values("origin_group")
        .annotate(n=Sum("count"))
    }

    genders = _genders()
    gender_labels = [str(label) for _code, label in Gender.choices] + [_("Not declared")]
    gender_rows = [(g, labels[g]) for g in groups]
    gender_columns = list(zip(genders, gender_labels, strict=True))
    unit_rows = [(u, u) for u in sorted({k[0] for k in by_unit})]
    grade_rows = [(g, g) for g in sorted({k[0] for k in by_grade})]
    group_columns = [(g, labels[g]) for g in groups]
    days, trend_counts, trend_keys = _composition_trend_counts(
        organisation=organisation, period=period, on=on, now=by_gender, groups=groups
    )
    tables = [
        (by_gender, gender_rows, gender_columns),
        (by_unit, unit_rows, group_columns),
        (by_grade, grade_rows, group_columns),
    ]
    matrices = [*(_matrix(c, r, k) for c, r, k in tables), trend_counts]
    keys = [*(_matrix(c, r, k, at=1) for c, r, k in tables), trend_keys]
    # The four tables are published together and share figures: the staff per origin (and
    # in all) are the gender table's row totals, the unit and grade tables' column totals and
    # the trend's last row. They are suppressed and audited as one system.
    n, m = len(groups), len(genders)
    shared = [(0, k, m) for k in range(n)] + [(0, n, m)]
    links = []
    for table, at in ((1, len(unit_rows)), (2, len(grade_rows))):
        links += [(a, (table, at, k)) for k, a in enumerate(shared)]
    links += [(a, (3, len(days) - 1, k)) for k, a in enumerate(shared)]
    # Shown counts carry the cell-key noise (linked figures hold the same people, so the
    # same key and the same noise); shares and ratios are computed from the shown counts.
    gender_table, unit_table, grade_table, trend_table = protect_tables(
        matrices, threshold=threshold, links=_equal_links(matrices, links), keys=keys
    )

    # Benchmark: shares among staff with a known origin, against the population's shares.
    counts = dict(zip(groups, gender_table.row_totals, strict=True))
    known_cells = [counts[g] for g in known]
    # Shares reveal their denominator; with a hidden known group, it would give that group
    # away, so the shares are shown only when every known group is.
    shares_safe = not any(c.suppressed for c in known_cells)
    known_total = Cell(sum(c.value or 0 for c in known_cells), threshold)
    population_total = sum(population.get(g, 0) for g in known)
    benchmark = Section(
        key="benchmark",
        title=_("Active staff by origin on %(date)s, against the population")
        % {"date": date_format(on)},
        columns=[_("Origin"), _("Staff"), _("Share"), _("Population share"), _("Ratio")],
    )
    chart = []
    for group in groups:
        share = rate(counts[group], known_total) if shares_safe and group in known else None
        population_share = (
            population.get(group, 0) / population_total
            if population_total and group in known
            else None
        )
        benchmark.rows.append(
            [labels[group], counts[group], share, population_share, ratio(share, population_share)]
        )
        if share is not None:
            chart.append({"group": labels[group], "series": _("Staff"), "share": share})
        if population_share is not None:
            chart.append(
                {"group": labels[group], "series": _("Population"), "share": population_share}
            )
    benchmark.rows.append([_("Total"), gender_table.total, None, None, None])
    benchmark.notes.append(_("Ratio = share among staff / share in the population."))

    sections = [
        benchmark,
        _cross_section(
            "gender", _("Origin and gender"), _("Origin"), gender_rows, gender_columns, gender_table
        ),
        _cross_section("unit", _("Per unit"), _("Unit"), unit_rows, group_columns, unit_table),
        _cross_section("grade", _("Per grade"), _("Grade"), grade_rows, group_columns, grade_table),
    ]
    trend, trend_points = _composition_trend(
        days=days, table=trend_table, groups=groups, labels=labels, threshold=threshold
    )
    sections.append(trend)
    return Report(
        threshold=threshold, sections=sections, chart=chart, trend=trend_points, period=period
    )


def _matrix(counts: dict, rows, columns, *, at: int | None = None) -> list[list[int]]:
    """The counts of a table (or, where they are (n, key sum) pairs, item `at` of them)."""

    def value(key):
        found = counts.get(key, 0)
        if isinstance(found, tuple):
            return found[at or 0]
        return found

    return [[value((r, c)) for c, _l in columns] for r, _l in rows]


def _equal_links(matrices, links):
    """The links whose two figures are equal (a table without rows has no totals to link)."""

    def value(entry):
        t, i, j = entry
        grid = [[*row, sum(row)] for row in matrices[t]]
        width = len(matrices[t][0]) if matrices[t] else 0
        grid.append([sum(row[c] for row in grid) for c in range(width + 1)])
        return grid[i][j] if i < len(grid) and j < len(grid[i]) else None

    return [(a, b) for a, b in links if value(a) is not None and value(a) == value(b)]


# Quarters shown when the period has no first month.
TREND_QUARTERS = 8


def _composition_trend_counts(*, organisation, period, on, now, groups):
    """Active staff per origin at the end of each quarter of the period, and on its last
    day, from the cumulated monthly flows of the summary table: (days, counts per day, sums
    of the record keys per day)."""
    first = period.first_day()
    if first is None:
        first = month_of(on - dt.timedelta(days=92 * TREND_QUARTERS))
    ends = quarter_ends(first, on - dt.timedelta(days=1))
    flows = (
        StaffFlow.objects.filter(
            organisation=organisation,
            span=StaffFlow.MONTH,
            dimension=StaffDimension.GENDER,
            month__lte=ends[-1] if ends else first,
        )
        .values("month", "origin")
        .annotate(n=Sum("n"), key_sum=Sum("key_sum"))
        .order_by("month")
    )
    running, points, at = {}, {}, iter(ends)
    end = next(at, None)
    for row in flows:
        while end is not None and row["month"] > end:
            points[end] = dict(running)
            end = next(at, None)
        add_counts(running, {row["origin"]: (row["n"], row["key_sum"])})
    while end is not None:
        points[end] = dict(running)
        end = next(at, None)
    points[on] = {}
    for (origin, _gender), cell in now.items():
        add_counts(points[on], {origin: cell})
    days = list(points)
    return (
        days,
        [[points[day].get(g, (0, 0))[0] for g in groups] for day in days],
        [[points[day].get(g, (0, 0))[1] for g in groups] for day in days],
    )


def _composition_trend(*, days, table, groups, labels, threshold):
    """The trend section and its chart points, from the suppressed trend table."""
    known = [i for i, g in enumerate(groups) if g not in (NOT_SAID, NOT_DECLARED)]
    section = Section(
        key="trend",
        title=_("Trend: active staff per origin at the end of each quarter"),
        columns=[_("Date"), *[labels[g] for g in groups], _("Total")],
    )
    chart = []
    for day, cells, total in zip(days, table.cells, table.row_totals, strict=True):
        section.rows.append([day.isoformat(), *cells, total])
        shown = [cells[i] for i in known]
        if all(not c.suppressed for c in shown):
            known_total = Cell(sum(c.value for c in shown), threshold)
            for i in known:
                share = rate(cells[i], known_total)
                if share is not None:
                    chart.append(
                        {"date": day.isoformat(), "group": labels[groups[i]], "share": share}
                    )
    section.notes.append(
        _("Shares in the chart are among staff with a declared origin, as in the benchmark.")
    )
    return section, chart


def _genders() -> list[str]:
    return [code for code, _label in Gender.choices] + [NOT_DECLARED]


def _cross_section(key, title, first, rows, columns, table) -> Section:
    section = Section(
        key=key, title=title, columns=[first, *[label for _c, label in columns], _("Total")]
    )
    for (_code, label), cells, total in zip(rows, table.cells, table.row_totals, strict=True):
        section.rows.append([label, *cells, total])
    section.rows.append([_("Total"), *table.column_totals, table.total])
    return section


# Selection funnel -------------------------------------------------------------------------

OUTCOMES = ["passed", "failed", "withdrew"]


@dataclass
class GroupOutcome:
    group: str
    entering: int
    passed: int


@dataclass
class AdverseImpact:
    ratio: float
    p_value: float
    # The same ratio as an exact fraction of the counts, for the comparison with the limit:
    # 48/80 against 75/100 is four-fifths exactly, which floats compute as 0.7999999999999999.
    exact_ratio: Fraction

    def is_adverse(self, *, ratio_limit, p_limit) -> bool:
        """Below both limits; the ratio compared exactly (a ratio equal to the limit is not
        below it)."""
        return self.exact_ratio < Fraction(str(ratio_limit)) and self.p_value < p_limit


def adverse_impact(*, group: GroupOutcome, best: GroupOutcome) -> AdverseImpact | None:
    """The group's pass rate against the best group's, and Fisher's exact test on the 2x2
    table (passed, did not pass) of the two groups."""
    if not group.entering or not best.entering or not best.passed:
        return None
    group_rate = group.passed / group.entering
    best_rate = best.passed / best.entering
    p_value = fisher_exact_p(
        group.passed, group.entering - group.passed, best.passed, best.entering - best.passed
    )
    return AdverseImpact(
        ratio=group_rate / best_rate,
        p_value=p_value,
        exact_ratio=Fraction(group.passed * best.entering, group.entering * best.passed),
    )


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
    labels = _group_labels(organisation)
    groups = list(labels)
    cells = _folded(funnel_cells(organisation=organisation, period=period), labels, 1)
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
        section = _impact_section(
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
        chart += _rate_points(section, step.name, groups, labels)
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


# Retention and promotion -----------------------------------------------------------------

RETENTION_YEARS = (1, 3)
# Promotion is measured among staff in service for at least this long.
PROMOTION_YEARS = 3


def _impact_section(
    *,
    key,
    title,
    groups,
    labels,
    raw,
    outcome_titles,
    rate_title,
    threshold,
    limits,
    people_title=None,
    flag_title=None,
    keys=None,
) -> Section:
    """One table of outcomes per group (the first outcome is the good one: passing, staying,
    being promoted), with the rate of the good outcome, its ratio to the best group's and
    Fisher's exact test, all through suppression. Used by the funnel and retention. With
    `keys` (the sums of the people's record keys, as `raw`), shown counts carry the cell-key
    noise, and the rate, ratio and test are computed from the shown counts."""
    compared = [g for g in groups if g not in (NOT_SAID, NOT_DECLARED)]
    table = protect_tables(
        [[raw[g] for g in groups]],
        threshold=threshold,
        keys=[[keys[g] for g in groups]] if keys else None,
    )[0]
    rates = {
        g: rate(cells[0], total)
        for g, cells, total in zip(groups, table.cells, table.row_totals, strict=True)
    }
    outcomes = {
        g: GroupOutcome(g, total.value, cells[0].value)
        for g, cells, total in zip(groups, table.cells, table.row_totals, strict=True)
        if g in compared and rates[g] is not None
    }
    # The best group is the best of those whose rate may be shown: a comparison with a
    # hidden rate would give it away.
    best = max(
        (o for o in outcomes.values() if rates[o.group] is not None),
        key=lambda o: o.passed / o.entering,
        default=None,
    )
    section = Section(
        key=key,
        title=title,
        columns=[
            _("Origin"),
            people_title or _("People"),
            *outcome_titles,
            rate_title,
            _("Ratio to the best group"),
            _("p-value"),
            flag_title or _("Flag"),
        ],
    )
    for g, cells, total in zip(groups, table.cells, table.row_totals, strict=True):
        impact = None
        if g in outcomes and best is not None and rates[g] is not None:
            impact = adverse_impact(group=outcomes[g], best=best)
        flag = ""
        if impact is not None and g != best.group:
            if impact.is_adverse(ratio_limit=limits["ratio"], p_limit=limits["p"]):
                flag = _("yes")
        # The caveat tells that a count is below a limit: only said of a shown count.
        if g in outcomes and not total.suppressed and total.value < limits["small"]:
            flag = (flag + " " if flag else "") + _("too small to tell")
        section.rows.append(
            [
                labels[g],
                total,
                *cells,
                rates[g],
                impact.ratio if impact else None,
                PValue(impact.p_value, limit=limits["p"]) if impact else None,
                flag,
            ]
        )
    section.rows.append(
        [
            _("Total"),
            table.total,
            *table.column_totals,
            rate(table.column_totals[0], table.total),
            None,
            None,
            "",
        ]
    )
    return section


def _rate_points(section: Section, label: str, groups, labels) -> list[dict]:
    """Chart points: the rates that may be shown, of the compared (declared) groups."""
    rate_index = len(section.columns) - 4
    compared = {labels[g] for g in groups if g not in (NOT_SAID, NOT_DECLARED)}
    return [
        {"step": str(label), "group": row[0], "rate": row[rate_index]}
        for row in section.rows[:-1]
        if row[0] in compared and row[rate_index] is not None
    ]


def _cohort_window(organisation, model, started_by: dt.date, period: Period | None):
    """The summary rows (of StaffCohort or GradeCohort) of the whole months of staff who
    started in the period and no later than `started_by`, and the register's staff of the
    last, partial month; None when no one can be in the window."""
    period = period or Period()
    last = min(started_by, period.last_day()) if period.last_month else started_by
    first = period.first_day()
    if first is not None and first > last:
        return None
    summary = model.objects.filter(organisation=organisation, month__lt=month_of(last))
    if first is not None:
        summary = summary.filter(month__gte=first)
    since = month_of(last) if first is None else max(month_of(last), first)
    recent = StaffMember.objects.filter(organisation=organisation, start_date__range=(since, last))
    return summary, recent


def cohort_counts(
    *, organisation, started_by: dt.date, period: Period | None = None
) -> dict[str, tuple[int, int, int, int]]:
    """{origin: (started, left within 1 year, left within 3 years, promoted)} of the staff
    who started in the period and no later than `started_by`: the cohorts of the summary
    table for the whole months, the register itself for the last, partial month."""
    window = _cohort_window(organisation, StaffCohort, started_by, period)
    if window is None:
        return {}
    cohorts, recent = window
    totals = {}
    for row in cohorts.values("origin").annotate(
        started=Sum("started"),
        left_1y=Sum("left_1y"),
        left_3y=Sum("left_3y"),
        promoted=Sum("promoted"),
    ):
        add_counts(
            totals,
            {row["origin"]: (row["started"], row["left_1y"], row["left_3y"], row["promoted"])},
        )

    def left_within(span):
        return Count(
            "id",
            filter=Q(
                end_date__lt=ExpressionWrapper(F("start_date") + span, output_field=DateField())
            ),
        )

    for row in (
        with_declared(recent)
        .values("origin")
        .annotate(
            started=Count("id"),
            left_1y=left_within(RETENTION_SPANS[1]),
            left_3y=left_within(RETENTION_SPANS[3]),
            promoted=Count("id", filter=Q(was_promoted=True)),
        )
    ):
        add_counts(
            totals,
            {row["origin"]: (row["started"], row["left_1y"], row["left_3y"], row["promoted"])},
        )
    return {origin: numbers for origin, numbers in totals.items() if any(numbers)}


def grade_counts(*, organisation, started_by: dt.date, period: Period | None = None) -> dict:
    """{(origin, grade): (held, promoted out of it)} of the staff who started in the period
    and no later than `started_by`, as cohort_counts has them."""
    window = _cohort_window(organisation, GradeCohort, started_by, period)
    if window is None:
        return {}
    rows, recent = window
    counts = {
        (row["origin"], row["grade"]): (row["held"], row["promoted"])
        for row in rows.values("origin", "grade").annotate(
            held=Sum("held"), promoted=Sum("promoted")
        )
    }
    return add_counts(counts, grade_share(recent))


def _cohorts(organisation, started_by, period, labels) -> dict:
    counts = cohort_counts(organisation=organisation, started_by=started_by, period=period)
    folded = _folded({(origin,): n for origin, n in counts.items()}, labels, 0)
    return {key[0]: numbers for key, numbers in folded.items()}


def retention_report(
    *, organisation, on: dt.date | None = None, period: Period | None = None
) -> Report:
    """Of the staff who started in the period: who stayed 1 and 3 years, and who was
    promoted, per declared group. Measured today, so a cohort counts once its years are
    over."""
    on = on or timezone.localdate()
    period = period or Period()
    threshold = organisation.effective_suppression_threshold
    limits = thresholds(organisation)
    labels = _group_labels(organisation)
    groups = list(labels)
    sections, chart = [], []
    # Three years of retention and of promotion share their cohorts.
    cohorts = {
        years: _cohorts(organisation, on - RETENTION_SPANS[years], period, labels)
        for years in {*RETENTION_YEARS, PROMOTION_YEARS}
    }
    for years, left in zip(RETENTION_YEARS, (1, 2), strict=True):
        counts = cohorts[years]
        raw = {
            g: [counts[g][0] - counts[g][left], counts[g][left]] if g in counts else [0, 0]
            for g in groups
        }
        if not any(sum(v) for v in raw.values()):
            continue
        section = _impact_section(
            key=f"retention_{years}",
            title=_("Still in service %(years)s year(s) after starting") % {"years": years},
            groups=groups,
            labels=labels,
            raw=raw,
            outcome_titles=[_("Stayed"), _("Left")],
            rate_title=_("Stay rate"),
            threshold=threshold,
            limits=limits,
        )
        sections.append(section)
        chart += _rate_points(section, section.title, groups, labels)
    promotion_section = partial(
        _impact_section,
        groups=groups,
        labels=labels,
        outcome_titles=[_("Promoted"), _("Not promoted")],
        rate_title=_("Promotion rate"),
        threshold=threshold,
        limits=limits,
    )
    counts = cohorts[PROMOTION_YEARS]
    raw = {
        g: [counts[g][3], counts[g][0] - counts[g][3]] if g in counts else [0, 0] for g in groups
    }
    if any(sum(v) for v in raw.values()):
        section = promotion_section(
            key="promotion",
            title=_("Promoted at least once (staff in service for %(years)s years or more)")
            % {"years": PROMOTION_YEARS},
            raw=raw,
        )
        sections.append(section)
        chart += _rate_points(section, section.title, groups, labels)
    sections += _grade_sections(
        organisation=organisation,
        started_by=on - RETENTION_SPANS[PROMOTION_YEARS],
        period=period,
        groups=groups,
        labels=labels,
        section=promotion_section,
    )
    return Report(threshold=threshold, sections=sections, chart=chart, period=period)


def _grade_sections(*, organisation, started_by, period, groups, labels, section):
    """Per grade: of the people who held it, who was promoted out of it, per group, with
    the same ratio and test (`section` builds the table). Largest grades first."""
    counts = _folded(
        grade_counts(organisation=organisation, started_by=started_by, period=period), labels, 0
    )
    held = defaultdict(int)
    for (_origin, grade), numbers in counts.items():
        held[grade] += numbers[0]
    sections = []
    for grade in sorted(held, key=lambda g: (-held[g], g)):
        raw = {}
        for g in groups:
            people, promoted = counts.get((g, grade), (0, 0))
            raw[g] = [promoted, people - promoted]
        sections.append(
            section(
                key=f"grade_{grade}",
                title=_(
                    "Promoted out of grade %(grade)s (staff in service for %(years)s years or more)"
                )
                % {"grade": grade, "years": PROMOTION_YEARS},
                raw=raw,
            )
        )
    return sections


# Programme summary ----------------------------------------------------------------------


def summary_report(*, organisation, period: Period | None = None) -> Report:
    """One page for the management and the city council: the corps against the population,
    its trend, and every flag the other reports raise. Built from those reports, so it shows
    nothing they would not."""
    period = period or Period()
    composition = composition_report(organisation=organisation, period=period)
    funnel = funnel_report(organisation=organisation, period=period)
    retention = retention_report(organisation=organisation, period=period)
    flags = Section(
        key="flags",
        title=_("Where a group falls behind"),
        columns=[_("Measure"), _("Group"), _("Ratio to the best group"), _("p-value")],
    )
    for report in (funnel, retention):
        for section in report.sections:
            for row in section.rows:
                if isinstance(row[-1], str) and row[-1].startswith(_("yes")):
                    flags.rows.append([f"{section.title}", row[0], row[-3], row[-2]])
    if not flags.rows:
        flags.notes.append(
            _(
                "No group falls behind significantly in the selection, retention "
                "or promotion, as far as the numbers can tell."
            )
        )
    limits = thresholds(organisation)
    flags.notes.append(
        _("A flag needs a ratio below %(ratio)s to the best group and p below %(p)s.")
        % {"ratio": limits["ratio"], "p": limits["p"]}
    )
    sections = [s for s in composition.sections if s.key in ("benchmark", "trend")] + [flags]
    return Report(
        threshold=composition.threshold,
        sections=sections,
        chart=composition.chart,
        trend=composition.trend,
        period=period,
    )


# Outreach by group ----------------------------------------------------------------------


def outreach_report(*, organisation, period: Period | None = None) -> Report:
    """The outreach channels' candidates and hires, split by declared origin: which channels
    reach which groups, up to the hire. Candidates carry the action code they came in with."""
    from korps.guidance.models import Candidate, CandidateStatus
    from korps.outreach.models import Action, Channel

    period = period or Period()
    threshold = organisation.effective_suppression_threshold
    labels = _group_labels(organisation)
    groups = list(labels)
    candidates = Candidate.objects.filter(organisation=organisation)
    if period.first_day():
        candidates = candidates.filter(created_at__date__gte=period.first_day())
    if period.last_month:
        candidates = candidates.filter(created_at__date__lte=period.last_day())
    channel_of = dict(
        Action.objects.filter(wave__campaign__organisation=organisation).values_list(
            "code", "channel"
        )
    )
    rows = (
        candidates.filter(source__in=list(channel_of))
        .annotate(
            origin=Coalesce(NullIf("declaration__origin_group", Value("")), Value(NOT_DECLARED))
        )
        .values("source", "origin")
        .annotate(
            n=Count("id"),
            hired=Count("id", filter=Q(status=CandidateStatus.HIRED)),
            keys=Sum("record_key"),
            hired_keys=Sum("record_key", filter=Q(status=CandidateStatus.HIRED)),
        )
    )
    # (people, sum of their record keys): shown with the cell-key noise, as the funnel.
    candidates, hires = {}, {}
    for row in rows:
        origin = row["origin"] if row["origin"] in labels else NOT_DECLARED
        key = (channel_of[row["source"]], origin)
        add_counts(candidates, {key: (row["n"], row["keys"] or 0)})
        add_counts(hires, {key: (row["hired"], row["hired_keys"] or 0)})
    channels = [
        (code, str(label))
        for code, label in Channel.choices
        if any(k[0] == code for k in candidates)
    ]
    columns = [(g, labels[g]) for g in groups]
    sections = []
    if channels:
        candidate_table, hire_table = protect_tables(
            [_matrix(candidates, channels, columns), _matrix(hires, channels, columns)],
            threshold=threshold,
            keys=[
                _matrix(candidates, channels, columns, at=1),
                _matrix(hires, channels, columns, at=1),
            ],
        )
        sections = [
            _cross_section(
                "candidates",
                _("Candidates per channel and origin"),
                _("Channel"),
                channels,
                columns,
                candidate_table,
            ),
            _cross_section(
                "hires",
                _("Hires per channel and origin"),
                _("Channel"),
                channels,
                columns,
                hire_table,
            ),
        ]
    return Report(threshold=threshold, sections=sections, period=period)
