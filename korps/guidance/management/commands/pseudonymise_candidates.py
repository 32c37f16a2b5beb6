from django.conf import settings
from django.core.management.base import BaseCommand

from korps.guidance.services import candidates_pseudonymise
from korps.organisations.scoping import each_zone


class Command(BaseCommand):
    help = (
        "Remove names, contact data and notes of guidance tracks closed longer ago than "
        "KORPS_GUIDANCE_RETENTION_MONTHS (default 24). Safe to run daily."
    )

    def add_arguments(self, parser):
        parser.add_argument("--months", type=int, default=settings.KORPS_GUIDANCE_RETENTION_MONTHS)

    def handle(self, *args, months, **options):
        # Zone by zone: each pass sees only that zone's candidates (the tenant guard).
        done = sum(candidates_pseudonymise(months=months) for _zone in each_zone())
        self.stdout.write(f"{done} closed tracks pseudonymised.")
