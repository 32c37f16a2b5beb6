"""A zone's public complaint statistics for one quarter (issue 14, item 8).

What a quarter counts:
- cases and allegations received in the quarter (the local date of receipt in the rule
  set's time zone), cases by kind and handling route, allegations by category and outcome,
  and the allegations of discrimination cases (reports of discrimination or of a hate
  incident) by outcome;
- times, in working days of the rule set's country (workdays.py), from the receipt to each
  event that fell in the quarter: acknowledgement, first contact, and the decision (the end
  of the case). The events are those of the case's clocks (deadlines.facts_of,
  clocks.case_clocks): an acknowledgement never recorded counts as done by the decision, as
  the clocks count it. Each event is within its deadline when its clock was met;
- the complainants' two answers given in the quarter.

Every count passes the one disclosure control (korps.disclosure.tables.protect_tables) with
the zone's threshold, as one system: the allegations of discrimination cases per outcome and
the allegations of all others are linked to the outcome totals of the category table, and
the two satisfaction questions have the same number of answers. Shown counts carry the
cell-key noise. A median and a 90th percentile are shown only for a group whose count is
shown and is at least the threshold. Praise follows no procedure: it is counted among the
cases, never in the times.

Queries: the settings, the categories, the cases and the allegations by group (two), the
answers per question (two), and the cases with their extensions, pauses and messages (four):
ten, whatever the number of cases."""

from __future__ import annotations

import datetime as dt
import math
import statistics as pystats
import zoneinfo
from dataclasses import dataclass

from django.db.models import Count, Q, Sum
from django.utils.translation import gettext_lazy as _

from korps.disclosure.cells import Cell
from korps.disclosure.tables import SuppressedTable, protect_tables
from korps.organisations.models import Organisation

from .clocks import State, case_clocks
from .deadlines import facts_of, rules_of
from .models import (
    Allegation,
    Answer,
    Case,
    CaseKind,
    ComplaintCategory,
    Outcome,
    Route,
    SatisfactionAnswer,
)
from .workdays import local_date, working_days_between

PENDING = ""  # a case without a route yet, an allegation without an outcome yet
DISCRIMINATION_KINDS = (CaseKind.DISCRIMINATION, CaseKind.HATE_INCIDENT)
TIMED = ("acknowledgement", "first_contact", "decision")
TIME_LABELS = {
    "acknowledgement": _("Acknowledgement"),
    "first_contact": _("First contact"),
    "decision": _("End of the case"),
}
QUESTIONS = {
    "taken_seriously": _("Was the complaint taken seriously?"),
    "trust_restored": _("Was trust restored?"),
}
# Cases received up to this many days before the quarter still count when one of their
# events falls in it.
LOOKBACK_DAYS = 366


