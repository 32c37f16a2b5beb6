"""The summary tables behind the reports: kept by the services in the same transaction as
the facts, rebuilt by `korps rebuild-summaries`, and always equal to a recount.

Each table has a `*_count` function giving the share of some facts in it ({key: numbers})
from the raw rows. A write takes that share before and after it changes the facts and adds
the difference (`candidates_changing` in guidance, `staff_changing` here); a rebuild writes
the share of all the zone's facts. So the write path and the recount are one computation."""

import datetime as dt
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import Count, Exists, OuterRef, Q, Subquery, Sum, Value
from django.db.models.functions import Coalesce, NullIf, TruncMonth

from korps.core.bulk import table_insert
from korps.guidance.models import StepAttempt, StepResult
from korps.organisations.models import Organisation

from .models import (
    NOT_DECLARED,
    Declaration,
    FunnelCount,
    Promotion,
    PromotionFlow,
    StaffCohort,
    StaffDimension,
    StaffFlow,
    StaffMember,
    SubjectKind,
)
from .periods import month_of, year_of
from .promotion import promotion_events

FINAL_RESULTS = [StepResult.PASSED, StepResult.FAILED, StepResult.WITHDREW, StepResult.NO_SHOW]
# A final result with no date at all still counts in the funnel over all time.
UNDATED = dt.date(1900, 1, 1)
# Left within 1 and within 3 years (the cohorts' counts); the reports measure by them too.
RETENTION_SPANS = {1: dt.timedelta(days=365), 3: dt.timedelta(days=1096)}
MONTH, YEAR = StaffFlow.MONTH, StaffFlow.YEAR
# Ids in one IN list: SQLite (3.32 and later) allows 32,766 parameters in a statement.
IDS_PER_QUERY = 10_000
# SQLite allows only so many parameters in one statement.
CHUNK = 500


def _add(model, keys: list[str], values: list[str], delta: dict) -> None:
    """Add the numbers in `delta` ({key tuple: number or tuple of numbers}) to the rows with
    those keys, creating rows that do not exist yet. One upsert, so concurrent writers add
    up instead of overwriting each other."""
    if not delta:
        return
    table = model._meta.db_table
    key_columns = [model._meta.get_field(k).column for k in keys]
    columns = key_columns + values
    sql = (
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES {{values}} "
        f"ON CONFLICT ({', '.join(key_columns)}) DO UPDATE SET "
        + ", ".join(f"{v} = {table}.{v} + excluded.{v}" for v in values)
    )
    adapt = connection.ops.adapt_datefield_value
    rows = []
    # In key order, so that concurrent writers lock rows in the same order.
    for key, numbers in sorted(delta.items()):
        numbers = numbers if isinstance(numbers, tuple) else (numbers,)
        rows.append([adapt(k) if isinstance(k, dt.date) else k for k in key] + list(numbers))
    one = f"({', '.join(['%s'] * len(columns))})"
    with connection.cursor() as cursor:
        # Many rows per statement: a rebuild writes tens of thousands.
        for start in range(0, len(rows), CHUNK):
            batch = rows[start : start + CHUNK]
            cursor.execute(
                sql.format(values=", ".join([one] * len(batch))),
                [value for row in batch for value in row],
            )


# The selection funnel ---------------------------------------------------------------------


def funnel_count(*, candidate_ids: list[int] | None = None, organisation=None) -> dict:
    """{(zone id, step id, origin, outcome, month): (attempts, sum of their candidates' record
    keys)}, counting every final attempt in the month of its result: a later attempt is a
    fact of its own month and leaves the earlier months as they were. The outcome is the
    result itself (passed, failed, withdrew, no_show)."""
    attempts = StepAttempt.objects.filter(result__in=FINAL_RESULTS)
    ids = sorted(candidate_ids or [])
    batches = (
        [attempts.filter(step__organisation=organisation)]
        if organisation is not None
        # An import's tens of thousands of candidates in a few set-based queries.
        else [
            attempts.filter(candidate__pk__any_of=ids[i : i + IDS_PER_QUERY])
            for i in range(0, len(ids), IDS_PER_QUERY)
        ]
    )
    counts = {}
    for batch in batches:
        rows = (
            batch.annotate(
                origin=Coalesce(
                    NullIf("candidate__declaration__origin_group", Value("")),
                    Value(NOT_DECLARED),
                ),
                month=TruncMonth(Coalesce("result_on", "planned_on")),
            )
            .values("step__organisation_id", "step_id", "origin", "result", "month")
            .annotate(n=Count("id"), key_sum=Sum("candidate__record_key"))
        )
        for row in rows:
            key = (
                row["step__organisation_id"],
                row["step_id"],
                row["origin"],
                row["result"],
                row["month"] or UNDATED,
            )
            add_counts(counts, {key: (row["n"], row["key_sum"] or 0)})
    return dict(counts)


