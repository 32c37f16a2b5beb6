"""The public side on the zone's site: the report form, the receipt (page and PDF), and the
page an anonymous or named complainant opens with the receipt code.

The receipt code travels only in POST bodies, never in a URL (addresses end up in logs and
browser histories). An unknown code, a malformed one and another zone's all get the same
answer, and every look-up counts against the address's limit."""

from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from korps.audit import labels
from korps.audit.services import audit_record
from korps.core.public import ZonePublicMixin
from korps.core.ratelimit import PUBLIC_FORM_ADDRESS_LIMIT, allow, client_address

from .forms import ComplainantMessageForm, ReceiptCodeForm, ReportForm, SatisfactionForm
from .intake import (
    IntakeError,
    Submission,
    case_by_receipt,
    case_submit,
    message_from_complainant,
    satisfaction_answer,
)
from .models import CaseStatus, format_receipt_code

# Reports per address: a community centre may help many people from one address.
REPORT_ADDRESS_LIMIT = PUBLIC_FORM_ADDRESS_LIMIT
# Look-ups by receipt code per address: enough for a person who mistypes, far too few to
# guess a code of 79 bits.
RECEIPT_LOOKUP_LIMIT = (30, 600)

TOO_MANY = _("Too many requests from here in a short time. Please try again in a few minutes.")


class ReportView(ZonePublicMixin, TemplateView):
    """Tell the zone about a police action, discrimination, a hate incident, or praise."""

    template_name = "complaints/public/report.html"

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=ReportForm()))

    def post(self, request, *args, **kwargs):
        form = ReportForm(request.POST, request.FILES)
        if form.is_valid():
            if not allow(
                "complaint-ip",
                client_address(request),
                limit=REPORT_ADDRESS_LIMIT[0],
                window_seconds=REPORT_ADDRESS_LIMIT[1],
            ):
                form.add_error(None, TOO_MANY)
                return self.render_to_response(self.get_context_data(form=form), status=429)
            data = form.cleaned_data
            submission = Submission(
                kind=data["kind"],
                anonymous=data["anonymous"],
                language=translation.get_language(),
                what=data["what"],
                where=data["where"],
                occurred_on=data["occurred_on"],
                occurred_when=data["occurred_when"],
                who=data["who"],
                wish=data["wish"],
                name=data["name"],
                email=data["email"],
                phone=data["phone"],
            )
            try:
                case, code = case_submit(
                    organisation=self.zone,
                    submission=submission,
                    attachments=data["attachments"],
                )
            except IntakeError as error:
                form.add_error("attachments", error.message)
            else:
                # The code is shown on this page once; korps keeps only its digest.
                return TemplateResponse(
                    request,
                    "complaints/public/receipt.html",
                    self.get_context_data(case=case, code=code),
                )
        return self.render_to_response(self.get_context_data(form=form), status=400)


class CodeLookupMixin(ZonePublicMixin):
    """Finds the zone's case from the code in the POST body, rate-limited per address."""

    def looked_up(self, request):
        """(case or None, form, refused): `refused` when the address is over its limit."""
        form = ReceiptCodeForm(request.POST)
        if not allow(
            "receipt-ip",
            client_address(request),
            limit=RECEIPT_LOOKUP_LIMIT[0],
            window_seconds=RECEIPT_LOOKUP_LIMIT[1],
        ):
            form.is_valid()
            form.add_error(None, TOO_MANY)
            return None, form, True
        if not form.is_valid():
            return None, form, False
        case = case_by_receipt(self.zone, form.cleaned_data["code"])
        if case is None:
            form.add_error(
                "code",
                _("We found no case with this code. Check it against your receipt."),
            )
        return case, form, False

    def not_found(self, form, refused):
        return self.render_to_response_for(
            "complaints/public/follow_code.html", {"form": form}, 429 if refused else 200
        )

    def render_to_response_for(self, template, context, status=200):
        return self.response_class(
            request=self.request,
            template=[template],
            context=self.get_context_data(**context),
            using=self.template_engine,
            status=status,
        )

    def case_page(self, case, *, status=200, **extra):
        """The complainant's page: status, outcome per allegation, thread, forms."""
        audit_record(
            actor=None,
            actor_label=labels.COMPLAINANT,
            action="complaints.case.read_by_complainant",
            target=case,
            organisation=self.zone,
        )
        allegations = list(case.allegations.select_related("category"))
        thread = list(case.messages.all())
        context = {
            "case": case,
            "code": format_receipt_code(self.request.POST.get("code", "")),
            "allegations": allegations,
            "thread": thread,
            "message_form": extra.pop("message_form", None) or ComplainantMessageForm(),
            "can_answer": case.status == CaseStatus.CLOSED and not hasattr(case, "satisfaction"),
            "satisfaction_form": extra.pop("satisfaction_form", None) or SatisfactionForm(),
            **extra,
        }
        return self.render_to_response_for("complaints/public/follow.html", context, status)


class FollowView(CodeLookupMixin, TemplateView):
    """Type the receipt code, read the case."""

    template_name = "complaints/public/follow_code.html"

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=ReceiptCodeForm()))

    def post(self, request, *args, **kwargs):
        case, form, refused = self.looked_up(request)
        if case is None:
            return self.not_found(form, refused)
        return self.case_page(case)


class FollowMessageView(CodeLookupMixin, TemplateView):
    """The complainant answers in the thread."""

    template_name = "complaints/public/follow_code.html"

    def post(self, request, *args, **kwargs):
        case, form, refused = self.looked_up(request)
        if case is None:
            return self.not_found(form, refused)
        message_form = ComplainantMessageForm(request.POST, request.FILES)
        if message_form.is_valid():
            try:
                message_from_complainant(
                    case=case,
                    body=message_form.cleaned_data["body"],
                    attachments=message_form.cleaned_data["attachments"],
                )
            except IntakeError as error:
                message_form.add_error(None, error.message)
            else:
                return self.case_page(case, sent=True)
        return self.case_page(case, status=400, message_form=message_form)


class FollowSatisfactionView(CodeLookupMixin, TemplateView):
    """The two questions after closing."""

    template_name = "complaints/public/follow_code.html"

    def post(self, request, *args, **kwargs):
        case, form, refused = self.looked_up(request)
        if case is None:
            return self.not_found(form, refused)
        satisfaction_form = SatisfactionForm(request.POST)
        if satisfaction_form.is_valid():
            try:
                satisfaction_answer(case=case, **satisfaction_form.cleaned_data)
            except IntakeError as error:
                satisfaction_form.add_error(None, error.message)
            else:
                case.refresh_from_db()
                return self.case_page(case, answered=True)
        return self.case_page(case, status=400, satisfaction_form=satisfaction_form)


class ReceiptPdfView(CodeLookupMixin, TemplateView):
    """The receipt to keep, as a PDF, for whoever holds the code."""

    template_name = "complaints/public/follow_code.html"

    def post(self, request, *args, **kwargs):
        case, form, refused = self.looked_up(request)
        if case is None:
            return self.not_found(form, refused)
        from weasyprint import CSS, HTML

        html = render_to_string(
            "complaints/public/receipt_pdf.html",
            {
                "zone": self.zone,
                "case": case,
                "code": format_receipt_code(form.cleaned_data["code"]),
                "generated": timezone.now(),
            },
            request=request,
        )
        stylesheet = CSS(filename=finders.find("complaints/receipt-pdf.css"))
        response = HttpResponse(
            HTML(string=html).write_pdf(stylesheets=[stylesheet]), content_type="application/pdf"
        )
        response["Content-Disposition"] = f'attachment; filename="receipt-{case.reference}.pdf"'
        return response
