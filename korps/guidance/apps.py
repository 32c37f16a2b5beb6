from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuidanceConfig(AppConfig):
    name = "korps.guidance"
    verbose_name = _("Guidance of candidates")

    def ready(self):
        from korps.core.navigation import HomePanel, NavItem, register, register_panel

        register(
            NavItem(
                label=_("Candidates"),
                url_name="guidance:candidates",
                permission="guidance.view_candidates",
                order=300,
            )
        )
        register(
            NavItem(
                label=_("My mentees"),
                url_name="guidance:mentor_home",
                permission="guidance.mentor",
                order=290,
            )
        )
        from korps.outreach.selectors import register_outcome_provider

        from .selectors import outcomes_by_source

        register_outcome_provider(outcomes_by_source)
        register_panel(
            HomePanel(
                template="guidance/staff/panels/mentor.html",
                permission="guidance.mentor",
                order=100,
                context=_mentor_panel,
            )
        )


def _mentor_panel(request, zone):
    from .selectors import due_items

    return {"due": due_items(mentor=request.user, organisation=zone)[:5]}
