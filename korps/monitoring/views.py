import datetime as dt
from urllib.parse import urlencode

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import TemplateView, View

from korps.audit import labels
from korps.audit.services import audit_record
from korps.core.exports import Section, sections_response
from korps.core.import_views import PreviewImportView
from korps.core.links import link_resolve
from korps.disclosure.cells import LEGEND, display
from korps.guidance.models import Candidate
from korps.organisations.mixins import ZonePermissionMixin
from korps.organisations.scoping import PersonalLinkMixin

from . import charts, selectors, services, staff_selectors
from .forms import (
    DECLARATION_CONSENT,
    DeclarationForm,
    PeriodForm,
    PopulationFigureForm,
    PopulationImportForm,
    StaffAccountForm,
    StaffImportForm,
)
from .models import Declaration, PopulationFigure, StaffMember, origin_groups
from .periods import month_of

REPORTS = {
    "composition": (selectors.composition_report, charts.shares_svg),
    "funnel": (selectors.funnel_report, charts.pass_rates_svg),
    "retention": (selectors.retention_report, charts.pass_rates_svg),
    "summary": (selectors.summary_report, charts.shares_svg),
    "outreach": (selectors.outreach_report, charts.shares_svg),
}
EXPORT_FORMATS = ("csv", "xlsx", "pdf")


def _presets() -> list[tuple[str, dict]]:
    """Periods one click away: this year, last year, the last twelve months, everything."""
    today = timezone.localdate()
    twelve_ago = month_of(today - dt.timedelta(days=334))
    return [
        (_("This year"), {"start": f"{today.year}-01"}),
        (_("Last year"), {"start": f"{today.year - 1}-01", "end": f"{today.year - 1}-12"}),
        (_("Last 12 months"), {"start": f"{twelve_ago:%Y-%m}"}),
        (_("Everything"), {}),
    ]


class ReportView(ZonePermissionMixin, TemplateView):
    permission = "monitoring.view_reports"
    template_name = "monitoring/staff/report.html"
    report = ""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        build, draw = REPORTS[self.report]
        form = PeriodForm(self.request.GET or None)
        period = form.period()
        report = build(organisation=self.zone, period=period)
        context.update(
            report=report,
            report_key=self.report,
            legend=LEGEND,
            chart_svg=draw(report.chart),
            trend_svg=charts.trend_svg(report.trend),
            period_form=form,
            period_query=urlencode(period.params()),
            presets=[(label, urlencode(params)) for label, params in _presets()],
        )
        return context


class CompositionView(ReportView):
    report = "composition"


class FunnelView(ReportView):
    report = "funnel"


class RetentionView(ReportView):
    report = "retention"


class SummaryView(ReportView):
    report = "summary"


class OutreachView(ReportView):
    report = "outreach"


class ExportView(ZonePermissionMixin, View):
    permission = "monitoring.view_reports"

    def get(self, request, *args, **kwargs):
        if kwargs["report"] not in REPORTS or kwargs["format"] not in EXPORT_FORMATS:
            raise Http404
        period = PeriodForm(request.GET or None).period()
        report = REPORTS[kwargs["report"]][0](organisation=self.zone, period=period)
        services.report_exported(
            acting_user=request.user,
            organisation=self.zone,
            report=kwargs["report"],
            export_format=kwargs["format"],
            params={
                "threshold": report.threshold,
                "on": timezone.localdate().isoformat(),
                **period.params(),
            },
        )
        filename = "-".join(
            [kwargs["report"], self.zone.code, *period.params().values(), str(timezone.localdate())]
        )
        if kwargs["format"] == "pdf":
            return _pdf_response(request, self.zone, kwargs["report"], report, filename)
        return sections_response(
            export_format=kwargs["format"],
            filename=filename,
            sections=[
                Section(
                    key=section.key,
                    title=section.title,
                    columns=section.columns,
                    rows=[[display(v) for v in row] for row in section.rows],
                )
                for section in report.sections
            ],
            legend=str(LEGEND),
        )


