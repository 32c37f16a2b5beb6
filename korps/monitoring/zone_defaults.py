"""Monitoring's part of a new zone's defaults (korps.organisations.zone_defaults): the origin
categories, with a label in each of the zone's languages, and the limits for a flag."""

from korps.organisations.zone_defaults import (
    DEFAULT_ORIGIN_CATEGORIES,
    DEFAULT_THRESHOLDS,
    translations,
)

from .models import MonitoringSettings, OriginCategory


def origin_categories_install(organisation) -> bool:
    """The default origin categories, unless the zone has its own already."""
    if OriginCategory.objects.filter(organisation=organisation).exists():
        return False
    OriginCategory.objects.bulk_create(
        OriginCategory(
            organisation=organisation,
            order=order,
            code=code,
            label=translations(label, organisation),
        )
        for order, (code, label) in enumerate(DEFAULT_ORIGIN_CATEGORIES, 1)
    )
    return True


def thresholds_install(organisation) -> bool:
    """The default limits for a flag, unless the zone has set its own."""
    if MonitoringSettings.objects.filter(organisation=organisation).exists():
        return False
    MonitoringSettings.objects.create(organisation=organisation, **DEFAULT_THRESHOLDS)
    return True
