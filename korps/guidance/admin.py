from django.contrib import admin

from korps.organisations.admin import ConfigurationWrites, ZoneScopedAdmin, admin_site

from .models import MentorProfile, ProcedureStep


@admin.register(ProcedureStep, site=admin_site)
class ProcedureStepAdmin(ConfigurationWrites, ZoneScopedAdmin):
    """The zone's procedure: order, durations, waiting periods, practice questions."""

    list_display = ["order", "name", "code", "kind", "typical_days", "retry_wait_days"]
    list_display_links = ["name"]


@admin.register(MentorProfile, site=admin_site)
class MentorProfileAdmin(ConfigurationWrites, ZoneScopedAdmin):
    """Who mentors, in which languages; the person is chosen among the zone's own people."""

    list_display = ["user", "languages", "is_available"]
