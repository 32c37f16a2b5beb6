from django.core.management.base import BaseCommand

from korps.events.services import followups_send


class Command(BaseCommand):
    help = (
        "Mail the next steps after an event (and a 'we missed you' to no-shows). Each person "
        "gets one follow-up, however often this runs."
    )

    def handle(self, *args, **options):
        sent = followups_send()
        self.stdout.write(f"{sent} follow-up mails sent.")
