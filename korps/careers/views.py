import random

from django.conf import settings
from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from korps.audit import labels
from korps.audit.services import audit_record
from korps.core.links import link_resolve
from korps.core.public import ZonePublicMixin
from korps.core.ratelimit import (
    PUBLIC_FORM_ADDRESS_LIMIT,
    PUBLIC_FORM_EMAIL_LIMIT,
    allow,
    client_address,
)
from korps.core.translated import localized
from korps.events.selectors import public_event_list
from korps.organisations.scoping import PersonalLinkMixin

from . import selectors, services
from .defaults import CONSENT_TEXTS
from .forms import LeadForm, PracticeRoundForm, SelfCheckForm
from .models import Lead, Story

PRACTICE_SESSION_KEY = "korps_practice_round"
PRACTICE_ROUND_SIZE = 10
PRACTICE_SECONDS_PER_QUESTION = 60
# Time to load the page and send the form; beyond it the round counts as late.
PRACTICE_GRACE_SECONDS = 15


class CareerHomeView(ZonePublicMixin, TemplateView):
    template_name = "careers/public/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["texts"] = selectors.site_texts(organisation=self.zone)
        context["jobs"] = selectors.published_jobs(organisation=self.zone)
        context["events"] = public_event_list(organisation=self.zone)[:3]
        context["stories"] = selectors.published_stories(organisation=self.zone)[:2]
        return context


class SelfCheckView(ZonePublicMixin, TemplateView):
    """Can I become a police officer? Answers are judged and shown, never stored."""

    template_name = "careers/public/self_check.html"

    def get_job(self):
        job = selectors.job_with_criteria(
            organisation=self.zone, slug=self.request.GET.get("job") or self.kwargs.get("job")
        )
        if job is None:
            raise Http404
        return job

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["jobs"] = selectors.published_jobs(organisation=self.zone)
        context["texts"] = selectors.site_texts(organisation=self.zone)
        return context

    def get(self, request, *args, **kwargs):
        job = self.get_job()
        form = SelfCheckForm(job=job, fallback_language=self.zone.default_language)
        return self.render_to_response(self.get_context_data(job=job, form=form))

    def post(self, request, *args, **kwargs):
        job = self.get_job()
        form = SelfCheckForm(request.POST, job=job, fallback_language=self.zone.default_language)
        context = {"job": job, "form": form}
        if form.is_valid():
            results = form.results(self.zone.default_language)
            outcomes = {result["outcome"] for result in results}
            context["results"] = results
            context["verdict"] = (
                "not_met"
                if "not_met" in outcomes
                else "met"
                if outcomes == {"met"}
                else "conditional"
            )
        return self.render_to_response(self.get_context_data(**context))


class SelectionStepsView(ZonePublicMixin, TemplateView):
    template_name = "careers/public/selection.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["steps"] = selectors.selection_steps(organisation=self.zone)
        context["texts"] = selectors.site_texts(organisation=self.zone)
        return context


class PracticeHomeView(ZonePublicMixin, TemplateView):
    template_name = "careers/public/practice.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["steps"] = [
            step
            for step in selectors.selection_steps(organisation=self.zone)
            if step.question_count
        ]
        names = dict(settings.LANGUAGES)
        context["test_languages"] = [
            (code, names.get(code, code)) for code in self.zone.published_languages
        ]
        context["page_language"] = (translation.get_language() or settings.LANGUAGE_CODE)[:2]
        context["round_size"] = PRACTICE_ROUND_SIZE
        context["seconds_per_question"] = PRACTICE_SECONDS_PER_QUESTION
        return context


