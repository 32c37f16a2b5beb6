"""Forms with which recruiters edit the career site: every multi-language text gets one box
per language the zone publishes in."""

from django import forms
from django.db import models
from django.forms import inlineformset_factory
from django.utils.translation import gettext_lazy as _
from django_scopes.forms import SafeModelChoiceField

from korps.core.translated import TranslatedField
from korps.organisations.models import User

from .models import (
    Criterion,
    CriterionAnswer,
    PracticeChoice,
    PracticeQuestion,
    PracticeTopic,
    SelectionStep,
    SiteText,
    Story,
)

LONG_TEXTS = {"body", "explanation", "what_it_tests", "preparation", "advice", "quote", "summary"}
OPTIONAL_TEXTS = {
    "explanation",
    "what_it_tests",
    "duration",
    "preparation",
    "advice",
    "summary",
    "job_title",
    "photo_description",
    "title",
}


class TranslatedModelForm(forms.ModelForm):
    """Replaces the model's JSON text fields with one box per zone language."""

    def __init__(self, *args, languages: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in list(self.fields.items()):
            model_field = self._meta.model._meta.get_field(name)
            if isinstance(model_field, models.JSONField):
                self.fields[name] = TranslatedField(
                    languages,
                    textarea=name in LONG_TEXTS,
                    required=name not in OPTIONAL_TEXTS,
                    label=field.label,
                    help_text=field.help_text,
                )
                if self.instance.pk is not None:
                    self.initial[name] = getattr(self.instance, name)


class SiteTextForm(TranslatedModelForm):
    class Meta:
        model = SiteText
        fields = ["title", "body"]


class SelectionStepForm(TranslatedModelForm):
    class Meta:
        model = SelectionStep
        fields = ["name", "what_it_tests", "duration", "preparation"]


class PracticeQuestionForm(TranslatedModelForm):
    class Meta:
        model = PracticeQuestion
        fields = ["topic", "text", "explanation", "test_language", "is_published"]
        field_classes = {"topic": SafeModelChoiceField}

    def __init__(self, *args, step: SelectionStep, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].queryset = PracticeTopic.objects.filter(step=step)


class PracticeChoiceForm(TranslatedModelForm):
    class Meta:
        model = PracticeChoice
        fields = ["text", "is_correct"]


class BaseChoiceFormSet(forms.BaseInlineFormSet):
    def __init__(self, *args, languages, **kwargs):
        self.languages = languages
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index):
        return {**super().get_form_kwargs(index), "languages": self.languages}

    @property
    def empty_form(self):
        form = self.form(
            auto_id=self.auto_id,
            prefix=self.add_prefix("__prefix__"),
            empty_permitted=True,
            use_required_attribute=False,
            languages=self.languages,
        )
        self.add_fields(form, None)
        return form

    def clean(self):
        super().clean()
        kept = [f for f in self.forms if f.cleaned_data and not f.cleaned_data.get("DELETE")]
        if len(kept) < 2:
            raise forms.ValidationError(_("Give at least two answers."))
        if sum(1 for f in kept if f.cleaned_data.get("is_correct")) != 1:
            raise forms.ValidationError(_("Mark exactly one answer as correct."))


ChoiceFormSet = inlineformset_factory(
    PracticeQuestion,
    PracticeChoice,
    form=PracticeChoiceForm,
    formset=BaseChoiceFormSet,
    extra=4,
    max_num=6,
    can_delete=True,
)


class CriterionForm(TranslatedModelForm):
    class Meta:
        model = Criterion
        fields = ["question", "explanation"]


class CriterionAnswerForm(TranslatedModelForm):
    class Meta:
        model = CriterionAnswer
        fields = ["label", "outcome", "advice"]


class BaseAnswerFormSet(BaseChoiceFormSet):
    def clean(self):
        forms.BaseInlineFormSet.clean(self)
        kept = [f for f in self.forms if f.cleaned_data and not f.cleaned_data.get("DELETE")]
        if len(kept) < 2:
            raise forms.ValidationError(_("Give at least two answers."))


AnswerFormSet = inlineformset_factory(
    Criterion,
    CriterionAnswer,
    form=CriterionAnswerForm,
    formset=BaseAnswerFormSet,
    extra=1,
    max_num=6,
    can_delete=True,
)


class StoryForm(TranslatedModelForm):
    class Meta:
        model = Story
        fields = [
            "person_name",
            "person_email",
            "unit",
            "job_title",
            "quote",
            "body",
            "photo",
            "photo_description",
        ]
        field_classes = {"unit": SafeModelChoiceField}

    def __init__(self, *args, zone, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = zone.units.all()


class LeadFollowUpForm(forms.Form):
    """Who takes the person up, when they were reached, and notes for colleagues."""

    # The zone's colleagues are set per form (lead_owners_of); none until then.
    owner = SafeModelChoiceField(queryset=User.objects.none(), required=False, label=_("Owner"))
    contacted_on = forms.DateField(
        required=False,
        label=_("Contacted on"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    notes = forms.CharField(
        required=False,
        max_length=4000,
        label=_("Notes"),
        help_text=_("Seen by colleagues who follow up interested people; never by the person."),
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, owners, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = owners
        self.fields["owner"].label_from_instance = lambda user: user.full_name or user.email
