from django import template

from korps.disclosure.cells import Cell

register = template.Library()


@register.filter
def figure(value):
    """A report figure on a page: counts as given (hidden ones as the one mark, "x"), rates
    and ratios with two decimals, hidden ones as a dash."""
    if isinstance(value, Cell):
        return str(value)
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.2f}"
    return value


@register.filter
def label_in(code, labels: dict):
    """The label of a code in a {code: label} mapping, else the code itself."""
    return labels.get(code, code)
