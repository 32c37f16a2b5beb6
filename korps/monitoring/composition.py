"""The composition report: the corps on a day against the population, by origin, gender
and unit, and its trend per quarter. Read from the summary tables (summaries.py)."""

import datetime as dt

from django.db.models import Q, Sum
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from korps.disclosure.cells import Cell, rate, ratio
from korps.disclosure.tables import protect_tables
from korps.organisations.selectors import unit_paths

from .benchmark import benchmark_counts, benchmark_description
from .breakdown_reports import composition_by
from .breakdowns import ORIGIN, Breakdown
from .models import (
    NOT_DECLARED,
    NOT_SAID,
    Declaration,
    Gender,
    Promotion,
    StaffDimension,
    StaffFlow,
    StaffMember,
    SubjectKind,
)
from .periods import Period, month_of, quarter_ends, year_of
from .report import (
    Report,
    Section,
    count_matrix,
    cross_section,
    equal_links,
    folded_counts,
    gender_codes,
    group_labels,
)
from .summaries import (
    add_counts,
    promotions_of,
    staff_events,
    staff_rows,
)

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
    *,
    organisation,
    on: dt.date | None = None,
    period: Period | None = None,
    benchmark_year: int | None = None,
    breakdown: Breakdown | None = None,
) -> Report:
    """The corps on the last day of the period (today by default) against the population
    (each municipality's latest figures, up to `benchmark_year` if given), per gender, unit
    and grade, and its trend per quarter. Another breakdown than origin reads the register
    (breakdown_reports.composition_by)."""
    period = period or Period()
    if breakdown is not None and breakdown.key != ORIGIN:
        return composition_by(organisation=organisation, period=period, breakdown=breakdown)
    on = on or period.last_day()
    threshold = organisation.effective_suppression_threshold
    labels = group_labels(organisation)
    groups = list(labels)  # declared groups, "prefer not to say", then "not declared"
    known = [g for g in groups if g not in (NOT_SAID, NOT_DECLARED)]
    staff = folded_counts(staff_cells_on(organisation=organisation, on=on), labels, 2)
    # By path: two teams of the same name under different districts are two rows.
    units = {unit.pk: path for unit, path in unit_paths(organisation=organisation).items()}
    by_gender = {(origin, g): n for (g, origin), n in _by(staff, StaffDimension.GENDER).items()}
    by_unit = _by(staff, StaffDimension.UNIT, lambda value: units.get(int(value), value))
    by_grade = _by(staff, StaffDimension.GRADE)
    population = benchmark_counts(organisation=organisation, year=benchmark_year)

    genders = gender_codes()
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
    matrices = [*(count_matrix(c, r, k) for c, r, k in tables), trend_counts]
    keys = [*(count_matrix(c, r, k, at=1) for c, r, k in tables), trend_keys]
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
        matrices, threshold=threshold, links=equal_links(matrices, links), keys=keys
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
    described = benchmark_description(organisation, year=benchmark_year)
    if described is not None:
        benchmark.notes.append(str(described))

    sections = [
        benchmark,
        cross_section(
            "gender", _("Origin and gender"), _("Origin"), gender_rows, gender_columns, gender_table
        ),
        cross_section("unit", _("Per unit"), _("Unit"), unit_rows, group_columns, unit_table),
        cross_section("grade", _("Per grade"), _("Grade"), grade_rows, group_columns, grade_table),
    ]
    trend, trend_points = _composition_trend(
        days=days, table=trend_table, groups=groups, labels=labels, threshold=threshold
    )
    sections.append(trend)
    return Report(
        threshold=threshold, sections=sections, chart=chart, trend=trend_points, period=period
    )


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
