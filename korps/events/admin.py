from django.contrib import admin

from korps.organisations.admin import ZoneScopedAdmin, admin_site

from .models import Event, Signup


@admin.register(Event, site=admin_site)
class EventAdmin(ZoneScopedAdmin):
    """Seats and sign-ups change only through the staff pages, which keep the counters and
    the waiting list right; the back office shows them."""

    list_display = ["title", "starts_at", "seats", "seats_confirmed", "seats_waiting"]
    readonly_fields = ["seats", "seats_confirmed", "seats_waiting"]
    search_fields = ["title", "place"]
    date_hierarchy = "starts_at"


@admin.register(Signup, site=admin_site)
class SignupAdmin(ZoneScopedAdmin):
    zone_field = "event__organisation"
    list_display = ["name", "event", "status", "seats", "source", "checked_in_at"]
    list_filter = ["status"]
    search_fields = ["name", "email", "source"]
    list_select_related = ["event"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
