import datetime as dt

import pytest
import time_machine
from django.urls import reverse

from korps.careers.models import Lead
from korps.core.sources import SESSION_KEY
from korps.events.models import Signup
from korps.events.tests.factories import EventFactory
from korps.outreach.models import ActionVisit
from korps.outreach.services import action_visit_record
from korps.outreach.tests.factories import ActionFactory

pytestmark = pytest.mark.django_db


def test_a_tracked_link_counts_the_visit_and_leads_to_the_career_home(client, zone):
    action = ActionFactory(wave__campaign__organisation=zone, code="abc123")

    response = client.get("/r/abc123")

    assert response.status_code == 302
    assert response["Location"] == reverse("careers:home", kwargs={"zone": zone.code})
    assert client.session[SESSION_KEY] == "abc123"
    assert ActionVisit.objects.get(action=action).count == 1


def test_visits_of_one_day_share_one_row_and_a_new_day_gets_its_own(client, zone):
    action = ActionFactory(wave__campaign__organisation=zone, code="abc123")

    with time_machine.travel(dt.datetime(2026, 3, 2, 10, tzinfo=dt.UTC), tick=False):
        client.get("/r/abc123")
        client.get("/r/abc123")
    with time_machine.travel(dt.datetime(2026, 3, 3, 10, tzinfo=dt.UTC), tick=False):
        client.get("/r/abc123")

    assert list(ActionVisit.objects.filter(action=action).values_list("day", "count")) == [
        (dt.date(2026, 3, 2), 2),
        (dt.date(2026, 3, 3), 1),
    ]


def test_the_visit_counter_keeps_nothing_about_the_visitor():
    fields = {f.name for f in ActionVisit._meta.get_fields()}
    assert fields == {"id", "action", "day", "count"}


def test_a_tracked_link_with_a_target_path_goes_there(client, zone):
    ActionFactory(wave__campaign__organisation=zone, code="tgt123", target_path="/careers/x/")

    response = client.get("/r/tgt123")

    assert response["Location"] == "/careers/x/"


def test_an_unknown_code_goes_to_the_home_page(client):
    response = client.get("/r/nothere")

    assert response.status_code == 302
    assert response["Location"] == "/"
    assert not ActionVisit.objects.exists()


def test_the_code_of_the_link_becomes_the_source_of_a_signup_and_a_lead(client, zone):
    ActionFactory(wave__campaign__organisation=zone, code="src123")
    event = EventFactory(organisation=zone)
    client.get("/r/src123")

    client.post(
        reverse("events:signup", kwargs={"zone": zone.code, "pk": event.pk}),
        {"name": "Amina", "email": "amina@mail.test", "seats": "1"},
    )
    client.post(
        reverse("careers:interest", kwargs={"zone": zone.code}),
        {"name": "Amina", "email": "amina@mail.test", "contact_by": "email", "consent": "on"},
    )

    assert Signup.objects.get().source == "src123"
    assert Lead.objects.get().source == "src123"


def test_recording_a_visit_twice_adds_to_the_same_row(zone):
    action = ActionFactory(wave__campaign__organisation=zone)

    action_visit_record(action=action, day=dt.date(2026, 3, 1))
    action_visit_record(action=action, day=dt.date(2026, 3, 1))

    assert ActionVisit.objects.get().count == 2
