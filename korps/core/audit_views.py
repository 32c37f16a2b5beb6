"""The audit log page and its export. The trail (korps.audit) sits at the bottom of the
layers, so every app may write to it; this page needs permissions and the layout, so it
lives in core."""

from django.core.paginator import Paginator
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView

from korps.audit.actions import action_choices
from korps.audit.selectors import audit_actions_used, audit_entry_list
from korps.audit.services import audit_record
from korps.core.audit_forms import AuditSearchForm
from korps.core.exports import table_response
from korps.organisations.mixins import ZonePermissionMixin

# An export holds at most this many entries (the newest); narrow the filter for more.
EXPORT_LIMIT = 50_000


class AuditSearchMixin(ZonePermissionMixin):
    permission = "audit.view_log"

    def search(self):
        """The form and the entries it selects; a wrong filter shows everything, with the
        form's message."""
        form = AuditSearchForm(
            self.request.GET or None,
            actions=action_choices(audit_actions_used(organisation=self.zone)),
        )
        filters = form.cleaned_data if form.is_valid() else {}
        return form, filters, audit_entry_list(organisation=self.zone, **filters)


class AuditLogView(AuditSearchMixin, TemplateView):
    """The zone administrator's search through the audit trail of their zone."""

    template_name = "audit/staff/log.html"
    page_size = 50

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form, _filters, entries = self.search()
        context["form"] = form
        context["page"] = Paginator(entries, self.page_size).get_page(self.request.GET.get("page"))
        query = self.request.GET.copy()
        query.pop("page", None)
        context["query"] = query.urlencode()
        return context


class AuditExportView(AuditSearchMixin, View):
    """The filtered trail as CSV or XLSX, through the one export path; the export is itself
    written to the trail (after the rows are read, so it is not in its own file)."""

    def get(self, request, *args, **kwargs):
        _form, filters, entries = self.search()
        entries = list(entries.select_related("actor")[:EXPORT_LIMIT])
        rows = [
            [
                timezone.localtime(entry.at).strftime("%Y-%m-%d %H:%M:%S"),
                entry.actor_display,
                entry.action_display,
                entry.action,
                entry.target_label,
                entry.target_type_display,
                entry.target_type,
                entry.target_id,
                f"{entry.request_method} {entry.request_path_display}".strip(),
            ]
            for entry in entries
        ]
        audit_record(
            actor=request.user,
            action="audit.trail.exported",
            organisation=self.zone,
            data={
                "format": kwargs["format"],
                "rows": len(rows),
                "filters": {key: str(value) for key, value in filters.items() if value},
            },
        )
        return table_response(
            export_format=kwargs["format"],
            filename=f"audit-{self.zone.code}-{timezone.localdate()}",
            columns=[
                _("When"),
                _("Who"),
                _("Action"),
                _("Action code"),
                _("Record"),
                _("Record type"),
                _("Record type code"),
                _("Record id"),
                _("Request"),
            ],
            rows=rows,
            sheet_title=_("Audit trail"),
        )
