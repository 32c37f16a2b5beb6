"""Texts that a zone writes in several languages, stored as {"nl": "...", "fr": "..."} in a
JSONField. Read with localized(); edit with TranslatedField, one box per zone language."""

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


def localized(value, fallback_language: str | None = None, language: str | None = None) -> str:
    """The text in the visitor's language, else in the zone's default language, else any."""
    if not value:
        return ""
    if isinstance(value, str):
        return value
    language = (language or get_language() or settings.LANGUAGE_CODE)[:2]
    for code in (language, fallback_language, settings.LANGUAGE_CODE):
        if code and value.get(code):
            return value[code]
    return next((text for text in value.values() if text), "")


class TranslatedWidget(forms.MultiWidget):
    template_name = "core/widgets/translated.html"

    def __init__(self, languages, textarea=False, attrs=None):
        self.languages = languages
        inner = forms.Textarea(attrs={"rows": 3}) if textarea else forms.TextInput()
        super().__init__([inner] * len(languages), attrs)

    def decompress(self, value):
        value = value or {}
        return [value.get(code, "") for code in self.languages]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        names = dict(settings.LANGUAGES)
        for code, sub in zip(self.languages, context["widget"]["subwidgets"], strict=True):
            sub["language"] = code
            sub["language_name"] = names.get(code, code)
        return context

    def id_for_label(self, id_):
        return f"{id_}_0" if id_ else id_


class TranslatedField(forms.MultiValueField):
    """One text per language; only the first (the zone's default) is required."""

    def __init__(self, languages, textarea=False, required=True, max_length=None, **kwargs):
        self.languages = list(languages)
        fields = [
            forms.CharField(required=False, max_length=max_length) for _code in self.languages
        ]
        super().__init__(
            fields,
            widget=TranslatedWidget(self.languages, textarea=textarea),
            require_all_fields=False,
            required=required,
            **kwargs,
        )
        self.default_required = required

    def compress(self, data_list):
        data_list = data_list or [""] * len(self.languages)
        return {
            code: text.strip()
            for code, text in zip(self.languages, data_list, strict=True)
            if text and text.strip()
        }

    def validate(self, value):
        if self.default_required and not value.get(self.languages[0]):
            raise forms.ValidationError(
                _("Fill in at least the text in %(language)s.")
                % {"language": dict(settings.LANGUAGES).get(self.languages[0], self.languages[0])},
                code="required",
            )
