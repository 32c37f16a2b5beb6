"""The back office's form parts: a form that validates as the service will, tick boxes for JSON
lists of codes, and relation labels in the page's language. Re-exported by backoffice.py."""

from __future__ import annotations

import json

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from .models import Organisation


class BackOfficeForm(forms.ModelForm):
    """Validates the whole row as the service will (`full_clean`, with the fields the page
    shows read-only), so that what the service would refuse comes back as a message on the
    form, never as a server error."""

    def _post_clean(self):
        super()._post_clean()
        if self.errors:
            return
        try:
            self.instance.full_clean()
        except ValidationError as error:
            for field, messages in error.update_error_dict({}).items():
                self.add_error(field if field in self.fields else None, messages)


def _relation_label(db_field):
    """A relation field without a label of its own is named after the model it points to,
    in the page's language (not 'Organisation' or 'User' on a Dutch page)."""
    if str(db_field.verbose_name) != db_field.name.replace("_", " "):
        return None
    if db_field.related_model is Organisation:
        return capfirst(_("zone"))
    return capfirst(db_field.related_model._meta.verbose_name)


def language_choices() -> list[tuple[str, str]]:
    """korps's languages, named in the page's language."""
    return [(code, translation.gettext(name)) for code, name in settings.LANGUAGES]


class ListOfChoicesField(forms.MultipleChoiceField):
    """A JSON list of codes (languages, topics) as tick boxes with names, not as raw JSON
    (`["nl", "ar", "fr"]`); it stores the same list."""

    widget = forms.CheckboxSelectMultiple

    def to_python(self, value):
        # A client that posts the list as JSON text (as the raw JSON field took it) still works.
        if isinstance(value, (list, tuple)) and len(value) == 1 and str(value[0]).startswith("["):
            value = value[0]
        if isinstance(value, str) and value.startswith("["):
            try:
                value = json.loads(value)
            except ValueError as error:
                raise ValidationError(
                    self.error_messages["invalid_list"], code="invalid_list"
                ) from error
        return super().to_python(value)

    def prepare_value(self, value):
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                return []
        return list(value or [])


def list_of_names(codes, choices) -> str:
    """A JSON list of codes as their names, for list pages ("Dutch, Arabic", not raw JSON)."""
    names = dict(choices)
    return ", ".join(str(names.get(code, code)) for code in codes or []) or "–"
