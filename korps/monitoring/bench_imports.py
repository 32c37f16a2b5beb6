"""The import half of `make bench-monitoring`: an HR export, a candidates list and a results
file, imported through the code the import pages run (korps.core.importing: the check, the
check again on confirmation, the bulk write with the summary tables kept, the job's lines
stored and deleted), each timed against a bulk insert of the same rows in the same run (COPY on
PostgreSQL, executemany on SQLite) into a twin zone, which checks nothing and keeps no
summary. Celery runs eagerly (no KORPS_BROKER_URL), so each task runs in this process.
Each timed part starts after a garbage collection, so that collecting what an earlier part
left is charged to neither side."""

import datetime as dt
import gc
import random
import time

from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.utils import timezone

from korps.core import importing
from korps.core.models import ImportJob
from korps.guidance.models import Candidate
from korps.guidance.services import procedure_install
from korps.monitoring.models import StaffMember
from korps.organisations.models import Organisation, Unit

GRADES = ["AGP", "INP", "HINP", "CP"]
RESULT_CHOICES = ["passed"] * 6 + ["failed"] * 3 + ["withdrew"]


def bench_imports(copy, *, staff: int, results: int, units: int, seed: int):
    """Yield one dict per import: its times and the bulk insert's. `copy(table, columns,
    rows)` is the benchmark's bulk insert."""
    rng = random.Random(seed)
    stamp = int(time.time())
    actor = get_user_model().objects.create_user(
        email=f"bench-importer-{stamp}@bench.invalid", password=None, full_name="Benchmark"
    )
    yield _staff(copy, rng, stamp, actor, staff, units)
    yield from _results(copy, rng, stamp, actor, results)


def _zone(stamp, suffix):
    return Organisation.objects.create(
        name=f"Import benchmark {suffix}", code=f"bi{suffix}-{stamp}"
    )


def _timed_import(zone, kind, actor, name, raw) -> tuple[float, float, ImportJob]:
    gc.collect()
    started = time.perf_counter()
    job = importing.job_start(organisation=zone, kind=kind, actor=actor, name=name, raw=raw)
    checked = time.perf_counter()
    if job.state != ImportJob.State.READY:
        raise RuntimeError(f"The {kind} file was refused: {job.summary}")
    importing.job_confirm(job)
    applied = time.perf_counter()
    if job.state != ImportJob.State.DONE:
        raise RuntimeError(f"The {kind} import did not finish: {job.state}")
    importing.job_close(job)
    return checked - started, applied - checked, job


def _line(name, lines, check_s, apply_s, bulk_s) -> dict:
    total = check_s + apply_s
    return {
        "import": name,
        "lines": lines,
        "check_s": round(check_s, 2),
        "confirm_s": round(apply_s, 2),
        "import_s": round(total, 2),
        "bulk_insert_s": round(bulk_s, 2),
        "ratio": round(total / bulk_s, 1) if bulk_s else None,
        "database": connection.vendor,
    }


def _staff(copy, rng, stamp, actor, count, units):
    zone, twin = _zone(stamp, "s"), _zone(stamp, "t")
    names = [f"Team {n:03d}" for n in range(units)]
    unit_ids = {}
    for organisation in (zone, twin):
        for name in names:
            unit = Unit.objects.create(organisation=organisation, name=name, kind="district")
            unit_ids[organisation.pk, name] = unit.pk
    today = timezone.localdate()
    rows = []
    for n in range(count):
        start = today - dt.timedelta(days=rng.randrange(30, 3000))
        end = start + dt.timedelta(days=rng.randrange(30, 900)) if rng.random() < 0.2 else None
        end = end if end and end < today else None
        rows.append((f"S{n:06d}", rng.choice(names), rng.choice(GRADES), start, end))
    raw = "staff_number,unit,grade,start_date,end_date\n" + "".join(
        f"{number},{unit},{grade},{start},{end or ''}\n" for number, unit, grade, start, end in rows
    )
    check_s, apply_s, _job = _timed_import(zone, "monitoring.staff", actor, "hr.csv", raw.encode())
    assert StaffMember.objects.filter(organisation=zone).count() == count
    gc.collect()
    started = time.perf_counter()
    with transaction.atomic():
        copy(
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
            (
                (twin.pk, number, unit_ids[twin.pk, unit], grade, start, end, rng.randrange(256))
                for number, unit, grade, start, end in rows
            ),
        )
    return _line("staff", count, check_s, apply_s, time.perf_counter() - started)


def _candidates(copy, zone, count, stamp, rng) -> tuple[dict[str, int], float]:
    """The candidates by bulk insert: {reference: id}, and the insert's time."""
    now = timezone.now()
    gc.collect()
    started = time.perf_counter()
    copy(
        "guidance_candidate",
        [
            "organisation_id",
            "reference",
            "name",
            "email",
            "phone",
            "language",
            "source",
            "status",
            "stop_reason",
            "consent_text",
            "consent_given_at",
            "link_id",
            "created_at",
            "record_key",
        ],
        (
            (
                zone.pk,
                f"R{n:07d}",
                "",
                "",
                "",
                "nl",
                "",
                "preparing",
                "",
                "bench",
                now,
                f"{zone.code}-{n}",
                now,
                rng.randrange(256),
            )
            for n in range(count)
        ),
    )
    took = time.perf_counter() - started
    return dict(Candidate.objects.filter(organisation=zone).values_list("reference", "pk")), took


def _results(copy, rng, stamp, actor, count):
    """The candidates list (one line per candidate, no e-mail address, so no invitation is
    mailed), then the results file: two lines per candidate, the cognitive test, passed,
    then the physical test."""
    zone, twin = _zone(stamp, "r"), _zone(stamp, "u")
    steps = {zone.pk: {}, twin.pk: {}}
    for organisation in (zone, twin):
        steps[organisation.pk] = {
            s.code: s.pk for s in procedure_install(organisation=organisation)
        }
    people = count // 2
    listed = "reference,name\n" + "".join(f"R{n:07d},Candidate {n}\n" for n in range(people))
    check_s, apply_s, _job = _timed_import(
        zone, "guidance.candidates", actor, "candidates.csv", listed.encode()
    )
    twins, bulk_s = _candidates(copy, twin, people, stamp, rng)
    yield _line("candidates", people, check_s, apply_s, bulk_s)
    today = timezone.localdate()
    lines = []
    for n in range(people):
        day = today - dt.timedelta(days=rng.randrange(30, 700))
        lines.append((f"R{n:07d}", "cognitive", "passed", day))
        lines.append(
            (f"R{n:07d}", "physical", rng.choice(RESULT_CHOICES), day + dt.timedelta(days=14))
        )
    raw = "reference,step,result,date\n" + "".join(
        f"{ref},{step},{result},{day}\n" for ref, step, result, day in lines
    )
    check_s, apply_s, _job = _timed_import(
        zone, "guidance.results", actor, "results.csv", raw.encode()
    )
    gc.collect()
    started = time.perf_counter()
    with transaction.atomic():
        copy(
            "guidance_stepattempt",
            ["candidate_id", "step_id", "number", "result", "result_on"],
            (
                (twins[ref], steps[twin.pk][step], 1, result, day)
                for ref, step, result, day in lines
            ),
        )
    yield _line("results", len(lines), check_s, apply_s, time.perf_counter() - started)
