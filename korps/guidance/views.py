import json

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView

from korps.audit import labels
from korps.audit.services import audit_record
from korps.careers.models import Lead
from korps.core.import_views import PreviewImportView
from korps.core.links import link_resolve
from korps.core.sources import source_names
from korps.events.models import Signup
from korps.organisations.languages import language_name
from korps.organisations.mixins import ZonePermissionMixin
from korps.organisations.permissions import can_guide, can_read_notes, can_record_results
from korps.organisations.scoping import PersonalLinkMixin

from . import candidate_imports, selectors, services
from .forms import (
    CONSENT_TEXT,
    CandidateForm,
    CandidateOriginForm,
    CandidatesImportForm,
    MentorForm,
    ReferralForm,
    ResultsImportForm,
    SessionForm,
    StepPlanForm,
    StepResultForm,
    StopForm,
    TaskForm,
)
from .links import candidate_links
from .models import Candidate, CandidateStatus, PreparationTask, ProcedureStep


class CandidateListView(ZonePermissionMixin, TemplateView):
    permission = "guidance.view_candidates"
    template_name = "guidance/staff/candidates.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        search = self.request.GET.get("q", "").strip()
        status = self.request.GET.get("status", "")
        candidates = selectors.candidate_list(
            user=self.request.user, organisation=self.zone, search=search, status=status
        )
        page = Paginator(candidates, 50).get_page(self.request.GET.get("page"))
        audit_record(
            actor=self.request.user,
            action="guidance.candidates.listed",
            organisation=self.zone,
            data={"ids": [c.pk for c in page.object_list]},
        )
        context.update(
            page=page,
            search=search,
            status=status,
            statuses=CandidateStatus.choices,
            query=urlencode({"q": search, "status": status}),
            can_manage="guidance.manage_candidates" in self.request.user_permissions,
            can_create="guidance.create_candidates" in self.request.user_permissions,
        )
        return context


class CandidateCreateView(ZonePermissionMixin, TemplateView):
    """By hand, or from a lead (?lead=) or a job-day sign-up (?signup=), keeping the source."""

    permission = "guidance.create_candidates"
    template_name = "guidance/staff/candidate_form.html"

    def origin(self):
        """A malformed or unknown origin is a wrong link: 404, as for another zone's."""
        query = CandidateOriginForm(self.request.GET)
        if not query.is_valid():
            raise Http404
        lead = signup = None
        if query.cleaned_data["lead"]:
            lead = get_object_or_404(Lead, organisation=self.zone, pk=query.cleaned_data["lead"])
        if query.cleaned_data["signup"]:
            signup = get_object_or_404(
                Signup, event__organisation=self.zone, pk=query.cleaned_data["signup"]
            )
        return lead, signup

    def get(self, request, *args, **kwargs):
        lead, signup = self.origin()
        person = lead or signup
        initial = {"language": self.zone.default_language}
        if person:
            initial.update(
                name=person.name,
                email=person.email,
                phone=person.phone,
                language=person.language or self.zone.default_language,
                source=person.source,
            )
            audit_record(
                actor=request.user,
                action=f"{person._meta.label_lower}.read_for_candidate",
                target=person,
                organisation=self.zone,
            )
            origins = {}
        else:
            origins = selectors.candidate_origins(organisation=self.zone)
            audit_record(
                actor=request.user,
                action="guidance.candidate_origins.listed",
                organisation=self.zone,
                data={
                    "leads": [lead.pk for lead in origins["origin_leads"]],
                    "signups": [signup.pk for signup in origins["origin_signups"]],
                },
            )
        return self.render_to_response(
            self.get_context_data(
                form=CandidateForm(initial=initial, zone=self.zone),
                lead=lead,
                signup=signup,
                **origins,
            )
        )

    def post(self, request, *args, **kwargs):
        lead, signup = self.origin()
        form = CandidateForm(request.POST, zone=self.zone)
        if form.is_valid():
            data = form.cleaned_data
            try:
                candidate = services.candidate_create(
                    organisation=self.zone,
                    acting_user=request.user,
                    name=data["name"],
                    email=data["email"],
                    phone=data["phone"],
                    language=data["language"],
                    reference=data["reference"],
                    source=data["source"],
                    lead=lead,
                    signup=signup,
                    consent_text=str(CONSENT_TEXT),
                )
            except services.GuidanceError as error:
                form.add_error("reference" if error.code == "reference" else None, error.message)
            else:
                messages.success(request, _("The candidate is added. Now choose a mentor."))
                return redirect("guidance:candidate", zone=self.zone.code, pk=candidate.pk)
        return self.render_to_response(self.get_context_data(form=form, lead=lead, signup=signup))


