"""Thin Celery wrappers: the daily reminders, zone by zone in each zone's scope."""

from celery import shared_task

from korps.organisations.scoping import each_zone


@shared_task
def complaint_reminders() -> int:
    from .reminders import complaint_reminders_send

    return sum(complaint_reminders_send(organisation=zone).sent for zone in each_zone())