class StaffImportView(ZonePermissionMixin, PreviewImportView):
    """The HR export: upload, preview, confirm."""

    permission = "monitoring.manage_data"
    template_name = "monitoring/staff/import.html"
    form_class = StaffImportForm
    import_kind = "monitoring.staff"
    url_name = "monitoring:staff_import"
    done_url_name = "monitoring:reports"

    def done_message(self, counts):
        return _("The HR export is imported; %(linked)s accounts are newly linked.") % counts


class PopulationImportView(ZonePermissionMixin, PreviewImportView):
    """Official population figures from a file: upload, preview, confirm."""

    permission = "monitoring.manage_data"
    template_name = "monitoring/staff/population_import.html"
    form_class = PopulationImportForm
    import_kind = "monitoring.population"
    url_name = "monitoring:population_import"
    done_url_name = "monitoring:population"

    def done_message(self, counts):
        return _("The population figures are imported: %(created)s new, %(updated)s changed.") % (
            counts
        )


class PopulationView(ZonePermissionMixin, TemplateView):
    permission = "monitoring.manage_data"
    template_name = "monitoring/staff/population.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", PopulationFigureForm(organisation=self.zone))
        context["figures"] = PopulationFigure.objects.filter(organisation=self.zone).select_related(
            "municipality"
        )
        context["group_labels"] = dict(origin_groups(self.zone))
        return context

    def post(self, request, *args, **kwargs):
        form = PopulationFigureForm(request.POST, organisation=self.zone)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        services.population_figure_save(
            organisation=self.zone, acting_user=request.user, **form.cleaned_data
        )
        messages.success(request, _("The figure is saved."))
        return redirect("monitoring:population", zone=self.zone.code)


class MyDeclarationView(ZonePermissionMixin, TemplateView):
    """A staff member's own declaration, for the HR record linked to their account (by the
    HR export's e-mail column or a zone administrator), never for a number typed in. Nothing
    here says whether any other number has declared."""

    permission = "organisations.view_staff_home"
    template_name = "monitoring/staff/my_declaration.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        record = staff_selectors.staff_record_of(user=self.request.user, organisation=self.zone)
        declaration = (
            staff_selectors.staff_declaration_of(record=record) if record is not None else None
        )
        context.update(
            record=record,
            declaration=declaration,
            declaration_origin=_origin_label(self.zone, declaration),
        )
        context.setdefault("form", DeclarationForm(organisation=self.zone))
        return context

    def post(self, request, *args, **kwargs):
        record = staff_selectors.staff_record_of(user=request.user, organisation=self.zone)
        if record is None:
            return self.render_to_response(self.get_context_data(), status=400)
        if "withdraw" in request.POST:
            declaration = staff_selectors.staff_declaration_of(record=record)
            if declaration is not None:
                services.declaration_withdraw(declaration=declaration, acting_user=request.user)
                messages.success(request, _("Your declaration is withdrawn and erased."))
            return redirect("monitoring:my_declaration", zone=self.zone.code)
        form = DeclarationForm(request.POST, organisation=self.zone)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        services.declaration_save(
            organisation=self.zone,
            staff_number=record.staff_number,
            gender=form.cleaned_data["gender"],
            origin_group=form.cleaned_data["origin_group"],
            consent_text=str(DECLARATION_CONSENT),
            acting_user=request.user,
        )
        messages.success(request, _("Thank you: your declaration is saved."))
        return redirect("monitoring:my_declaration", zone=self.zone.code)


