from celery import shared_task


@shared_task
def send_lead_mail(lead_id: int, kind: str) -> None:
    from .emails import lead_mail_send

    lead_mail_send(lead_id=lead_id, kind=kind)


@shared_task
def send_story_consent_request(story_id: int) -> None:
    from .emails import story_consent_request_send

    story_consent_request_send(story_id=story_id)
