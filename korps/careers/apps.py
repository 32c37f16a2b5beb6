from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CareersConfig(AppConfig):
    name = "korps.careers"
    verbose_name = _("Career site")

    def ready(self):
        from korps.organisations.zone_defaults import register_zone_default

        from .zone_defaults import career_site_install

        register_zone_default("career_site", career_site_install, order=10)
        from korps.core.erasure import register_eraser

        from .services import candidate_lead_erase, lead_erase

        register_eraser("lead", "careers", lead_erase, handles=("careers.Lead",), last=True)
        register_eraser("candidate", "careers", candidate_lead_erase, handles=("careers.Lead",))
        from korps.core.navigation import HomePanel, NavItem, register, register_panel

        from .panels import new_leads_panel

        register_panel(
            HomePanel(
                template="careers/staff/panels/new_leads.html",
                permission="careers.view_leads",
                order=50,
                context=new_leads_panel,
            )
        )

        register(
            NavItem(
                label=_("Career site"),
                url_name="careers_staff:overview",
                permission="careers.edit_site",
                order=100,
            )
        )
        register(
            NavItem(
                label=_("Interested people"),
                url_name="careers_staff:leads",
                permission="careers.view_leads",
                order=110,
            )
        )
