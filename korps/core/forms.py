from django import forms
from django.utils.translation import gettext_lazy as _


class HoneypotMixin(forms.Form):
    # People never see this field; form-filling robots do, and fill it in.
    website = forms.CharField(required=False, label=_("Leave this field empty"))

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(_("This form could not be sent."), code="honeypot")
        return ""
