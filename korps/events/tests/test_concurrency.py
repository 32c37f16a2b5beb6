"""Real concurrent requests against a live server: the seat count must hold on SQLite and
PostgreSQL, whatever the interleaving of sign-ups and cancellations.

On SQLite the tests run DEFERRED transactions (the `deferred_transactions` fixture), so the
event's lock (`core.locks.lock_rows` in `_locked_event`) is the only thing that orders two
sign-ups: without it both read the free seats, and the later writer fails or overbooks."""

import re
import threading

import httpx
import pytest
from django.db.models import Sum

from korps.core.links import link_token
from korps.events.models import Signup, SignupStatus
from korps.events.services import event_recount
from korps.events.tests.factories import EventFactory
from korps.organisations.tests.factories import OrganisationFactory

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("deferred_transactions"),
]

CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def sign_up(base_url: str, path: str, number: int, seats: int, results: list, barrier):
    with httpx.Client(base_url=base_url, timeout=60, follow_redirects=False) as client:
        page = client.get(path)
        token = CSRF.search(page.text).group(1)
        barrier.wait()
        response = client.post(
            path,
            data={
                "csrfmiddlewaretoken": token,
                "name": f"Persoon {number}",
                "email": f"persoon{number}@mail.test",
                "seats": seats,
                "source": "rush",
            },
            headers={"Referer": base_url + path},
        )
        results.append(response.status_code)


def confirmed_seats(event) -> int:
    return (
        Signup.objects.filter(event=event, status=SignupStatus.CONFIRMED).aggregate(
            total=Sum("seats")
        )["total"]
        or 0
    )


def run_threads(targets):
    threads = [threading.Thread(target=target) for target in targets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)


def test_simultaneous_signups_never_overbook(live_server, settings):
    settings.KORPS_RATE_LIMITS = False
    zone = OrganisationFactory(code="rush")
    event = EventFactory(organisation=zone, seats=12)
    path = f"/careers/rush/events/{event.pk}/"
    clients = 30
    barrier = threading.Barrier(clients, timeout=60)
    results = []

    run_threads(
        [
            (lambda n=n: sign_up(live_server.url, path, n, 1 + n % 3, results, barrier))
            for n in range(clients)
        ]
    )

    assert results.count(302) == clients, results
    assert Signup.objects.filter(event=event).count() == clients
    assert confirmed_seats(event) <= event.seats
    # Nobody waits who would have fitted in the seats left over.
    free = event.seats - confirmed_seats(event)
    waiting = Signup.objects.filter(event=event, status=SignupStatus.WAITING)
    assert all(signup.seats > free for signup in waiting)


def test_simultaneous_cancellations_and_signups_never_overbook(live_server, settings):
    settings.KORPS_RATE_LIMITS = False
    zone = OrganisationFactory(code="churn")
    event = EventFactory(organisation=zone, seats=6)
    holders = [
        Signup.objects.create(
            event=event,
            name=f"Houder {n}",
            email=f"h{n}@mail.test",
            seats=1,
            language="nl",
            status=SignupStatus.CONFIRMED,
        )
        for n in range(6)
    ]
    event_recount(event=event)
    path = f"/careers/churn/events/{event.pk}/"
    clients = 24
    barrier = threading.Barrier(clients + len(holders), timeout=60)
    results = []

    def cancel(signup):
        with httpx.Client(base_url=live_server.url, timeout=60) as client:
            page = client.get(f"/signup/{link_token(signup, 'manage')}/")
            token = CSRF.search(page.text).group(1)
            barrier.wait()
            response = client.post(
                f"/signup/{link_token(signup, 'manage')}/", data={"csrfmiddlewaretoken": token}
            )
            results.append(response.status_code)

    run_threads(
        [(lambda s=s: cancel(s)) for s in holders]
        + [
            (lambda n=n: sign_up(live_server.url, path, n, 1 + n % 2, results, barrier))
            for n in range(clients)
        ]
    )

    assert results.count(302) == clients + len(holders), results
    assert confirmed_seats(event) <= event.seats
    free = event.seats - confirmed_seats(event)
    waiting = Signup.objects.filter(event=event, status=SignupStatus.WAITING)
    assert all(signup.seats > free for signup in waiting)


def change_seats(base_url: str, path: str, seats: int, results: list, barrier):
    with httpx.Client(base_url=base_url, timeout=60, follow_redirects=False) as client:
        page = client.get(path)
        token = CSRF.search(page.text).group(1)
        barrier.wait()
        response = client.post(
            path,
            data={"csrfmiddlewaretoken": token, "action": "seats", "seats": seats},
            headers={"Referer": base_url + path},
        )
        results.append(response.status_code)


def test_simultaneous_seat_changes_never_overbook(live_server, settings):
    """Six people with one seat each ask for three at once; two seats are free, so exactly
    one of them gets the two more (issue 13, item 5)."""
    from korps.events.tests.factories import SignupFactory

    settings.KORPS_RATE_LIMITS = False
    zone = OrganisationFactory(code="seats")
    event = EventFactory(organisation=zone, seats=8)
    signups = [SignupFactory(event=event) for _ in range(6)]
    barrier = threading.Barrier(len(signups), timeout=60)
    results = []

    run_threads(
        [
            (
                lambda signup=signup: change_seats(
                    live_server.url, f"/signup/{link_token(signup, 'manage')}/", 3, results, barrier
                )
            )
            for signup in signups
        ]
    )

    event.refresh_from_db()
    # Every person gets an answer (the others: not enough free seats), none a server error.
    assert results == [302] * len(signups)
    assert confirmed_seats(event) == 8
    assert event.seats_confirmed == 8
    assert Signup.objects.filter(event=event, seats=3).count() == 1
