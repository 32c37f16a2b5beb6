from django.core.management.base import BaseCommand

from korps.events.services import followups_send
from korps.organisations.scoping import each_zone


class Command(BaseCommand):
    help = (
        "Mail the next steps after an event (and a 'we missed you' to no-shows). Each person "
        "gets one follow-up, however often this runs."
    )

    def handle(self, *args, **options):
        # Zone by zone: each pass sees only that zone's events (the tenant guard).
        sent = sum(followups_send() for _zone in each_zone())
        self.stdout.write(f"{sent} follow-up mails sent.")
