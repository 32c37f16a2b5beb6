"""The tenant guard is structural: every model whose rows belong to a zone refuses to be read
without a zone scope, and a new model cannot forget it."""

import pytest
from django.apps import apps
from django.db import models
from django_scopes import ScopeError, scope

from korps.organisations.models import Organisation, Unit
from korps.organisations.scoping import each_zone, zone_of, zone_scope
from korps.organisations.tests.factories import OrganisationFactory, UnitFactory


def path_to_zone(model) -> str | None:
    """The shortest lookup path along foreign keys (and one-to-one keys) from the model to
    Organisation, or None when its rows belong to no zone."""
    queue, seen = [(model, "")], {model}
    while queue:
        current, prefix = queue.pop(0)
        for field in current._meta.get_fields():
            if not (field.concrete and (field.many_to_one or field.one_to_one)):
                continue
            path = f"{prefix}__{field.name}" if prefix else field.name
            if field.related_model is Organisation:
                return path
            if field.related_model not in seen:
                seen.add(field.related_model)
                queue.append((field.related_model, path))
    return None


def zone_scoped_models() -> list[type[models.Model]]:
    return [
        model
        for model in apps.get_models()
        if model is not Organisation and path_to_zone(model) is not None
    ]


def is_scoped(manager) -> bool:
    return hasattr(manager, "with_scopes_disabled")


def test_the_korps_apps_have_zone_scoped_models():
    names = {model._meta.label for model in zone_scoped_models()}
    assert {"guidance.Candidate", "events.Signup", "outreach.ActionVisit"} <= names


@pytest.mark.parametrize("model", zone_scoped_models(), ids=lambda m: m._meta.label)
def test_a_zone_scoped_model_cannot_be_read_outside_a_zone_scope(model):
    with scope(), pytest.raises(ScopeError):
        list(model.objects.all())


@pytest.mark.parametrize("model", zone_scoped_models(), ids=lambda m: m._meta.label)
def test_a_zone_scoped_model_can_be_read_in_a_zone_scope(model, zone):
    """The path each ScopedManager names leads to the zone (a wrong one fails here)."""
    with zone_scope(zone):
        assert list(model.objects.all()[:1]) == []


@pytest.mark.parametrize("model", zone_scoped_models(), ids=lambda m: m._meta.label)
def test_a_zone_scoped_model_is_guarded_by_its_default_manager(model):
    """Related managers (`candidate.attempts`) and the ORM's own look-ups follow the default
    manager, so that is the one that must carry the guard."""
    assert model._meta.default_manager is model.objects
    assert is_scoped(model.objects), f"{model._meta.label}: objects = ScopedManager(...)"


def test_every_model_with_a_zone_foreign_key_uses_the_scoped_manager():
    """A new app that adds `organisation = ForeignKey(Organisation)` fails here until its model
    declares `objects = ScopedManager(organisation="organisation")`."""
    with_zone_key = [
        model
        for model in apps.get_models()
        if any(
            field.is_relation and field.concrete and field.related_model is Organisation
            for field in model._meta.get_fields()
        )
    ]
    assert with_zone_key
    unguarded = [m._meta.label for m in with_zone_key if not is_scoped(m._default_manager)]
    assert not unguarded, f"Zone data without the tenant guard: {unguarded}"


def test_a_zone_scope_shows_only_that_zones_rows(db):
    mine, theirs = OrganisationFactory(code="mine"), OrganisationFactory(code="theirs")
    UnitFactory(organisation=mine, name="Wijk Noord")
    UnitFactory(organisation=theirs, name="Wijk Zuid")

    with zone_scope(mine):
        names = list(Unit.objects.values_list("name", flat=True))

    assert names == ["Wijk Noord"]


def test_a_zone_scope_needs_a_zone():
    """django-scopes reads None as "every zone"; korps refuses it."""
    with pytest.raises(ValueError):
        zone_scope(None)


def test_each_zone_runs_every_zone_in_its_own_scope(db):
    mine, theirs = OrganisationFactory(code="mine"), OrganisationFactory(code="theirs")
    UnitFactory(organisation=mine, name="Wijk Noord")
    UnitFactory(organisation=theirs, name="Wijk Zuid")

    seen = {zone.code: list(Unit.objects.values_list("name", flat=True)) for zone in each_zone()}

    assert seen == {"mine": ["Wijk Noord"], "theirs": ["Wijk Zuid"]}


def test_the_zone_of_a_record_is_found_without_a_scope(db):
    unit = UnitFactory(organisation=OrganisationFactory(code="mine"))

    with scope():
        assert zone_of(Unit, "organisation", pk=unit.pk) == unit.organisation_id
        assert zone_of(Unit, "organisation", pk=unit.pk + 1000) is None
