import datetime as dt
import re

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from .tabular import too_large_message, upload_limit_bytes

# Dates korps accepts from a form or a query: Python's dates end at year 9999 and a
# time-zone shift of 0001-01-01 falls off the start, which gave server errors.
SENSIBLE_DATES = [
    MinValueValidator(dt.date(1900, 1, 1)),
    MaxValueValidator(dt.date(2100, 12, 31)),
]
# The largest primary key the database keeps (BigAutoField).
LARGEST_ID = 2**63 - 1


def record_id_field(**kwargs) -> forms.IntegerField:
    """A record's number in a query parameter (?lead=12): a whole number the database can
    look up, so that `abc` or `1e9` is a wrong link, not a server error."""
    return forms.IntegerField(required=False, min_value=1, max_value=LARGEST_ID, **kwargs)


class HoneypotMixin(forms.Form):
    # People never see this field; form-filling robots do, and fill it in.
    website = forms.CharField(required=False, label=_("Leave this field empty"))

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(_("This form could not be sent."), code="honeypot")
        return ""


def columns_as_code(text: str, columns) -> str:
    """The text escaped, with each of the column names in it marked as code."""
    if not columns:
        return text
    names = sorted(columns, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, names)) + r")(?![\w-])")
    return mark_safe(pattern.sub(r"<code>\1</code>", escape(text)))  # noqa: S308 (escaped)


class ImportFileForm(forms.Form):
    """The upload of a PreviewImportView. Subclasses say what the file is and which columns
    it has, as `label` and `help_text`; the column names the help text quotes (`columns`)
    show as code, in every language, since the file's header must spell them so."""

    label = _("File (CSV or XLSX)")
    help_text = ""
    columns: tuple[str, ...] = ()

    file = forms.FileField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].label = self.label
        self.fields["file"].help_text = columns_as_code(str(self.help_text), self.columns)

    def clean_file(self):
        """Refused by its size alone, before anything reads it: Django has streamed a large
        upload to a temporary file, not into memory."""
        upload = self.cleaned_data["file"]
        if upload.size > upload_limit_bytes():
            raise forms.ValidationError(too_large_message(), code="too_large")
        return upload
