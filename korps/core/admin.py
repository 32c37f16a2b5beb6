"""The audit trail in the back office; registered here because the audit app sits below the
back office (organisations.admin) in the layers."""

from django.contrib import admin

from korps.audit.models import AuditEntry
from korps.organisations.admin import ZoneScopedAdmin, admin_site


@admin.register(AuditEntry, site=admin_site)
class AuditEntryAdmin(ZoneScopedAdmin):
    """Read-only: the trail can be searched here, never changed."""

    list_display = ["at", "actor_label", "action", "target_type", "target_label", "organisation"]
    list_filter = ["action"]
    search_fields = ["actor_label", "action", "target_label", "target_id", "request_id"]
    date_hierarchy = "at"
    list_select_related = ["organisation"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
