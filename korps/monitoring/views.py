import datetime as dt
from urllib.parse import urlencode

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View

from korps.core.exports import Section, sections_response
from korps.core.import_views import PreviewImportView
from korps.disclosure.cells import LEGEND, Cell, spreadsheet_value
from korps.organisations.mixins import ZonePermissionMixin

from . import charts, pdf, selectors, services, staff_selectors
from .breakdowns import ORIGIN, breakdown_choices, breakdown_of
from .forms import (
    PeriodForm,
    PopulationFigureForm,
    PopulationImportForm,
    StaffAccountForm,
    StaffImportForm,
)
from .models import PopulationFigure, StaffMember, origin_groups
from .periods import month_of
from .statistics import PValue

REPORTS = {
    "composition": (selectors.composition_report, charts.shares_svg),
    "funnel": (selectors.funnel_report, charts.pass_rates_svg),
    "retention": (selectors.retention_report, charts.retention_svg),
    "summary": (selectors.summary_report, charts.shares_svg),
    "outreach": (selectors.outreach_report, charts.shares_svg),
}
EXPORT_FORMATS = ("csv", "xlsx", "pdf")
# The funnel's basis of the pass rate, as the reader chooses it (see funnel.py).
BASIS_LABELS = {"sat": gettext_lazy("sat the test"), "entered": gettext_lazy("entered")}


def _report_choices(report_key: str, query, zone) -> tuple:
    """The period, the report's own choices (the funnel's basis, the breakdown) as the
    report's arguments, and those choices as query parameters, from the page's or the
    export's query string; a wrong value gives the default."""
    period = PeriodForm(query or None).period()
    extra, arguments = {}, {}
    if report_key == "funnel":
        basis = query.get("basis")
        extra["basis"] = basis if basis in selectors.BASES else selectors.DEFAULT_BASIS
        arguments["basis"] = extra["basis"]
    key = query.get("breakdown", "")
    if key and key != ORIGIN:
        breakdown = breakdown_of(zone, key, report_key)
        if breakdown is not None:
            extra["breakdown"], arguments["breakdown"] = key, breakdown
    return period, arguments, extra, {**period.params(), **extra}


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
        period, arguments, extra, params = _report_choices(self.report, self.request.GET, self.zone)
        report = build(organisation=self.zone, period=period, **arguments)
        context.update(
            report=report,
            report_key=self.report,
            legend=LEGEND,
            chart_svg=draw(report.chart),
            trend_svg=charts.trend_svg(report.trend),
            period_form=form,
            period_query=urlencode(params),
            presets=[(label, urlencode({**preset, **extra})) for label, preset in _presets()],
            basis=extra.get("basis"),
            bases=list(BASIS_LABELS.items()),
            breakdown=extra.get("breakdown", ORIGIN),
            breakdowns=breakdown_choices(self.zone, self.report),
            benchmark=selectors.benchmark_description(self.zone),
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
        period, arguments, _extra, params = _report_choices(
            kwargs["report"], request.GET, self.zone
        )
        report = REPORTS[kwargs["report"]][0](organisation=self.zone, period=period, **arguments)
        services.report_exported(
            acting_user=request.user,
            organisation=self.zone,
            report=kwargs["report"],
            export_format=kwargs["format"],
            params={
                "threshold": report.threshold,
                "on": timezone.localdate().isoformat(),
                **params,
            },
        )
        filename = "-".join(
            [kwargs["report"], self.zone.code, *params.values(), str(timezone.localdate())]
        )
        if kwargs["format"] == "pdf":
            return pdf.pdf_response(
                request,
                zone=self.zone,
                key=kwargs["report"],
                report=report,
                chart_svg=REPORTS[kwargs["report"]][1](report.chart),
                filename=filename,
            )
        return sections_response(
            export_format=kwargs["format"],
            filename=filename,
            sections=[
                Section(
                    key=section.key,
                    title=section.title,
                    columns=section.columns,
                    rows=[[_exported(v) for v in row] for row in section.rows],
                )
                for section in report.sections
            ],
            legend=str(LEGEND),
            separator=request.GET.get("sep"),
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
        context["benchmark"] = selectors.benchmark_description(self.zone)
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


def _exported(value):
    """A report cell for a spreadsheet: a shown count as a number, a hidden one as the mark,
    a rate or ratio as a number of three decimals (a p-value with its own digits)."""
    if isinstance(value, Cell):
        return spreadsheet_value(value)
    if isinstance(value, PValue):
        return value
    if isinstance(value, float):
        return round(value, 3)
    return value
