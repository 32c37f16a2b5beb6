"""How a back-office page that may not be edited shows a stored code or JSON value: in
words. Django shows such fields as they are stored (`nl`, `["nl", "ar"]`,
`{"nl": "…", "fr": "…"}`); here a language code reads as the language's name, a list of codes
as their names, and a text kept in each language as the text in the page's language."""

from django.contrib import admin
from django.contrib.admin.utils import display_for_field
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import translation

from .languages import CONTACT_LANGUAGES


def in_words(value, names: dict):
    """The value with its codes replaced by `names`; None when it is not a code, a list of
    codes or a text per language (it then shows as Django shows it)."""
    if isinstance(value, str):
        return str(names.get(value, value))
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return ", ".join(str(names.get(item, item)) for item in value) or "–"
    if isinstance(value, dict) and value and set(value) <= set(CONTACT_LANGUAGES):
        texts = {code: text for code, text in value.items() if text}
        return texts.get(translation.get_language()) or next(iter(texts.values()), "–")
    return None


def readable(model_admin, field_name: str):
    """A display for a field whose stored value is a code or JSON, else the field's name. A
    model admin names its own displays in `shown_as` ({field name: callable(obj)})."""
    try:
        field = model_admin.model._meta.get_field(field_name)
    except FieldDoesNotExist:  # a method or a property of the admin: Django shows it
        return field_name
    own = getattr(model_admin, "shown_as", {}).get(field_name)
    coded = isinstance(field, models.JSONField) or (
        isinstance(field, models.CharField) and field.name == "language" and not field.choices
    )
    if not coded and own is None:
        return field_name
    extra = getattr(model_admin, "list_choices", {}).get(field_name)

    def show(obj):
        value = getattr(obj, field.attname)
        if own is not None:
            return own(obj)
        names = {**CONTACT_LANGUAGES, **dict(extra() if extra else [])}
        shown = in_words(value, names)
        return display_for_field(value, field, "–") if shown is None else shown

    show.__name__ = field_name
    show.short_description = field.verbose_name
    return show


def readable_fieldsets(model_admin, fieldsets):
    """The fieldsets with each coded field replaced by its display."""
    return [
        (
            name,
            {
                **options,
                "fields": [_readable_item(model_admin, item) for item in options["fields"]],
            },
        )
        for name, options in fieldsets
    ]


def _readable_item(model_admin, item):
    if isinstance(item, (list, tuple)):
        return type(item)(readable(model_admin, name) for name in item)
    return readable(model_admin, item) if isinstance(item, str) else item


def labelled_filter(field_name: str, title, label_of):
    """A list filter on a stored code that offers each code present by its label
    (`label_of(code)`), sorted by label, where Django's would offer the raw codes."""

    class LabelledFilter(admin.SimpleListFilter):
        parameter_name = field_name

        def lookups(self, request, model_admin):
            codes = (
                model_admin.get_queryset(request)
                .order_by()
                .values_list(field_name, flat=True)
                .distinct()
            )
            return sorted(((code, label_of(code)) for code in codes), key=lambda c: str(c[1]))

        def queryset(self, request, queryset):
            if self.value() is None:
                return queryset
            return queryset.filter(**{field_name: self.value()})

    LabelledFilter.title = title
    LabelledFilter.__name__ = f"{field_name.title().replace('_', '')}Filter"
    return LabelledFilter
