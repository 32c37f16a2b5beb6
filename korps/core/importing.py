"""Import jobs: an upload is checked and applied by Celery tasks (eager without a broker), not
held in the session. The page polls the job for its progress, shows a summary and the checked
lines a page at a time, and the confirmation applies the file all-or-nothing after checking
it again (the data may have changed since the preview).

Core knows no importer: each app registers one `Importer` per kind of file, in
`AppConfig.ready()`, with the `<thing>_plan` and `<thing>_apply` functions of its imports
module."""

import datetime as dt
import logging
import re
from collections import Counter
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone, translation

from korps.organisations.scoping import scopes_disabled

from .models import ImportJob, ImportPage
from .tabular import ImportPlan, progress_reporter

logger = logging.getLogger(__name__)
# The preview's lines a page, stored as one row; pages written in one statement.
LINES_PER_PAGE = 50
PAGES_PER_INSERT = 100
# The summary names at most this many kinds of problem, the most frequent first.
PROBLEM_KINDS = 12
# Quoted values and words with a digit in them (numbers, dates, references) are what make
# two problems of one kind differ; the summary counts problems with them replaced by "…".
VALUES = re.compile(r"'[^']*'|\"[^\"]*\"|\S*\d\S*")


def _new(row) -> str:
    return getattr(row, "status", "new")


@dataclass(frozen=True)
class Importer:
    kind: str  # e.g. "monitoring.staff"
    plan: Callable[..., ImportPlan]  # (organisation=, name=, raw=) -> ImportPlan, no writes
    apply: Callable[..., dict]  # (organisation=, plan=, acting_user=) -> counts, one transaction
    cells: Callable[[object], list]  # a planned row's cells in the preview
    # What applying a row would do: "new", "changed" or "unchanged" (a row's `status`).
    status: Callable[[object], str] = _new


IMPORTERS: dict[str, Importer] = {}


def register_importer(importer: Importer) -> None:
    IMPORTERS[importer.kind] = importer


def job_start(*, organisation, kind: str, actor, name: str, raw: bytes) -> ImportJob:
    """Store the upload and start checking it (at once, when Celery runs eagerly)."""
    from .tasks import import_check

    jobs_purge()
    job = ImportJob.objects.create(
        organisation=organisation,
        kind=kind,
        actor=actor,
        language=translation.get_language() or settings.LANGUAGE_CODE,
        file_name=name[:255],
        upload=raw,
    )
    import_check.delay(job.pk)
    job.refresh_from_db()
    return job


def job_confirm(job: ImportJob) -> bool:
    """Start applying a checked job; False when it is not (or no longer) ready, e.g. when the
    confirmation was sent twice."""
    from .tasks import import_apply

    started = ImportJob.objects.filter(pk=job.pk, state=ImportJob.State.READY).update(
        state=ImportJob.State.APPLYING, done=0, updated_at=timezone.now()
    )
    if started:
        import_apply.delay(job.pk)
    job.refresh_from_db()
    return bool(started)


def job_close(job: ImportJob) -> None:
    """An applied job has been reported to its uploader: nothing of it is kept."""
    job.delete()


def job_run(job: ImportJob, work: Callable[[ImportJob], None]) -> None:
    """Run a task's work; an unexpected error leaves the job failed (nothing is written, the
    apply being one transaction) instead of checking or importing for ever."""
    try:
        work(job)
    except Exception:
        logger.exception("Import job %s (%s) failed", job.pk, job.kind)
        ImportPage.objects.filter(job=job).delete()
        ImportJob.objects.filter(pk=job.pk).update(
            state=ImportJob.State.FAILED, upload=b"", updated_at=timezone.now()
        )


def job_check(job: ImportJob) -> None:
    importer = IMPORTERS[job.kind]
    plan = _planned(job, importer)
    _store(job, importer, plan)