def funnel_add(delta: dict) -> None:
    _add(*TABLES["funnel"], delta)


@dataclass(frozen=True)
class FunnelKeeper:
    """Registered with guidance, which calls it around every write to step results."""

    def count(self, candidate_ids):
        return funnel_count(candidate_ids=candidate_ids)

    def add(self, delta):
        funnel_add(delta)


# The workforce ----------------------------------------------------------------------------


def staff_rows(staff, *, promoted=True):
    """Staff rows with their declared origin and gender and whether they were promoted."""
    fields = [
        "id",
        "unit_id",
        "grade",
        "start_date",
        "end_date",
        "origin",
        "declared_gender",
        "record_key",
    ]
    return with_declared(staff, promoted=promoted).values(
        "organisation_id", *fields, *(["was_promoted"] if promoted else [])
    )


def with_declared(staff, *, promoted=True):
    """Staff annotated with their declared origin and gender (or "not declared") and, unless
    told otherwise, whether they were ever promoted."""
    declared = Declaration.objects.filter(
        organisation=OuterRef("organisation"),
        subject_kind=SubjectKind.STAFF,
        staff_number=OuterRef("staff_number"),
        withdrawn_at__isnull=True,
    )
    staff = staff.annotate(
        origin=Coalesce(
            NullIf(Subquery(declared.values("origin_group")[:1]), Value("")),
            Value(NOT_DECLARED),
        ),
        declared_gender=Coalesce(
            NullIf(Subquery(declared.values("gender")[:1]), Value("")),
            Value(NOT_DECLARED),
        ),
    )
    if promoted:
        staff = staff.annotate(
            was_promoted=Exists(Promotion.objects.filter(staff_member=OuterRef("pk")))
        )
    return staff


def _grade_steps(row, promotions: list[tuple]) -> list[tuple]:
    """[(from day, grade)] of a person's grades while in service. They follow the promotions
    when the start grade is known; otherwise the current grade stands for the whole time."""
    start, end = row["start_date"], row["end_date"]
    if not promotions or not promotions[0][1]:
        return [(start, row["grade"])]
    steps = [(start, promotions[0][1])]
    for day, _from, to in promotions:
        if day <= start:
            steps = [(start, to)]
        elif end is None or day < end:
            steps.append((day, to))
    return steps


def grade_on(row, promotions: list[tuple], on: dt.date) -> str:
    """The grade a person held on the day, as the summary tables count it (_grade_steps):
    what the promotions say when the start grade is known, else the register's grade."""
    held = row["grade"]
    for day, grade in _grade_steps(row, promotions):
        if day <= on:
            held = grade
    return held


def staff_events(row, promotions: list[tuple]) -> list[tuple]:
    """[(day, dimension, value, +1 or -1)]: when a person entered and left their unit,
    gender and each grade they held. Summed up to a day, they give the corps on that day."""
    start, end = row["start_date"], row["end_date"]
    events = []
    for dimension, value in (
        (StaffDimension.UNIT, str(row["unit_id"])),
        (StaffDimension.GENDER, row["declared_gender"]),
    ):
        events.append((start, dimension, value, 1))
        if end is not None:
            events.append((end, dimension, value, -1))
    steps = _grade_steps(row, promotions)
    for number, (day, grade) in enumerate(steps):
        events.append((day, StaffDimension.GRADE, grade, 1))
        left = steps[number + 1][0] if number + 1 < len(steps) else end
        if left is not None:
            events.append((left, StaffDimension.GRADE, grade, -1))
    return events


def promotions_of(staff) -> dict[int, list[tuple]]:
    """{staff member id: [(date, from grade, to grade), ...] by date}; `staff` is a
    queryset or a list of ids."""
    batches = (
        [staff.values("pk")]
        if hasattr(staff, "values")
        else [staff[i : i + IDS_PER_QUERY] for i in range(0, len(staff), IDS_PER_QUERY)]
    )
    promotions = defaultdict(list)
    for batch in batches:
        chosen = (
            Q(staff_member__in=batch)
            if hasattr(batch, "query")
            else Q(staff_member__pk__any_of=batch)
        )
        for member, day, from_grade, to_grade in (
            Promotion.objects.filter(chosen)
            .order_by("staff_member_id", "date", "pk")
            .values_list("staff_member_id", "date", "from_grade", "to_grade")
        ):
            promotions[member].append((day, from_grade, to_grade))
    return promotions


