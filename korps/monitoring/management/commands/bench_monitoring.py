"""make bench-monitoring: korps's monitoring reports at national scale, against DuckDB.

It generates a synthetic national force in the configured database (by default 65,000 staff,
1,000,000 candidates, 6,000,000 step results over 185 units and 8 years, declarations for
about 60%), times each report on that database, then copies the same rows into DuckDB's own
tables (not timed) and times DuckDB computing the aggregates the reports are built on. It
checks that both engines give the same numbers and prints one JSON line per report.

korps's reports read the summary tables, which the bulk load bypasses: they are rebuilt
once after it (timed and printed apart), as `korps rebuild-summaries` would.

Then it imports an HR export (by default 65,000 staff) and a results file (100,000 lines)
through the import pages' code, each against a bulk insert of the same rows
(korps.monitoring.bench_imports), and prints one JSON line per import."""

import datetime as dt
import gc
import json
import random
import statistics
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from korps.core.bulk import table_insert as _copy  # the bulk insert: COPY, or executemany
from korps.guidance.models import StepResult
from korps.guidance.services import procedure_install
from korps.monitoring import selectors
from korps.monitoring.bench_imports import bench_imports
from korps.monitoring.models import NOT_DECLARED, StaffMember
from korps.monitoring.summaries import RETENTION_SPANS, summaries_rebuild
from korps.organisations.models import Organisation, Unit
from korps.organisations.scoping import scopes_disabled

GROUPS = ["belgian", "eu", "non_eu", "not_said"]
GRADES = ["AGP", "INP", "HINP", "CP", "HCP"]
# Pass chances per step code and group: the cognitive test is harder for one group, as the
# demo has it, so the funnel has something to find.
PASS = {"cognitive": {"non_eu": 0.35}, "personality": {"non_eu": 0.5}}
BASE_PASS = {
    "cognitive": 0.55,
    "physical": 0.85,
    "personality": 0.6,
    "committee": 0.85,
    "medical": 0.9,
    "reserve": 0.97,
    "academy": 0.9,
    "service": 0.95,
}


