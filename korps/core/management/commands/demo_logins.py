from django.core.management.base import BaseCommand

from korps.core.demo import DEMO_PASSWORD, DEMO_ZONE_CODE
from korps.organisations.models import Membership
from korps.organisations.scoping import scopes_disabled
from korps.organisations.second_factor import DEMO_TOTP_KEY, DEMO_TOTP_SECRET, current_code


class Command(BaseCommand):
    help = "Print the address of the demo and its log-ins."

    def add_arguments(self, parser):
        parser.add_argument("--url", default="http://127.0.0.1:8000/")

    # Prints the demo zone's log-ins, found by the zone's code.
    @scopes_disabled()
    def handle(self, *args, url, **options):
        memberships = (
            Membership.objects.filter(organisation__code=DEMO_ZONE_CODE)
            .select_related("user")
            .order_by("pk")
        )
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS(f"korps demo: {url}"))
        self.stdout.write(f"Log in at {url}accounts/login/ with password '{DEMO_PASSWORD}' as:")
        seen = set()
        for membership in memberships:
            if membership.user_id in seen:
                continue
            seen.add(membership.user_id)
            self.stdout.write(f"  {membership.get_role_display():<24} {membership.user.email}")
        self.stdout.write(
            "Second step: the code of an authenticator app holding the demo key "
            f"{DEMO_TOTP_SECRET}; the demo's second-step page shows it too."
        )
        self.stdout.write(
            f"Code right now (it changes every 30 seconds): {current_code(DEMO_TOTP_KEY)}"
        )
        self.stdout.write("")