class CandidateMixin(ZonePermissionMixin):
    permission = "guidance.view_candidates"

    def get_candidate(self):
        return selectors.access_candidate(
            user=self.request.user, organisation=self.zone, pk=self.kwargs["pk"]
        )

    def steps(self):
        return ProcedureStep.objects.filter(organisation=self.zone).select_related("career_step")


class CandidateDetailView(CandidateMixin, TemplateView):
    template_name = "guidance/staff/candidate.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        candidate = kwargs.get("candidate") or self.get_candidate()
        user, zone = self.request.user, self.zone
        can_notes = can_read_notes(user, candidate)
        can_manage = "guidance.manage_candidates" in self.request.user_permissions
        audit_record(
            actor=user,
            action="guidance.candidate.read",
            target=candidate,
            organisation=zone,
            data={"notes": can_notes},
        )
        steps = self.steps()
        context.update(
            candidate=candidate,
            track=selectors.track(candidate=candidate, steps=list(steps)),
            history=candidate.history.select_related("step__career_step", "by"),
            source_name=source_names(organisation=zone, codes={candidate.source}).get(
                candidate.source, ""
            ),
            can_notes=can_notes,
            can_manage=can_manage,
            can_guide=can_guide(user, candidate),
            can_record=can_record_results(user, candidate),
            language_name=language_name(candidate.language),
            plan_form=kwargs.get("plan_form") or StepPlanForm(steps=steps),
            result_form=kwargs.get("result_form") or StepResultForm(steps=steps),
        )
        if can_notes:
            context.update(
                sessions=candidate.sessions.select_related("step__career_step", "mentor"),
                tasks=candidate.tasks.select_related("step__career_step"),
                referrals=candidate.referrals.select_related("partner"),
                session_form=kwargs.get("session_form")
                or SessionForm(steps=steps, initial={"held_on": timezone.localdate()}),
                task_form=kwargs.get("task_form") or TaskForm(steps=steps),
                referral_form=kwargs.get("referral_form") or ReferralForm(zone=zone),
            )
        if can_manage:
            mentors = services.mentor_caseloads(organisation=zone)
            suggestion = services.mentor_suggest(organisation=zone, language=candidate.language)
            context.update(
                mentor_form=kwargs.get("mentor_form")
                or MentorForm(mentors=mentors, initial={"mentor": candidate.mentor or suggestion}),
                suggestion=suggestion,
                stop_form=kwargs.get("stop_form") or StopForm(),
                statuses=CandidateStatus.choices,
            )
        return context


