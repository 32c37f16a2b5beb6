"""Promotion among the staff in service on a day (the period's last day) who had then been in
service for PROMOTION_YEARS years or more: the population the promotion tables name.
Leavers are not in it (they were counted before issue 12 item 5), nor is anyone who
started less than PROMOTION_YEARS years before the day. Only promotions dated on or before
the day count, so a past period keeps its figures.

Read from the register (one grouped query, and the grades of that population in Python),
not from the cohort summary tables: those are kept per start month and cannot tell who was
still in service on a given day."""

import datetime as dt
from collections import defaultdict

from django.db.models import Count, Exists, OuterRef, Q, Sum

from .models import Promotion, StaffMember
from .summaries import grade_path, promotions_of, with_declared

# Promotion is measured among staff in service for at least this long.
PROMOTION_YEARS = 3


def years_before(day: dt.date, years: int) -> dt.date:
    """The same calendar day `years` earlier (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def promotion_population(*, organisation, on: dt.date):
    """The staff in service on the day who started PROMOTION_YEARS years before it or
    earlier (in service on a day: started on or before it, and no end date on or before it,
    as the composition counts them)."""
    return StaffMember.objects.filter(
        organisation=organisation, start_date__lte=years_before(on, PROMOTION_YEARS)
    ).filter(Q(end_date__isnull=True) | Q(end_date__gt=on))


def _grade_on(grade: str, later: list[tuple]) -> str:
    """The grade held before the first of the promotions after the day: that promotion's
    "from" grade when the export gives it, else the current grade."""
    if later and later[0][1]:
        return later[0][1]
    return grade


def promotion_counts(*, organisation, on: dt.date) -> dict[str, dict]:
    """Of the promotion population on the day, per declared origin:
    "people" and "promoted" (at least once, on or before the day), with the sums of their
    record keys ("people_keys", "promoted_keys", for the cell-key method); and "grades":
    {(origin, grade): (held, promoted out of it)}, a person counting once for each grade
    held up to the day."""
    population = promotion_population(organisation=organisation, on=on)
    promoted_by = Exists(Promotion.objects.filter(staff_member=OuterRef("pk"), date__lte=on))
    found = {"people": {}, "promoted": {}, "people_keys": {}, "promoted_keys": {}}
    for row in (
        with_declared(population, promoted=False)
        .annotate(promoted_by=promoted_by)
        .values("origin")
        .annotate(
            people=Count("id"),
            promoted=Count("id", filter=Q(promoted_by=True)),
            people_keys=Sum("record_key"),
            promoted_keys=Sum("record_key", filter=Q(promoted_by=True)),
        )
    ):
        for name in found:
            found[name][row["origin"]] = row[name] or 0
    promotions = promotions_of(population)
    grades = defaultdict(lambda: (0, 0))
    for row in with_declared(population, promoted=False).values("id", "grade", "origin"):
        steps = promotions.get(row["id"], [])
        until = [p for p in steps if p[0] <= on]
        later = [p for p in steps if p[0] > on]
        for grade, promoted in grade_path(_grade_on(row["grade"], later), until):
            held, out = grades[(row["origin"], grade)]
            grades[(row["origin"], grade)] = (held + 1, out + promoted)
    found["grades"] = dict(grades)
    return found
