from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MonitoringConfig(AppConfig):
    name = "korps.monitoring"
    verbose_name = _("Monitoring")

    def ready(self):
        from korps.organisations.zone_defaults import register_zone_default

        from .zone_defaults import origin_categories_install, thresholds_install

        register_zone_default("origin_categories", origin_categories_install, order=30)
        register_zone_default("thresholds", thresholds_install, order=31)

        from korps.core.importing import Importer, register_importer

        from . import imports

        register_importer(
            Importer(
                "monitoring.staff",
                plan=imports.staff_plan,
                apply=imports.staff_apply,
                cells=imports.staff_cells,
            )
        )
        register_importer(
            Importer(
                "monitoring.population",
                plan=imports.population_checked,
                apply=imports.population_apply,
                cells=imports.population_cells,
            )
        )
        from korps.guidance.aggregates import register_aggregate_keeper

        from .summaries import FunnelKeeper

        register_aggregate_keeper(FunnelKeeper())
        from korps.core.erasure import register_eraser

        from .services import candidate_declaration_erase

        register_eraser(
            "candidate",
            "monitoring",
            candidate_declaration_erase,
            handles=("monitoring.Declaration",),
        )
        from korps.guidance.links import (
            CandidateLink,
            register_candidate_link,
            register_declaration_page,
        )

        register_declaration_page("monitoring:invited_declaration")

        register_candidate_link(
            CandidateLink(
                label=_("Tell us about your background (voluntary)"),
                url_name="monitoring:candidate_declaration",
                explanation=_(
                    "Your answer is never shown with your name; it only counts in "
                    "figures that show whether the selection is fair to every group."
                ),
            )
        )
        from korps.core.navigation import HomePanel, NavItem, register, register_panel

        from .panels import stumbling_blocks_panel

        register_panel(
            HomePanel(
                template="monitoring/staff/panels/stumbling_blocks.html",
                permission="monitoring.view_reports",
                order=80,
                context=stumbling_blocks_panel,
            )
        )

        register(
            NavItem(
                label=_("Monitoring"),
                url_name="monitoring:reports",
                permission="monitoring.view_reports",
                order=400,
            )
        )
        register(
            NavItem(
                label=_("Accounts and HR records"),
                url_name="monitoring:staff_accounts",
                permission="monitoring.link_staff",
                order=410,
            )
        )
        register(
            NavItem(
                label=_("Invitations to declare"),
                url_name="monitoring:invitations",
                permission="monitoring.manage_data",
                order=405,
            )
        )
        register(
            NavItem(
                label=_("My declaration"),
                url_name="monitoring:my_declaration",
                permission="organisations.view_staff_home",
                order=900,
            )
        )
