from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "korps.practices"
    verbose_name = _("Practice library")

    def ready(self):
        from korps.core.navigation import NavItem, register

        register(
            NavItem(
                label=_("Practice library"),
                url_name="practices:library",
                permission="practices.view_library",
                order=700,
            )
        )
