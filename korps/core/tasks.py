"""Thin Celery wrappers for import jobs: they take the job's primary key, find its zone and
run in its scope (korps.core.importing does the work)."""

from celery import shared_task

from korps.organisations.scoping import zone_of, zone_scope


def _run(job_id: int, work_name: str) -> None:
    from . import importing
    from .models import ImportJob

    zone = zone_of(ImportJob, "organisation", pk=job_id)
    if zone is None:  # purged meanwhile
        return
    with zone_scope(zone):
        job = ImportJob.objects.select_related("organisation", "actor").filter(pk=job_id).first()
        if job is not None:
            importing.job_run(job, getattr(importing, work_name))


@shared_task
def import_check(job_id: int) -> None:
    _run(job_id, "job_check")


@shared_task
def import_apply(job_id: int) -> None:
    _run(job_id, "job_apply")