class Command(BaseCommand):
    help = "Benchmark the monitoring reports at national scale against DuckDB."

    def add_arguments(self, parser):
        parser.add_argument("--staff", type=int, default=65_000)
        parser.add_argument("--candidates", type=int, default=1_000_000)
        parser.add_argument("--results", type=int, default=6_000_000)
        parser.add_argument("--units", type=int, default=185)
        parser.add_argument("--years", type=int, default=8)
        parser.add_argument("--declared", type=float, default=0.6)
        parser.add_argument("--seed", type=int, default=65)
        parser.add_argument("--import-staff", type=int, default=65_000)
        parser.add_argument("--import-results", type=int, default=100_000)
        parser.add_argument(
            "--only",
            choices=["reports", "imports"],
            help="run one half of the benchmark (by default both)",
        )
        parser.add_argument(
            "--reuse",
            action="store_true",
            help="time the reports on the set an earlier run generated, without a new one",
        )

    # A benchmark generates and reads one zone of its own, past the services, like the demo
    # seeder: the tenant guard is off for it.
    @scopes_disabled()
    def handle(self, *args, **options):
        if options["only"] != "imports":
            self.reports(**options)
        if options["only"] != "reports":
            for line in bench_imports(
                _copy,
                staff=options["import_staff"],
                results=options["import_results"],
                units=options["units"],
                seed=options["seed"],
            ):
                self.stdout.write(json.dumps(line))

    def reports(self, **options):
        if options["reuse"]:
            zone = Organisation.objects.filter(code__startswith="bench-").order_by("-pk").first()
            if zone is None:
                raise CommandError("There is no generated set yet: run without --reuse.")
            for line in self.compare(zone):
                self.stdout.write(json.dumps(line))
            return
        started = time.perf_counter()
        zone = self.generate(**options)
        self.stdout.write(f"generated in {time.perf_counter() - started:.0f} s")
        # The rows went in by bulk copy, past the services that keep the summary tables.
        started = time.perf_counter()
        rows = summaries_rebuild(organisation=zone)
        self.stdout.write(
            f"summary tables rebuilt in {time.perf_counter() - started:.1f} s "
            f"({rows['funnel']} funnel, {rows['flows']} flow, {rows['cohorts']} cohort, "
            f"{rows['promotions']} promotion rows)"
        )
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        for line in self.compare(zone):
            self.stdout.write(json.dumps(line))

    # -- the data ---------------------------------------------------------------------------

    def generate(self, *, staff, candidates, results, units, years, declared, seed, **_o):
        rng = random.Random(seed)
        code = f"bench-{int(time.time())}"
        with transaction.atomic():
            zone = Organisation.objects.create(name="National force (benchmark)", code=code)
            unit_ids = [
                Unit.objects.create(organisation=zone, name=f"Zone {n:03d}", kind="district").pk
                for n in range(units)
            ]
            steps = procedure_install(organisation=zone)
        today = timezone.localdate()
        first_day = today - dt.timedelta(days=365 * years)
        span = (today - first_day).days
        now = timezone.now()

        promoted = []  # (staff number, date, from grade, to grade)

        def staff_rows():
            for n in range(staff):
                start = first_day + dt.timedelta(days=rng.randrange(span))
                end = (
                    start + dt.timedelta(days=rng.randrange(60, 3000))
                    if rng.random() < 0.2
                    else None
                )
                end = end if end and end < today else None
                grade = rng.choice(GRADES[:-1])
                # About a third of those in service for three years were promoted once.
                if (end or today) - start > dt.timedelta(days=1100) and rng.random() < 0.35:
                    day = start + dt.timedelta(days=rng.randrange(700, 1100))
                    to = GRADES[GRADES.index(grade) + 1]
                    promoted.append((f"S{n:06d}", day, grade, to))
                    grade = to
                key = rng.randrange(256)
                yield (zone.pk, f"S{n:06d}", rng.choice(unit_ids), grade, start, end, key)

        _copy(
            "monitoring_staffmember",
            [
                "organisation_id",
                "staff_number",
                "unit_id",
                "grade",
                "start_date",
                "end_date",
                "record_key",
            ],
            staff_rows(),
        )
        ids = dict(StaffMember.objects.filter(organisation=zone).values_list("staff_number", "pk"))
        _copy(
            "monitoring_promotion",
            ["staff_member_id", "date", "from_grade", "to_grade"],
            ((ids[number], day, old, new) for number, day, old, new in promoted),
        )

        def candidate_rows():
            for n in range(candidates):
                yield (
                    zone.pk,
                    f"B{n:07d}",
                    "",
                    "",
                    "",
                    "nl",
                    "",
                    None,
                    None,
                    None,
                    "preparing",
                    "",
                    "bench",
                    now,
                    None,
                    f"{code}-{n}",
                    now,
                    None,
                    None,
                    rng.randrange(256),
                )

        _copy(
            "guidance_candidate",
            [
                "organisation_id",
                "reference",
                "name",
                "email",
                "phone",
                "language",
                "source",
                "lead_id",
                "signup_id",
                "mentor_id",
                "status",
                "stop_reason",
                "consent_text",
                "consent_given_at",
                "consent_withdrawn_at",
                "link_id",
                "created_at",
                "closed_at",
                "pseudonymised_at",
                "record_key",
            ],
            candidate_rows(),
        )
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT MIN(id), MAX(id) FROM guidance_candidate WHERE organisation_id = %s",
                [zone.pk],
            )
            low, high = cursor.fetchone()
        origin = {
            cid: rng.choice(GROUPS) for cid in range(low, high + 1) if rng.random() < declared
        }

        def declaration_rows():
            for cid, group in origin.items():
                yield (zone.pk, "candidate", cid, "", None, "", group, "bench", now, None)
            for n in range(staff):
                if rng.random() < declared:
                    yield (
                        zone.pk,
                        "staff",
                        None,
                        f"S{n:06d}",
                        None,
                        "",
                        rng.choice(GROUPS),
                        "bench",
                        now,
                        None,
                    )

        _copy(
            "monitoring_declaration",
            [
                "organisation_id",
                "subject_kind",
                "candidate_id",
                "staff_number",
                "declared_by_id",
                "gender",
                "origin_group",
                "consent_text",
                "consent_given_at",
                "withdrawn_at",
            ],
            declaration_rows(),
        )

        def attempt_rows():
            made = 0
            cid = low
            while made < results:
                group = origin.get(cid, "")
                day = first_day + dt.timedelta(days=rng.randrange(span))
                for step in steps:
                    chance = PASS.get(step.code, {}).get(group, BASE_PASS[step.code])
                    number = 1
                    while True:
                        passed = rng.random() < chance
                        result = (
                            StepResult.PASSED
                            if passed
                            else rng.choice(
                                [StepResult.FAILED] * 8 + [StepResult.WITHDREW, StepResult.NO_SHOW]
                            )
                        )
                        yield (cid, step.pk, number, day, result, day)
                        made += 1
                        if passed or number == 2 or made >= results:
                            break
                        number += 1
                    if not passed or made >= results:
                        break
                cid = cid + 1 if cid < high else low

        _copy(
            "guidance_stepattempt",
            ["candidate_id", "step_id", "number", "planned_on", "result", "result_on"],
            attempt_rows(),
        )
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        return zone

    # -- the comparison -------------------------------------------------------------------

    def compare(self, zone):
        import duckdb
        import duckdb_ext

        reports = {
            "funnel": (
                lambda: selectors.funnel_report(organisation=zone),
                lambda: selectors.funnel_counts(organisation=zone),
                FUNNEL_SQL,
            ),
            "composition": (
                lambda: selectors.composition_report(organisation=zone),
                lambda: _composition_counts(zone),
                COMPOSITION_SQL,
            ),
            "retention": (
                lambda: selectors.retention_report(organisation=zone),
                lambda: _retention_counts(zone),
                RETENTION_SQL,
            ),
        }
        duck = duckdb.connect(
            config={
                "extension_directory": list(duckdb_ext.__path__)[0] + "/extensions",
                "autoinstall_known_extensions": False,
            }
        )
        settings = connection.settings_dict
        if connection.vendor == "postgresql":
            duck.execute("LOAD postgres_scanner")
            duck.execute(
                f"ATTACH 'dbname={settings['NAME']} host={settings['HOST']} "
                f"port={settings['PORT'] or 5432} user={settings['USER']}' "
                "AS src (TYPE postgres, READ_ONLY)"
            )
            source = "src.public"
        else:
            duck.execute("LOAD sqlite_scanner")
            duck.execute(f"ATTACH '{settings['NAME']}' AS src (TYPE sqlite, READ_ONLY)")
            source = "src"
        # Loading is not timed: DuckDB then works on its own columnar tables.
        for table in (
            "guidance_stepattempt",
            "guidance_candidate",
            "monitoring_declaration",
            "monitoring_staffmember",
            "guidance_procedurestep",
        ):
            duck.execute(f"CREATE TABLE {table} AS SELECT * FROM {source}.{table}")
        today = timezone.localdate().isoformat()
        parts = []
        for name, (report, counts, sql) in reports.items():
            korps_s, _report = _timed(report)
            params = {"zone": zone.pk, "today": today, "nd": NOT_DECLARED}
            duck_s, rows = _timed(
                lambda: duck.execute(
                    sql,  # noqa: B023 (called at once, in this iteration)
                    {k: v for k, v in params.items() if f"${k}" in sql},  # noqa: B023
                ).fetchall()
            )
            theirs = {tuple(row[:-1]): row[-1] for row in rows}
            ours = {
                key if isinstance(key, tuple) else (key,): value
                for key, value in counts().items()
                if value
            }
            parts.append((duck_s, ours == theirs))
            yield _line(name, korps_s, duck_s, ours == theirs)
        # The programme summary is built from the three reports above: DuckDB's share is the
        # sum of their aggregates, and it agrees when they all did.
        korps_s, _report = _timed(lambda: selectors.summary_report(organisation=zone))
        yield _line(
            "summary", korps_s, sum(d for d, _a in parts), all(agree for _d, agree in parts)
        )


