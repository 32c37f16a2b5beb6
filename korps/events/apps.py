from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "korps.events"
    verbose_name = _("Job days and info sessions")

    def ready(self):
        from korps.core.erasure import register_eraser

        from .erasure import candidate_signup_erase

        register_eraser("candidate", "events", candidate_signup_erase, handles=("events.Signup",))
        from korps.core.navigation import NavItem, register

        register(
            NavItem(
                label=_("Job days"),
                url_name="events_staff:list",
                permission="events.check_in",
                order=200,
            )
        )
