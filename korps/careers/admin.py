"""The back office for the career site: what the staff pages do not edit (jobs, new admission
criteria, selection steps), written through the configuration service with audit rows, and a
read-only, audited look at leads and stories. Texts are JSON objects per language here
({"nl": "..."})."""

from django.contrib import admin

from korps.organisations.admin import (
    ConfigurationWrites,
    ZoneScopedAdmin,
    ZoneScopedStackedInline,
    admin_site,
)

from .models import Criterion, CriterionAnswer, Job, Lead, SelectionStep, Story


class CriterionInline(ConfigurationWrites, ZoneScopedStackedInline):
    model = Criterion
    extra = 0


@admin.register(Job, site=admin_site)
class JobAdmin(ConfigurationWrites, ZoneScopedAdmin):
    list_display = ["slug", "order", "is_published", "organisation"]
    inlines = [CriterionInline]


class AnswerInline(ConfigurationWrites, ZoneScopedStackedInline):
    model = CriterionAnswer
    extra = 0


@admin.register(Criterion, site=admin_site)
class CriterionAdmin(ConfigurationWrites, ZoneScopedAdmin):
    zone_field = "job__organisation"
    list_display = ["__str__", "order"]
    inlines = [AnswerInline]


@admin.register(SelectionStep, site=admin_site)
class SelectionStepAdmin(ConfigurationWrites, ZoneScopedAdmin):
    list_display = ["__str__", "order", "organisation"]


@admin.register(Story, site=admin_site)
class StoryAdmin(ZoneScopedAdmin):
    """Read-only: stories are written with the person's consent on the staff pages."""

    personal_data = True
    list_display = ["person_name", "consent_given_at", "consent_withdrawn_at", "organisation"]
    readonly_fields = ["consent_text", "consent_given_at", "consent_withdrawn_at"]


@admin.register(Lead, site=admin_site)
class LeadAdmin(ZoneScopedAdmin):
    """Read-only: leads come from the people themselves, with their consent."""

    personal_data = True
    list_display = ["name", "source", "created_at", "confirmed_at", "unsubscribed_at"]
    list_filter = ["source"]
    search_fields = ["name", "email", "source"]
    readonly_fields = ["consent_text", "created_at", "confirmed_at", "unsubscribed_at", "source"]
