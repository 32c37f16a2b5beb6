from django.core.management.base import BaseCommand

from korps.guidance.services import retry_reminders_send


class Command(BaseCommand):
    help = "Mail mentors when a mentee's waiting period after a failed step ends. Idempotent."

    def handle(self, *args, **options):
        self.stdout.write(f"{retry_reminders_send()} reminders sent.")
