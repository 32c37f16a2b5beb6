from django import forms
from django.utils.translation import gettext_lazy as _
from django_scopes.forms import SafeModelChoiceField

from korps.core.forms import ImportFileForm, record_id_field
from korps.organisations.languages import contact_language_choices
from korps.outreach.models import Partner

from .models import MentorSession, ProcedureStep, Referral, SessionKind, StepResult
from .rules import result_check

CONSENT_TEXT = _(
    "I agree that the zone keeps my name, contact details, the dates and results of my "
    "selection steps, and my mentor's short notes, to guide me through the selection, the "
    "academy and my first months in service. My mentor and the diversity manager read the "
    "notes; recruiters see only where I stand. The data are kept until 24 months after my "
    "track ends, then names, contact details and notes are removed. I can see and download "
    "what is kept, and withdraw, with my personal link."
)


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        # Browsers' date fields speak ISO dates, whatever the page's language.
        super().__init__(format="%Y-%m-%d", **kwargs)


class CandidateForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=120)
    email = forms.EmailField(label=_("E-mail address"), required=False)
    phone = forms.CharField(label=_("Phone number"), max_length=30, required=False)
    language = forms.ChoiceField(
        label=_("Language"), help_text=_("The language to talk with the candidate in.")
    )
    reference = forms.CharField(
        label=_("Candidate reference (optional)"),
        max_length=40,
        required=False,
        help_text=_("The recruitment service's reference; korps makes one when empty."),
    )
    source = forms.CharField(widget=forms.HiddenInput, required=False)
    consent = forms.BooleanField(
        label=_("The candidate gave this consent"),
        help_text=CONSENT_TEXT,
        error_messages={"required": _("Nothing is stored without the candidate's consent.")},
    )

    def __init__(self, *args, zone, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = contact_language_choices(zone)


class MentorForm(forms.Form):
    mentor = forms.ModelChoiceField(label=_("Mentor"), queryset=None)

    def __init__(self, *args, mentors, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["mentor"].queryset = mentors
        self.fields["mentor"].label_from_instance = lambda user: (
            _("%(name)s (%(count)s active mentees)")
            % {"name": user.full_name, "count": user.caseload}
        )


class StepPlanForm(forms.Form):
    step = forms.ModelChoiceField(label=_("Step"), queryset=ProcedureStep.objects.none())
    planned_on = forms.DateField(label=_("Date"), widget=DateInput())

    def __init__(self, *args, steps, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["step"].queryset = steps


class StepResultForm(StepPlanForm):
    result = forms.ChoiceField(
        label=_("Result"), choices=[c for c in StepResult.choices if c[0] != "planned"]
    )

    confirm_unusual = forms.BooleanField(
        label=_("I checked it: record this unusual result"),
        required=False,
        help_text=_("Only needed when the form warns that the result is unusual."),
    )

    field_order = ["step", "result", "planned_on", "confirm_unusual"]

    def __init__(self, *args, candidate=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.candidate = candidate
        self.fields["planned_on"].label = _("Result date")
        self.check = None

    def clean(self):
        """The same check as the service's (rules.result_check), shown on the form."""
        cleaned = super().clean()
        if self.candidate is None or self.errors:
            return cleaned
        self.check = result_check(
            candidate=self.candidate,
            step=cleaned["step"],
            result=cleaned["result"],
            result_on=cleaned["planned_on"],
        )
        for message in self.check.impossible:
            self.add_error("planned_on", message)
        if self.check.unusual and not cleaned.get("confirm_unusual"):
            for message in self.check.unusual:
                self.add_error("confirm_unusual", message)
        return cleaned


class SessionForm(forms.ModelForm):
    class Meta:
        model = MentorSession
        fields = ["held_on", "kind", "step", "note"]
        widgets = {"held_on": DateInput(), "note": forms.Textarea(attrs={"rows": 3})}
        field_classes = {"step": SafeModelChoiceField}

    def __init__(self, *args, steps, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["step"].queryset = steps
        self.fields["kind"].initial = SessionKind.PREPARATION


class TaskForm(forms.Form):
    step = forms.ModelChoiceField(label=_("Step"), queryset=ProcedureStep.objects.none())
    title = forms.CharField(label=_("Task"), max_length=200)
    due_on = forms.DateField(label=_("Due"), required=False, widget=DateInput())

    def __init__(self, *args, steps, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["step"].queryset = steps


class ReferralForm(forms.ModelForm):
    class Meta:
        model = Referral
        fields = ["partner", "purpose", "status", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 2})}
        field_classes = {"partner": SafeModelChoiceField}

    def __init__(self, *args, zone, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["partner"].queryset = Partner.objects.filter(organisation=zone)
        self.fields["partner"].help_text = _(
            "The zone's partners, as listed under outreach. Add a missing one there first."
        )


class StopForm(forms.Form):
    reason = forms.CharField(label=_("Why does the track stop?"), max_length=200)


class ResultsImportForm(ImportFileForm):
    label = _("Results file (CSV or XLSX)")
    help_text = _(
        "Columns: reference, step, result, date. Nothing is written before you "
        "have seen the preview and confirmed."
    )
    columns = ("reference", "step", "result", "date")


class CandidatesImportForm(ImportFileForm):
    label = _("Candidates file (CSV or XLSX)")
    help_text = _(
        "Columns: reference, name, and if you have them email, language, source. New "
        "candidates are added outside guidance and invited by mail to the voluntary "
        "declaration. Nothing is written before you have seen the preview and confirmed."
    )


class CandidateOriginForm(forms.Form):
    """The query of the new-candidate page: the interested person (?lead=) or job-day
    sign-up (?signup=) the candidate comes from."""

    lead = record_id_field()
    signup = record_id_field()
