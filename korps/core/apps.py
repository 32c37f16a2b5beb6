from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "korps.core"
    verbose_name = _("korps")

    def ready(self):
        from django.contrib.auth.signals import user_login_failed

        from . import lookups  # noqa: F401 (registers __any_of)
        from .ratelimit import login_failed

        user_login_failed.connect(login_failed, dispatch_uid="korps.core.login_failed")
        from .navigation import HomePanel, NavItem, register, register_panel

        register(
            NavItem(
                label=_("Home"),
                url_name="core:zone_home",
                permission="organisations.view_staff_home",
                order=0,
            )
        )
        register(
            NavItem(
                label=_("People and units"),
                url_name="core:members",
                permission="organisations.view_members",
                order=800,
            )
        )
        register(
            NavItem(
                label=_("Audit trail"), url_name="audit:log", permission="audit.view_log", order=900
            )
        )
        register_panel(
            HomePanel(
                template="core/staff/panels/zone_admin.html",
                permission="organisations.manage_zone",
                order=900,
                context=_zone_admin_panel,
            )
        )
        from . import demo_zone  # noqa: F401 (registers the demo zone's seeder)

        # Each app may bring a demo.py that registers its part of the demo zone.
        autodiscover_modules("demo")


def _zone_admin_panel(request, zone):
    from korps.audit.models import AuditEntry
    from korps.organisations.models import Membership, Unit

    return {
        "member_count": Membership.objects.filter(organisation=zone, is_active=True)
        .values("user")
        .distinct()
        .count(),
        "unit_count": Unit.objects.filter(organisation=zone).count(),
        "denied_count": AuditEntry.objects.filter(
            organisation=zone, action="access.denied"
        ).count(),
    }
