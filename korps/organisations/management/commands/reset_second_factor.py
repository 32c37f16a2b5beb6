from django.core.management.base import BaseCommand, CommandError

from korps.organisations.models import User
from korps.organisations.second_factor_services import second_factor_reset


class Command(BaseCommand):
    help = (
        "Remove a user's authenticator app and recovery codes (audited); they set up their "
        "second factor again at their next log-in. For site operators at the server, e.g. a "
        "superuser who lost their phone; zone administrators use the zone's people page."
    )

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        user = User.objects.filter(email__iexact=email.strip()).first()
        if user is None:
            raise CommandError(f"No user has the e-mail address {email!r}.")
        second_factor_reset(actor=None, user=user)
        self.stdout.write(f"{user.email} sets up the second factor again at the next log-in.")