def job_apply(job: ImportJob) -> None:
    importer = IMPORTERS[job.kind]
    plan = _planned(job, importer)
    if not plan.ok:
        _store(job, importer, plan)
        return
    with translation.override(job.language):
        counts = importer.apply(organisation=job.organisation, plan=plan, acting_user=job.actor)
    ImportPage.objects.filter(job=job).delete()
    job.upload, job.state, job.counts = b"", ImportJob.State.DONE, counts
    job.save(update_fields=["upload", "state", "counts", "updated_at"])


def _planned(job: ImportJob, importer: Importer) -> ImportPlan:
    def report(done, total):
        job.done, job.total = done, total
        ImportJob.objects.filter(pk=job.pk).update(done=done, total=total)

    with translation.override(job.language), _reporting(report):
        return importer.plan(
            organisation=job.organisation, name=job.file_name, raw=bytes(job.upload)
        )


@contextmanager
def _reporting(report):
    token = progress_reporter.set(report)
    try:
        yield
    finally:
        progress_reporter.reset(token)


def _store(job: ImportJob, importer: Importer, plan: ImportPlan) -> None:
    """Replace the job's pages with the plan's lines: its problems, or else its rows."""
    ImportPage.objects.filter(job=job).delete()
    with translation.override(job.language):
        if plan.problems:
            lines = [[p.line, [], p.message] for p in sorted(plan.problems, key=lambda p: p.line)]
        else:
            lines = [[row.line, [str(c) for c in importer.cells(row)], ""] for row in plan.rows]
    pages = [
        ImportPage(job=job, number=n, lines=lines[start : start + LINES_PER_PAGE])
        for n, start in enumerate(range(0, len(lines), LINES_PER_PAGE))
    ]
    ImportPage.objects.bulk_create(pages, batch_size=PAGES_PER_INSERT)
    job.summary = summary_of(plan, importer, lines_read=job.total) | {"stored": len(lines)}
    job.state = ImportJob.State.READY if plan.ok else ImportJob.State.REFUSED
    job.done = job.total
    job.save(update_fields=["summary", "state", "done", "updated_at"])


@dataclass(frozen=True)
class StoredLine:
    number: int
    cells: list
    problem: str


class StoredLines:
    """A job's stored lines as a sequence for Django's Paginator: a slice reads only the
    pages it covers."""

    def __init__(self, job: ImportJob):
        self.job = job

    def __len__(self) -> int:
        return self.job.summary.get("stored", 0)

    def __getitem__(self, index: slice) -> list[StoredLine]:
        first, last = index.start or 0, index.stop or len(self)
        wanted = range(first // LINES_PER_PAGE, (last - 1) // LINES_PER_PAGE + 1)
        rows = ImportPage.objects.filter(job=self.job, number__in=list(wanted)).order_by("number")
        lines = [line for row in rows.values_list("lines", flat=True) for line in row]
        offset = wanted.start * LINES_PER_PAGE
        return [StoredLine(*line) for line in lines[first - offset : last - offset]]


def summary_of(plan: ImportPlan, importer: Importer, *, lines_read: int) -> dict:
    """Lines read, rows by what applying them would do, problems by kind (most frequent
    first, at most PROBLEM_KINDS of them)."""
    statuses = Counter(importer.status(row) for row in plan.rows)
    kinds = Counter(
        VALUES.sub("…", reason).strip()
        for problem in plan.problems
        for reason in problem.message.split("; ")
    )
    return {
        "lines": lines_read,
        "rows": len(plan.rows),
        "new": statuses["new"],
        "changed": statuses["changed"],
        "unchanged": statuses["unchanged"],
        "problems": len(plan.problems),
        "kinds": kinds.most_common(PROBLEM_KINDS),
    }


def jobs_purge() -> int:
    """Delete every zone's jobs untouched for KORPS_IMPORT_JOB_HOURS (an upload nobody
    confirmed, or a failed one). Across zones by nature: it runs with the tenant guard off."""
    before = timezone.now() - dt.timedelta(hours=settings.KORPS_IMPORT_JOB_HOURS)
    with scopes_disabled():
        deleted, _per_model = ImportJob.objects.filter(updated_at__lt=before).delete()
    return deleted
