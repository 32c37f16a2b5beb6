"""Promotion among the staff in service on a day (the period's last day) who had then been in
service for PROMOTION_YEARS years or more: the population the promotion tables name.
Leavers are not in it (they were counted before issue 12 item 5), nor is anyone who
started less than PROMOTION_YEARS years before the day. Only promotions dated on or before
the day count, so a past period keeps its figures.

Read from the summary table PromotionFlow, which keeps how each person's share of the
population changes: on the day they enter it (promotion_eligible_from), on each promotion
while in it, and on the day they leave. Its rows up to a day add up to the population on
that day, so one aggregate answers for any day. The summary upkeep (korps.monitoring.
summaries) writes the rows from promotion_events, as it does the other staff tables."""

import datetime as dt
from collections import defaultdict

from django.db.models import Q, Sum

from .models import PromotionFlow, StaffMember

# Promotion is measured among staff in service for at least this long.
PROMOTION_YEARS = 3
COUNTS = ["held", "promoted_out", "people", "promoted"]
# promotion_share of someone never promoted, and its opposite.
NEVER_PROMOTED, LEFT_NEVER_PROMOTED = (1, 0, 1, 0), (-1, 0, -1, 0)


def years_before(day: dt.date, years: int) -> dt.date:
    """The same calendar day `years` earlier (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def promotion_eligible_from(start: dt.date) -> dt.date:
    """The first day on which someone who started on `start` is in the promotion population
    (in service on a day D counts when start <= years_before(D, PROMOTION_YEARS)): the same
    calendar day PROMOTION_YEARS later, or 1 March for a start on 29 February (28 February
    of a year that is no leap year goes back to 28 February)."""
    try:
        return start.replace(year=start.year + PROMOTION_YEARS)
    except ValueError:
        return dt.date(start.year + PROMOTION_YEARS, 3, 1)


def grade_path(current_grade: str, promotions: list[tuple]) -> list[tuple[str, bool]]:
    """The grades a person held, in order, each with whether they were promoted out of it.
    `promotions` are (date, from grade, to grade) by date; a first promotion without its "from"
    grade (the HR export did not give the start grade) leaves the start grade out."""
    if not promotions:
        return [(current_grade, False)]
    path = [(promotions[0][1], True)] if promotions[0][1] else []
    path += [(to, number < len(promotions) - 1) for number, (*_, to) in enumerate(promotions)]
    return path


def _grade_on(grade: str, later: list[tuple]) -> str:
    """The grade held before the first of the promotions after a day: that promotion's
    "from" grade when the export gives it, else the current grade."""
    if later and later[0][1]:
        return later[0][1]
    return grade


def promotion_share(grade: str, promotions: list[tuple], on: dt.date) -> list[tuple]:
    """[(grade, (held, promoted out of it, person, promoted at least once))] of one person of
    the promotion population on the day: one entry for each grade held up to the day
    (promotions dated after it do not count); the person, and whether they were promoted,
    are counted on the last, the grade they hold that day. `grade` is the register's current
    grade, `promotions` all of the person's, (date, from grade, to grade) by date."""
    until = [p for p in promotions if p[0] <= on]
    later = [p for p in promotions if p[0] > on]
    path = grade_path(_grade_on(grade, later), until)
    last = len(path) - 1
    return [
        (held, (1, int(out), int(n == last), int(n == last and bool(until))))
        for n, (held, out) in enumerate(path)
    ]


def promotion_events(row, promotions: list[tuple]) -> list[tuple]:
    """[(day, grade, numbers)]: how one person's share of the promotion population changes
    (`row` has their grade, start and end date). Summed up to a day D, they give
    promotion_share on D while the person is in the population (D from
    promotion_eligible_from, before the end date) and nothing otherwise: the share is added
    on entering and on each promotion then, and taken away on the next change or on the
    end date."""
    end = row["end_date"]
    entered = promotion_eligible_from(row["start_date"])
    if end is not None and end <= entered:
        return []
    if not promotions:  # most people: in with their grade, out on their end date
        events = [(entered, row["grade"], NEVER_PROMOTED)]
        if end is not None:
            events.append((end, row["grade"], LEFT_NEVER_PROMOTED))
        return events
    days = [entered] + sorted(
        {p[0] for p in promotions if entered < p[0] and (end is None or p[0] < end)}
    )
    events = []
    for number, day in enumerate(days):
        until = days[number + 1] if number + 1 < len(days) else end
        for grade, numbers in promotion_share(row["grade"], promotions, day):
            events.append((day, grade, numbers))
            if until is not None:
                events.append((until, grade, tuple(-n for n in numbers)))
    return events


