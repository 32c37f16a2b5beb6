from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutreachConfig(AppConfig):
    name = "korps.outreach"
    verbose_name = _("Outreach")

    def ready(self):
        from korps.core.navigation import PublicNavItem, register_public

        register_public(
            PublicNavItem(label=_("Ask an ambassador"), url_name="outreach:ask", order=50)
        )
        from korps.core.navigation import NavItem, register
        from korps.organisations.permissions import register as register_permission
        from korps.organisations.roles import Role

        managers = [Role.ZONE_ADMIN, Role.DIVERSITY_MANAGER, Role.RECRUITER]
        register_permission("outreach.manage_campaigns", managers)
        register_permission("outreach.view_dashboard", [*managers, Role.ANALYST])
        register_permission("outreach.manage_partners", managers)
        # The diversity manager oversees every question of the zone and can reassign it.
        register_permission("outreach.manage_questions", [Role.ZONE_ADMIN, Role.DIVERSITY_MANAGER])
        # Ambassadors answer the questions routed to them.
        register_permission("outreach.answer_questions", [Role.AMBASSADOR])
        register(
            NavItem(
                label=_("Campaigns"),
                url_name="outreach_staff:campaigns",
                permission="outreach.view_dashboard",
                order=300,
            )
        )
        register(
            NavItem(
                label=_("My questions"),
                url_name="outreach_staff:my_questions",
                permission="outreach.answer_questions",
                order=310,
            )
        )
        register(
            NavItem(
                label=_("Ambassador questions"),
                url_name="outreach_staff:questions",
                permission="outreach.manage_questions",
                order=310,
            )
        )
        register(
            NavItem(
                label=_("Partners"),
                url_name="outreach_staff:partners",
                permission="outreach.manage_partners",
                order=320,
            )
        )
