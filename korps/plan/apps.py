from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlanConfig(AppConfig):
    name = "korps.plan"
    verbose_name = _("Diversity plan")

    def ready(self):
        from korps.core.navigation import NavItem, register

        from .measures import register_monitoring_measures

        register_monitoring_measures()

        register(
            NavItem(
                label=_("Diversity plan"),
                url_name="plan:home",
                permission="plan.view_plan",
                order=150,
            )
        )