class StaffAccountsView(ZonePermissionMixin, TemplateView):
    """The zone administrator links members' accounts to their HR records."""

    permission = "monitoring.link_staff"
    template_name = "monitoring/staff/staff_accounts.html"

    def accounts(self):
        return staff_selectors.zone_accounts(organisation=self.zone)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", StaffAccountForm(accounts=self.accounts()))
        context["linked"] = staff_selectors.staff_linked(organisation=self.zone)
        return context

    def post(self, request, *args, **kwargs):
        if "unlink" in request.POST:
            pk = request.POST["unlink"]
            linked = staff_selectors.staff_linked(organisation=self.zone)
            record = linked.filter(pk=pk).first() if pk.isdigit() else None
            if record is not None:
                services.staff_member_unlink_account(staff_member=record, acting_user=request.user)
                messages.success(request, _("The link is removed."))
            return redirect("monitoring:staff_accounts", zone=self.zone.code)
        form = StaffAccountForm(request.POST, accounts=self.accounts())
        record = None
        if form.is_valid():
            record = StaffMember.objects.filter(
                organisation=self.zone, staff_number=form.cleaned_data["staff_number"].strip()
            ).first()
            if record is None:
                form.add_error("staff_number", _("No line of the HR export has this number."))
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        try:
            services.staff_member_link_account(
                staff_member=record, account=form.cleaned_data["account"], acting_user=request.user
            )
        except services.MonitoringError as error:
            form.add_error("account", error.message)
            return self.render_to_response(self.get_context_data(form=form), status=400)
        messages.success(request, _("The account is linked to the HR record."))
        return redirect("monitoring:staff_accounts", zone=self.zone.code)


class CandidateDeclarationView(PersonalLinkMixin, TemplateView):
    """The candidate's own declaration, reached by their personal guidance link."""

    template_name = "monitoring/public/declaration.html"
    link_model = Candidate

    def get_candidate(self):
        return link_resolve(
            Candidate.objects.select_related("organisation").filter(pseudonymised_at__isnull=True),
            "guidance",
            self.kwargs["token"],
            holder=labels.CANDIDATE,
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        candidate = self.get_candidate()
        declaration = Declaration.objects.filter(
            candidate=candidate, withdrawn_at__isnull=True
        ).first()
        audit_record(
            actor=None,
            action="monitoring.declaration.read_by_candidate",
            target=candidate,
            organisation=candidate.organisation,
        )
        context.update(
            token=self.kwargs["token"],
            candidate=candidate,
            zone=candidate.organisation,
            declaration=declaration,
            declaration_origin=_origin_label(candidate.organisation, declaration),
        )
        context.setdefault("form", DeclarationForm(organisation=candidate.organisation))
        return context

    def post(self, request, *args, **kwargs):
        candidate = self.get_candidate()
        if "withdraw" in request.POST:
            declaration = Declaration.objects.filter(candidate=candidate).first()
            if declaration is not None:
                services.declaration_withdraw(declaration=declaration)
            return redirect("monitoring:candidate_declaration", token=kwargs["token"])
        form = DeclarationForm(request.POST, organisation=candidate.organisation)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        services.declaration_save(
            organisation=candidate.organisation,
            candidate=candidate,
            gender=form.cleaned_data["gender"],
            origin_group=form.cleaned_data["origin_group"],
            consent_text=str(DECLARATION_CONSENT),
        )
        return redirect("monitoring:candidate_declaration", token=kwargs["token"])


def _origin_label(zone, declaration) -> str:
    if declaration is None:
        return ""
    return str(dict(origin_groups(zone)).get(declaration.origin_group, ""))


def _pdf_response(request, zone, key, report, filename) -> HttpResponse:
    """The report as a PDF (WeasyPrint), with the same chart as the page."""
    from django.contrib.staticfiles import finders
    from django.template.loader import render_to_string
    from weasyprint import CSS, HTML

    html = render_to_string(
        "monitoring/staff/report_pdf.html",
        {
            "report": report,
            "zone": zone,
            "report_key": key,
            "legend": LEGEND,
            "generated": timezone.now(),
            "chart_svg": REPORTS[key][1](report.chart),
            "trend_svg": charts.trend_svg(report.trend),
        },
        request=request,
    )
    stylesheet = CSS(filename=finders.find("monitoring/report-pdf.css"))
    response = HttpResponse(
        HTML(string=html).write_pdf(stylesheets=[stylesheet]), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.pdf"'
    return response
