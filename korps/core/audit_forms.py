from django import forms
from django.utils.translation import gettext_lazy as _

from .forms import SENSIBLE_DATES


class AuditSearchForm(forms.Form):
    actor = forms.CharField(label=_("Who (e-mail)"), required=False, max_length=254)
    action = forms.CharField(label=_("Action"), required=False, max_length=100)
    target = forms.CharField(label=_("Record"), required=False, max_length=200)
    since = forms.DateField(
        label=_("From"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        validators=SENSIBLE_DATES,
    )
    until = forms.DateField(
        label=_("Until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        validators=SENSIBLE_DATES,
    )

    def clean(self):
        cleaned = super().clean()
        since, until = cleaned.get("since"), cleaned.get("until")
        if since and until and since > until:
            raise forms.ValidationError(_("The start date lies after the end date."))
        return cleaned
