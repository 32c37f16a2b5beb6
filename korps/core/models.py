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

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, verbose_name=_("zone"))
    # The importer's code, e.g. "monitoring.staff".
    kind = models.CharField(max_length=60, verbose_name=_("kind of file"))
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, verbose_name=_("uploaded by")
    )
    # The uploader's: problems are written in it.
    language = models.CharField(max_length=10, verbose_name=_("language"))
    state = models.CharField(
        max_length=10, choices=State.choices, default=State.CHECKING, verbose_name=_("state")
    )
    file_name = models.CharField(max_length=255, verbose_name=_("file name"))
    # The file as uploaded; emptied once applied.
    upload = models.BinaryField(default=b"", verbose_name=_("uploaded file"))
    # Lines checked so far.
    done = models.PositiveIntegerField(default=0, verbose_name=_("lines checked"))
    # Lines in the file, once read.
    total = models.PositiveIntegerField(default=0, verbose_name=_("lines in the file"))
    # What the check found (importing.summary_of).
    summary = models.JSONField(default=dict, verbose_name=_("summary of the check"))
    # What the import wrote, once applied.
    counts = models.JSONField(default=dict, verbose_name=_("what was imported"))
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created on"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("changed on"))

    objects = ScopedManager(organisation="organisation")

    class Meta:
        verbose_name = _("import job")
        verbose_name_plural = _("import jobs")
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

    job = models.ForeignKey(
        ImportJob, on_delete=models.CASCADE, related_name="pages", verbose_name=_("import job")
    )
    number = models.PositiveIntegerField(verbose_name=_("page number"))  # from 0
    lines = models.JSONField(default=list, verbose_name=_("lines"))

    objects = ScopedManager(organisation="job__organisation")

    class Meta:
        verbose_name = _("page of an import")
        verbose_name_plural = _("pages of imports")
        constraints = [
            models.UniqueConstraint(fields=["job", "number"], name="core_importpage_unique")
        ]

    def __str__(self):
        return f"{self.job_id}:{self.number}"
