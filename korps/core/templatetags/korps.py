from django import template

from korps.core.translated import localized

register = template.Library()


@register.filter
def tr(value, zone=None):
    """{{ step.name|tr:zone }}: the text in the current language, falling back to the zone's."""
    return localized(value, getattr(zone, "default_language", None))