class PracticeStartView(ZonePublicMixin, TemplateView):
    """Draw a round of questions for a step and start its clock (kept in the session).
    Only a POST starts a round; opening the address goes back to the practice page."""

    def get(self, request, *args, **kwargs):
        return redirect("careers:practice", zone=self.zone.code)

    def post(self, request, *args, **kwargs):
        step = selectors.practice_step(organisation=self.zone, pk=kwargs["step"])
        if step is None:
            raise Http404
        test_language = request.POST.get("test_language", "")
        if test_language not in self.zone.published_languages:
            test_language = (translation.get_language() or settings.LANGUAGE_CODE)[:2]
        ids = selectors.practice_question_ids(step=step, test_language=test_language)
        if not ids:
            messages.info(request, _("There are no practice questions for this step yet."))
            return redirect("careers:practice", zone=self.zone.code)
        chosen = random.sample(ids, min(PRACTICE_ROUND_SIZE, len(ids)))
        request.session[PRACTICE_SESSION_KEY] = {
            "zone": self.zone.code,
            "step": step.pk,
            "questions": chosen,
            "started": timezone.now().timestamp(),
            "seconds": PRACTICE_SECONDS_PER_QUESTION * len(chosen),
        }
        return redirect("careers:practice_round", zone=self.zone.code)


class PracticeRoundView(ZonePublicMixin, TemplateView):
    template_name = "careers/public/practice_round.html"

    def get_round(self):
        practice = self.request.session.get(PRACTICE_SESSION_KEY)
        if not practice or practice.get("zone") != self.zone.code:
            return None
        return practice

    def get(self, request, *args, **kwargs):
        practice = self.get_round()
        if practice is None:
            return redirect("careers:practice", zone=self.zone.code)
        questions = selectors.practice_questions(organisation=self.zone, ids=practice["questions"])
        form = PracticeRoundForm(questions=questions, fallback_language=self.zone.default_language)
        remaining = max(
            0, int(practice["started"] + practice["seconds"] - timezone.now().timestamp())
        )
        return self.render_to_response(
            self.get_context_data(
                form=form,
                seconds=practice["seconds"],
                remaining=remaining,
            )
        )

    def post(self, request, *args, **kwargs):
        practice = self.get_round()
        if practice is None:
            messages.info(request, _("This practice round has ended. Start a new one."))
            return redirect("careers:practice", zone=self.zone.code)
        questions = selectors.practice_questions(organisation=self.zone, ids=practice["questions"])
        form = PracticeRoundForm(
            request.POST, questions=questions, fallback_language=self.zone.default_language
        )
        form.is_valid()  # every question is optional: an unanswered one counts as wrong
        elapsed = timezone.now().timestamp() - practice["started"]
        result = services.practice_round_score(
            questions=questions,
            answers=form.answers(),
            late=elapsed > practice["seconds"] + PRACTICE_GRACE_SECONDS,
            fallback_language=self.zone.default_language,
        )
        del request.session[PRACTICE_SESSION_KEY]
        step = selectors.practice_step(organisation=self.zone, pk=practice["step"])
        return self.response_class(
            request=request,
            template="careers/public/practice_result.html",
            context=self.get_context_data(result=result, step=step, elapsed=int(elapsed)),
        )


class StoryListView(ZonePublicMixin, TemplateView):
    template_name = "careers/public/stories.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["stories"] = selectors.published_stories(organisation=self.zone)
        return context


class StoryDetailView(ZonePublicMixin, TemplateView):
    template_name = "careers/public/story.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["story"] = get_object_or_404(
            selectors.published_stories(organisation=self.zone), pk=self.kwargs["pk"]
        )
        return context


