"""The public forms at a school or community info session: many real people behind one
shared address are let through; one e-mail address cannot flood an event or a mailbox; a
refused address is not blocked longer for trying again; and every public form carries the
honeypot (issue 13, item 8)."""

import pytest
import time_machine
from django.urls import reverse

from korps.careers.demo import install_career_site
from korps.careers.models import Lead
from korps.core.ratelimit import PUBLIC_FORM_ADDRESS_LIMIT, allow
from korps.events.models import Signup
from korps.events.tests.factories import EventFactory
from korps.organisations.roles import Role
from korps.outreach.models import AmbassadorQuestion
from korps.outreach.tests.factories import AmbassadorProfileFactory

pytestmark = pytest.mark.django_db

SCHOOL_WIFI = "192.0.2.44"


@pytest.fixture
def limits_on(settings):
    settings.KORPS_RATE_LIMITS = True


def signup(client, event, email, **extra):
    return client.post(
        reverse("events:signup", kwargs={"zone": event.organisation.code, "pk": event.pk}),
        {"name": "Leerling", "email": email, "seats": "1", **extra},
        REMOTE_ADDR=SCHOOL_WIFI,
    )


def test_a_class_signs_up_from_one_shared_address(client, zone, limits_on):
    event = EventFactory(organisation=zone, seats=100)

    codes = [signup(client, event, f"leerling{n}@school.test").status_code for n in range(60)]

    assert codes == [302] * 60
    assert Signup.objects.filter(event=event).count() == 60


def test_a_class_asks_for_information_from_one_shared_address(client, zone, limits_on):
    install_career_site(zone)
    url = reverse("careers:interest", kwargs={"zone": zone.code})

    codes = [
        client.post(
            url,
            {
                "name": f"Leerling {n}",
                "email": f"leerling{n}@school.test",
                "contact_by": "email",
                "consent": "on",
            },
            REMOTE_ADDR=SCHOOL_WIFI,
        ).status_code
        for n in range(30)
    ]

    assert codes == [302] * 30
    assert Lead.objects.count() == 30


def test_one_email_address_signs_up_for_one_event_three_times_an_hour(
    client, zone, limits_on, mailoutbox
):
    event = EventFactory(organisation=zone, seats=100)
    other = EventFactory(organisation=zone, seats=100)

    codes = [signup(client, event, "iemand@mail.test").status_code for _ in range(4)]

    assert codes == [302, 302, 302, 429]
    # The same address for another event is another sign-up.
    assert signup(client, other, "iemand@mail.test").status_code == 302


def test_a_refused_address_is_not_blocked_longer_for_trying_again(settings, limits_on):
    limit, window = PUBLIC_FORM_ADDRESS_LIMIT
    with time_machine.travel("2026-12-01 10:00:00Z", tick=False) as clock:
        for _ in range(limit):
            assert allow("signup-ip", SCHOOL_WIFI, limit=limit, window_seconds=window)
        for _ in range(9):
            clock.shift(60)
            assert not allow("signup-ip", SCHOOL_WIFI, limit=limit, window_seconds=window)

        clock.shift(window - 9 * 60 + 1)

        assert allow("signup-ip", SCHOOL_WIFI, limit=limit, window_seconds=window)


def test_the_public_address_limit_is_sized_for_a_crowd():
    limit, window = PUBLIC_FORM_ADDRESS_LIMIT
    assert limit >= 200 and window <= 600


@pytest.mark.parametrize(
    "name",
    ["events:signup", "careers:interest", "outreach:ask", "complaints:report"],
    ids=lambda n: n,
)
def test_every_public_form_carries_the_honeypot(client, zone, member, name):
    install_career_site(zone)
    kwargs = {"zone": zone.code}
    if name == "events:signup":
        kwargs["pk"] = EventFactory(organisation=zone).pk
    if name == "outreach:ask":  # the form is offered only where an ambassador answers
        AmbassadorProfileFactory(organisation=zone, user=member(Role.AMBASSADOR))

    page = client.get(reverse(name, kwargs=kwargs))

    assert page.status_code == 200
    assert 'name="website"' in page.text


def test_a_filled_honeypot_creates_nothing(client, zone):
    install_career_site(zone)
    event = EventFactory(organisation=zone)

    signup(client, event, "robot@spam.test", website="http://spam.example")

    assert not Signup.objects.exists()
    assert not Lead.objects.exists() and not AmbassadorQuestion.objects.exists()
