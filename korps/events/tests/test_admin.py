"""Issue 10, findings 2 and 4, for sign-ups: the back office shows them (and audits who
looked) but cannot delete them around `signup_cancel`, which keeps the counters and the
waiting list right."""

import pytest
from django.urls import reverse

from korps.audit.models import AuditEntry
from korps.events.models import Signup, SignupStatus
from korps.events.tests.factories import EventFactory, SignupFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def full_event(zone):
    event = EventFactory(organisation=zone, seats=1)
    confirmed = SignupFactory(event=event, name="Eerste Persoon")
    SignupFactory(event=event, name="Wachtende Persoon", status=SignupStatus.WAITING)
    return event, confirmed


def test_a_zone_administrator_cannot_delete_a_confirmed_sign_up(client, zone_admin, full_event):
    event, confirmed = full_event
    client.force_login(zone_admin)

    response = client.post(
        reverse("admin:events_signup_delete", args=[confirmed.pk]), {"post": "yes"}
    )

    assert response.status_code == 403
    assert Signup.objects.filter(pk=confirmed.pk).exists()
    event.refresh_from_db()
    assert (event.seats_confirmed, event.seats_waiting) == (1, 1)


def test_the_bulk_delete_action_is_not_offered_for_sign_ups(client, zone_admin, full_event):
    event, confirmed = full_event
    client.force_login(zone_admin)
    changelist = reverse("admin:events_signup_changelist")

    listing = client.get(changelist)
    client.post(
        changelist, {"action": "delete_selected", "_selected_action": [confirmed.pk], "post": "yes"}
    )

    assert 'value="delete_selected"' not in listing.text
    assert Signup.objects.filter(event=event).count() == 2


def test_opening_a_sign_up_in_the_back_office_is_an_audited_read(
    client, zone, zone_admin, full_event
):
    _event, confirmed = full_event
    client.force_login(zone_admin)

    response = client.get(reverse("admin:events_signup_change", args=[confirmed.pk]))

    assert response.status_code == 200
    entry = AuditEntry.objects.get(action="events.signup.read")
    assert entry.actor == zone_admin
    assert entry.target_id == str(confirmed.pk)
    assert entry.organisation == zone


def test_the_history_of_a_sign_up_is_an_audited_read(client, zone_admin, full_event):
    _event, confirmed = full_event
    client.force_login(zone_admin)

    response = client.get(reverse("admin:events_signup_history", args=[confirmed.pk]))

    assert response.status_code == 200
    entry = AuditEntry.objects.get(action="events.signup.read")
    assert (entry.actor, entry.data["page"]) == (zone_admin, "history")
