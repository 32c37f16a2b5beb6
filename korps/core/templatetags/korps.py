from django import template

from korps.core.translated import localized

register = template.Library()


@register.filter
def tr(value, zone=None):
    """{{ step.name|tr:zone }}: the text in the current language, falling back to the zone's."""
    return localized(value, getattr(zone, "default_language", None))


@register.simple_tag
def public_nav(zone):
    """The career-site entries that other apps registered (core.navigation.register_public)."""
    from korps.core.navigation import public_items

    return public_items(zone.code)
