"""Where an adoption goes. The diversity plan app, when installed, registers an adopter here
(from this app's `AppConfig.ready()`, since the plan sits below the library in the layers);
until then an adoption is the zone's own to-do list (`services.sheet_adopt`)."""

from __future__ import annotations

from collections.abc import Callable

# adopter(zone, sheet, actor) -> the object it made (a plan action), or None to pass.
Adopter = Callable[[object, object, object], object | None]
ADOPTERS: list[Adopter] = []


def register_adopter(adopter: Adopter) -> None:
    if adopter not in ADOPTERS:
        ADOPTERS.append(adopter)
