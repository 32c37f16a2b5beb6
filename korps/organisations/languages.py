"""Contact languages: the languages in which a zone's people can talk with candidates and
visitors (mentors, ambassadors), which may go beyond korps's interface languages (nl, fr, en).
A zone chooses its own (Organisation.contact_languages); without a choice they are the
interface languages it publishes in. Pages and mails stay in an interface language."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

# Interface languages first; then languages that Belgian zones' staff commonly speak.
CONTACT_LANGUAGES = {
    "nl": _("Dutch"),
    "fr": _("French"),
    "en": _("English"),
    "de": _("German"),
    "ar": _("Arabic"),
    "tr": _("Turkish"),
    "zgh": _("Berber (Tamazight)"),
    "es": _("Spanish"),
    "it": _("Italian"),
    "pt": _("Portuguese"),
    "pl": _("Polish"),
    "ro": _("Romanian"),
    "bg": _("Bulgarian"),
    "ru": _("Russian"),
    "uk": _("Ukrainian"),
    "fa": _("Persian (Dari, Farsi)"),
    "ps": _("Pashto"),
    "so": _("Somali"),
    "ti": _("Tigrinya"),
    "ln": _("Lingala"),
    "sq": _("Albanian"),
}


def interface_languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def contact_languages_of(organisation) -> list[str]:
    """The zone's contact languages, in the zone's order; without a choice, the interface
    languages the zone publishes in."""
    return list(organisation.contact_languages or organisation.published_languages)


def contact_language_choices(organisation) -> list[tuple[str, str]]:
    return [
        (code, CONTACT_LANGUAGES.get(code, code)) for code in contact_languages_of(organisation)
    ]


def language_name(code: str) -> str:
    return str(CONTACT_LANGUAGES.get(code, code))


def page_language(code: str, organisation) -> str:
    """The interface language for pages and mails to someone who speaks `code`: that language
    when korps speaks it, else the zone's default language."""
    return code if code in interface_languages() else organisation.default_language
