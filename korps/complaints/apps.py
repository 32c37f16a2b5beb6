from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ComplaintsConfig(AppConfig):
    name = "korps.complaints"
    verbose_name = _("Complaints")

    def ready(self):
        from korps.organisations.zone_defaults import register_zone_default

        from .zone_defaults import categories_install, settings_install

        register_zone_default("complaint_categories", categories_install, order=40)
        register_zone_default("complaints_settings", settings_install, order=41)
