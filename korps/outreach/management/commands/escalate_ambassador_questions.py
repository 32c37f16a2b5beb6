from django.core.management.base import BaseCommand

from korps.outreach.services import questions_escalate


class Command(BaseCommand):
    help = (
        "Escalate questions for ambassadors that are unanswered after "
        "KORPS_AMBASSADOR_ANSWER_DAYS working days to the zone's diversity managers. "
        "Safe to run as often as you like: a question is escalated once."
    )

    def handle(self, *args, **options):
        escalated = questions_escalate()
        if options["verbosity"]:
            self.stdout.write(f"{len(escalated)} questions escalated")
