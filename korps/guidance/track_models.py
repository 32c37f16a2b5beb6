"""What a mentor does with a candidate: sessions, preparation tasks for a step, and referrals
to a partner organisation."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class SessionKind(models.TextChoices):
    INTAKE = "intake", _("Intake")
    PREPARATION = "preparation", _("Preparation")
    DEBRIEF = "debrief", _("Debrief")
    ACADEMY_VISIT = "academy_visit", _("Academy visit")
    CHECK_IN = "check_in", _("First-months check-in")


class MentorSession(models.Model):
    candidate = models.ForeignKey(
        "guidance.Candidate",
        on_delete=models.CASCADE,
        related_name="sessions",
        verbose_name=_("candidate"),
    )
    mentor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("mentor"),
    )
    held_on = models.DateField(_("date"))
    kind = models.CharField(_("kind"), max_length=20, choices=SessionKind.choices)
    step = models.ForeignKey(
        "guidance.ProcedureStep",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        verbose_name=_("about step"),
    )
    note = models.TextField(_("note"), blank=True, max_length=2000)

    objects = ScopedManager(organisation="candidate__organisation")

    class Meta:
        verbose_name = _("mentor session")
        verbose_name_plural = _("mentor sessions")
        ordering = ["-held_on", "-pk"]

    def __str__(self):
        return f"{self.held_on} {self.kind}"


class PreparationTask(models.Model):
    candidate = models.ForeignKey(
        "guidance.Candidate",
        on_delete=models.CASCADE,
        related_name="tasks",
        verbose_name=_("candidate"),
    )
    step = models.ForeignKey(
        "guidance.ProcedureStep",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("procedure step"),
    )
    title = models.CharField(_("task"), max_length=200)
    due_on = models.DateField(_("due"), null=True, blank=True)
    done_at = models.DateTimeField(_("done"), null=True, blank=True)

    objects = ScopedManager(organisation="candidate__organisation")

    class Meta:
        verbose_name = _("preparation task")
        verbose_name_plural = _("preparation tasks")
        ordering = ["step__order", "due_on", "pk"]

    def __str__(self):
        return self.title


class ReferralStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    STARTED = "started", _("Started")
    COMPLETED = "completed", _("Completed")
    STOPPED = "stopped", _("Stopped")


class Referral(models.Model):
    """A referral to a partner, e.g. Dutch coaching at an adult-education centre."""

    candidate = models.ForeignKey(
        "guidance.Candidate",
        on_delete=models.CASCADE,
        related_name="referrals",
        verbose_name=_("candidate"),
    )
    partner = models.ForeignKey(
        "outreach.Partner",
        on_delete=models.SET_NULL,
        null=True,
        related_name="referrals",
        verbose_name=_("partner"),
    )
    purpose = models.CharField(_("for"), max_length=200)
    status = models.CharField(
        _("status"), max_length=12, choices=ReferralStatus.choices, default=ReferralStatus.PROPOSED
    )
    updated_on = models.DateField(_("last update"), default=timezone.localdate)
    note = models.TextField(_("note"), blank=True, max_length=2000)

    objects = ScopedManager(organisation="candidate__organisation")

    class Meta:
        verbose_name = _("referral")
        verbose_name_plural = _("referrals")
        ordering = ["-updated_on", "-pk"]

    def __str__(self):
        return f"{self.partner or '–'}: {self.purpose}"

    def clean(self):
        if (
            self.partner_id
            and self.candidate_id
            and self.partner.organisation_id != self.candidate.organisation_id
        ):
            raise ValidationError({"partner": _("The partner must belong to the same zone.")})
