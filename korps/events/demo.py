"""Three upcoming events in the demo zone and one that took place; the first job evening is
full with a waiting list, as in Ghent, where 320 people signed up for two evenings."""

import datetime as dt

from django.utils import timezone

from korps.core.demo import FIRST_NAMES, LAST_NAMES, DemoContext, demo_seeder

from .models import Event, EventKind, Signup, SignupStatus
from .services import event_recount

SOURCES = ["fb-wave1", "spotify-wave1", "jobfair-campus", "poster-cafe", "", "school-visit"]


def _at(days: int, hour: int) -> dt.datetime:
    day = timezone.localdate() + dt.timedelta(days=days)
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, 0)))


@demo_seeder(order=30)
def seed_events(ctx: DemoContext) -> None:
    zone, rng = ctx.zone, ctx.random
    full = Event.objects.create(
        organisation=zone,
        kind=EventKind.JOB_DAY,
        title="Jobavond: werken bij de politie",
        description="Maak kennis met collega's uit alle diensten, test je conditie op de "
        "sportproef-oefenplek en stel al je vragen over de selectie.",
        language="nl",
        place="Politiehuis Scheldeland, Kaai 12",
        starts_at=_at(9, 18),
        ends_at=_at(9, 21),
        seats=60,
        overflow_threshold=20,
    )
    session = Event.objects.create(
        organisation=zone,
        kind=EventKind.INFO_SESSION,
        title="Infosessie: de selectieproeven",
        description="Een mentor legt uit hoe de proeven verlopen en hoe je je voorbereidt.",
        language="nl",
        place="",
        online_url="https://meet.example.org/korps-demo-infosessie",
        starts_at=_at(16, 19),
        ends_at=_at(16, 20),
        seats=100,
    )
    Event.objects.create(
        organisation=zone,
        kind=EventKind.SPORTS_TRYOUT,
        title="Séance d'essai: l'épreuve physique",
        description="Essayez le parcours de l'épreuve physique avec nos coachs.",
        language="fr",
        place="Sporthal Bovenrode",
        starts_at=_at(23, 14),
        ends_at=_at(23, 17),
        seats=24,
    )
    past = Event.objects.create(
        organisation=zone,
        kind=EventKind.INFO_SESSION,
        title="Infosessie: werken bij de politie",
        description="Een inspecteur en een mentor vertellen over het werk en de selectie.",
        language="nl",
        place="Politiehuis Scheldeland, Kaai 12",
        starts_at=_at(-12, 19),
        ends_at=_at(-12, 21),
        seats=40,
    )
    used = set()
    taken = 0
    number = 0
    while True:
        number += 1
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        email = f"{first}.{last}.{number}@demo-mail.test".lower().replace(" ", "")
        if email in used:
            continue
        used.add(email)
        seats = rng.choices([1, 2, 3], weights=[6, 3, 1])[0]
        if taken + seats <= full.seats:
            status, taken = SignupStatus.CONFIRMED, taken + seats
        else:
            status = SignupStatus.WAITING
        Signup.objects.create(
            event=full,
            name=f"{first} {last}",
            email=email,
            seats=seats,
            language="nl",
            source=rng.choice(SOURCES),
            status=status,
            created_at=timezone.now() - dt.timedelta(minutes=6000 - 60 * number),
        )
        if status == SignupStatus.WAITING and number > 58:
            break
    for n in range(18):
        Signup.objects.create(
            event=session,
            name=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
            email=f"info{n}@demo-mail.test",
            seats=1,
            language="nl",
            source=rng.choice(SOURCES),
            status=SignupStatus.CONFIRMED,
        )
    for n in range(22):
        Signup.objects.create(
            event=past,
            name=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
            email=f"sessie{n}@demo-mail.test",
            seats=1,
            language="nl",
            source=rng.choice(SOURCES),
            status=SignupStatus.CONFIRMED,
            created_at=past.starts_at - dt.timedelta(days=10, hours=n),
        )
    for event in (full, session, past):
        event_recount(event=event)
    waiting = Signup.objects.filter(event=full, status=SignupStatus.WAITING).count()
    ctx.log(f"4 events; the job evening is full with {waiting} people waiting")
