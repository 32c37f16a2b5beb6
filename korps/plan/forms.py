from functools import partial

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import ActionStatus, Evidence, LineOfAction, Milestone, Plan, PlanAction
from .selectors import zone_people


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        # Browsers' date fields speak ISO dates, whatever the page's language.
        super().__init__(format="%Y-%m-%d", **kwargs)


class PlanForm(forms.ModelForm):
    class Meta:
        model = Plan
        fields = ["title", "starts_on", "ends_on", "level_name"]
        widgets = {"starts_on": DateInput(), "ends_on": DateInput()}


class _ZonePeopleForm(forms.ModelForm):
    """A form with a field naming someone of the zone (`person_field`)."""

    person_field = ""

    def __init__(self, *args, zone, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields[self.person_field]
        field.queryset = zone_people(organisation=zone)
        field.empty_label = _("(nobody yet)")


class LineForm(_ZonePeopleForm):
    person_field = "pilot"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["order"].required = False
        self.fields["order"].help_text = _("Empty: after the others.")

    class Meta:
        model = LineOfAction
        fields = ["title", "description", "pilot", "order"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}


class ActionForm(_ZonePeopleForm):
    person_field = "owner"
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = PlanAction
        fields = [
            "title",
            "description",
            "owner",
            "starts_on",
            "due_on",
            "status",
            "origin",
            "origin_note",
            "origin_url",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 3}),
            "origin_note": forms.Textarea(attrs={"rows": 2}),
            "starts_on": DateInput(),
            "due_on": DateInput(),
        }
        field_classes = {"origin_url": partial(forms.URLField, assume_scheme="https")}


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=ActionStatus.choices)


class MilestoneForm(forms.ModelForm):
    class Meta:
        model = Milestone
        fields = ["title", "due_on"]
        widgets = {"due_on": DateInput()}


class EvidenceForm(forms.ModelForm):
    class Meta:
        model = Evidence
        fields = ["url", "text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 2})}
        field_classes = {"url": partial(forms.URLField, assume_scheme="https")}
