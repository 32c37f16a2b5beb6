from django.core.management.base import BaseCommand

from korps.core.demo import DEMO_OTHER_ZONE_CODE, DEMO_PASSWORD, DEMO_ZONE_CODE
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
        # The demo zone's log-ins first, then those of the demo's other zones (as the README).
        memberships = sorted(
            Membership.objects.filter(organisation__code__in=[DEMO_ZONE_CODE, DEMO_OTHER_ZONE_CODE])
            .select_related("user", "organisation")
            .order_by("pk"),
            key=lambda membership: membership.organisation.code != DEMO_ZONE_CODE,
        )
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS(f"korps demo: {url}"))
        self.stdout.write(f"Log in at {url}accounts/login/ with password '{DEMO_PASSWORD}' as:")
        # One line per role and zone (the README's table); further accounts of a role as
        # "and N more: first to last", so the list stays as short as the README's.
        accounts: dict[str, list[str]] = {}
        seen = set()
        for membership in memberships:
            if membership.user_id in seen:
                continue
            seen.add(membership.user_id)
            role = str(membership.get_role_display())
            if membership.organisation.code != DEMO_ZONE_CODE:
                role = f"{role} ({membership.organisation.name})"
            accounts.setdefault(role, []).append(membership.user.email)
        for role, emails in accounts.items():
            self.stdout.write(f"  {role:<30} {emails[0]}")
            more = emails[1:]
            if len(more) == 1:
                self.stdout.write(f"  {'':<30} and 1 more: {more[0]}")
            elif more:
                self.stdout.write(f"  {'':<30} and {len(more)} more: {more[0]} to {more[-1]}")
        self.stdout.write(
            "Second step: the code of an authenticator app holding the demo key "
            f"{DEMO_TOTP_SECRET}; the demo's second-step page shows it too."
        )
        self.stdout.write(
            f"Code right now (it changes every 30 seconds): {current_code(DEMO_TOTP_KEY)}"
        )
        self.stdout.write("")
