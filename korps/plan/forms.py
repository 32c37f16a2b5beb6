from functools import partial

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import (
    ActionStatus,
    Evidence,
    KpiDirection,
    LineOfAction,
    Milestone,
    Plan,
    PlanAction,
)
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


class KpiForm(forms.Form):
    """A KPI: a measure from the registry, its parameters (each measure reads those it
    takes), a baseline (empty: read from the measure on its date) and a target."""

    measure = forms.ChoiceField(label=_("Measure"))
    group = forms.ChoiceField(label=_("Origin group"))
    unit = forms.ChoiceField(
        label=_("Unit"), required=False, help_text=_("Only for a share: empty for the corps.")
    )
    step = forms.ChoiceField(
        label=_("Selection step"), required=False, help_text=_("Only for the four-fifths ratio.")
    )
    action = forms.ChoiceField(label=_("Plan action"), required=False)
    baseline_on = forms.DateField(label=_("Baseline date"), widget=DateInput())
    baseline_value = forms.FloatField(
        label=_("Baseline"),
        required=False,
        localize=True,
        help_text=_("Empty: the measure's figure on the baseline date. A share in %."),
    )
    target_value = forms.FloatField(
        label=_("Target"), localize=True, help_text=_("A share in %, a ratio as a number.")
    )
    target_on = forms.DateField(label=_("Target date"), widget=DateInput())
    direction = forms.ChoiceField(label=_("Direction"), choices=KpiDirection.choices)

    def __init__(self, *args, line, choices, **kwargs):
        super().__init__(*args, **kwargs)
        none = [("", _("(none)"))]
        self.fields["measure"].choices = choices["measures"]
        self.fields["group"].choices = choices["groups"]
        self.fields["unit"].choices = none + choices["units"]
        self.fields["step"].choices = none + choices["steps"]
        self.fields["action"].choices = none + [
            (str(a.pk), a.title) for a in line.actions.order_by("due_on", "pk")
        ]
