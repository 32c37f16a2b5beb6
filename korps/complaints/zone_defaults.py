"""Complaints' part of a new zone's defaults (korps.organisations.zone_defaults): the
categories of allegation, after the English (IOPC) and Belgian (Comité P) lists, with a
label in each of the zone's languages, and the zone's complaints settings."""

from django.utils.translation import gettext_noop

from korps.organisations.zone_defaults import labelled_rows_install

from .models import ComplaintCategory, ComplaintsSettings, RuleSet

DEFAULT_CATEGORIES = [
    ("incivility", gettext_noop("Incivility, impoliteness or intolerance")),
    ("discrimination", gettext_noop("Unequal or discriminatory treatment")),
    ("force", gettext_noop("Use of force")),
    ("intervention", gettext_noop("Conduct of an intervention (stop, search, arrest)")),
    ("service", gettext_noop("Quality of service (delay, no follow-up)")),
    ("information", gettext_noop("Handling of information and privacy")),
    ("integrity", gettext_noop("Integrity and abuse of position")),
    ("other", gettext_noop("Another matter")),
]


def categories_install(organisation) -> bool:
    """The default categories, unless the zone has its own already."""
    return labelled_rows_install(ComplaintCategory, organisation, DEFAULT_CATEGORIES)


def settings_install(organisation) -> bool:
    """Belgian rules unless the zone chooses otherwise: korps does not know a zone's country."""
    if ComplaintsSettings.objects.filter(organisation=organisation).exists():
        return False
    ComplaintsSettings.objects.create(organisation=organisation, rule_set=RuleSet.BELGIUM)
    return True
