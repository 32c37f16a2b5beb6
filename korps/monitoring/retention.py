"""Retention and promotion: per starting cohort and group, who is still in service after one
and three years; and, among the staff in service for three years or more on the period's
last day (promotion.py), who was promoted at least once and out of each grade."""

import datetime as dt
from collections import defaultdict
from functools import partial

from django.db.models import Count, DateField, ExpressionWrapper, F, Q, Sum
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from .breakdown_reports import cohort_cells_by
from .breakdowns import ORIGIN, Breakdown, Grouper
from .impact import impact_section, rate_points
from .models import (
    StaffCohort,
    StaffMember,
)
from .periods import Period, month_of
from .promotion import PROMOTION_YEARS, promotion_counts
from .report import Report, folded_counts, group_labels, thresholds
from .summaries import (
    RETENTION_SPANS,
    add_counts,
    with_declared,
)

# Retention and promotion -----------------------------------------------------------------

RETENTION_YEARS = (1, 3)


def _cohort_window(organisation, model, started_by: dt.date, period: Period | None):
    """The summary rows (of StaffCohort) of the whole months of staff who
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


COHORT_COUNTS = ["started", "left_1y", "left_3y", "promoted"]


def cohort_counts(
    *, organisation, started_by: dt.date, period: Period | None = None
) -> dict[str, tuple[int, int, int, int]]:
    """{origin: (started, left within 1 year, left within 3 years, promoted)} of the staff
    who started in the period and no later than `started_by`: the cohorts of the summary
    table for the whole months, the register itself for the last, partial month."""
    cells = cohort_cells(organisation=organisation, started_by=started_by, period=period)
    return {origin: numbers[:4] for origin, numbers in cells.items()}


def cohort_cells(*, organisation, started_by: dt.date, period: Period | None = None) -> dict:
    """{origin: (the four counts of cohort_counts, then the sums of their people's record
    keys, in the same order)}: the keys the cell-key method perturbs by."""
    window = _cohort_window(organisation, StaffCohort, started_by, period)
    if window is None:
        return {}
    cohorts, recent = window
    names = COHORT_COUNTS + [f"{name}_key_sum" for name in COHORT_COUNTS]
    totals = {}
    for row in cohorts.values("origin").annotate(**{name: Sum(name) for name in names}):
        add_counts(totals, {row["origin"]: tuple(row[name] or 0 for name in names)})

    def left_within(span):
        return Q(end_date__lt=ExpressionWrapper(F("start_date") + span, output_field=DateField()))

    chosen = {
        "started": Q(),
        "left_1y": left_within(RETENTION_SPANS[1]),
        "left_3y": left_within(RETENTION_SPANS[3]),
        "promoted": Q(was_promoted=True),
    }
    for row in (
        with_declared(recent)
        .values("origin")
        .annotate(
            **{name: Count("id", filter=q) for name, q in chosen.items()},
            **{f"{name}_key_sum": Sum("record_key", filter=q) for name, q in chosen.items()},
        )
    ):
        add_counts(totals, {row["origin"]: tuple(row[name] or 0 for name in names)})
    return {origin: numbers for origin, numbers in totals.items() if any(numbers[:4])}


def _cohorts(organisation, started_by, period, labels) -> dict:
    counts = cohort_cells(organisation=organisation, started_by=started_by, period=period)
    folded = folded_counts({(origin,): n for origin, n in counts.items()}, labels, 0)
    return {key[0]: numbers for key, numbers in folded.items()}


def _split(cohort, counted: int, *, first: bool) -> tuple[list[int], list[int]]:
    """([two outcomes], [their key sums]) of a cohort's numbers: the count at index
    `counted` (first or second, as `first` says) and the rest of the cohort (started minus
    that count), whose key sum is the started people's minus the count's."""
    if cohort is None:
        return [0, 0], [0, 0]
    n, key = cohort[counted], cohort[len(COHORT_COUNTS) + counted]
    rest, rest_key = cohort[0] - n, cohort[len(COHORT_COUNTS)] - key
    if first:
        return [n, rest], [key, rest_key]
    return [rest, n], [rest_key, key]


def retention_report(
    *,
    organisation,
    on: dt.date | None = None,
    period: Period | None = None,
    breakdown: Breakdown | None = None,
) -> Report:
    """Of the staff who started in the period: who stayed 1 and 3 years, per declared
    group, measured today, so a cohort counts once its years are over. Of the staff in
    service for PROMOTION_YEARS years or more on the period's last day: who was promoted
    by then, at least once and out of each grade. Shown counts carry the cell-key noise, as
    the funnel's: the same people always show the same figure, and two overlapping periods
    no longer differ by exactly their difference. Rates, ratios and flags are computed from
    the shown counts. Per declared origin (from the summary tables) unless another
    breakdown is given (from the register, breakdown_reports.py; age on the period's last
    day)."""
    on = on or timezone.localdate()
    period = period or Period()
    threshold = organisation.effective_suppression_threshold
    limits = thresholds(organisation)
    end = min(on, period.last_day())
    grouper = compared = group_title = None
    if breakdown is None or breakdown.key == ORIGIN:
        labels = group_labels(organisation)
        cohorts = {
            years: _cohorts(organisation, on - RETENTION_SPANS[years], period, labels)
            for years in RETENTION_YEARS
        }
    else:
        labels, compared, group_title = breakdown.labels, breakdown.compared, breakdown.title
        grouper = Grouper(organisation, breakdown, on=end)
        cohorts = {
            years: cohort_cells_by(
                organisation=organisation,
                started_by=on - RETENTION_SPANS[years],
                period=period,
                grouper=grouper,
            )
            for years in RETENTION_YEARS
        }
    groups = list(labels)
    sections, chart = [], []
    shared = {"group_title": group_title, "compared": compared}
    for years, left in zip(RETENTION_YEARS, (1, 2), strict=True):
        split = {g: _split(cohorts[years].get(g), left, first=False) for g in groups}
        raw = {g: split[g][0] for g in groups}
        if not any(sum(v) for v in raw.values()):
            continue
        section = impact_section(
            key=f"retention_{years}",
            title=_("Still in service %(years)s year(s) after starting") % {"years": years},
            groups=groups,
            labels=labels,
            raw=raw,
            keys={g: split[g][1] for g in groups},
            outcome_titles=[_("Stayed"), _("Left")],
            rate_title=_("Stay rate"),
            threshold=threshold,
            limits=limits,
            **shared,
        )
        sections.append(section)
        chart += rate_points(section, section.title, groups, labels, compared)
    promotion_section = partial(
        impact_section,
        groups=groups,
        labels=labels,
        outcome_titles=[_("Promoted"), _("Not promoted")],
        rate_title=_("Promotion rate"),
        threshold=threshold,
        limits=limits,
        **shared,
    )
    # Promotion: the staff in service on the period's last day for PROMOTION_YEARS years
    # or more, and their promotions up to that day.
    promotion = promotion_counts(
        organisation=organisation, on=end, group_of=grouper.of_staff if grouper else None
    )
    counts = folded_counts(
        {
            (origin,): (
                people,
                promotion["promoted"].get(origin, 0),
                promotion["people_keys"].get(origin, 0),
                promotion["promoted_keys"].get(origin, 0),
            )
            for origin, people in promotion["people"].items()
        },
        labels,
        0,
    )
    raw, keys = {}, {}
    for g in groups:
        people, promoted, people_key, promoted_key = counts.get((g,), (0, 0, 0, 0))
        raw[g] = [promoted, people - promoted]
        keys[g] = [promoted_key, people_key - promoted_key]
    population = {"years": PROMOTION_YEARS, "day": date_format(end, "j F Y")}
    if any(sum(v) for v in raw.values()):
        section = promotion_section(
            key="promotion",
            title=_(
                "Promoted at least once (staff in service on %(day)s for %(years)s years or more)"
            )
            % population,
            raw=raw,
            keys=keys,
        )
        sections.append(section)
        chart += rate_points(section, section.title, groups, labels, compared)
    sections += _grade_sections(
        counts=folded_counts(promotion["grades"], labels, 0),
        population=population,
        groups=groups,
        section=promotion_section,
    )
    return Report(threshold=threshold, sections=sections, chart=chart, period=period)


def _grade_sections(*, counts, population, groups, section):
    """Per grade: of the people who held it, who was promoted out of it, per group, with
    the same ratio and test (`section` builds the table). Largest grades first."""
    held = defaultdict(int)
    for (_origin, grade), numbers in counts.items():
        held[grade] += numbers[0]
    sections = []
    for grade in sorted(held, key=lambda g: (-held[g], g)):
        raw, keys = {}, {}
        for g in groups:
            people, promoted, people_key, promoted_key = counts.get((g, grade), (0, 0, 0, 0))
            raw[g] = [promoted, people - promoted]
            keys[g] = [promoted_key, people_key - promoted_key]
        sections.append(
            section(
                key=f"grade_{grade}",
                title=_(
                    "Promoted out of grade %(grade)s (staff in service on %(day)s for "
                    "%(years)s years or more)"
                )
                % {"grade": grade, **population},
                raw=raw,
                keys=keys,
            )
        )
    return sections
