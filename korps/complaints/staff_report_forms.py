"""Forms of staff reports (the reporter's and the confidential counsellor's)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .forms import VersionForm
from .staff_models import StaffReportKind


class StaffReportForm(forms.Form):
    kind = forms.ChoiceField(label=_("What is it about?"), choices=StaffReportKind.choices)
    what = forms.CharField(
        label=_("What happened?"),
        help_text=_("Only you and the confidential counsellor read this."),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=20000,
    )


class HearForm(VersionForm):
    heard_at = forms.DateTimeField(
        label=_("Heard on (empty: now)"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
    )


class StaffCloseForm(VersionForm):
    reason = forms.CharField(
        label=_("Reason for closing (the person who reported reads it)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=10000,
    )


class StaffMessageForm(forms.Form):
    body = forms.CharField(
        label=_("Message"), widget=forms.Textarea(attrs={"rows": 3}), max_length=10000
    )
