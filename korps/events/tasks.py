"""Thin Celery wrappers: they take primary keys and call the mail builders."""

from celery import shared_task


@shared_task
def send_signup_mail(signup_id: int, kind: str) -> None:
    from .emails import signup_mail_send

    signup_mail_send(signup_id=signup_id, kind=kind)
