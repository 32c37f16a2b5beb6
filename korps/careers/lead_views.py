"""The interested people as a workflow: the list with search, the detail page (an audited
read) with its follow-up (owner, contacted date, notes), the export, and the one click to a
candidate (the candidate form of guidance, prefilled from the lead)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView

from korps.audit.services import audit_record
from korps.core.exports import table_response
from korps.core.sources import source_names
from korps.core.translated import localized
from korps.organisations.mixins import ZonePermissionMixin
from korps.organisations.permissions import lead_owners_of

from . import selectors, services
from .staff_forms import LeadFollowUpForm


def lead_state(lead) -> str:
    if lead.unsubscribed_at:
        return _("Unsubscribed")
    if lead.contacted_on:
        return _("Contacted")
    if lead.confirmed_at:
        return _("Confirmed")
    return _("Not yet confirmed")


class LeadListView(ZonePermissionMixin, TemplateView):
    permission = "careers.view_leads"
    template_name = "careers/staff/leads.html"

    def filters(self) -> tuple[str, str]:
        status = self.request.GET.get("status", "")
        search = self.request.GET.get("q", "").strip()[:100]
        return search, status if status in selectors.LEAD_STATUSES else ""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        search, status = self.filters()
        page = Paginator(
            selectors.lead_list(organisation=self.zone, search=search, status=status), 50
        ).get_page(self.request.GET.get("page"))
        audit_record(
            actor=self.request.user,
            action="careers.leads.read",
            organisation=self.zone,
            data={"page": page.number, "ids": [lead.pk for lead in page.object_list]},
        )
        names = source_names(
            organisation=self.zone, codes={lead.source for lead in page.object_list}
        )
        for lead in page.object_list:
            lead.source_name = names.get(lead.source, "")
            lead.state = lead_state(lead)
        context.update(
            page=page,
            search=search,
            status=status,
            query=urlencode({"q": search, "status": status}),
        )
        return context


class LeadExportView(LeadListView):
    """The filtered list as CSV or XLSX, through the one export path; itself audited."""

    def get(self, request, *args, **kwargs):
        search, status = self.filters()
        leads = list(selectors.lead_list(organisation=self.zone, search=search, status=status))
        names = source_names(organisation=self.zone, codes={lead.source for lead in leads})
        language = self.zone.default_language
        rows = [
            [
                lead.name,
                lead.email if not lead.unsubscribed_at else "",
                lead.phone,
                localized(lead.job.name, language) if lead.job else "",
                lead.message,
                names.get(lead.source, ""),
                timezone.localtime(lead.created_at).strftime("%Y-%m-%d %H:%M"),
                lead_state(lead),
                (lead.owner.full_name or lead.owner.email) if lead.owner else "",
                lead.contacted_on.isoformat() if lead.contacted_on else "",
            ]
            for lead in leads
        ]
        audit_record(
            actor=request.user,
            action="careers.leads.exported",
            organisation=self.zone,
            data={
                "format": kwargs["format"],
                "q": search,
                "status": status,
                "ids": [lead.pk for lead in leads],
            },
        )
        return table_response(
            export_format=kwargs["format"],
            filename=f"interested-{self.zone.code}-{timezone.localdate()}",
            columns=[
                _("Name"),
                _("E-mail"),
                _("Phone"),
                _("Job"),
                _("Question or remark"),
                _("Source"),
                _("Since"),
                _("Status"),
                _("Owner"),
                _("Contacted on"),
            ],
            rows=rows,
            sheet_title=_("Interested people"),
        )


class LeadDetailView(ZonePermissionMixin, TemplateView):
    """One interested person: what they asked and chose, and the follow-up. Reading it is
    audited; another zone's lead is 404 like a missing one."""

    permission = "careers.view_leads"
    template_name = "careers/staff/lead.html"

    def get_lead(self):
        lead = selectors.access_lead(organisation=self.zone, pk=self.kwargs["pk"])
        if lead is None:
            raise Http404
        return lead

    def form(self, lead, data=None):
        return LeadFollowUpForm(
            data,
            owners=lead_owners_of(self.zone),
            initial={"owner": lead.owner, "contacted_on": lead.contacted_on, "notes": lead.notes},
        )

    def render_lead(self, lead, form):
        audit_record(
            actor=self.request.user, action="careers.lead.read", target=lead, organisation=self.zone
        )
        lead.source_name = source_names(organisation=self.zone, codes={lead.source}).get(
            lead.source, ""
        )
        return self.render_to_response(
            self.get_context_data(
                lead=lead,
                state=lead_state(lead),
                form=form,
                can_convert="guidance.create_candidates" in self.request.user_permissions,
            )
        )

    def get(self, request, *args, **kwargs):
        lead = self.get_lead()
        return self.render_lead(lead, self.form(lead))

    def post(self, request, *args, **kwargs):
        lead = self.get_lead()
        form = self.form(lead, request.POST)
        if form.is_valid():
            try:
                services.lead_follow_up(lead=lead, acting_user=request.user, **form.cleaned_data)
            except ValidationError as error:
                for field, errors in error.message_dict.items():
                    for message in errors:
                        form.add_error(field if field in form.fields else None, message)
            else:
                messages.success(request, _("The follow-up is saved."))
                return redirect("careers_staff:lead", zone=self.zone.code, pk=lead.pk)
        return self.render_lead(lead, form)


class LeadContactedTodayView(LeadDetailView, View):
    """One click on the lead's page: contacted today, owned by whoever clicked if nobody
    owns the lead yet."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        lead = self.get_lead()
        if lead.unsubscribed_at is None:
            services.lead_follow_up(
                lead=lead,
                acting_user=request.user,
                owner=lead.owner or request.user,
                contacted_on=lead.contacted_on or timezone.localdate(),
                notes=lead.notes,
            )
            messages.success(request, _("Marked as contacted."))
        return redirect("careers_staff:lead", zone=self.zone.code, pk=lead.pk)
