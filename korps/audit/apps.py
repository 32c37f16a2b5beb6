from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuditConfig(AppConfig):
    name = "korps.audit"
    verbose_name = _("Audit trail")

    def ready(self):
        from korps.core.navigation import NavItem, register

        register(
            NavItem(
                label=_("Audit trail"), url_name="audit:log", permission="audit.view_log", order=900
            )
        )
