"""The invitations to declare (korps.monitoring.invitations): one per staff member, and the
batches that send them."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from korps.core.links import new_link_id
from korps.organisations.models import Organisation


class InvitationChannel(models.TextChoices):
    MAIL = "mail", _("E-mail")
    REMINDER = "reminder", _("Reminder by e-mail")
    LETTER = "paper", _("Printed letter")


class StaffInvitation(models.Model):
    """A staff member's personal invitation to declare. Its link (korps.core.links, purpose
    "declare") and its letter code open the declaration of this staff number, and only that
    one. The code is stored as a keyed digest, never in clear; printing letters again gives
    new codes."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="+", verbose_name=_("zone")
    )
    staff_member = models.OneToOneField(
        "monitoring.StaffMember",
        on_delete=models.CASCADE,
        related_name="invitation",
        verbose_name=_("staff member"),
    )
    link_id = models.CharField(
        max_length=32, unique=True, default=new_link_id, editable=False, verbose_name=_("link id")
    )
    code_digest = models.CharField(
        max_length=64,
        blank=True,
        db_index=True,
        editable=False,
        verbose_name=_("digest of the letter code"),
    )
    invited_at = models.DateTimeField(null=True, blank=True, verbose_name=_("invited on"))
    channel = models.CharField(
        max_length=12, choices=InvitationChannel.choices, blank=True, verbose_name=_("channel")
    )
    reminded_at = models.DateTimeField(null=True, blank=True, verbose_name=_("reminded on"))
    # The batch that is still to mail this person (cleared once the mail is sent).
    pending_batch = models.ForeignKey(
        "InvitationBatch",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("batch still to send"),
    )

    objects = ScopedManager(organisation="organisation")

    class Meta:
        verbose_name = _("invitation to declare")
        verbose_name_plural = _("invitations to declare")

    def __str__(self):
        return f"{self.staff_member_id}"


class InvitationBatch(models.Model):
    """One sending of invitations (or reminders, or letters), with its progress."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="+", verbose_name=_("zone")
    )
    channel = models.CharField(
        max_length=12, choices=InvitationChannel.choices, verbose_name=_("channel")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("started by"),
    )
    created_at = models.DateTimeField(default=timezone.now, verbose_name=_("started on"))
    total = models.PositiveIntegerField(default=0, verbose_name=_("people"))
    done = models.PositiveIntegerField(default=0, verbose_name=_("sent"))
    finished_at = models.DateTimeField(null=True, blank=True, verbose_name=_("finished on"))

    objects = ScopedManager(organisation="organisation")

    class Meta:
        verbose_name = _("sending of invitations")
        verbose_name_plural = _("sendings of invitations")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.channel} {self.created_at:%Y-%m-%d}: {self.done}/{self.total}"

    @property
    def percent(self) -> int:
        return 100 if not self.total else round(100 * self.done / self.total)