class InterestView(ZonePublicMixin, TemplateView):
    """Leave a name and contact to hear about the next steps (double opt-in)."""

    template_name = "careers/public/interest.html"

    def form(self, data=None):
        initial = {"source": self.source}
        job = self.request.GET.get("job")
        if job:
            initial["job"] = (
                selectors.published_jobs(organisation=self.zone).filter(slug=job).first()
            )
        return LeadForm(
            data, zone=self.zone, fallback_language=self.zone.default_language, initial=initial
        )

    def consent_text(self) -> str:
        return localized(CONSENT_TEXTS["lead"], self.zone.default_language)

    def get(self, request, *args, **kwargs):
        return self.render_to_response(
            self.get_context_data(
                form=self.form(),
                texts=selectors.site_texts(organisation=self.zone),
                consent_text=self.consent_text(),
            )
        )

    def post(self, request, *args, **kwargs):
        form = self.form(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            address_limit, email_limit = PUBLIC_FORM_ADDRESS_LIMIT, PUBLIC_FORM_EMAIL_LIMIT
            if not allow(
                "lead-ip",
                client_address(request),
                limit=address_limit[0],
                window_seconds=address_limit[1],
            ) or not allow(
                "lead-email", data["email"], limit=email_limit[0], window_seconds=email_limit[1]
            ):
                form.add_error(
                    None,
                    _(
                        "Too many requests from here in a short time. Please "
                        "try again in a few minutes."
                    ),
                )
            else:
                services.lead_create(
                    organisation=self.zone,
                    name=data["name"],
                    email=data["email"],
                    phone=data["phone"],
                    contact_by=data["contact_by"],
                    job=data["job"],
                    message=data["message"],
                    language=translation.get_language(),
                    source=data["source"] or self.source,
                    consent_text=self.consent_text(),
                )
                return redirect("careers:interest_sent", zone=self.zone.code)
        return self.render_to_response(
            self.get_context_data(
                form=form,
                texts=selectors.site_texts(organisation=self.zone),
                consent_text=self.consent_text(),
            )
        )


class InterestSentView(ZonePublicMixin, TemplateView):
    template_name = "careers/public/interest_sent.html"


class LeadConfirmView(PersonalLinkMixin, TemplateView):
    """The double opt-in link. Confirming takes a click, so mail scanners that open links do
    not confirm on the person's behalf."""

    template_name = "careers/public/lead_confirm.html"
    link_model = Lead
    purpose = "confirm"

    def get_lead(self) -> Lead:
        return link_resolve(
            Lead.objects.select_related("organisation"),
            self.purpose,
            self.kwargs["token"],
            holder=labels.LEAD,
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        lead = self.get_lead()
        context.update(lead=lead, zone=lead.organisation)
        return context

    def post(self, request, *args, **kwargs):
        services.lead_confirm(lead=self.get_lead())
        return redirect("careers:lead_confirm", token=kwargs["token"])


class LeadUnsubscribeView(LeadConfirmView):
    template_name = "careers/public/lead_unsubscribe.html"
    purpose = "unsubscribe"

    def post(self, request, *args, **kwargs):
        services.lead_unsubscribe(lead=self.get_lead())
        return redirect("careers:lead_unsubscribe", token=kwargs["token"])


class StoryConsentView(PersonalLinkMixin, TemplateView):
    """The colleague's own page for their story: read it, give or withdraw consent."""

    template_name = "careers/public/story_consent.html"
    link_model = Story

    def get_story(self):
        return link_resolve(
            Story.objects.select_related("organisation", "unit"),
            "consent",
            self.kwargs["token"],
            holder=labels.STORY_AUTHOR,
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        story = self.get_story()
        # The page shows the author's name and story: a read of a personal record.
        audit_record(
            actor=None, action="careers.story.read", target=story, organisation=story.organisation
        )
        context.update(
            story=story,
            zone=story.organisation,
            consent_text=localized(CONSENT_TEXTS["story"], story.organisation.default_language),
        )
        return context

    def post(self, request, *args, **kwargs):
        story = self.get_story()
        if request.POST.get("decision") == "give":
            services.story_give_consent(
                story=story,
                consent_text=localized(CONSENT_TEXTS["story"], story.organisation.default_language),
            )
            messages.success(request, _("Thank you. Your story is now on the career site."))
        else:
            services.story_withdraw_consent(story=story)
            messages.success(request, _("Your consent is withdrawn. The story is no longer shown."))
        return redirect("careers:story_consent", token=self.kwargs["token"])
