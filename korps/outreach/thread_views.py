"""The visitor's page of a question thread, reached by the personal link in the answer mail:
the questions and answers so far, and a form to reply (services.question_reply)."""

from django import forms
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from korps.audit import labels
from korps.core.links import link_resolve
from korps.organisations.scoping import PersonalLinkMixin

from . import services
from .models import AmbassadorQuestion, QuestionStatus

REPLY_PURPOSE = "reply"


class ReplyForm(forms.Form):
    reply = forms.CharField(
        label=_("Your reply"), widget=forms.Textarea(attrs={"rows": 5}), max_length=3000
    )


class QuestionThreadView(PersonalLinkMixin, TemplateView):
    template_name = "outreach/public/thread.html"
    link_model = AmbassadorQuestion

    def get_question(self) -> AmbassadorQuestion:
        return link_resolve(
            AmbassadorQuestion.objects.select_related("organisation", "answered_by"),
            REPLY_PURPOSE,
            self.kwargs["token"],
            holder=labels.ASKER,
        )

    def context(self, question, form):
        waiting = question.replies.exclude(status=QuestionStatus.ANSWERED).order_by("pk").first()
        answered_reply = question.replies.filter(status=QuestionStatus.ANSWERED).first()
        return self.get_context_data(
            question=question,
            thread=question.thread(),
            zone=question.organisation,
            waiting=waiting,
            answered_reply=answered_reply,
            form=form if waiting is None and answered_reply is None else None,
            sent=self.request.GET.get("sent") == "1",
        )

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.context(self.get_question(), ReplyForm()))

    def post(self, request, *args, **kwargs):
        question = self.get_question()
        form = ReplyForm(request.POST)
        if form.is_valid():
            try:
                services.question_reply(question=question, text=form.cleaned_data["reply"])
            except services.OutreachError as error:
                form.add_error(None, error.message)
            else:
                return redirect(request.path + "?sent=1")
        return self.render_to_response(self.context(question, form), status=400)
