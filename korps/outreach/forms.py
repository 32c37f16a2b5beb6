from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django_scopes.forms import SafeModelMultipleChoiceField

from korps.core.forms import HoneypotMixin, ImportFileForm
from korps.core.sources import clean_source

from . import selectors
from .models import Action, Campaign, Partner, PartnerContact, PartnerPerson, Topic, Wave


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class CampaignForm(forms.ModelForm):
    class Meta:
        model = Campaign
        fields = ["name", "goals", "target_groups", "starts_on", "ends_on", "budget", "owner"]
        widgets = {
            "starts_on": DateInput(),
            "ends_on": DateInput(),
            "goals": forms.Textarea(attrs={"rows": 3}),
            "target_groups": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, zone, **kwargs):
        super().__init__(*args, **kwargs)
        from korps.organisations.models import User

        self.fields["owner"].queryset = User.objects.filter(
            memberships__organisation=zone, memberships__is_active=True
        ).distinct()


class WaveForm(forms.ModelForm):
    class Meta:
        model = Wave
        fields = ["name", "starts_on", "ends_on"]
        widgets = {"starts_on": DateInput(), "ends_on": DateInput()}


class ActionForm(forms.ModelForm):
    class Meta:
        model = Action
        fields = [
            "channel",
            "date",
            "place",
            "cost",
            "impressions",
            "clicks",
            "target_path",
            "ambassadors",
            "events",
        ]
        widgets = {
            "date": DateInput(),
            "ambassadors": forms.CheckboxSelectMultiple(),
            "events": forms.SelectMultiple(attrs={"size": 6}),
        }
        field_classes = {
            "ambassadors": SafeModelMultipleChoiceField,
            "events": SafeModelMultipleChoiceField,
        }

    def __init__(self, *args, zone, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ambassadors"].queryset = selectors.zone_ambassadors(organisation=zone)
        self.fields["events"].queryset = selectors.zone_events(organisation=zone)


class ReachUploadForm(ImportFileForm):
    label = _("CSV file from the ad platform")
    help_text = _(
        "Columns: date, action code, impressions, clicks, with a header line. "
        "Dates as YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY."
    )


class CompareForm(forms.Form):
    left = forms.ModelChoiceField(label=_("First wave"), queryset=Wave.objects.none())
    right = forms.ModelChoiceField(label=_("Second wave"), queryset=Wave.objects.none())

    def __init__(self, *args, campaign, **kwargs):
        super().__init__(*args, **kwargs)
        waves = selectors.wave_choices(campaign=campaign)
        self.fields["left"].queryset = waves
        self.fields["right"].queryset = waves
        self.fields["left"].label_from_instance = lambda wave: wave.name
        self.fields["right"].label_from_instance = lambda wave: wave.name


# ---------------------------------------------------------------- ambassadors


class AskForm(HoneypotMixin, forms.Form):
    topic = forms.ChoiceField(
        label=_("What is your question about?"),
        choices=[("", _("Choose a topic"))] + Topic.choices,
        error_messages={"required": _("Choose the topic of your question.")},
    )
    language = forms.ChoiceField(label=_("In which language would you like the answer?"))
    name = forms.CharField(label=_("Your name"), max_length=120)
    email = forms.EmailField(
        label=_("E-mail address"), help_text=_("The answer comes to this address.")
    )
    question = forms.CharField(
        label=_("Your question"), widget=forms.Textarea(attrs={"rows": 5}), max_length=3000
    )
    source = forms.CharField(widget=forms.HiddenInput, required=False)

    field_order = ["topic", "language", "name", "email", "question", "website"]

    def __init__(self, *args, zone, **kwargs):
        super().__init__(*args, **kwargs)
        names = dict(settings.LANGUAGES)
        self.fields["language"].choices = [
            (code, names.get(code, code)) for code in zone.published_languages
        ]
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["website"].widget.attrs.update(autocomplete="off", tabindex="-1")

    def clean_source(self):
        return clean_source(self.cleaned_data.get("source", ""))


class AnswerForm(forms.Form):
    answer = forms.CharField(
        label=_("Your answer"),
        help_text=_("It is mailed from the zone's address; your own address is not shown."),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=5000,
    )


class ReassignForm(forms.Form):
    ambassador = forms.ModelChoiceField(label=_("Give to"), queryset=None)

    def __init__(self, *args, zone, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ambassador"].queryset = selectors.ambassador_profiles(organisation=zone)


# ---------------------------------------------------------------- partners


class PartnerForm(forms.ModelForm):
    class Meta:
        model = Partner
        fields = ["name", "kind", "offer"]
        widgets = {"offer": forms.Textarea(attrs={"rows": 3})}


class PartnerPersonForm(forms.ModelForm):
    class Meta:
        model = PartnerPerson
        fields = ["name", "role", "email", "phone"]


class PartnerContactForm(forms.ModelForm):
    class Meta:
        model = PartnerContact
        fields = ["date", "note"]
        widgets = {"date": DateInput(), "note": forms.Textarea(attrs={"rows": 3})}
