"""Thin Celery wrappers: they take primary keys and run in the zone's scope."""

from celery import shared_task

from korps.organisations.scoping import zone_scope


@shared_task
def send_declaration_invitations(zone_id: int, candidate_ids: list[int]) -> int:
    from korps.organisations.models import Organisation

    from .candidate_imports import declaration_invitations_send

    with zone_scope(zone_id):
        zone = Organisation.objects.get(pk=zone_id)
        return declaration_invitations_send(organisation=zone, candidate_ids=candidate_ids)
