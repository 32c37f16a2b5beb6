"""Outreach's partner organisations: who refers candidates to the zone, their contact people
and the log of contacts with them."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from korps.organisations.models import Organisation


class PartnerKind(models.TextChoices):
    ADULT_EDUCATION = "adult_education", _("Adult-education centre")
    YOUTH_WORK = "youth_work", _("Youth work")
    RELIGIOUS = "religious", _("Religious association")
    SCHOOL = "school", _("School")
    SPORTS_CLUB = "sports_club", _("Sports club")
    JOB_CENTRE = "job_centre", _("Job centre")
    OTHER = "other", _("Other")


class Partner(models.Model):
    """An organisation that refers candidates to the zone."""

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="outreach_partners",
        verbose_name=_("zone"),
    )
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=PartnerKind.choices)
    offer = models.TextField(
        _("what they offer"), blank=True, help_text=_("E.g. coaching, a room, a mailing list.")
    )
    created_at = models.DateTimeField(
        default=timezone.now, editable=False, verbose_name=_("created")
    )

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["name"]
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def __str__(self):
        return self.name


class PartnerPerson(models.Model):
    partner = models.ForeignKey(
        Partner, on_delete=models.CASCADE, related_name="people", verbose_name=_("partner")
    )
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=120, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    phone = models.CharField(_("phone number"), max_length=30, blank=True)

    objects = ScopedManager(organisation="partner__organisation")

    class Meta:
        ordering = ["name"]
        verbose_name = _("contact person")
        verbose_name_plural = _("contact people")

    def __str__(self):
        return self.name


class PartnerContact(models.Model):
    """One entry of the contact log: who talked to the partner, when, about what."""

    partner = models.ForeignKey(
        Partner, on_delete=models.CASCADE, related_name="contacts", verbose_name=_("partner")
    )
    date = models.DateField(_("date"))
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("by"),
    )
    note = models.TextField(_("note"), max_length=3000)

    objects = ScopedManager(organisation="partner__organisation")

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")

    def __str__(self):
        return f"{self.partner} · {self.date}"
