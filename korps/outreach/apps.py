from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutreachConfig(AppConfig):
    name = "korps.outreach"
    verbose_name = _("Outreach")

    def ready(self):
        from korps.core.sources import register_source_namer

        from .selectors import action_source_names

        register_source_namer(action_source_names)
        from korps.core.navigation import HomePanel, register_panel

        register_panel(
            HomePanel(
                template="outreach/staff/panels/questions.html",
                permission="outreach.manage_questions",
                order=70,
                context=_questions_panel,
            )
        )
        from korps.core.navigation import PublicNavItem, register_public

        register_public(
            PublicNavItem(label=_("Ask an ambassador"), url_name="outreach:ask", order=50)
        )
        from korps.core.navigation import NavItem, register

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


# A question unanswered for this many days shows as late on the home page.
QUESTION_LATE_AFTER_DAYS = 3


def _questions_panel(request, zone):
    """Counts only (no names): one query."""
    import datetime as dt

    from django.utils import timezone

    from .selectors import questions_waiting

    late_before = timezone.now() - dt.timedelta(days=QUESTION_LATE_AFTER_DAYS)
    return {
        **questions_waiting(organisation=zone, late_before=late_before),
        "late_after_days": QUESTION_LATE_AFTER_DAYS,
    }
