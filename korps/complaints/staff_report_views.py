"""Staff reports' pages. Every member of a zone reports at /z/<zone>/staff-report/ and reads
their own reports there; the confidential counsellor has the list by what is due and each
report's page. A report is shown to its reporter and the counsellor only: to every other
member it does not exist (404, as for another zone's), so a complaints officer or the
independent reviewer never learns of one. Every read of a report is audited with its
reader."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from korps.audit.services import audit_record
from korps.organisations.mixins import ZonePermissionMixin

from . import staff_reports
from .staff_models import StaffReport
from .staff_report_forms import HearForm, StaffCloseForm, StaffMessageForm, StaffReportForm


class StaffReportHomeView(ZonePermissionMixin, TemplateView):
    """The form to report, and the reporter's own reports."""

    permission = "complaints.report_as_staff"
    template_name = "complaints/staff_reports/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", StaffReportForm())
        context["reports"] = staff_reports.reports_of_reporter(
            organisation=self.zone, user=self.request.user
        )
        return context

    def post(self, request, *args, **kwargs):
        form = StaffReportForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        try:
            report = staff_reports.staff_report_create(
                organisation=self.zone,
                reporter=request.user,
                kind=form.cleaned_data["kind"],
                what=form.cleaned_data["what"],
            )
        except staff_reports.StaffReportError as error:
            form.add_error(None, error.message)
            return self.render_to_response(self.get_context_data(form=form), status=400)
        messages.success(
            request, _("Your report was received. The confidential counsellor will contact you.")
        )
        return redirect("complaints_staff:staff_report", zone=self.zone.code, pk=report.pk)


class StaffReportListView(ZonePermissionMixin, TemplateView):
    """The confidential counsellor's list, those due first on top."""

    permission = "complaints.handle_staff_reports"
    template_name = "complaints/staff_reports/list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        show_all = self.request.GET.get("all") == "1"
        rows = staff_reports.counsellor_list(organisation=self.zone, open_only=not show_all)
        audit_record(
            actor=self.request.user,
            action="complaints.staff_reports.listed",
            organisation=self.zone,
            data={"ids": [report.pk for report, _clock in rows]},
        )
        context.update(rows=rows, show_all=show_all)
        return context


class StaffReportAccessMixin(ZonePermissionMixin):
    permission = "complaints.report_as_staff"
    template_name = "complaints/staff_reports/report.html"

    def get_report(self) -> StaffReport:
        """The zone's report for its reporter and the counsellor; 404 alike for everyone
        else and for another zone's."""
        try:
            report = staff_reports.report_detail(organisation=self.zone, pk=self.kwargs["pk"])
        except StaffReport.DoesNotExist:
            raise Http404 from None
        if not staff_reports.may_read(self.request.user, report):
            raise Http404
        return report

    def page(self, report: StaffReport, *, status=200, **forms):
        audit_record(
            actor=self.request.user,
            action="complaints.staff_report.read",
            target=report,
            organisation=self.zone,
        )
        counsels = staff_reports.counsels(self.request.user, self.zone)
        initial = {"version": report.version}
        context = {
            "report": report,
            "counsels": counsels,
            "clock": staff_reports.report_clocks(report)[0] if counsels else None,
            "hear_form": HearForm(initial=initial),
            "close_form": StaffCloseForm(initial=initial),
            "message_form": StaffMessageForm(),
            **forms,
        }
        return self.render_to_response(self.get_context_data(**context), status=status)


class StaffReportView(StaffReportAccessMixin, TemplateView):
    def get(self, request, *args, **kwargs):
        return self.page(self.get_report())


class StaffReportActionView(StaffReportAccessMixin, TemplateView):
    """One POST per action: who may (403), the form (400 with its errors), the service (its
    refusal as a form error)."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        handler = getattr(self, f"do_{kwargs['action']}", None)
        if handler is None:
            raise Http404
        return handler(self.get_report())

    def run(self, report, form_name, form, call):
        if not form.is_valid():
            return self.page(report, status=400, **{form_name: form})
        try:
            call(form.cleaned_data)
        except staff_reports.StaffReportError as error:
            form.add_error(None, error.message)
            return self.page(report, status=400, **{form_name: form})
        messages.success(self.request, _("Saved."))
        return redirect("complaints_staff:staff_report", zone=self.zone.code, pk=report.pk)

    def must_counsel(self):
        if not staff_reports.counsels(self.request.user, self.zone):
            raise PermissionDenied

    def do_hear(self, report):
        self.must_counsel()
        return self.run(
            report,
            "hear_form",
            HearForm(self.request.POST),
            lambda data: staff_reports.staff_report_hear(
                report=report,
                version=data["version"],
                heard_at=data["heard_at"],
                acting_user=self.request.user,
            ),
        )

    def do_close(self, report):
        self.must_counsel()
        return self.run(
            report,
            "close_form",
            StaffCloseForm(self.request.POST),
            lambda data: staff_reports.staff_report_close(
                report=report,
                version=data["version"],
                reason=data["reason"],
                acting_user=self.request.user,
            ),
        )

    def do_message(self, report):
        return self.run(
            report,
            "message_form",
            StaffMessageForm(self.request.POST),
            lambda data: staff_reports.staff_report_message(
                report=report, body=data["body"], acting_user=self.request.user
            ),
        )
