"""The reports broken down by something other than origin (breakdowns.py): the counts read
from the raw rows (the summary tables are kept per origin only), grouped by what places
each person in a group (a `Grouper`: the funnel in SQL, the staff in Python); then the
same tables, the same suppression and cell-key noise (korps.disclosure) as the origin
reports. Each count comes with the sum of its people's record keys, as the summary tables
keep it. A few queries per report, whatever the number of people."""

import datetime as dt

from django.db.models import (
    Case,
    Count,
    DateField,
    Exists,
    ExpressionWrapper,
    F,
    OuterRef,
    Q,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce, TruncMonth
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from korps.disclosure.cells import Cell, rate
from korps.disclosure.tables import protect_tables
from korps.guidance.models import StepAttempt
from korps.organisations.selectors import unit_paths

from .breakdowns import Breakdown, Grouper
from .models import Promotion, StaffMember
from .periods import Period
from .report import Report, Section, count_matrix, cross_section, equal_links
from .summaries import FINAL_RESULTS, RETENTION_SPANS, add_counts, grade_on, promotions_of


def funnel_cells_by(*, organisation, period: Period, breakdown: Breakdown) -> dict:
    """{(step id, group, outcome): (attempts, sum of their candidates' record keys)}: every
    final attempt whose result (or, without one, planned date) falls in a month of the
    period, as funnel.funnel_cells counts them from the summary table; grouped in SQL."""
    last, first = period.last_day(), period.first_day()
    attempts = StepAttempt.objects.filter(
        step__organisation=organisation, result__in=FINAL_RESULTS
    ).annotate(month=TruncMonth(Coalesce("result_on", "planned_on")))
    if first is None:
        attempts = attempts.filter(Q(month__lte=last) | Q(month__isnull=True))
    else:
        attempts = attempts.filter(month__gte=first, month__lte=last)
    grouper = Grouper(organisation, breakdown, on=last, staff=False)
    cells = {}
    for row in (
        grouper.annotated(attempts)
        .values("step_id", "result", *Grouper.FIELDS)
        .annotate(n=Count("id"), key_sum=Sum("candidate__record_key"))
        .order_by()
    ):
        key = (row["step_id"], grouper.group(row), row["result"])
        add_counts(cells, {key: (row["n"], row["key_sum"] or 0)})
    return cells


def cohort_cells_by(*, organisation, started_by: dt.date, period: Period, grouper) -> dict:
    """{group: (started, left within 1 year, within 3 years, promoted, then the four sums of
    record keys)} of the staff who started in the period and no later than `started_by`, as
    retention.cohort_cells counts them per origin."""
    last = min(started_by, period.last_day()) if period.last_month else started_by
    first = period.first_day()
    if first is not None and first > last:
        return {}
    staff = StaffMember.objects.filter(organisation=organisation, start_date__lte=last)
    if first is not None:
        staff = staff.filter(start_date__gte=first)

    def left_within(span):
        return Q(end_date__lt=ExpressionWrapper(F("start_date") + span, output_field=DateField()))

    chosen = {
        "started": Q(),
        "left_1y": left_within(RETENTION_SPANS[1]),
        "left_3y": left_within(RETENTION_SPANS[3]),
        "promoted": Q(was_promoted=True),
    }
    names = [*chosen, *(f"{name}_key_sum" for name in chosen)]
    # Per person, placed by the grouper in Python: one plain query (a subquery per person
    # for the declaration costs more at national scale, as promotion.py measured).
    rows = (
        staff.annotate(was_promoted=Exists(Promotion.objects.filter(staff_member=OuterRef("pk"))))
        .annotate(
            **{
                name: Case(When(q, then=1), default=0) if q else Value(1)
                for name, q in chosen.items()
            }
        )
        .values_list("staff_number", "birth_year", "record_key", *chosen)
        .order_by()
    )
    totals = {}
    for number, birth_year, key, *counted in rows:
        group = grouper.of_staff(number, birth_year)
        found = totals.get(group)
        if found is None:
            found = totals[group] = [0] * len(names)
        for i, n in enumerate(counted):
            found[i] += n
            found[i + len(chosen)] += n * key
    return {group: tuple(numbers) for group, numbers in totals.items()}


def composition_by(*, organisation, period: Period, breakdown: Breakdown) -> Report:
    """The staff in service on the period's last day per group of the breakdown: in all
    (with the shares among the compared groups), per unit and per grade. The three tables
    share their figures (the staff per group) and are suppressed as one system."""
    period = period or Period()
    on = period.last_day()
    threshold = organisation.effective_suppression_threshold
    groups, labels = breakdown.groups, breakdown.labels
    grouper = Grouper(organisation, breakdown, on=on)
    paths = {unit.pk: path for unit, path in unit_paths(organisation=organisation).items()}
    by_unit, by_grade = {}, {}
    active = StaffMember.objects.filter(organisation=organisation, start_date__lte=on).filter(
        Q(end_date__isnull=True) | Q(end_date__gt=on)
    )
    # The grade on the day, as the origin report's summary tables count it.
    promotions = promotions_of(active)
    for pk, number, birth_year, unit, grade, start, end, key in active.values_list(
        "pk",
        "staff_number",
        "birth_year",
        "unit_id",
        "grade",
        "start_date",
        "end_date",
        "record_key",
    ).order_by():
        row = {"grade": grade, "start_date": start, "end_date": end}
        grade = grade_on(row, promotions.get(pk, []), on)
        group = grouper.of_staff(number, birth_year)
        for counts, row in ((by_unit, paths.get(unit, str(unit))), (by_grade, grade)):
            n, keys = counts.get((row, group), (0, 0))
            counts[(row, group)] = (n + 1, keys + key)
    columns = [(g, labels[g]) for g in groups]
    unit_rows = [(u, u) for u in sorted({k[0] for k in by_unit})]
    grade_rows = [(g, g) for g in sorted({k[0] for k in by_grade})]
    tables = [(by_unit, unit_rows), (by_grade, grade_rows)]
    matrices = [count_matrix(c, r, columns) for c, r in tables]
    keys = [count_matrix(c, r, columns, at=1) for c, r in tables]
    # The staff per group are both tables' column totals.
    links = [((0, len(unit_rows), k), (1, len(grade_rows), k)) for k in range(len(groups) + 1)]
    unit_table, grade_table = protect_tables(
        matrices, threshold=threshold, links=equal_links(matrices, links), keys=keys
    )
    counts = dict(zip(groups, unit_table.column_totals, strict=True))
    compared = [g for g in groups if g in breakdown.compared]
    shares_safe = not any(counts[g].suppressed for g in compared)
    known_total = Cell(sum(counts[g].value or 0 for g in compared), threshold)
    overall = Section(
        key="groups",
        title=_("%(breakdown)s: active staff on %(date)s")
        % {"breakdown": breakdown.title, "date": date_format(on)},
        columns=[breakdown.title, _("Staff"), _("Share")],
    )
    chart = []
    for group in groups:
        share = rate(counts[group], known_total) if shares_safe and group in compared else None
        overall.rows.append([labels[group], counts[group], share])
        if share is not None:
            chart.append({"group": labels[group], "series": _("Staff"), "share": share})
    overall.rows.append([_("Total"), unit_table.total, None])
    overall.notes.append(
        _("Shares are among the staff in the groups compared, as in the origin report.")
    )
    sections = [
        overall,
        cross_section("unit", _("Per unit"), _("Unit"), unit_rows, columns, unit_table),
        cross_section("grade", _("Per grade"), _("Grade"), grade_rows, columns, grade_table),
    ]
    return Report(threshold=threshold, sections=sections, chart=chart, period=period)
