"""The demo zone hook. Each app registers a seeder in its own demo.py:

    from korps.core.demo import DemoContext, demo_seeder

    @demo_seeder(order=30)
    def seed_events(ctx: DemoContext) -> None:
        ...

`korps seed-demo` runs the seeders in order, in one transaction, with a shared context that
holds the demo zone, its units and one user per role. Seeders use ctx.random, seeded, so the
demo is the same every time."""

import random
from collections.abc import Callable
from dataclasses import dataclass, field

DEMO_PASSWORD = "korps-demo-2026"
DEMO_ZONE_CODE = "demo"
# The demo's second, small zone: it shows that zones never see each other's data.
DEMO_OTHER_ZONE_CODE = "heuvelland"


@dataclass
class DemoContext:
    random: random.Random
    zone: object = None
    other_zone: object = None
    units: dict = field(default_factory=dict)
    users: dict = field(default_factory=dict)
    log: Callable[[str], None] = print


@dataclass(frozen=True)
class Seeder:
    name: str
    order: int
    run: Callable[[DemoContext], None]


SEEDERS: list[Seeder] = []


def demo_seeder(*, order: int):
    def decorate(function):
        name = f"{function.__module__}.{function.__name__}"
        if not any(s.name == name for s in SEEDERS):
            SEEDERS.append(Seeder(name=name, order=order, run=function))
            SEEDERS.sort(key=lambda s: (s.order, s.name))
        return function

    return decorate


# Names for synthetic people, as varied as the cities the zones serve.
FIRST_NAMES = [
    "Amina",
    "Youssef",
    "Lotte",
    "Kevin",
    "Fatima",
    "Jonas",
    "Sara",
    "Mehmet",
    "Nora",
    "Bilal",
    "Emma",
    "Hamza",
    "Ines",
    "Thomas",
    "Aya",
    "Ruben",
    "Salma",
    "Elif",
    "Milan",
    "Zainab",
    "Lucas",
    "Naima",
    "Arne",
    "Ikram",
    "Dries",
    "Soukaina",
    "Jelle",
    "Meryem",
]
LAST_NAMES = [
    "Bakkali",
    "Peeters",
    "Yilmaz",
    "De Smet",
    "El Idrissi",
    "Janssens",
    "Diallo",
    "Maes",
    "Kaya",
    "Claes",
    "Mbala",
    "Willems",
    "Benali",
    "Dubois",
    "Öztürk",
    "Verstraete",
]
