"""Writes of a zone's configuration rows from the back office: units, municipalities, origin
categories, monitoring settings, job texts, procedure steps and the like. Rows whose changes
move counters or notify people (sign-ups, leads, candidates, questions) never come here: their
own services write them, and the back office only shows them.

Each write is one transaction with one audit row `<app>.<model>.created|changed|deleted`
naming the actor, and, for a change, every changed field with its value before and after
(so a changed suppression threshold can be traced to who set it, from what, to what)."""

from __future__ import annotations

from typing import Any

from django.db import models, transaction

from korps.audit.services import audit_record


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str | list | dict):
        return value
    return str(value)


def _values(instance: models.Model) -> dict[str, Any]:
    return {
        field.attname: _plain(field.value_from_object(instance))
        for field in instance._meta.concrete_fields
        if not field.primary_key
    }


def _action(instance: models.Model, verb: str) -> str:
    return f"{instance._meta.app_label}.{instance._meta.model_name}.{verb}"


@transaction.atomic
def configuration_save(*, instance: models.Model, organisation, acting_user) -> models.Model:
    """Create or change one configuration row of `organisation`."""
    manager = type(instance)._base_manager
    stored = None
    if instance.pk is not None:
        stored = manager.select_for_update().filter(pk=instance.pk).first()
    instance.full_clean()
    instance.save()
    if stored is None:
        audit_record(
            actor=acting_user,
            action=_action(instance, "created"),
            target=instance,
            organisation=organisation,
            data={"values": _values(instance)},
        )
        return instance
    before, after = _values(stored), _values(instance)
    changes = {name: [before[name], after[name]] for name in after if before[name] != after[name]}
    audit_record(
        actor=acting_user,
        action=_action(instance, "changed"),
        target=instance,
        organisation=organisation,
        data={"changes": changes},
    )
    return instance


@transaction.atomic
def configuration_delete(*, instance: models.Model, organisation, acting_user) -> None:
    """Delete one configuration row of `organisation`, keeping its last values in the trail."""
    values = _values(instance)
    audit_record(
        actor=acting_user,
        action=_action(instance, "deleted"),
        target=instance,
        organisation=organisation,
        data={"values": values},
    )
    instance.delete()
