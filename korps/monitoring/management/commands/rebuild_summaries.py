"""Recompute the monitoring summary tables from the facts, per zone. The services keep them
up to date; this is for after a bulk load that bypassed them, or to check them."""

import time

from django.core.management.base import BaseCommand

from korps.monitoring.summaries import summaries_rebuild, summaries_recount, summaries_stored
from korps.organisations.models import Organisation
from korps.organisations.scoping import zone_scope


class Command(BaseCommand):
    help = "Rebuild (or with --check, compare) the monitoring summary tables."

    def add_arguments(self, parser):
        parser.add_argument("--zone", help="the zone's code; all zones without it")
        parser.add_argument(
            "--check", action="store_true", help="only report whether they equal a recount"
        )

    def handle(self, *args, zone=None, check=False, **options):
        zones = Organisation.objects.order_by("code")
        if zone:
            zones = zones.filter(code=zone)
        differing = 0
        for organisation in zones:
            with zone_scope(organisation):
                differing += self.zone(organisation, check)
        if differing:
            raise SystemExit(1)

    def zone(self, organisation, check: bool) -> int:
        """Rebuilds or checks one zone's tables, in that zone's scope; 1 when --check finds
        them different from a recount."""
        started = time.perf_counter()
        if check:
            same = summaries_stored(organisation=organisation) == summaries_recount(
                organisation=organisation
            )
            self.stdout.write(f"{organisation.code}: {'equal' if same else 'DIFFERENT'}")
            return int(not same)
        rows = summaries_rebuild(organisation=organisation)
        self.stdout.write(
            f"{organisation.code}: {rows['funnel']} funnel, {rows['flows']} flow, "
            f"{rows['cohorts']} cohort and {rows['promotions']} promotion rows in "
            f"{time.perf_counter() - started:.1f} s"
        )
        return 0
