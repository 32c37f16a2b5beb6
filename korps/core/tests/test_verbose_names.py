"""Every model of korps and every field it stores has a name of its own, translated: the back
office shows these names as titles, column headings and form labels, and Django's fallback
(the attribute name with spaces, "created at") is English on a Dutch page."""

from django.apps import apps
from django.utils import translation
from django.utils.functional import Promise

# Words Dutch uses as they are in English; a name whose Dutch text equals its English one must
# be one of these.
SAME_IN_DUTCH = {
    "zone": "a police zone is a 'politiezone'; the word is the same",
    "job": "Belgian Dutch says 'job' for a post one applies to",
    "jobs": "the plural of 'job' in Belgian Dutch",
    "status": "the Dutch word for a state of affairs is 'status'",
    "mentor": "the Dutch word for a guide is 'mentor'",
    "partner": "the Dutch word for a partner organisation is 'partner'",
    "partners": "the plural of 'partner' in Dutch",
    "code": "the Dutch word for a short identifier is 'code'",
    "budget": "the Dutch word for a budget is 'budget'",
    "record": "the audit trail names the personal record read; Dutch says 'record' too",
    "details": "the Dutch word for particulars is 'details'",
    "gender": "Dutch forms say 'gender' (besides 'geslacht')",
    "account": "the Dutch word for a log-in account is 'account'",
    "KPI": "Dutch says 'KPI' (kritieke prestatie-indicator) too",
}


def korps_models():
    return [model for model in apps.get_models() if model.__module__.startswith("korps.")]


def stored_fields(model):
    return [field for field in model._meta.concrete_fields if not field.auto_created]


def names_of(model):
    """(where, the lazy name or whatever was given) for the model and each stored field."""
    meta = model._meta
    yield f"{meta.label} (verbose_name)", meta.original_attrs.get("verbose_name")
    yield f"{meta.label} (verbose_name_plural)", meta.original_attrs.get("verbose_name_plural")
    for field in stored_fields(model):
        yield f"{meta.label}.{field.name}", field._verbose_name


def english(name: Promise) -> str:
    with translation.override("en"):
        return str(name)


def test_the_walk_sees_every_app_of_korps():
    labels = {model._meta.app_label for model in korps_models()}
    assert {
        "organisations",
        "audit",
        "careers",
        "events",
        "outreach",
        "guidance",
        "monitoring",
    } <= labels


def test_every_model_and_stored_field_has_an_explicit_translatable_name():
    missing = [
        where
        for model in korps_models()
        for where, name in names_of(model)
        if not isinstance(name, Promise)
    ]
    assert not missing, "Give these a verbose_name with gettext_lazy:\n" + "\n".join(missing)


def test_every_name_reads_differently_in_dutch_unless_dutch_uses_the_same_word():
    same = []
    for model in korps_models():
        for where, name in names_of(model):
            if not isinstance(name, Promise):
                continue
            with translation.override("nl"):
                dutch = str(name)
            if dutch == english(name) and dutch not in SAME_IN_DUTCH:
                same.append(f"{where}: {dutch!r}")
    assert not same, "Translate these in locale/nl (or justify them above):\n" + "\n".join(same)


def test_every_choice_label_is_translatable():
    raw = []
    for model in korps_models():
        for field in stored_fields(model):
            for value, label in field.flatchoices or []:
                if not isinstance(label, Promise):
                    raw.append(f"{model._meta.label}.{field.name}: {value!r} -> {label!r}")
    assert not raw, "Mark these choice labels with gettext_lazy:\n" + "\n".join(raw)