def _bump(into: dict, key, values) -> None:
    """Add `values` to the list of counts kept under `key` (the hot path of staff_count)."""
    known = into.get(key)
    if known is None:
        into[key] = list(values)
    else:
        for number, value in enumerate(values):
            known[number] += value


def staff_count(staff, *, many=False) -> dict[str, dict]:
    """The share of these staff rows in the flows, the cohorts and the promotion flows."""
    flows, cohorts, promotion_flows = {}, {}, {}
    promotions = promotions_of(staff)
    rows = staff_rows(staff)
    # The first day of each day's month and year, computed once per day.
    firsts = {}
    for row in rows.iterator(chunk_size=5000) if many else rows:
        zone, origin, start, end, record = (
            row["organisation_id"],
            row["origin"],
            row["start_date"],
            row["end_date"],
            row["record_key"],
        )
        steps = promotions.get(row["id"], [])
        for day, dimension, value, sign in staff_events(row, steps):
            if day not in firsts:
                firsts[day] = (month_of(day), year_of(day))
            signed = sign * record
            for key in (
                (zone, MONTH, firsts[day][0], dimension, value, origin),
                (zone, YEAR, firsts[day][1], dimension, value, origin),
            ):
                known = flows.get(key)
                if known is None:
                    flows[key] = [sign, signed]
                else:
                    known[0] += sign
                    known[1] += signed
        # Each count with the sum of its people's record keys, for the cell-key noise.
        counted = (
            1,
            int(end is not None and end < start + RETENTION_SPANS[1]),
            int(end is not None and end < start + RETENTION_SPANS[3]),
            int(row["was_promoted"]),
        )
        _bump(cohorts, (zone, month_of(start), origin), (*counted, *(n * record for n in counted)))
        for day, grade, numbers in promotion_events(row, steps):
            _bump(
                promotion_flows,
                (zone, day, origin, grade),
                (*numbers, *(n * record for n in numbers)),
            )
    return {
        name: {k: tuple(v) for k, v in counts.items() if any(v)}
        for name, counts in (
            ("flows", flows),
            ("cohorts", cohorts),
            ("promotions", promotion_flows),
        )
    }


def add_counts(into: dict, more: dict, sign: int = 1) -> dict:
    """Add (or with sign -1, subtract) counts or tuples of counts key by key."""
    for key, value in more.items():
        if isinstance(value, tuple):
            known = into.get(key, (0,) * len(value))
            into[key] = tuple(a + sign * b for a, b in zip(known, value, strict=True))
        else:
            into[key] = into.get(key, 0) + sign * value
    return into


def _nonzero(counts: dict) -> dict:
    return {k: v for k, v in counts.items() if (any(v) if isinstance(v, tuple) else v)}


# Each summary table: its model, its key fields (in the order of the count keys) and its
# count columns. The staff tables are kept together by staff_changing.
SHARES = {
    "flows": (
        StaffFlow,
        ["organisation", "span", "month", "dimension", "value", "origin"],
        ["n", "key_sum"],
    ),
    "cohorts": (
        StaffCohort,
        ["organisation", "month", "origin"],
        ["started", "left_1y", "left_3y", "promoted"]
        + ["started_key_sum", "left_1y_key_sum", "left_3y_key_sum", "promoted_key_sum"],
    ),
    "promotions": (
        PromotionFlow,
        ["organisation", "day", "origin", "grade"],
        ["held", "promoted_out", "people", "promoted"]
        + ["held_key_sum", "promoted_out_key_sum", "people_key_sum", "promoted_key_sum"],
    ),
}
TABLES = {
    "funnel": (
        FunnelCount,
        ["organisation", "step", "origin", "outcome", "month"],
        ["n", "key_sum"],
    ),
    **SHARES,
}


