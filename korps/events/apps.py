from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "korps.events"
    verbose_name = _("Job days and info sessions")

    def ready(self):
        from korps.core.erasure import register_eraser

        from .erasure import candidate_signup_erase

        register_eraser("candidate", "events", candidate_signup_erase, handles=("events.Signup",))
        from korps.core.navigation import HomePanel, NavItem, register, register_panel

        register_panel(
            HomePanel(
                template="events/staff/panels/overflow.html",
                permission="events.manage_events",
                order=55,
                context=_overflow_panel,
            )
        )

        register(
            NavItem(
                label=_("Job days"),
                url_name="events_staff:list",
                permission="events.check_in",
                order=200,
            )
        )


def _overflow_panel(request, zone):
    """Events that call for an extra session: titles and counts, no names; one query."""
    from .selectors import overflowing_events

    return {"events": list(overflowing_events(organisation=zone)[:5])}