REPEAT = 3


def _line(report, korps_s, duck_s, agree) -> dict:
    return {
        "report": report,
        "korps_s": round(korps_s, 4),
        "duckdb_s": round(duck_s, 4),
        "ratio": round(korps_s / duck_s, 2) if duck_s else None,
        "agree": agree,
        "database": connection.vendor,
    }


def _timed(work):
    """The median time of a few runs, each started after a garbage collection (as timeit
    does), so that a collection of the whole process's heap is not charged to one engine."""
    times, result = [], None
    for _run in range(REPEAT):
        gc.collect()
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def _composition_counts(zone) -> dict:
    """Active staff today per origin, as the composition report has them."""
    counts = {}
    on = timezone.localdate()
    for (dimension, _value, origin), n in selectors.staff_counts_on(
        organisation=zone, on=on
    ).items():
        if dimension == "gender":
            counts[origin] = counts.get(origin, 0) + n
    return counts


def _retention_counts(zone) -> dict:
    """Staff who started at least a year ago, and left within their first year, per origin."""
    started_by = timezone.localdate() - RETENTION_SPANS[1]
    return {
        origin: numbers[1]
        for origin, numbers in selectors.cohort_counts(
            organisation=zone, started_by=started_by
        ).items()
    }


FUNNEL_SQL = """
SELECT a.step_id,
       coalesce(nullif(d.origin_group, ''), $nd) AS origin,
       a.result AS outcome,
       count(*)
FROM guidance_stepattempt a
JOIN guidance_procedurestep s ON s.id = a.step_id
LEFT JOIN monitoring_declaration d ON d.candidate_id = a.candidate_id
WHERE s.organisation_id = $zone AND a.result IN ('passed', 'failed', 'withdrew', 'no_show')
  AND date_trunc('month', coalesce(a.result_on, a.planned_on)) <= CAST($today AS DATE)
GROUP BY ALL
"""

COMPOSITION_SQL = """
SELECT coalesce(nullif(d.origin_group, ''), $nd) AS origin, count(*)
FROM monitoring_staffmember m
LEFT JOIN monitoring_declaration d
  ON d.organisation_id = m.organisation_id AND d.subject_kind = 'staff'
 AND d.staff_number = m.staff_number AND d.withdrawn_at IS NULL
WHERE m.organisation_id = $zone AND m.start_date <= CAST($today AS DATE)
  AND (m.end_date IS NULL OR m.end_date > CAST($today AS DATE))
GROUP BY ALL
"""

RETENTION_SQL = """
SELECT coalesce(nullif(d.origin_group, ''), $nd) AS origin,
       count(*) FILTER (WHERE m.end_date IS NOT NULL
                        AND m.end_date < m.start_date + INTERVAL 365 DAY)
FROM monitoring_staffmember m
LEFT JOIN monitoring_declaration d
  ON d.organisation_id = m.organisation_id AND d.subject_kind = 'staff'
 AND d.staff_number = m.staff_number AND d.withdrawn_at IS NULL
WHERE m.organisation_id = $zone AND m.start_date <= CAST($today AS DATE) - INTERVAL 365 DAY
GROUP BY ALL
"""
