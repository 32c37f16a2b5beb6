"""Writes of the disclosure control: a zone's own threshold."""

from __future__ import annotations

from django.db import transaction

from korps.audit.services import audit_record
from korps.organisations.models import Organisation


@transaction.atomic
def suppression_threshold_set(
    *, organisation: Organisation, threshold: int | None, acting_user
) -> Organisation:
    """Set the zone's own threshold (None: the instance's). It may raise the instance's
    floor, never lower it (Organisation.clean refuses with a ValidationError). Audited with
    the threshold before and after."""
    organisation = Organisation.objects.select_for_update().get(pk=organisation.pk)
    before = {
        "own": organisation.suppression_threshold,
        "effective": organisation.effective_suppression_threshold,
    }
    organisation.suppression_threshold = threshold
    organisation.full_clean()
    organisation.save(update_fields=["suppression_threshold"])
    audit_record(
        actor=acting_user,
        action="disclosure.threshold.change",
        target=organisation,
        organisation=organisation,
        data={
            "before": before,
            "after": {
                "own": organisation.suppression_threshold,
                "effective": organisation.effective_suppression_threshold,
            },
        },
    )
    return organisation
