from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from .labels import LINK_HOLDERS
from .redact import redact_path


class AppendOnlyError(Exception):
    pass


class AuditEntryQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError("Audit entries cannot be changed.")

    def delete(self):
        raise AppendOnlyError("Audit entries cannot be deleted.")


class AuditEntry(models.Model):
    """Who read or changed which personal record, when, in which zone, from which request.

    Append-only: the application can neither change nor delete an entry (and on PostgreSQL a
    trigger refuses it at the database too)."""

    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        db_constraint=False,
        verbose_name=_("who"),
    )
    # Kept as text too, so the trail still names the person after their account is gone.
    actor_label = models.CharField(_("who"), max_length=254, blank=True)
    organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.DO_NOTHING,
        null=True,
        blank=True,
        related_name="+",
        db_constraint=False,
        verbose_name=_("zone"),
    )
    action = models.CharField(_("action"), max_length=100, db_index=True)
    target_type = models.CharField(_("record type"), max_length=100, blank=True)
    target_id = models.CharField(_("record id"), max_length=64, blank=True)
    target_label = models.CharField(_("record"), max_length=200, blank=True)
    request_id = models.CharField(_("request"), max_length=32, blank=True)
    request_method = models.CharField(max_length=8, blank=True, verbose_name=_("request method"))
    request_path = models.CharField(_("address"), max_length=500, blank=True)
    data = models.JSONField(_("details"), default=dict, blank=True)

    # Entries without a zone (log-ins, the back office) are read only with scopes disabled.
    objects = ScopedManager(
        organisation="organisation",
        _manager_class=models.Manager.from_queryset(AuditEntryQuerySet),
    )

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit trail")
        indexes = [
            models.Index(fields=["organisation", "-at"], name="audit_zone_time"),
            models.Index(fields=["target_type", "target_id"], name="audit_target"),
        ]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_display} {self.action_display}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnlyError("Audit entries cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Audit entries cannot be deleted.")

    @property
    def actor_display(self) -> str:
        """Who, in the reader's language when it was the holder of a personal link."""
        if self.actor_id is None and self.actor_label in LINK_HOLDERS:
            return gettext(self.actor_label)
        return self.actor_label

    @property
    def action_display(self) -> str:
        """The action in the reader's words (korps.audit.actions), never the raw code."""
        from .actions import action_label

        return action_label(self.action)

    @property
    def target_type_display(self) -> str:
        """The kind of record in the reader's words (`Candidate`), never `guidance.candidate`."""
        if not self.target_type:
            return ""
        from .actions import record_type_label

        return record_type_label(self.target_type)

    @property
    def request_path_display(self) -> str:
        """The address, with tokens redacted even in entries written before redaction."""
        return redact_path(self.request_path)
