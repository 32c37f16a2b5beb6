from django.core.management.base import BaseCommand

from korps.events.services import reminders_send


class Command(BaseCommand):
    help = (
        "Mail a reminder to everyone with a seat at an event in the next 48 hours. Safe to "
        "run as often as the scheduler likes: each person gets one reminder."
    )

    def add_arguments(self, parser):
        parser.add_argument("--hours", type=int, default=48)

    def handle(self, *args, hours, **options):
        sent = reminders_send(hours_ahead=hours)
        self.stdout.write(f"{sent} reminders sent.")
