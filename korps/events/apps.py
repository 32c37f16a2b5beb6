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
        from korps.organisations.permissions import register as register_permission
        from korps.organisations.roles import Role

        register_permission(
            "events.manage_events", [Role.ZONE_ADMIN, Role.DIVERSITY_MANAGER, Role.RECRUITER]
        )
        # Ambassadors staff the door at job days: they may check people in.
        register_permission(
            "events.check_in",
            [Role.ZONE_ADMIN, Role.DIVERSITY_MANAGER, Role.RECRUITER, Role.AMBASSADOR],
        )
        register(
            NavItem(
                label=_("Job days"),
                url_name="events_staff:list",
                permission="events.check_in",
                order=200,
            )
        )
