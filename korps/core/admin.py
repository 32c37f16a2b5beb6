"""The audit trail in the back office; registered here because the audit app sits below the
back office (organisations.admin) in the layers."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from korps.audit.actions import action_label
from korps.audit.models import AuditEntry
from korps.organisations.admin import ZoneScopedAdmin, admin_site
from korps.organisations.backoffice_display import labelled_filter


@admin.register(AuditEntry, site=admin_site)
class AuditEntryAdmin(ZoneScopedAdmin):
    """Read-only: the trail can be searched here, never changed."""

    list_display = ["at", "actor", "action_name", "record_type", "target_label", "organisation"]
    list_filter = [labelled_filter("action", _("action"), action_label)]
    shown_as = {
        "action": lambda entry: entry.action_display,
        "target_type": lambda entry: entry.target_type_display,
        "actor_label": lambda entry: entry.actor_display,
    }
    search_fields = ["actor_label", "action", "target_label", "target_id", "request_id"]
    date_hierarchy = "at"
    list_select_related = ["organisation"]

    @admin.display(description=_("who"), ordering="actor_label")
    def actor(self, entry):
        return entry.actor_display

    @admin.display(description=_("action"), ordering="action")
    def action_name(self, entry):
        return entry.action_display

    @admin.display(description=_("record type"), ordering="target_type")
    def record_type(self, entry):
        return entry.target_type_display

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
