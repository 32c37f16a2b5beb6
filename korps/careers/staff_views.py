"""The recruiters' side of the career site: texts, selection steps, practice questions,
admission criteria, stories and the interested people."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView

from korps.audit.services import audit_record
from korps.organisations.mixins import ZonePermissionMixin

from . import selectors, services
from .models import Criterion, Job, PracticeQuestion, SelectionStep, SiteText, Story
from .staff_forms import (
    AnswerFormSet,
    ChoiceFormSet,
    CriterionForm,
    PracticeQuestionForm,
    SelectionStepForm,
    SiteTextForm,
    StoryForm,
)


class CareerStaffMixin(ZonePermissionMixin):
    permission = "careers.edit_site"

    @property
    def languages(self):
        return self.zone.published_languages

    def saved(self, what):
        audit_record(
            actor=self.request.user, action=f"careers.{what}.changed", organisation=self.zone
        )
        messages.success(self.request, _("Saved. The career site shows it at once."))


class OverviewView(CareerStaffMixin, TemplateView):
    template_name = "careers/staff/overview.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        texts = selectors.site_texts(organisation=self.zone)
        context["texts"] = [(key, label, texts.get(key)) for key, label in SiteText.Key.choices]
        context["steps"] = selectors.selection_steps(organisation=self.zone)
        context["jobs"] = Job.objects.filter(organisation=self.zone).prefetch_related("criteria")
        context["stories"] = Story.objects.filter(organisation=self.zone)
        return context


class SiteTextEditView(CareerStaffMixin, TemplateView):
    template_name = "careers/staff/edit.html"

    def get_instance(self):
        key = self.kwargs["key"]
        if key not in SiteText.Key.values:
            raise Http404
        return SiteText.objects.filter(organisation=self.zone, key=key).first() or SiteText(
            organisation=self.zone, key=key
        )

    def get(self, request, *args, **kwargs):
        instance = self.get_instance()
        form = SiteTextForm(instance=instance, languages=self.languages)
        return self.render_to_response(
            self.get_context_data(form=form, heading=instance.get_key_display())
        )

    def post(self, request, *args, **kwargs):
        instance = self.get_instance()
        form = SiteTextForm(request.POST, instance=instance, languages=self.languages)
        if form.is_valid():
            form.save()
            self.saved("site_text")
            return redirect("careers_staff:overview", zone=self.zone.code)
        return self.render_to_response(
            self.get_context_data(form=form, heading=instance.get_key_display())
        )


class StepEditView(CareerStaffMixin, TemplateView):
    template_name = "careers/staff/edit.html"

    def get_instance(self):
        if "pk" not in self.kwargs:
            count = SelectionStep.objects.filter(organisation=self.zone).count()
            return SelectionStep(organisation=self.zone, order=count + 1)
        return get_object_or_404(SelectionStep, organisation=self.zone, pk=self.kwargs["pk"])

    def get(self, request, *args, **kwargs):
        form = SelectionStepForm(instance=self.get_instance(), languages=self.languages)
        return self.render_to_response(
            self.get_context_data(form=form, heading=_("Selection step"))
        )

    def post(self, request, *args, **kwargs):
        form = SelectionStepForm(
            request.POST, instance=self.get_instance(), languages=self.languages
        )
        if form.is_valid():
            form.save()
            self.saved("selection_step")
            return redirect("careers_staff:overview", zone=self.zone.code)
        return self.render_to_response(
            self.get_context_data(form=form, heading=_("Selection step"))
        )


class StepMoveView(CareerStaffMixin, View):
    def post(self, request, *args, **kwargs):
        step = get_object_or_404(SelectionStep, organisation=self.zone, pk=kwargs["pk"])
        services.selection_step_move(
            step=step, direction=-1 if kwargs["direction"] == "up" else 1, acting_user=request.user
        )
        return redirect(
            reverse("careers_staff:overview", kwargs={"zone": self.zone.code}) + "#steps"
        )


class QuestionListView(CareerStaffMixin, TemplateView):
    template_name = "careers/staff/questions.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        step = get_object_or_404(SelectionStep, organisation=self.zone, pk=self.kwargs["step"])
        questions = PracticeQuestion.objects.filter(topic__step=step).select_related("topic")
        context["step"] = step
        context["page"] = Paginator(questions, 50).get_page(self.request.GET.get("page"))
        return context


class QuestionEditView(CareerStaffMixin, TemplateView):
    template_name = "careers/staff/question.html"

    def get_step(self):
        return get_object_or_404(SelectionStep, organisation=self.zone, pk=self.kwargs["step"])

    def get_instance(self, step):
        if "pk" in self.kwargs:
            return get_object_or_404(PracticeQuestion, topic__step=step, pk=self.kwargs["pk"])
        return PracticeQuestion()

    def forms(self, step, data=None):
        instance = self.get_instance(step)
        return (
            PracticeQuestionForm(data, instance=instance, step=step, languages=self.languages),
            ChoiceFormSet(data, instance=instance, languages=self.languages),
        )

    def get(self, request, *args, **kwargs):
        step = self.get_step()
        form, choices = self.forms(step)
        return self.render_to_response(self.get_context_data(step=step, form=form, choices=choices))

    def post(self, request, *args, **kwargs):
        step = self.get_step()
        form, choices = self.forms(step, request.POST)
        if form.is_valid() and choices.is_valid():
            with transaction.atomic():
                question = form.save()
                choices.instance = question
                choices.save()
            self.saved("practice_question")
            return redirect("careers_staff:questions", zone=self.zone.code, step=step.pk)
        return self.render_to_response(self.get_context_data(step=step, form=form, choices=choices))


class CriterionEditView(CareerStaffMixin, TemplateView):
    template_name = "careers/staff/criterion.html"

    def get_instance(self):
        return get_object_or_404(Criterion, job__organisation=self.zone, pk=self.kwargs["pk"])

    def get(self, request, *args, **kwargs):
        criterion = self.get_instance()
        return self.render_to_response(
            self.get_context_data(
                criterion=criterion,
                form=CriterionForm(instance=criterion, languages=self.languages),
                answers=AnswerFormSet(instance=criterion, languages=self.languages),
            )
        )

    def post(self, request, *args, **kwargs):
        criterion = self.get_instance()
        form = CriterionForm(request.POST, instance=criterion, languages=self.languages)
        answers = AnswerFormSet(request.POST, instance=criterion, languages=self.languages)
        if form.is_valid() and answers.is_valid():
            with transaction.atomic():
                form.save()
                answers.save()
            self.saved("criterion")
            return redirect("careers_staff:overview", zone=self.zone.code)
        return self.render_to_response(
            self.get_context_data(criterion=criterion, form=form, answers=answers)
        )


class StoryCreateView(CareerStaffMixin, TemplateView):
    template_name = "careers/staff/edit.html"

    def get(self, request, *args, **kwargs):
        form = StoryForm(zone=self.zone, languages=self.languages)
        return self.render_to_response(
            self.get_context_data(
                form=form,
                heading=_("New story"),
                multipart=True,
                intro=_(
                    "korps mails the colleague a link to read the story and give consent. "
                    "It appears on the site only after that."
                ),
            )
        )

    def post(self, request, *args, **kwargs):
        form = StoryForm(request.POST, request.FILES, zone=self.zone, languages=self.languages)
        if form.is_valid():
            services.story_create(
                organisation=self.zone, acting_user=request.user, **form.cleaned_data
            )
            messages.success(request, _("The story is saved and the consent request was mailed."))
            return redirect("careers_staff:overview", zone=self.zone.code)
        return self.render_to_response(
            self.get_context_data(form=form, heading=_("New story"), multipart=True)
        )


class StoryWithdrawView(CareerStaffMixin, View):
    def post(self, request, *args, **kwargs):
        story = get_object_or_404(Story, organisation=self.zone, pk=kwargs["pk"])
        services.story_withdraw_consent(story=story, acting_user=request.user)
        messages.success(request, _("The story is taken off the site."))
        return redirect("careers_staff:overview", zone=self.zone.code)
