import random

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings

from korps.core.demo import DEMO_ZONE_CODE, SEEDERS, DemoContext
from korps.organisations.models import Organisation
from korps.organisations.scoping import scopes_disabled


class Command(BaseCommand):
    help = "Build the fictional demo zone (units, one user per role, and each app's demo data)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the database already holds a zone (make demo runs this).",
        )
        parser.add_argument("--seed", type=int, default=2026, help="Random seed (default 2026).")

    # The demo seeder builds a zone and all its data: cross-zone by nature.
    @scopes_disabled()
    def handle(self, *args, if_empty, seed, verbosity, **options):
        if Organisation.objects.exists():
            if if_empty:
                self.stdout.write(
                    "The database already holds data; the demo zone is not loaded again."
                )
                return
            if Organisation.objects.filter(code=DEMO_ZONE_CODE).exists():
                raise CommandError(
                    "The demo zone exists already. Start from an empty database to load it again."
                )
        context = DemoContext(
            random=random.Random(seed),
            log=(lambda line: self.stdout.write(f"  {line}")) if verbosity else (lambda line: None),
        )
        # The mails the seeding sends are shown one line each, never in full.
        with override_settings(EMAIL_BACKEND="korps.core.demo_mail.OneLineEmailBackend"):
            with transaction.atomic():
                for seeder in SEEDERS:
                    if verbosity:
                        self.stdout.write(f"- {seeder.name}")
                    seeder.run(context)
        self.stdout.write(self.style.SUCCESS(f"Demo zone '{context.zone.name}' is ready."))