class CandidateActionView(CandidateMixin, View):
    """One POST endpoint per action, named in the URL; each calls one service."""

    def post(self, request, *args, **kwargs):
        candidate = self.get_candidate()
        action = kwargs["action"]
        handler = getattr(self, f"do_{action}", None)
        if handler is None:
            return HttpResponse(status=404)
        try:
            failed_form = handler(candidate)
        except services.GuidanceError as error:
            messages.error(request, error.message)
            failed_form = None
        if failed_form:
            view = CandidateDetailView()
            view.setup(request, **self.kwargs)
            view.zone = self.zone
            view.request.user_permissions = request.user_permissions
            return view.render_to_response(
                view.get_context_data(candidate=candidate, **failed_form), status=400
            )
        return redirect("guidance:candidate", zone=self.zone.code, pk=candidate.pk)

    def _require(self, permission):
        if permission not in self.request.user_permissions:
            raise PermissionDenied

    def _guide(self, candidate):
        if not can_guide(self.request.user, candidate):
            raise PermissionDenied

    def do_mentor(self, candidate):
        self._require("guidance.manage_candidates")
        form = MentorForm(
            self.request.POST, mentors=services.mentor_caseloads(organisation=self.zone)
        )
        if not form.is_valid():
            return {"mentor_form": form}
        services.mentor_assign(
            candidate=candidate, mentor=form.cleaned_data["mentor"], acting_user=self.request.user
        )
        messages.success(self.request, _("The mentor is assigned."))

    def do_plan(self, candidate):
        self._guide(candidate)
        form = StepPlanForm(self.request.POST, steps=self.steps())
        if not form.is_valid():
            return {"plan_form": form}
        services.step_plan(
            candidate=candidate,
            step=form.cleaned_data["step"],
            planned_on=form.cleaned_data["planned_on"],
            acting_user=self.request.user,
        )

    def do_result(self, candidate):
        if not can_record_results(self.request.user, candidate):
            raise PermissionDenied
        form = StepResultForm(self.request.POST, steps=self.steps(), candidate=candidate)
        if not form.is_valid():
            return {"result_form": form}
        services.step_result_record(
            candidate=candidate,
            step=form.cleaned_data["step"],
            result=form.cleaned_data["result"],
            result_on=form.cleaned_data["planned_on"],
            acting_user=self.request.user,
            confirmed=form.cleaned_data["confirm_unusual"],
        )
        messages.success(self.request, _("The result is recorded."))

    def do_session(self, candidate):
        self._guide(candidate)
        form = SessionForm(self.request.POST, steps=self.steps())
        if not form.is_valid():
            return {"session_form": form}
        services.session_log(candidate=candidate, mentor=self.request.user, **form.cleaned_data)
        messages.success(self.request, _("The session is logged."))

    def do_task(self, candidate):
        self._guide(candidate)
        form = TaskForm(self.request.POST, steps=self.steps())
        if not form.is_valid():
            return {"task_form": form}
        services.task_add(candidate=candidate, acting_user=self.request.user, **form.cleaned_data)

    def do_task_toggle(self, candidate):
        self._guide(candidate)
        task = get_object_or_404(
            PreparationTask, candidate=candidate, pk=self.request.POST.get("task")
        )
        services.task_toggle(task=task, acting_user=self.request.user)

    def do_referral(self, candidate):
        self._guide(candidate)
        form = ReferralForm(self.request.POST, zone=self.zone)
        if not form.is_valid():
            return {"referral_form": form}
        services.referral_save(
            candidate=candidate, acting_user=self.request.user, **form.cleaned_data
        )

    def do_stop(self, candidate):
        self._require("guidance.manage_candidates")
        form = StopForm(self.request.POST)
        if not form.is_valid():
            return {"stop_form": form}
        services.candidate_set_status(
            candidate=candidate,
            status=CandidateStatus.STOPPED,
            reason=form.cleaned_data["reason"],
            acting_user=self.request.user,
        )

    def do_status(self, candidate):
        self._require("guidance.manage_candidates")
        status = self.request.POST.get("status")
        if status not in CandidateStatus.values or status == CandidateStatus.STOPPED:
            messages.error(self.request, _("Choose a status."))
            return None
        services.candidate_set_status(
            candidate=candidate, status=status, acting_user=self.request.user
        )


class MentorHomeView(ZonePermissionMixin, TemplateView):
    permission = "guidance.mentor"
    template_name = "guidance/staff/mentor_home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        mentees = Candidate.objects.filter(organisation=self.zone, mentor=self.request.user)
        context["due"] = selectors.due_items(mentor=self.request.user, organisation=self.zone)
        context["mentees"] = mentees.order_by("status", "name")
        audit_record(
            actor=self.request.user,
            action="guidance.candidates.listed",
            organisation=self.zone,
            data={"mentor_home": True},
        )
        return context


