from django import forms
from django.utils.translation import gettext_lazy as _
from django_scopes.forms import SafeModelChoiceField

from korps.core.forms import HoneypotMixin
from korps.core.sources import clean_source
from korps.core.translated import localized

from .models import Job, Lead


class SelfCheckForm(forms.Form):
    """One question per admission criterion of the job, each with its fixed answers."""

    def __init__(self, *args, job: Job, fallback_language: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.job = job
        for criterion in job.criteria.all():
            self.fields[f"criterion_{criterion.pk}"] = forms.TypedChoiceField(
                label=localized(criterion.question, fallback_language),
                help_text=localized(criterion.explanation, fallback_language),
                choices=[
                    (answer.pk, localized(answer.label, fallback_language))
                    for answer in criterion.answers.all()
                ],
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={"required": _("Choose the answer that fits you.")},
            )

    def results(self, fallback_language: str) -> list[dict]:
        results = []
        for criterion in self.job.criteria.all():
            chosen = self.cleaned_data[f"criterion_{criterion.pk}"]
            answer = next(a for a in criterion.answers.all() if a.pk == chosen)
            results.append(
                {
                    "question": localized(criterion.question, fallback_language),
                    "answer": localized(answer.label, fallback_language),
                    "outcome": answer.outcome,
                    "outcome_label": answer.get_outcome_display(),
                    "advice": localized(answer.advice, fallback_language),
                }
            )
        return results


class PracticeRoundForm(forms.Form):
    def __init__(self, *args, questions, fallback_language: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        for number, question in enumerate(questions, start=1):
            self.fields[f"q{question.pk}"] = forms.TypedChoiceField(
                label=f"{number}. {localized(question.text, fallback_language)}",
                choices=[
                    (choice.pk, localized(choice.text, fallback_language))
                    for choice in question.choices.all()
                ],
                coerce=int,
                required=False,
                widget=forms.RadioSelect,
            )

    def answers(self) -> dict[int, int | None]:
        return {q.pk: self.cleaned_data.get(f"q{q.pk}") for q in self.questions}


class LeadForm(HoneypotMixin, forms.ModelForm):
    consent = forms.BooleanField(
        label=_("I agree that the zone keeps these details to contact me about the next steps."),
        error_messages={"required": _("We can only contact you with your consent.")},
    )
    source = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Lead
        fields = ["name", "email", "phone", "contact_by", "job", "message"]
        labels = {"name": _("Your name"), "phone": _("Phone number (optional)")}
        widgets = {"contact_by": forms.RadioSelect, "message": forms.Textarea(attrs={"rows": 3})}
        field_classes = {"job": SafeModelChoiceField}

    field_order = ["name", "email", "phone", "contact_by", "job", "message", "consent", "website"]

    def __init__(self, *args, zone, fallback_language: str, **kwargs):
        super().__init__(*args, **kwargs)
        jobs = Job.objects.filter(organisation=zone, is_published=True)
        self.fields["job"].queryset = jobs
        self.fields["job"].label = _("Which job interests you? (optional)")
        self.fields["job"].label_from_instance = lambda job: localized(job.name, fallback_language)
        self.fields["job"].empty_label = _("I do not know yet")
        self.fields["message"].label = _("A question or remark (optional)")
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["phone"].widget.attrs.update(autocomplete="tel", type="tel")
        self.fields["website"].widget.attrs.update(autocomplete="off", tabindex="-1")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("contact_by") == Lead.Contact.PHONE and not cleaned.get("phone"):
            self.add_error("phone", _("Give a phone number if you want to be called."))
        return cleaned

    def clean_source(self):
        return clean_source(self.cleaned_data.get("source", ""))
