"""Thin Celery wrappers: they take primary keys, find the record's zone and run in its scope."""

from celery import shared_task

from korps.organisations.scoping import zone_of, zone_scope


@shared_task
def send_lead_mail(lead_id: int, kind: str) -> None:
    from .emails import lead_mail_send
    from .models import Lead

    zone = zone_of(Lead, "organisation", pk=lead_id)
    if zone is not None:  # an erased lead gets no mail
        with zone_scope(zone):
            lead_mail_send(lead_id=lead_id, kind=kind)


@shared_task
def send_story_consent_request(story_id: int) -> None:
    from .emails import story_consent_request_send
    from .models import Story

    zone = zone_of(Story, "organisation", pk=story_id)
    if zone is not None:
        with zone_scope(zone):
            story_consent_request_send(story_id=story_id)
