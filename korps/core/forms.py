from django import forms
from django.utils.translation import gettext_lazy as _


class HoneypotMixin(forms.Form):
    # People never see this field; form-filling robots do, and fill it in.
    website = forms.CharField(required=False, label=_("Leave this field empty"))

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(_("This form could not be sent."), code="honeypot")
        return ""


class ImportFileForm(forms.Form):
    """The upload of a PreviewImportView. Subclasses say what the file is and which columns
    it has, as `label` and `help_text`."""

    label = _("File (CSV or XLSX)")
    help_text = ""

    file = forms.FileField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].label = self.label
        self.fields["file"].help_text = self.help_text
