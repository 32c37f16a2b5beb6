"""Thin Celery wrappers: they take primary keys, find the record's zone and run in its scope."""

from celery import shared_task

from korps.organisations.scoping import zone_of, zone_scope


@shared_task
def send_signup_mail(signup_id: int, kind: str) -> None:
    from .emails import signup_mail_send
    from .models import Signup

    zone = zone_of(Signup, "event__organisation", pk=signup_id)
    if zone is not None:
        with zone_scope(zone):
            signup_mail_send(signup_id=signup_id, kind=kind)
