from django.contrib import admin

from korps.organisations.admin import ZoneScopedAdmin, admin_site

from .models import Plan


@admin.register(Plan, site=admin_site)
class PlanAdmin(ZoneScopedAdmin):
    """Read-only: the plan changes through the staff pages, whose services write the audit
    trail; the back office shows the zones' plans."""

    list_display = ["title", "starts_on", "ends_on", "level_name"]
    search_fields = ["title"]
