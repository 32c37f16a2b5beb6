"""The back office for outreach: ambassador profiles are configuration (written through the
configuration service, the person chosen among the zone's own people); campaigns and partners
are read-only here (their staff pages call the services); questions are read-only and
audited."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from korps.organisations.admin import ConfigurationWrites, ZoneScopedAdmin, admin_site
from korps.organisations.backoffice import language_choices, list_of_names

from .models import AmbassadorProfile, AmbassadorQuestion, Campaign, Partner, Topic


@admin.register(Campaign, site=admin_site)
class CampaignAdmin(ZoneScopedAdmin):
    list_display = ["name", "organisation", "starts_on", "ends_on", "budget"]
    search_fields = ["name"]


@admin.register(AmbassadorProfile, site=admin_site)
class AmbassadorProfileAdmin(ConfigurationWrites, ZoneScopedAdmin):
    list_display = ["user", "organisation", "unit", "language_names", "available"]
    list_filter = ["available"]
    list_choices = {"languages": language_choices, "topics": lambda: Topic.choices}

    @admin.display(description=_("languages"))
    def language_names(self, profile):
        return list_of_names(profile.languages, language_choices())


@admin.register(AmbassadorQuestion, site=admin_site)
class AmbassadorQuestionAdmin(ZoneScopedAdmin):
    personal_data = True
    list_display = ["topic", "organisation", "status", "created_at"]
    list_filter = ["status", "topic"]
    readonly_fields = ["name", "email", "question", "answer", "answered_at", "escalated_at"]


@admin.register(Partner, site=admin_site)
class PartnerAdmin(ZoneScopedAdmin):
    list_display = ["name", "kind", "organisation"]
    search_fields = ["name"]
