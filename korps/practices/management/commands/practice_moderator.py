from django.core.management.base import BaseCommand, CommandError

from korps.organisations.models import User
from korps.practices.services import moderator_set


class Command(BaseCommand):
    help = "Make an account a moderator of the practice library (or, with --remove, no longer)."

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--remove", action="store_true")

    def handle(self, *args, email, remove, **options):
        user = User.objects.filter(email__iexact=email).first()
        if user is None:
            raise CommandError(f"No account with the address {email}.")
        moderator_set(user=user, moderator=not remove)
        state = "no longer a moderator" if remove else "a moderator"
        self.stdout.write(f"{user.email} is {state} of the practice library.")
