"""The action form's target page is a choice of the zone's career pages and events, not a
typed path (issue 13, item 4)."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from korps.events.tests.factories import EventFactory
from korps.outreach.models import Action, Channel
from korps.outreach.tests.factories import ActionFactory, WaveFactory

pytestmark = pytest.mark.django_db


def action_data(**fields):
    return {
        "channel": Channel.POSTER,
        "date": "2026-03-05",
        "cost": "0",
        "impressions": "0",
        "clicks": "0",
    } | fields


def test_the_target_page_is_chosen_from_the_zones_pages_and_events(
    client, zone, other_zone, recruiter
):
    wave = WaveFactory(campaign__organisation=zone)
    event = EventFactory(
        organisation=zone, title="Infoavond Gent", starts_at=timezone.now() + dt.timedelta(days=9)
    )
    EventFactory(organisation=other_zone, title="Elders avond")
    client.force_login(recruiter)
    create = reverse("outreach_staff:action_create", kwargs={"zone": zone.code, "pk": wave.pk})

    form = client.get(create)

    event_page = reverse("events:signup", kwargs={"zone": zone.code, "pk": event.pk})
    assert '<select name="target_path"' in form.text
    assert f'<option value="{event_page}">' in form.text
    assert "Infoavond Gent" in form.text and "Elders avond" not in form.text
    response = client.post(create, action_data(target_path=event_page))
    assert response.status_code == 302
    assert Action.objects.get().target_path == event_page


def test_a_typed_path_is_refused_with_a_message_and_nothing_lost(client, zone, recruiter):
    wave = WaveFactory(campaign__organisation=zone)
    client.force_login(recruiter)
    create = reverse("outreach_staff:action_create", kwargs={"zone": zone.code, "pk": wave.pk})

    response = client.post(create, action_data(target_path="/careers/demo/events/4/", place="Zuid"))

    assert response.status_code == 200
    assert "target_path" in response.context["form"].errors
    assert 'value="Zuid"' in response.text
    assert not Action.objects.exists()


def test_an_older_typed_target_stays_when_the_action_is_edited(client, zone, recruiter):
    action = ActionFactory(wave__campaign__organisation=zone, target_path="/careers/oud/")
    client.force_login(recruiter)

    form = client.get(
        reverse("outreach_staff:action_edit", kwargs={"zone": zone.code, "pk": action.pk})
    )

    assert '<option value="/careers/oud/" selected>' in form.text
