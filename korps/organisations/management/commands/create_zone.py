from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from korps.organisations.scoping import scopes_disabled
from korps.organisations.zone_defaults import zone_create


class Command(BaseCommand):
    help = (
        "Open a new zone with its defaults (career site, selection procedure, origin "
        "categories, limits for a flag), which the zone then adjusts in the back office. "
        "For site operators at the server; the back office's 'add zone' does the same."
    )

    def add_arguments(self, parser):
        parser.add_argument("code", help="Short code in the zone's addresses, e.g. 'noord'.")
        parser.add_argument("name", help="The zone's name.")
        parser.add_argument("--language", default="nl", help="Default language (nl, fr, en).")
        parser.add_argument(
            "--languages", default="", help="Further languages, comma-separated (e.g. fr,en)."
        )
        parser.add_argument(
            "--municipality",
            action="append",
            default=[],
            help="A municipality the zone serves; repeat for each.",
        )

    def handle(self, *args, code, name, language, languages, municipality, **options):
        extra = [c.strip() for c in languages.split(",") if c.strip()]
        try:
            with scopes_disabled():
                zone = zone_create(
                    name=name,
                    code=code,
                    default_language=language,
                    languages=[language, *[c for c in extra if c != language]],
                    municipalities=municipality,
                )
        except ValidationError as error:
            messages = "; ".join(
                f"{field}: {' '.join(texts)}" for field, texts in error.message_dict.items()
            )
            raise CommandError(f"The zone is not created. {messages}") from error
        self.stdout.write(
            f"Zone {zone.code} ({zone.name}) is created with its defaults; a site operator "
            "gives its administrator a role in the back office (/admin/)."
        )
