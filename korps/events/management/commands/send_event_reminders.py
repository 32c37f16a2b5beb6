from django.core.management.base import BaseCommand

from korps.events.services import reminders_send
from korps.organisations.scoping import each_zone


class Command(BaseCommand):
    help = (
        "Mail a reminder to everyone with a seat at an event in the next 48 hours. Safe to "
        "run as often as the scheduler likes: each person gets one reminder."
    )

    def add_arguments(self, parser):
        parser.add_argument("--hours", type=int, default=48)

    def handle(self, *args, hours, **options):
        # Zone by zone: each pass sees only that zone's events (the tenant guard).
        sent = sum(reminders_send(hours_ahead=hours) for _zone in each_zone())
        self.stdout.write(f"{sent} reminders sent.")
