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

        from korps.core.navigation import NavItem, PublicNavItem, register, register_public

        register(
            NavItem(
                label=_("Complaints"),
                url_name="complaints_staff:cases",
                permission="complaints.view_cases",
                order=500,
            )
        )
        # Staff reports: their own entries, apart from the complaints.
        register(
            NavItem(
                label=_("Staff reports"),
                url_name="complaints_staff:staff_reports",
                permission="complaints.handle_staff_reports",
                order=510,
            )
        )
        register(
            NavItem(
                label=_("Report to the confidential counsellor"),
                url_name="complaints_staff:staff_report_home",
                permission="complaints.report_as_staff",
                order=950,
            )
        )
        register_public(
            PublicNavItem(label=_("Complaints and praise"), url_name="complaints:report", order=90)
        )
