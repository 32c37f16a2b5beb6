"""Thin Celery wrappers: they take primary keys, find the record's zone and run in its scope."""

from celery import shared_task

from korps.organisations.scoping import zone_of, zone_scope


@shared_task
def send_invitation_batch(batch_id: int) -> None:
    from .invitations import invitation_batch_send
    from .models import InvitationBatch

    zone = zone_of(InvitationBatch, "organisation", pk=batch_id)
    if zone is not None:
        with zone_scope(zone):
            invitation_batch_send(batch_id=batch_id)
