"""A published figure: a count that is shown, or hidden behind the one mark.

Every hidden figure carries the same mark, whatever the reason it is hidden (it is small
itself, or it would give a small one away), so the mark never claims anything about the size
of what it hides. Pages and exports print the legend with it."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

# The same in every language, as statistics offices print it ("x": not published).
MARK = "x"
LEGEND = _("x: hidden to protect small numbers")


@dataclass(frozen=True)
class Cell:
    """A count as it may be shown. `value` is None when the count is hidden."""

    value: int | None
    threshold: int = 0

    @property
    def suppressed(self) -> bool:
        return self.value is None

    def __str__(self) -> str:
        return MARK if self.value is None else str(self.value)


def rate(numerator: Cell, denominator: Cell) -> float | None:
    """A share shown only when both counts are shown: it is then computed from shown
    figures, so it tells nothing the counts do not."""
    if numerator.suppressed or denominator.suppressed or not denominator.value:
        return None
    return numerator.value / denominator.value


def ratio(a: float | None, b: float | None) -> float | None:
    if a is None or b is None or not b:
        return None
    return a / b


def spreadsheet_value(value):
    """A cell for a spreadsheet: a shown count as a number, a hidden one as its mark; any
    other value as it is."""
    if isinstance(value, Cell):
        return str(value) if value.suppressed else value.value
    return value


def display(value) -> str:
    """A cell, rate or ratio for an export: hidden counts as the mark, none as empty."""
    if isinstance(value, Cell):
        return str(value)
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)
