"""Monitoring's part of a new zone's defaults (korps.organisations.zone_defaults): the origin
categories, with a label in each of the zone's languages, and the limits for a flag."""

from korps.organisations.zone_defaults import (
    DEFAULT_ORIGIN_CATEGORIES,
    DEFAULT_THRESHOLDS,
    labelled_rows_install,
)

from .models import MonitoringSettings, OriginCategory


def origin_categories_install(organisation) -> bool:
    """The default origin categories, unless the zone has its own already."""
    return labelled_rows_install(OriginCategory, organisation, DEFAULT_ORIGIN_CATEGORIES)


def thresholds_install(organisation) -> bool:
    """The default limits for a flag, unless the zone has set its own."""
    if MonitoringSettings.objects.filter(organisation=organisation).exists():
        return False
    MonitoringSettings.objects.create(organisation=organisation, **DEFAULT_THRESHOLDS)
    return True
