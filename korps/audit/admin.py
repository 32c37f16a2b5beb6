from django.contrib import admin

from korps.organisations.admin import ZoneScopedAdmin, admin_site

from .models import AuditEntry


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
