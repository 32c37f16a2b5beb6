from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "korps.practices"
    verbose_name = _("Practice library")

    def ready(self):
        from django.apps import apps

        from korps.core.navigation import NavItem, register

        from .adoption import into_plan, register_adopter

        # With the diversity plan installed, adopting a practice makes an action in the plan.
        if apps.is_installed("korps.plan"):
            register_adopter(into_plan)

        register(
            NavItem(
                label=_("Practice library"),
                url_name="practices:library",
                permission="practices.view_library",
                order=700,
            )
        )
