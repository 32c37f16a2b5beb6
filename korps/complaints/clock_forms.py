"""The forms that move a case's clocks (extend, pause, resume). Each carries the case's
version for the optimistic lock."""

from django import forms
from django.utils.translation import gettext_lazy as _


class ClockVersionForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class ExtendForm(ClockVersionForm):
    days = forms.IntegerField(
        label=_("Extra days (calendar days)"),
        min_value=1,
        max_value=365,
        help_text=_(
            "Without the complainant's consent, one extension of at most four weeks (28 days)."
        ),
    )
    reason = forms.CharField(
        label=_("Reason, for the complainant"), widget=forms.Textarea(attrs={"rows": 3})
    )
    with_consent = forms.BooleanField(label=_("The complainant agreed in writing"), required=False)
    staff_notified = forms.BooleanField(
        label=_("The staff member concerned was told in writing"), required=False
    )


class PauseForm(ClockVersionForm):
    reason = forms.CharField(
        label=_("Why the case waits"), widget=forms.Textarea(attrs={"rows": 2})
    )
