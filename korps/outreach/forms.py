from django import forms
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django_scopes.forms import SafeModelMultipleChoiceField

from korps.core.forms import HoneypotMixin, ImportFileForm
from korps.core.sources import clean_source
from korps.organisations.languages import contact_language_choices

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

    target_path = forms.ChoiceField(
        label=_("target page"),
        required=False,
        help_text=_("Where the tracked link leads."),
    )

    def __init__(self, *args, zone, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ambassadors"].queryset = selectors.zone_ambassadors(organisation=zone)
        self.fields["events"].queryset = selectors.zone_events(organisation=zone)
        choices = target_page_choices(zone)
        current = self.instance.target_path if self.instance.pk else ""
        if current and current not in {value for value, _label in choices}:
            # A page chosen before the list existed stays, so saving loses nothing.
            choices.append((current, current))
        self.fields["target_path"].choices = choices


# The career site's pages a tracked link may lead to, by URL name.
TARGET_PAGES = (
    ("careers:self_check", _("Career site: self-check")),
    ("careers:selection", _("Career site: the selection steps")),
    ("careers:practice", _("Career site: practice rounds")),
    ("careers:stories", _("Career site: stories")),
    ("careers:interest", _("Career site: leave your details")),
    ("events:list", _("Career site: job days and info sessions")),
)


def target_page_choices(zone) -> list[tuple[str, str]]:
    """The zone's career pages and its events' sign-up pages, newest events first; the
    empty choice is the career home page."""
    choices = [("", _("Career site: home page"))]
    choices += [(reverse(name, kwargs={"zone": zone.code}), label) for name, label in TARGET_PAGES]
    for event in selectors.zone_events(organisation=zone)[:50]:
        label = _("Event: %(title)s (%(date)s)") % {
            "title": event.title,
            "date": date_format(timezone.localtime(event.starts_at), "SHORT_DATE_FORMAT"),
        }
        choices.append(
            (reverse("events:signup", kwargs={"zone": zone.code, "pk": event.pk}), label)
        )
    return choices


class ReachUploadForm(ImportFileForm):
    label = _("CSV file from the ad platform")
    help_text = _(
        "Columns: date, action code, impressions, clicks, with a header line. "
        "Dates as YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY."
    )
    columns = ("date", "action code", "impressions", "clicks")


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
        self.fields["language"].choices = contact_language_choices(zone)
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
