"""Staff reports: a member of the zone who met discrimination, harassment or bullying inside
the corps tells the confidential counsellor, through a channel kept apart from citizens'
complaints (its own tables, pages and permission; never in the case lists or exports). Its
one deadline, hear the person, is computed by `clocks.staff_report_clocks`, never stored."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from korps.organisations.models import Organisation


class StaffReportKind(models.TextChoices):
    DISCRIMINATION = "discrimination", _("Discrimination")
    HARASSMENT = "harassment", _("Harassment")
    BULLYING = "bullying", _("Bullying")
    SEXUAL_HARASSMENT = "sexual_harassment", _("Sexual harassment")
    OTHER = "other", _("Other")


class StaffReportStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    HEARD = "heard", _("Heard")
    CLOSED = "closed", _("Closed")


class StaffReport(models.Model):
    """One report by a member of the zone to the confidential counsellor."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="+", verbose_name=_("zone")
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("reported by"),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=StaffReportKind.choices)
    what = models.TextField(_("what happened"))
    received_at = models.DateTimeField(_("received"), default=timezone.now)
    heard_at = models.DateTimeField(_("heard"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    closing_reason = models.TextField(_("reason for closing"), blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=StaffReportStatus.choices,
        default=StaffReportStatus.RECEIVED,
    )
    # Optimistic locking, as on a case: every change compares and raises it.
    version = models.PositiveIntegerField(_("version"), default=1)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["received_at", "pk"]
        verbose_name = _("staff report")
        verbose_name_plural = _("staff reports")
        indexes = [
            models.Index(fields=["organisation", "status", "received_at"], name="staffrep_zone"),
        ]

    def __str__(self):
        return f"#{self.pk}"

    @property
    def is_open(self) -> bool:
        return self.status != StaffReportStatus.CLOSED


class StaffReportMessage(models.Model):
    """The thread between the person who reported and the confidential counsellor."""

    report = models.ForeignKey(
        StaffReport, on_delete=models.CASCADE, related_name="messages", verbose_name=_("report")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("author"),
    )
    body = models.TextField(_("message"))
    sent_at = models.DateTimeField(_("sent"), default=timezone.now)

    objects = ScopedManager(organisation="report__organisation")

    class Meta:
        ordering = ["sent_at", "pk"]
        verbose_name = _("message on a staff report")
        verbose_name_plural = _("messages on staff reports")

    def __str__(self):
        return f"{self.report} {self.sent_at:%Y-%m-%d %H:%M}"