@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    number: int  # 1 to 4

    @classmethod
    def of(cls, day: dt.date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    @classmethod
    def parse(cls, text: str) -> Quarter:
        """ "2026-Q3" (as `str` gives it); raises ValueError for anything else."""
        year, _sep, number = (text or "").strip().upper().partition("-Q")
        if not (year.isdigit() and len(year) == 4 and number in ("1", "2", "3", "4")):
            raise ValueError(text)
        return cls(int(year), int(number))

    def __str__(self) -> str:
        return f"{self.year}-Q{self.number}"

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, 3 * self.number - 2, 1)

    @property
    def last_day(self) -> dt.date:
        return self.next().first_day - dt.timedelta(days=1)

    def next(self) -> Quarter:
        return Quarter(self.year + self.number // 4, self.number % 4 + 1)

    def previous(self) -> Quarter:
        return Quarter(self.year - (self.number == 1), (self.number - 2) % 4 + 1)


def quarters_until(today: dt.date, count: int = 8) -> list[Quarter]:
    """The `count` quarters up to today's, newest first: the picker never offers a later one."""
    quarters = [Quarter.of(today)]
    while len(quarters) < count:
        quarters.append(quarters[-1].previous())
    return quarters


@dataclass(frozen=True)
class Timing:
    code: str
    label: str
    cases: Cell  # cases whose event fell in the quarter
    within: Cell  # of which within the deadline
    late: Cell
    median: float | None  # working days; None when the group is hidden or small
    p90: int | None
    share_within: float | None


@dataclass(frozen=True)
class Statistics:
    organisation: Organisation
    quarter: Quarter
    threshold: int
    kinds: list[tuple[str, str]]  # (code, label) rows of `by_kind`
    routes: list[tuple[str, str]]  # columns of `by_kind`
    by_kind: SuppressedTable
    categories: list[tuple[int, str]]
    outcomes: list[tuple[str, str]]
    by_category: SuppressedTable
    discrimination: SuppressedTable  # rows: discrimination cases, other cases
    timings: list[Timing]
    answers: list[tuple[str, str]]
    satisfaction: SuppressedTable  # rows: the two questions


def percentile(values: list[int], share: float) -> int:
    """The nearest-rank percentile: the least value with at least `share` of the values at
    or below it."""
    ordered = sorted(values)
    return ordered[max(1, math.ceil(share * len(ordered))) - 1]


def _bounds(quarter: Quarter, time_zone: str) -> tuple[dt.datetime, dt.datetime]:
    zone = zoneinfo.ZoneInfo(time_zone)
    start = dt.datetime.combine(quarter.first_day, dt.time(), zone)
    end = dt.datetime.combine(quarter.next().first_day, dt.time(), zone)
    return start, end


def _counts(rows, row_key, column_key) -> dict:
    return {(r[row_key], r[column_key]): (r["n"], r["k"] or 0) for r in rows}


def _matrix(found: dict, rows, columns, at: int) -> list[list[int]]:
    return [[found.get((r, c), (0, 0))[at] for c, _l in columns] for r, _l in rows]


def zone_statistics(*, organisation: Organisation, quarter: Quarter) -> Statistics:
    """The zone's figures for the quarter, every count through the disclosure control."""
    rules = rules_of(organisation)
    threshold = organisation.effective_suppression_threshold
    start, end = _bounds(quarter, rules.time_zone)
    cases = Case.objects.filter(organisation=organisation)
    received = cases.filter(received_at__gte=start, received_at__lt=end)

    kinds = [(code, str(label)) for code, label in CaseKind.choices]
    routes = [(code, str(label)) for code, label in Route.choices] + [
        (PENDING, str(_("Not yet decided")))
    ]
    by_kind = _counts(
        received.values("kind", "route").annotate(n=Count("pk"), k=Sum("record_key")),
        "kind",
        "route",
    )

    categories = [
        (c.pk, str(c))
        for c in ComplaintCategory.objects.filter(organisation=organisation).order_by(
            "order", "code"
        )
    ]
    outcomes = [(code, str(label)) for code, label in Outcome.choices] + [
        (PENDING, str(_("Not yet decided")))
    ]
    allegations = Allegation.objects.filter(
        case__organisation=organisation, case__received_at__gte=start, case__received_at__lt=end
    )
    by_category_rows = list(
        allegations.values("category_id", "outcome", "case__kind").annotate(
            n=Count("pk"), k=Sum("record_key")
        )
    )
    by_category, by_discrimination = {}, {}
    for row in by_category_rows:
        n, k = row["n"], row["k"] or 0
        for found, key in (
            (by_category, (row["category_id"], row["outcome"])),
            (by_discrimination, (row["case__kind"] in DISCRIMINATION_KINDS, row["outcome"])),
        ):
            before = found.get(key, (0, 0))
            found[key] = (before[0] + n, before[1] + k)
    discrimination_rows = [(True, ""), (False, "")]

    timings_raw = _timings(cases, rules, quarter, start)

    answers = [(code, str(label)) for code, label in Answer.choices]
    answered = SatisfactionAnswer.objects.filter(
        case__organisation=organisation, answered_at__gte=start, answered_at__lt=end
    )
    satisfaction = {}
    for question in QUESTIONS:
        for row in answered.values(question).annotate(n=Count("pk"), k=Sum("case__record_key")):
            satisfaction[(question, row[question])] = (row["n"], row["k"] or 0)
    question_rows = [(q, str(label)) for q, label in QUESTIONS.items()]

    time_rows = [(code, "") for code in TIMED]
    time_columns = [(True, ""), (False, "")]
    tables = [
        (by_kind, kinds, routes),
        (by_category, categories, outcomes),
        (by_discrimination, discrimination_rows, outcomes),
        (timings_raw["counts"], time_rows, time_columns),
        (satisfaction, question_rows, answers),
    ]
    matrices = [_matrix(found, r, c, 0) for found, r, c in tables]
    keys = [_matrix(found, r, c, 1) for found, r, c in tables]
    # The outcome totals of the category table are those of the discrimination table; the
    # two questions were answered by the same cases.
    n_categories, n_outcomes = len(categories), len(outcomes)
    links = [((1, n_categories, j), (2, 2, j)) for j in range(n_outcomes + 1)]
    links.append(((4, 0, len(answers)), (4, 1, len(answers))))
    if not categories:
        links = links[-1:]
    protected = protect_tables(matrices, threshold=threshold, links=links, keys=keys)
    kind_table, category_table, discrimination_table, time_table, satisfaction_table = protected

    timings = []
    for number, code in enumerate(TIMED):
        days = timings_raw["days"][code]
        group = time_table.row_totals[number]
        shown = not group.suppressed and len(days) >= threshold and len(days) > 0
        within, late = time_table.cells[number]
        timings.append(
            Timing(
                code=code,
                label=str(TIME_LABELS[code]),
                cases=group,
                within=within,
                late=late,
                median=pystats.median(days) if shown else None,
                p90=percentile(days, 0.9) if shown else None,
                share_within=(
                    within.value / group.value
                    if shown and not within.suppressed and group.value
                    else None
                ),
            )
        )
    return Statistics(
        organisation=organisation,
        quarter=quarter,
        threshold=threshold,
        kinds=kinds,
        routes=routes,
        by_kind=kind_table,
        categories=categories,
        outcomes=outcomes,
        by_category=category_table,
        discrimination=discrimination_table,
        timings=timings,
        answers=answers,
        satisfaction=satisfaction_table,
    )


def _timings(cases, rules, quarter: Quarter, start: dt.datetime) -> dict:
    """For each timed event that fell in the quarter: the working days from receipt (a list
    per event) and the cases within and past the deadline ({(event, met): (n, key sum)})."""
    candidates = (
        cases.exclude(kind=CaseKind.PRAISE)
        .filter(
            received_at__gte=start - dt.timedelta(days=LOOKBACK_DAYS),
            received_at__lt=start + dt.timedelta(days=93),
        )
        .filter(
            Q(acknowledged_at__gte=start)
            | Q(first_contact_at__gte=start)
            | Q(decided_at__gte=start)
            | Q(closed_at__gte=start)
            | Q(messages__sent_at__gte=start)
        )
        .distinct()
        .prefetch_related("extensions", "pauses", "messages")
    )
    days = {code: [] for code in TIMED}
    counts = {}
    for case in candidates:
        clocks = case_clocks(facts_of(case), rules, quarter.last_day)
        received = local_date(case.received_at, rules.time_zone)
        for clock in clocks:
            if clock.code not in TIMED or clock.done_on is None:
                continue
            if not quarter.first_day <= clock.done_on <= quarter.last_day:
                continue
            days[clock.code].append(working_days_between(received, clock.done_on, rules.country))
            key = (clock.code, clock.state == State.MET)
            n, k = counts.get(key, (0, 0))
            counts[key] = (n + 1, k + case.record_key)
    return {"days": days, "counts": counts}
