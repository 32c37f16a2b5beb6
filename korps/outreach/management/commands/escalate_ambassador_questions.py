from django.core.management.base import BaseCommand

from korps.organisations.scoping import each_zone
from korps.outreach.services import questions_escalate


class Command(BaseCommand):
    help = (
        "Escalate questions for ambassadors that are unanswered after "
        "KORPS_AMBASSADOR_ANSWER_DAYS working days to the zone's diversity managers. "
        "Safe to run as often as you like: a question is escalated once."
    )

    def handle(self, *args, **options):
        # Zone by zone: each pass sees only that zone's questions (the tenant guard).
        escalated = [q for _zone in each_zone() for q in questions_escalate()]
        if options["verbosity"]:
            self.stdout.write(f"{len(escalated)} questions escalated")
