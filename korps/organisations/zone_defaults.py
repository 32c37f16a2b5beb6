"""What a new zone starts with, in one place: the default selection procedure, the default
origin categories and the default limits for a flag. A zone adjusts them afterwards in the
back office.

The data here is plain (names marked for translation with `gettext_noop`, translated into
each of the zone's languages when installed). The apps that own the rows register an
installer (`register_zone_default`), because organisations sits below them; `zone_create`
(the `korps create-zone` command and the back office's "add zone") and the demo seeding run
every installer through `zone_defaults_install`. An installer leaves a zone alone where it
has rows of its kind already, so running them twice adds nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from korps.audit.services import audit_record

from .models import Organisation, User

# The Belgian federal recruitment for inspector, then what follows.
DEFAULT_PROCEDURE = [
    # code, name, kind, typical days, waiting days after a failure, career-site step order
    ("cognitive", gettext_noop("Cognitive tests and language knowledge"), "test", 14, 180, 1),
    ("physical", gettext_noop("Physical test"), "test", 14, 90, 2),
    ("personality", gettext_noop("Personality test and interview"), "test", 21, 365, 3),
    ("committee", gettext_noop("Selection committee of the zone"), "decision", 30, 0, 4),
    ("medical", gettext_noop("Medical examination"), "test", 21, 0, 5),
    ("reserve", gettext_noop("Recruitment reserve"), "reserve", 60, 0, None),
    ("academy", gettext_noop("Academy"), "academy", 365, 0, None),
    ("service", gettext_noop("First months in service"), "service", 180, 0, None),
]

# Flemish statistics split foreign origin into EU and non-EU. "Prefer not to say" is always
# offered on top of a zone's own categories, so it is not one of them.
DEFAULT_ORIGIN_CATEGORIES = [
    ("belgian", gettext_noop("Belgian origin")),
    ("eu", gettext_noop("EU origin")),
    ("non_eu", gettext_noop("Non-EU origin")),
]

# The four-fifths rule, p < 0.05, and the caveat "too small to tell" below 20 people.
DEFAULT_THRESHOLDS = {"adverse_impact_ratio": 0.8, "adverse_impact_p": 0.05, "small_group": 20}


def translations(text: str, organisation: Organisation) -> dict[str, str]:
    """`text` in each language the zone publishes, as stored in a JSON name field."""
    names = {}
    for language in organisation.published_languages:
        with translation.override(language):
            names[language] = _(text)
    return names


def labelled_rows_install(model, organisation: Organisation, defaults) -> bool:
    """Rows of `model` (order, code, label in each of the zone's languages) from `defaults`,
    a list of (code, label), unless the zone has rows of that model already."""
    if model.objects.filter(organisation=organisation).exists():
        return False
    model.objects.bulk_create(
        model(
            organisation=organisation,
            order=order,
            code=code,
            label=translations(label, organisation),
        )
        for order, (code, label) in enumerate(defaults, 1)
    )
    return True


@dataclass(frozen=True)
class ZoneDefault:
    key: str
    order: int
    # Installs the default rows of one kind; returns False where the zone had them already.
    install: Callable[[Organisation], bool]


_registry: dict[str, ZoneDefault] = {}


def register_zone_default(key: str, install: Callable[[Organisation], bool], *, order: int):
    """Called from an app's `ready()`; the installers run in `order`."""
    _registry[key] = ZoneDefault(key=key, order=order, install=install)


def registered_defaults() -> list[ZoneDefault]:
    return sorted(_registry.values(), key=lambda default: default.order)


@transaction.atomic
def zone_defaults_install(*, organisation: Organisation, acting_user: User | None = None):
    """Give the zone every default it lacks; one audit row names what was installed."""
    installed = [d.key for d in registered_defaults() if d.install(organisation)]
    audit_record(
        actor=acting_user,
        action="organisations.zone.defaults_installed",
        target=organisation,
        organisation=organisation,
        data={"installed": installed},
    )
    return installed


@transaction.atomic
def zone_create(
    *,
    name: str,
    code: str,
    default_language: str = "nl",
    languages: list[str] | None = None,
    municipalities: list[str] = (),
    acting_user: User | None = None,
) -> Organisation:
    """A new zone, usable at once: the zone with its municipalities, then every default."""
    from .services import organisation_create

    organisation = organisation_create(
        name=name,
        code=code,
        default_language=default_language,
        languages=languages,
        municipalities=municipalities,
        acting_user=acting_user,
    )
    zone_defaults_install(organisation=organisation, acting_user=acting_user)
    return organisation
