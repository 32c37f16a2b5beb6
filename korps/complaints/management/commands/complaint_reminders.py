from django.core.management.base import BaseCommand

from korps.complaints.reminders import complaint_reminders_send
from korps.organisations.scoping import each_zone


class Command(BaseCommand):
    help = (
        "Remind complaint handlers of deadlines within KORPS_COMPLAINT_REMINDER_DAYS working "
        "days and escalate passed deadlines to the zone's complaints officers and independent "
        "reviewer. Run it daily; running it again sends nothing twice, and a mail that could "
        "not be sent is sent by the next run."
    )

    def handle(self, *args, **options):
        # Zone by zone: each pass sees only that zone's cases (the tenant guard).
        runs = [complaint_reminders_send(organisation=zone) for zone in each_zone()]
        sent = sum(run.sent for run in runs)
        failed = sum(run.failed for run in runs)
        self.stdout.write(f"{sent} reminders sent, {failed} kept for the next run.")
