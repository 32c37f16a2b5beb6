from django import template
from django.utils.formats import get_format

from korps.disclosure.cells import Cell

register = template.Library()


@register.filter
def figure(value):
    """A report figure on a page: counts as given (hidden ones as the one mark, "x"), rates
    and ratios with two decimals in the page's language (0,80 in Dutch), hidden ones as a
    dash."""
    if isinstance(value, Cell):
        return str(value)
    if value is None:
        return "–"
    if isinstance(value, float):
        # format() keeps a p-value's own digits ("0.048", "< 0.001"); the separator is local.
        return f"{value:.2f}".replace(".", get_format("DECIMAL_SEPARATOR"))
    return value


@register.filter
def label_in(code, labels: dict):
    """The label of a code in a {code: label} mapping, else the code itself."""
    return labels.get(code, code)
