from functools import partial

from django import forms
from django.utils.translation import gettext_lazy as _

from korps.core.forms import HoneypotMixin
from korps.core.sources import clean_source

from .models import MAX_SEATS_PER_SIGNUP, Event


class SignupForm(HoneypotMixin, forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=120)
    email = forms.EmailField(
        label=_("E-mail address"),
        help_text=_("We send the confirmation and your personal link here."),
    )
    phone = forms.CharField(label=_("Phone number (optional)"), max_length=30, required=False)
    seats = forms.TypedChoiceField(
        label=_("How many people are coming?"),
        help_text=_("Yourself included, e.g. with a parent or a friend."),
        choices=[(n, n) for n in range(1, MAX_SEATS_PER_SIGNUP + 1)],
        coerce=int,
        initial=1,
    )
    accessibility_needs = forms.CharField(
        label=_("Anything we should arrange for you? (optional)"),
        help_text=_("For example wheelchair access, a sign language interpreter, or a quiet room."),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        max_length=1000,
    )
    source = forms.CharField(widget=forms.HiddenInput, required=False)

    field_order = ["name", "email", "phone", "seats", "accessibility_needs", "website"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["phone"].widget.attrs.update(autocomplete="tel", type="tel")
        self.fields["website"].widget.attrs.update(autocomplete="off", tabindex="-1")

    def clean_source(self):
        return clean_source(self.cleaned_data.get("source", ""))


def seats_field(label=None) -> forms.TypedChoiceField:
    label = label or _("How many people are coming?")
    return forms.TypedChoiceField(
        label=label,
        choices=[(n, n) for n in range(1, MAX_SEATS_PER_SIGNUP + 1)],
        coerce=int,
        initial=1,
    )


class SeatsForm(forms.Form):
    """The number of people of an existing sign-up."""

    seats = seats_field(label=_("Number of people"))


class StaffSignupForm(forms.Form):
    """A sign-up staff take for someone who phones or comes to the desk."""

    name = forms.CharField(label=_("Name"), max_length=120)
    email = forms.EmailField(
        label=_("E-mail address"),
        help_text=_("The person gets the confirmation and their personal link here."),
    )
    phone = forms.CharField(label=_("Phone number (optional)"), max_length=30, required=False)
    seats = seats_field()
    accessibility_needs = forms.CharField(
        label=_("Accessibility needs (optional)"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        max_length=1000,
    )


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


class EventForm(forms.ModelForm):
    class Meta:
        model = Event
        fields = [
            "kind",
            "title",
            "description",
            "language",
            "place",
            "online_url",
            "starts_at",
            "ends_at",
            "seats",
            "signup_opens_at",
            "signup_closes_at",
            "overflow_threshold",
            "is_published",
        ]
        widgets = {
            "starts_at": DateTimeInput(),
            "ends_at": DateTimeInput(),
            "signup_opens_at": DateTimeInput(),
            "signup_closes_at": DateTimeInput(),
            "description": forms.Textarea(attrs={"rows": 4}),
        }
        field_classes = {"online_url": partial(forms.URLField, assume_scheme="https")}

    def __init__(self, *args, zone, **kwargs):
        super().__init__(*args, **kwargs)
        from django.conf import settings

        names = dict(settings.LANGUAGES)
        self.fields["language"] = forms.ChoiceField(
            label=_("Language spoken"),
            choices=[(code, names.get(code, code)) for code in zone.published_languages],
        )


class ExtraSessionForm(forms.Form):
    starts_at = forms.DateTimeField(label=_("Starts"), widget=DateTimeInput())
    ends_at = forms.DateTimeField(label=_("Ends"), widget=DateTimeInput())
    seats = forms.IntegerField(label=_("Seats"), min_value=1)
    place = forms.CharField(
        label=_("Place"),
        max_length=300,
        required=False,
        help_text=_("Empty: the same place as the original session."),
    )
    move_waiting = forms.BooleanField(
        label=_("Give the seats to the people on the waiting list"), required=False, initial=True
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("starts_at") and cleaned.get("ends_at"):
            if cleaned["ends_at"] <= cleaned["starts_at"]:
                self.add_error("ends_at", _("The end must come after the start."))
        return cleaned


class CopyEventForm(forms.Form):
    starts_at = forms.DateTimeField(label=_("Starts"), widget=DateTimeInput())
    ends_at = forms.DateTimeField(label=_("Ends"), widget=DateTimeInput())

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("starts_at") and cleaned.get("ends_at"):
            if cleaned["ends_at"] <= cleaned["starts_at"]:
                self.add_error("ends_at", _("The end must come after the start."))
        return cleaned
