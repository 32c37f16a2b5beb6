from django.contrib import admin

from korps.organisations.admin import ZoneScopedAdmin, admin_site

from .models import Event, Signup


@admin.register(Event, site=admin_site)
class EventAdmin(ZoneScopedAdmin):
    """Read-only: seats and sign-ups change only through the staff pages and the services,
    which keep the counters and the waiting list right; the back office shows them."""

    list_display = ["title", "starts_at", "seats", "seats_confirmed", "seats_waiting"]
    readonly_fields = ["seats", "seats_confirmed", "seats_waiting"]
    search_fields = ["title", "place"]
    date_hierarchy = "starts_at"


@admin.register(Signup, site=admin_site)
class SignupAdmin(ZoneScopedAdmin):
    """Read-only and audited: a sign-up is cancelled by the person, or by staff through the
    event pages, so that the seat counters move and the waiting list moves up."""

    personal_data = True
    zone_field = "event__organisation"
    list_display = ["name", "event", "status", "seats", "source", "checked_in_at"]
    list_filter = ["status"]
    search_fields = ["name", "email", "source"]
    list_select_related = ["event"]
