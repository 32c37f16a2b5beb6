"""The handler's side: the zone's case list and one case's page with its actions. Every read
of a case is audited with its reader. A complaints officer never reaches a case about
themselves or their units (404, as for another zone's); the independent reviewer reads every
case."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from korps.audit.services import audit_record
from korps.organisations.mixins import ZonePermissionMixin
from korps.organisations.models import Unit
from korps.organisations.permissions import (
    can_handle_case,
    can_review_case,
    complaints_officers_of,
    has_permission,
)

from . import selectors, services
from .clock_views import ClockActionsMixin, clock_context
from .forms import (
    AllegationForm,
    AssignForm,
    CaseFilterForm,
    CloseForm,
    HandlerMessageForm,
    OutcomeForm,
    ReopenForm,
    RouteForm,
    VersionForm,
)
from .models import Allegation, Case

PAGE_SIZE = 50


def reviews(user, zone) -> bool:
    return has_permission(user, "complaints.review_cases", zone)


class CaseListView(ZonePermissionMixin, TemplateView):
    permission = "complaints.view_cases"
    template_name = "complaints/staff/cases.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = CaseFilterForm(self.request.GET or None, initial={"status": "open"})
        filters = form.cleaned_data if form.is_valid() else {"q": "", "status": "open", "kind": ""}
        if not self.request.GET:
            filters["status"] = "open"
        cases = selectors.case_list(
            organisation=self.zone,
            search=filters["q"].strip(),
            status=filters["status"],
            kind=filters["kind"],
            hide_concerning=None if reviews(self.request.user, self.zone) else self.request.user,
        )
        page = Paginator(cases, PAGE_SIZE).get_page(self.request.GET.get("page"))
        audit_record(
            actor=self.request.user,
            action="complaints.cases.listed",
            organisation=self.zone,
            data={"ids": [case.pk for case in page.object_list]},
        )
        context.update(
            form=form,
            page=page,
            query=urlencode({key: filters[key] for key in ("q", "status", "kind")}),
        )
        return context


class CaseAccessMixin(ZonePermissionMixin):
    permission = "complaints.view_cases"

    def get_case(self) -> Case:
        """The zone's case, or 404 alike for another zone's and for one about the reader."""
        try:
            case = selectors.case_detail(organisation=self.zone, pk=self.kwargs["pk"])
        except Case.DoesNotExist:
            raise Http404 from None
        user = self.request.user
        if not self.may_read(user, case):
            raise Http404
        return case

    def may_read(self, user, case: Case) -> bool:
        """The reviewer reads every case; an officer every case that does not concern them,
        and the case they were assigned to (by the reviewer's override when it concerns them)."""
        return (
            reviews(user, self.zone)
            or case.handler_id == user.pk
            or not selectors.handler_concerned(user, case)
        )

    def page(self, case: Case, *, status=200, **forms):
        """The case page; `forms` replace the empty ones (a refused form keeps its text)."""
        audit_record(
            actor=self.request.user,
            action="complaints.case.read",
            target=case,
            organisation=self.zone,
        )
        user = self.request.user
        initial = {"version": case.version}
        context = {
            "case": case,
            "handles": can_handle_case(user, case),
            "reviews": can_review_case(user, case),
            "assign_form": AssignForm(
                initial={**initial, "handler": case.handler_id},
                officers=complaints_officers_of(self.zone),
            ),
            "route_form": RouteForm(initial={**initial, "route": case.route}),
            "allegation_form": AllegationForm(
                initial=initial,
                categories=selectors.categories_of(self.zone),
                units=Unit.objects.filter(organisation=self.zone),
            ),
            "outcome_forms": {
                allegation.pk: OutcomeForm(
                    initial={
                        **initial,
                        "allegation": allegation.pk,
                        "outcome": allegation.outcome,
                        "reasons": allegation.outcome_reasons,
                        "lesson_person": allegation.lesson_person,
                        "lesson_organisation": allegation.lesson_organisation,
                    },
                    prefix=f"a{allegation.pk}",
                )
                for allegation in case.allegations.all()
            },
            "close_form": CloseForm(initial=initial),
            "reopen_form": ReopenForm(initial=initial),
            "message_form": HandlerMessageForm(),
        }
        context.update(clock_context(case))
        for name, form in forms.items():
            if name.startswith("outcome_form_"):
                context["outcome_forms"][int(name.removeprefix("outcome_form_"))] = form
            else:
                context[name] = form
        return self.render_to_response(self.get_context_data(**context), status=status)


class CaseDetailView(CaseAccessMixin, TemplateView):
    template_name = "complaints/staff/case.html"

    def get(self, request, *args, **kwargs):
        return self.page(self.get_case())


class CaseActionView(ClockActionsMixin, CaseAccessMixin, TemplateView):
    """One POST per action (`do_<action>`): permission first (403), then the form (400 with
    its errors), then the service (its refusal as a form error; a stale version, 409)."""

    template_name = "complaints/staff/case.html"
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        handler = getattr(self, f"do_{kwargs['action']}", None)
        if handler is None:
            raise Http404
        return handler(self.get_case())

    def run(self, case, form_name, form, call):
        if not form.is_valid():
            return self.page(case, status=400, **{form_name: form})
        try:
            call(form.cleaned_data)
        except services.StaleCase as error:
            form.add_error(None, error.message)
            fresh = selectors.case_detail(organisation=self.zone, pk=case.pk)
            return self.page(fresh, status=409, **{form_name: form})
        except services.CaseError as error:
            form.add_error(None, error.message)
            return self.page(case, status=400, **{form_name: form})
        messages.success(self.request, _("Saved."))
        case.refresh_from_db()
        if not self.may_read(self.request.user, case):
            # The change made the case one about the reader (an allegation naming them).
            messages.info(self.request, _("This case now concerns you: it has left your list."))
            return redirect("complaints_staff:cases", zone=self.zone.code)
        return redirect("complaints_staff:case", zone=self.zone.code, pk=case.pk)

    def must(self, allowed: bool):
        if not allowed:
            raise PermissionDenied

    def do_assign(self, case):
        user = self.request.user
        self.must(can_handle_case(user, case) or can_review_case(user, case))
        form = AssignForm(self.request.POST, officers=complaints_officers_of(self.zone))
        return self.run(
            case,
            "assign_form",
            form,
            lambda data: services.case_assign(
                case=case,
                handler=data["handler"],
                version=data["version"],
                override_reason=data["override_reason"],
                acting_user=user,
            ),
        )

    def do_acknowledge(self, case):
        self.must(can_handle_case(self.request.user, case))
        return self.run(
            case,
            "version_form",
            VersionForm(self.request.POST),
            lambda data: services.case_acknowledge(
                case=case, version=data["version"], acting_user=self.request.user
            ),
        )

    def do_route(self, case):
        self.must(can_handle_case(self.request.user, case))
        return self.run(
            case,
            "route_form",
            RouteForm(self.request.POST),
            lambda data: services.case_route(
                case=case,
                version=data["version"],
                route=data["route"],
                contact_at=data["contact_at"],
                note=data["note"],
                acting_user=self.request.user,
            ),
        )

    def do_allegation(self, case):
        self.must(can_handle_case(self.request.user, case))
        form = AllegationForm(
            self.request.POST,
            categories=selectors.categories_of(self.zone),
            units=Unit.objects.filter(organisation=self.zone),
        )
        return self.run(
            case,
            "allegation_form",
            form,
            lambda data: services.allegation_add(
                case=case,
                version=data["version"],
                category=data["category"],
                ground=data["ground"],
                summary=data["summary"],
                staff_numbers=data["staff_numbers"].split(","),
                unit=data["unit"],
                acting_user=self.request.user,
            ),
        )

    def do_outcome(self, case):
        self.must(can_handle_case(self.request.user, case))
        prefix = self.request.POST.get("prefix", "")
        if not prefix.startswith("a") or not prefix[1:].isdigit():
            return self.page(case, status=400)
        allegation = Allegation.objects.filter(case=case, pk=int(prefix[1:])).first()
        if allegation is None:
            raise Http404
        form = OutcomeForm(self.request.POST, prefix=prefix)
        return self.run(
            case,
            f"outcome_form_{allegation.pk}",
            form,
            lambda data: services.allegation_decide(
                allegation=allegation,
                version=data["version"],
                outcome=data["outcome"],
                reasons=data["reasons"],
                lesson_person=data["lesson_person"],
                lesson_organisation=data["lesson_organisation"],
                acting_user=self.request.user,
            ),
        )

    def do_close(self, case):
        self.must(can_handle_case(self.request.user, case))
        return self.run(
            case,
            "close_form",
            CloseForm(self.request.POST),
            lambda data: services.case_close(
                case=case,
                version=data["version"],
                reason=data["reason"],
                acting_user=self.request.user,
            ),
        )

    def do_reopen(self, case):
        self.must(can_review_case(self.request.user, case))
        return self.run(
            case,
            "reopen_form",
            ReopenForm(self.request.POST),
            lambda data: services.case_reopen(
                case=case,
                version=data["version"],
                reason=data["reason"],
                acting_user=self.request.user,
            ),
        )

    def do_message(self, case):
        self.must(can_handle_case(self.request.user, case))
        return self.run(
            case,
            "message_form",
            HandlerMessageForm(self.request.POST),
            lambda data: services.message_from_handler(
                case=case, body=data["body"], acting_user=self.request.user
            ),
        )