def promotion_counts(*, organisation, on: dt.date, group_of=None) -> dict[str, dict]:
    """Of the promotion population on the day, per declared origin:
    "people" and "promoted" (at least once, on or before the day), with the sums of their
    record keys ("people_keys", "promoted_keys", for the cell-key method); and "grades":
    {(origin, grade): (held, promoted out of it, and the two counts' key sums)}, a person
    counting once for each grade held up to the day. With `group_of` (staff number, year
    of birth -> group; breakdowns.Grouper.of_staff), per that group instead of the origin.

    Per origin, one aggregate of the zone's PromotionFlow rows up to the day; per another
    group, read from the register (promotion_counts_by_group)."""
    if group_of is not None:
        return promotion_counts_by_group(organisation=organisation, on=on, group_of=group_of)
    names = COUNTS + [f"{name}_key_sum" for name in COUNTS]
    rows = (
        PromotionFlow.objects.filter(organisation=organisation, day__lte=on)
        .values("origin", "grade")
        .annotate(**{f"total_{name}": Sum(name) for name in names})
        .order_by()
    )
    found = {"people": {}, "promoted": {}, "people_keys": {}, "promoted_keys": {}, "grades": {}}
    for row in rows:
        held, out, people, promoted, held_key, out_key, people_key, promoted_key = (
            row[f"total_{name}"] or 0 for name in names
        )
        origin = row["origin"]
        if held:
            found["grades"][(origin, row["grade"])] = (held, out, held_key, out_key)
        for name, number in (
            ("people", people),
            ("promoted", promoted),
            ("people_keys", people_key),
            ("promoted_keys", promoted_key),
        ):
            found[name][origin] = found[name].get(origin, 0) + number
    for name in ("people", "promoted"):
        found[f"{name}_keys"] = {
            o: k for o, k in found[f"{name}_keys"].items() if found[name].get(o)
        }
        found[name] = {o: n for o, n in found[name].items() if n}
    return found


def promotion_population(*, organisation, on: dt.date):
    """The staff in service on the day who started PROMOTION_YEARS years before it or
    earlier (in service on a day: started on or before it, and no end date on or before it,
    as the composition counts them)."""
    return StaffMember.objects.filter(
        organisation=organisation, start_date__lte=years_before(on, PROMOTION_YEARS)
    ).filter(Q(end_date__isnull=True) | Q(end_date__gt=on))


def promotion_counts_by_group(*, organisation, on: dt.date, group_of) -> dict[str, dict]:
    """promotion_counts per a group other than the origin (a declaration dimension, gender,
    an age band; `group_of(staff number, year of birth)`), which PromotionFlow does not keep:
    read from the register in three plain queries (the population, its promotions) joined in
    Python."""
    from .summaries import promotions_of

    population = promotion_population(organisation=organisation, on=on)
    promotions = promotions_of(population)
    found = {"people": {}, "promoted": {}, "people_keys": {}, "promoted_keys": {}}
    grades = defaultdict(lambda: (0, 0, 0, 0))
    for pk, number, grade, key, birth_year in population.values_list(
        "pk", "staff_number", "grade", "record_key", "birth_year"
    ):
        group = group_of(number, birth_year)
        steps = promotions.get(pk, [])
        until = [p for p in steps if p[0] <= on]
        later = [p for p in steps if p[0] > on]
        promoted = bool(until)
        for name, value in (
            ("people", 1),
            ("promoted", int(promoted)),
            ("people_keys", key),
            ("promoted_keys", key if promoted else 0),
        ):
            found[name][group] = found[name].get(group, 0) + value
        for held_grade, out in grade_path(_grade_on(grade, later), until):
            held, promoted_out, held_key, promoted_key = grades[(group, held_grade)]
            grades[(group, held_grade)] = (
                held + 1,
                promoted_out + out,
                held_key + key,
                promoted_key + (key if out else 0),
            )
    found["promoted"] = {o: n for o, n in found["promoted"].items() if n}
    found["promoted_keys"] = {
        o: k for o, k in found["promoted_keys"].items() if o in found["promoted"]
    }
    found["grades"] = dict(grades)
    return found
