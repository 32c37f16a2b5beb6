from django.core.management.base import BaseCommand

from korps.organisations.scoping import each_zone
from korps.practices.services import confirmations_due


class Command(BaseCommand):
    help = (
        "Ask the contact of every practice implementation last confirmed about a year ago to "
        "confirm it (the zone's diversity managers when the contact has left). Safe to run "
        "daily: nobody is asked twice within a month."
    )

    def handle(self, *args, **options):
        # Zone by zone: each pass sees only that zone's implementations (the tenant guard).
        asked = sum(confirmations_due(zone=zone) for zone in each_zone())
        self.stdout.write(f"{asked} implementations to confirm; their contacts were asked.")