def _add_many(model, keys: list[str], values: list[str], delta: dict) -> None:
    """_add for tens of thousands of rows (an HR import, a rebuild): on PostgreSQL the rows
    go by COPY into a temporary table and from there in one upsert; on SQLite by one
    executemany of the upsert. The same sums as _add, rows added in key order."""
    if len(delta) < CHUNK:
        _add(model, keys, values, delta)
        return
    table = model._meta.db_table
    key_columns = [model._meta.get_field(k).column for k in keys]
    columns = key_columns + values
    adapt = connection.ops.adapt_datefield_value
    rows = (
        [adapt(k) if isinstance(k, dt.date) else k for k in key]
        + list(numbers if isinstance(numbers, tuple) else (numbers,))
        for key, numbers in sorted(delta.items())
    )
    upsert = f"ON CONFLICT ({', '.join(key_columns)}) DO UPDATE SET " + ", ".join(
        f"{v} = {table}.{v} + excluded.{v}" for v in values
    )
    if connection.vendor != "postgresql":
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) "
                f"VALUES ({', '.join(['%s'] * len(columns))}) {upsert}",
                list(rows),
            )
        return
    staged = f"{table}_delta"
    with connection.cursor() as cursor:
        cursor.execute(
            f"CREATE TEMPORARY TABLE {staged} ON COMMIT DROP AS "
            f"SELECT {', '.join(columns)} FROM {table} WITH NO DATA"
        )
        table_insert(staged, columns, rows)
        cursor.execute(
            f"INSERT INTO {table} ({', '.join(columns)}) "
            f"SELECT {', '.join(columns)} FROM {staged} ORDER BY {', '.join(key_columns)} " + upsert
        )
        cursor.execute(f"DROP TABLE {staged}")


def staff_add(shares: dict) -> None:
    for name, (model, keys, values) in SHARES.items():
        _add_many(model, keys, values, shares[name])


def _staff_of(organisation, staff_numbers):
    staff = StaffMember.objects.filter(organisation=organisation)
    if staff_numbers is None:
        return [staff]
    numbers = sorted(set(staff_numbers))
    return [
        staff.filter(staff_number__any_of=numbers[i : i + IDS_PER_QUERY])
        for i in range(0, len(numbers), IDS_PER_QUERY)
    ]


def _staff_share(organisation, staff_numbers) -> dict[str, dict]:
    shares = {name: {} for name in SHARES}
    for batch in _staff_of(organisation, staff_numbers):
        more = staff_count(batch, many=staff_numbers is None)
        for name in SHARES:
            add_counts(shares[name], more[name])
    return {name: _nonzero(counts) for name, counts in shares.items()}


@contextmanager
def staff_changing(*, organisation, staff_numbers=None):
    """Around a write to staff rows, their promotions or their declarations: the summary
    tables move by the difference. Without staff numbers, the whole zone is compared.
    Inside a transaction; the zone's row is locked first, so that an HR import and a
    declaration count their before and after in turn (both are rare)."""
    list(Organisation.objects.select_for_update().filter(pk=organisation.pk).values_list("pk"))
    before = _staff_share(organisation, staff_numbers)
    yield
    after = _staff_share(organisation, staff_numbers)
    staff_add({name: _nonzero(add_counts(dict(after[name]), before[name], -1)) for name in SHARES})


def summaries_stored(*, organisation) -> dict[str, dict]:
    """What the summary tables hold for the zone, keyed as the counts are."""
    stored = {}
    for name, (model, keys, values) in TABLES.items():
        rows = model.objects.filter(organisation=organisation).values_list(
            *[f"{k}_id" if k in ("organisation", "step") else k for k in keys], *values
        )
        stored[name] = _nonzero(
            {
                tuple(row[: len(keys)]): row[len(keys)]
                if len(values) == 1
                else tuple(row[len(keys) :])
                for row in rows
            }
        )
    return stored


# Rebuilding -------------------------------------------------------------------------------


@transaction.atomic
def summaries_rebuild(*, organisation) -> dict:
    """Recompute every summary table of the zone from the facts. Returns the rows written."""
    if connection.vendor == "postgresql":
        # One large aggregation: room to hash it in memory, and no time spent compiling it.
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL work_mem = '256MB'")
            cursor.execute("SET LOCAL jit = off")
    for model, _keys, _values in TABLES.values():
        model.objects.filter(organisation=organisation).delete()
    funnel = funnel_count(organisation=organisation)
    shares = _staff_share(organisation, None)
    funnel_add(funnel)
    staff_add(shares)
    with connection.cursor() as cursor:
        # Fresh statistics, so that the planners read the new rows by their indexes.
        for model, _keys, _values in TABLES.values():
            cursor.execute(f"ANALYZE {model._meta.db_table}")
    return {"funnel": len(funnel), **{name: len(rows) for name, rows in shares.items()}}


def summaries_recount(*, organisation) -> dict:
    """What the summary tables should hold, from the facts; for checks and tests."""
    return {"funnel": funnel_count(organisation=organisation), **_staff_share(organisation, None)}
