from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from korps.organisations.admin import ConfigurationWrites, ZoneScopedAdmin, admin_site
from korps.organisations.backoffice import list_of_names
from korps.organisations.languages import CONTACT_LANGUAGES

from .models import MentorProfile, ProcedureStep


@admin.register(ProcedureStep, site=admin_site)
class ProcedureStepAdmin(ConfigurationWrites, ZoneScopedAdmin):
    """The zone's procedure: order, durations, waiting periods, practice questions."""

    list_display = ["order", "step_name", "kind", "typical_days", "retry_wait_days"]
    list_display_links = ["step_name"]

    @admin.display(description=_("name"))
    def step_name(self, step):
        return step.name


@admin.register(MentorProfile, site=admin_site)
class MentorProfileAdmin(ConfigurationWrites, ZoneScopedAdmin):
    """Who mentors, in which languages; the person is chosen among the zone's own people."""

    list_display = ["user", "language_names", "is_available"]

    @admin.display(description=_("languages"))
    def language_names(self, profile):
        return list_of_names(profile.languages, CONTACT_LANGUAGES.items())
