"""Core's own rows: the import jobs. An uploaded file waits here (not in the session) between
its check and its confirmation, with its checked lines, a page of the preview per row."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from korps.organisations.models import Organisation


class ImportJob(models.Model):
    """One upload to one import page, by one person. The file and its lines are deleted when
    the import is applied, and every job is deleted `KORPS_IMPORT_JOB_HOURS` after its last
    change (korps.core.importing.jobs_purge)."""

    class State(models.TextChoices):
        CHECKING = "checking", _("Checking the file")
        READY = "ready", _("Ready to import")
        REFUSED = "refused", _("Refused")
        APPLYING = "applying", _("Importing")
        DONE = "done", _("Imported")
        FAILED = "failed", _("Failed")

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE)
    kind = models.CharField(max_length=60)  # the importer's code, e.g. "monitoring.staff"
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    language = models.CharField(max_length=10)  # the uploader's: problems are written in it
    state = models.CharField(max_length=10, choices=State.choices, default=State.CHECKING)
    file_name = models.CharField(max_length=255)
    upload = models.BinaryField(default=b"")  # the file as uploaded; emptied once applied
    done = models.PositiveIntegerField(default=0)  # lines checked so far
    total = models.PositiveIntegerField(default=0)  # lines in the file, once read
    summary = models.JSONField(default=dict)  # what the check found (importing.summary_of)
    counts = models.JSONField(default=dict)  # what the import wrote, once applied
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        indexes = [models.Index(fields=["updated_at"])]

    def __str__(self):
        return f"{self.kind} {self.file_name} ({self.state})"

    @property
    def running(self) -> bool:
        return self.state in (self.State.CHECKING, self.State.APPLYING)

    @property
    def percent(self) -> int:
        return min(100, self.done * 100 // self.total) if self.total else 0


class ImportPage(models.Model):
    """LINES_PER_PAGE checked lines of a job's file (korps.core.importing), one row per page
    of the preview: each line as [its number, its cells as the preview shows them, its
    problem], with either the cells or the problem empty. The header is line 1."""

    job = models.ForeignKey(ImportJob, on_delete=models.CASCADE, related_name="pages")
    number = models.PositiveIntegerField()  # from 0
    lines = models.JSONField(default=list)

    objects = ScopedManager(organisation="job__organisation")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["job", "number"], name="core_importpage_unique")
        ]

    def __str__(self):
        return f"{self.job_id}:{self.number}"
