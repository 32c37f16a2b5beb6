"""The audit log page. The trail (korps.audit) sits at the bottom of the layers, so every app
may write to it; this page needs permissions and the layout, so it lives in core."""

from django.core.paginator import Paginator
from django.views.generic import TemplateView

from korps.audit.selectors import audit_entry_list
from korps.core.audit_forms import AuditSearchForm
from korps.organisations.mixins import ZonePermissionMixin


class AuditLogView(ZonePermissionMixin, TemplateView):
    """The zone administrator's search through the audit trail of their zone."""

    permission = "audit.view_log"
    template_name = "audit/staff/log.html"
    page_size = 50

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = AuditSearchForm(self.request.GET or None)
        filters = form.cleaned_data if form.is_valid() else {}
        entries = audit_entry_list(organisation=self.zone, **filters)
        context["form"] = form
        context["page"] = Paginator(entries, self.page_size).get_page(self.request.GET.get("page"))
        query = self.request.GET.copy()
        query.pop("page", None)
        context["query"] = query.urlencode()
        return context