class ResultsImportView(ZonePermissionMixin, PreviewImportView):
    """The recruitment service's results file: upload, preview, confirm."""

    permission = "guidance.import_results"
    template_name = "guidance/staff/import.html"
    form_class = ResultsImportForm
    import_kind = "guidance.results"
    url_name = "guidance:import"
    done_url_name = "guidance:candidates"

    def done_message(self, counts):
        return _("%(count)s results are imported.") % counts


class CandidatesImportView(ZonePermissionMixin, PreviewImportView):
    """The selection procedure's candidates list: upload, preview, confirm."""

    permission = "guidance.import_results"
    template_name = "guidance/staff/candidates_import.html"
    form_class = CandidatesImportForm
    import_kind = candidate_imports.CANDIDATES_KIND
    url_name = "guidance:candidates_import"
    done_url_name = "guidance:candidates"

    def done_message(self, counts):
        message = (
            _(
                "The candidates are imported: %(created)s new, %(updated)s changed, %(known)s "
                "already known. %(mailed)s are invited to declare by mail."
            )
            % counts
        )
        if counts["without_email"]:
            message += (
                " "
                + _(
                    "%(without_email)s new candidates have no e-mail address: they are not invited."
                )
                % counts
            )
        return message


class CandidateSelfView(PersonalLinkMixin, TemplateView):
    """The candidate's own page, by personal link: what korps holds, download, withdraw."""

    template_name = "guidance/public/self.html"
    link_model = Candidate

    def get_candidate(self):
        return link_resolve(
            Candidate.objects.select_related("organisation", "mentor").filter(
                pseudonymised_at__isnull=True
            ),
            "guidance",
            self.kwargs["token"],
            holder=labels.CANDIDATE,
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        candidate = self.get_candidate()
        audit_record(
            actor=None,
            action="guidance.candidate.read_by_self",
            target=candidate,
            organisation=candidate.organisation,
        )
        context.update(
            candidate=candidate,
            zone=candidate.organisation,
            data=candidate_data(candidate),
            links=candidate_links(self.kwargs["token"]),
            token=self.kwargs["token"],
        )
        return context

    def post(self, request, *args, **kwargs):
        candidate = self.get_candidate()
        services.candidate_withdraw_consent(candidate=candidate)
        return redirect("guidance:self_withdrawn")


class CandidateSelfDownloadView(CandidateSelfView):
    def get(self, request, *args, **kwargs):
        candidate = self.get_candidate()
        audit_record(
            actor=None,
            action="guidance.candidate.downloaded_by_self",
            target=candidate,
            organisation=candidate.organisation,
        )
        response = HttpResponse(
            json.dumps(candidate_data(candidate), indent=2, ensure_ascii=False, default=str),
            content_type="application/json; charset=utf-8",
        )
        response["Content-Disposition"] = 'attachment; filename="korps-my-data.json"'
        return response


class CandidateWithdrawnView(TemplateView):
    template_name = "guidance/public/withdrawn.html"


def candidate_data(candidate: Candidate) -> dict:
    """Everything korps holds about the candidate, as they may see it."""
    return {
        "reference": candidate.reference,
        "name": candidate.name,
        "email": candidate.email,
        "phone": candidate.phone,
        "language": candidate.language,
        "source": candidate.source,
        "status": candidate.get_status_display(),
        "mentor": candidate.mentor.full_name if candidate.mentor else None,
        "consent": {"text": candidate.consent_text, "given": candidate.consent_given_at},
        "steps": [
            {
                "step": a.step.name,
                "attempt": a.number,
                "planned": a.planned_on,
                "result": a.get_result_display(),
                "result_date": a.result_on,
            }
            for a in candidate.attempts.select_related("step__career_step")
        ],
        "sessions": [
            {"date": s.held_on, "kind": s.get_kind_display(), "note": s.note}
            for s in candidate.sessions.all()
        ],
        "tasks": [{"task": t.title, "done": t.done_at} for t in candidate.tasks.all()],
        "referrals": [
            {
                "partner": r.partner.name if r.partner else None,
                "for": r.purpose,
                "status": r.get_status_display(),
                "note": r.note,
            }
            for r in candidate.referrals.select_related("partner")
        ],
    }
