from django.core.management.base import BaseCommand

from korps.guidance.services import retry_reminders_send
from korps.organisations.scoping import each_zone


class Command(BaseCommand):
    help = "Mail mentors when a mentee's waiting period after a failed step ends. Idempotent."

    def handle(self, *args, **options):
        # Zone by zone: each pass sees only that zone's candidates (the tenant guard).
        sent = sum(retry_reminders_send() for _zone in each_zone())
        self.stdout.write(f"{sent} reminders sent.")
