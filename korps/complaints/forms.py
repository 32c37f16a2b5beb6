from django import forms
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_scopes.forms import SafeModelChoiceField

from korps.core.forms import SENSIBLE_DATES, HoneypotMixin
from korps.core.translated import localized
from korps.events.forms import DateTimeInput
from korps.organisations.models import Unit, User
from korps.outreach.forms import DateInput

from .intake import MAX_ATTACHMENTS
from .models import Answer, CaseKind, CaseStatus, ComplaintCategory, Ground, Outcome, Route


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field (Django's documented pattern); the content checks are the
    intake service's."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": "image/*,.pdf"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data]
        return [single(data, initial)] if data else []


class ReportForm(HoneypotMixin, forms.Form):
    """The public form: what happened, where, when, who, what the person wants; named or
    anonymous. Only `what` is required (and a name when the person chose to give one)."""

    kind = forms.ChoiceField(
        label=_("What do you want to tell us?"),
        choices=CaseKind.choices,
        widget=forms.RadioSelect,
    )
    what = forms.CharField(
        label=_("What happened?"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=10000,
    )
    where = forms.CharField(label=_("Where? (optional)"), max_length=300, required=False)
    occurred_on = forms.DateField(
        label=_("On which day? (optional)"),
        required=False,
        widget=DateInput(),
        validators=SENSIBLE_DATES,
    )
    occurred_when = forms.CharField(
        label=_("At what time, roughly? (optional)"), max_length=200, required=False
    )
    who = forms.CharField(
        label=_("Who was involved? (optional)"),
        help_text=_("A staff number, a description, a vehicle number: whatever you know."),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=2000,
        required=False,
    )
    wish = forms.CharField(
        label=_("What would you like us to do? (optional)"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=2000,
        required=False,
    )
    anonymous = forms.TypedChoiceField(
        label=_("Do you want to give your name?"),
        choices=[
            ("0", _("Yes, you may contact me")),
            ("1", _("No, I stay anonymous")),
        ],
        coerce=lambda value: value == "1",
        widget=forms.RadioSelect,
        initial="0",
        help_text=_(
            "Anonymous means: nobody can call you or meet you. We talk with you only in writing, "
            "on the page you open with your receipt code, so there is no conversation in person "
            "and no mediation. Some complaints cannot be handled at all without knowing who "
            "makes them."
        ),
    )
    name = forms.CharField(label=_("Your name"), max_length=200, required=False)
    email = forms.EmailField(label=_("E-mail address (optional)"), required=False)
    phone = forms.CharField(label=_("Phone number (optional)"), max_length=40, required=False)
    attachments = MultipleFileField(
        label=_("Photos or documents (optional)"),
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Formatted per request: a lazy text formatted at import stays in the start-up language.
        self.fields["attachments"].help_text = gettext(
            "Images or PDF files, at most %(count)s, each at most 10 MB."
        ) % {"count": MAX_ATTACHMENTS}
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["phone"].widget.attrs.update(autocomplete="tel", type="tel")
        self.fields["website"].widget.attrs.update(autocomplete="off", tabindex="-1")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("anonymous") is False and not cleaned.get("name", "").strip():
            self.add_error("name", _("Give your name, or choose to stay anonymous."))
        occurred_on = cleaned.get("occurred_on")
        if occurred_on and occurred_on > timezone.localdate():
            self.add_error("occurred_on", _("This day lies in the future."))
        return cleaned


class ReceiptCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Your receipt code"),
        max_length=40,
        help_text=_("As on your receipt, e.g. 7KQM-2XHV-9CPA-R4TN."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].widget.attrs.update(autocomplete="off", spellcheck="false")


class ComplainantMessageForm(forms.Form):
    body = forms.CharField(
        label=_("Your message"), widget=forms.Textarea(attrs={"rows": 4}), max_length=5000
    )
    attachments = MultipleFileField(label=_("Photos or documents (optional)"), required=False)


class SatisfactionForm(forms.Form):
    taken_seriously = forms.ChoiceField(
        label=_("Was your complaint taken seriously?"),
        choices=Answer.choices,
        widget=forms.RadioSelect,
    )
    trust_restored = forms.ChoiceField(
        label=_("Do you trust the police again?"),
        choices=Answer.choices,
        widget=forms.RadioSelect,
    )


# ---------------------------------------------------------------- handler side


class CaseFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("open", _("Open")), ("", _("All")), *CaseStatus.choices],
    )
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All")), *CaseKind.choices]
    )


class VersionForm(forms.Form):
    """The version of the case the page showed (optimistic locking)."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1, max_value=2**31 - 1)


class AssignForm(VersionForm):
    handler = forms.ModelChoiceField(label=_("Handler"), queryset=User.objects.none())
    override_reason = forms.CharField(
        label=_("Reason to override the independence check (independent reviewer only)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=2000,
    )

    def __init__(self, *args, officers, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["handler"].queryset = officers


class RouteForm(VersionForm):
    route = forms.ChoiceField(label=_("Handling route"), choices=Route.choices)
    contact_at = forms.DateTimeField(
        label=_("First contact with the complainant (optional)"),
        required=False,
        widget=DateTimeInput(),
    )
    note = forms.CharField(
        label=_("Message to the complainant (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
    )


class AllegationForm(VersionForm):
    category = SafeModelChoiceField(label=_("Category"), queryset=ComplaintCategory.objects.none())
    ground = forms.ChoiceField(
        label=_("Discrimination ground (if any)"),
        choices=[("", _("None")), *Ground.choices],
        required=False,
    )
    summary = forms.CharField(
        label=_("Summary"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    staff_numbers = forms.CharField(
        label=_("Staff concerned (staff numbers, separated by commas)"),
        required=False,
        max_length=1000,
    )
    unit = SafeModelChoiceField(
        label=_("Unit concerned"), queryset=Unit.objects.none(), required=False
    )

    def __init__(self, *args, categories, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = categories
        self.fields["category"].label_from_instance = lambda c: localized(c.label) or c.code
        self.fields["unit"].queryset = units
        self.fields["unit"].label_from_instance = lambda unit: unit.path_label


class OutcomeForm(VersionForm):
    allegation = forms.IntegerField(widget=forms.HiddenInput, min_value=1, max_value=2**63 - 1)
    outcome = forms.ChoiceField(label=_("Outcome"), choices=Outcome.choices)
    reasons = forms.CharField(
        label=_("Reasons (the complainant reads them)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=10000,
    )
    lesson_person = forms.CharField(
        label=_("Lesson for the person (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=5000,
    )
    lesson_organisation = forms.CharField(
        label=_("Lesson for the organisation (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=5000,
    )


class CloseForm(VersionForm):
    reason = forms.CharField(
        label=_("Reason for closing (the complainant reads it)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=10000,
    )


class ReopenForm(VersionForm):
    reason = forms.CharField(
        label=_("Reason for reopening"), widget=forms.Textarea(attrs={"rows": 2}), max_length=5000
    )


class HandlerMessageForm(forms.Form):
    body = forms.CharField(
        label=_("Message to the complainant"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
    )
