"""The career site's part of a new zone's defaults (korps.organisations.zone_defaults)."""

from .demo import install_career_site
from .models import SelectionStep, SiteText


def career_site_install(organisation) -> bool:
    """The default career site (texts, jobs, selection steps with practice questions), unless
    the zone has texts or steps already."""
    if (
        SiteText.objects.filter(organisation=organisation).exists()
        or SelectionStep.objects.filter(organisation=organisation).exists()
    ):
        return False
    install_career_site(organisation)
    return True
