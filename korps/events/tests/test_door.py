"""The door on the event's day: check-in only then (or with an audited override), and the
search box of the check-in list. The overflow suggestion never for an empty waiting list."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from korps.audit.models import AuditEntry
from korps.core.links import link_resolve, link_token
from korps.events import door_services, services
from korps.events.forms import EventForm
from korps.events.models import Signup, SignupStatus
from korps.events.selectors import overflow_suggested
from korps.events.tests.factories import EventFactory, SignupFactory, event_today

pytestmark = pytest.mark.django_db


def today_event(zone, **fields):
    return event_today(organisation=zone, **fields)


def test_the_checkin_token_does_not_open_the_manage_page_and_vice_versa(zone):
    signup = SignupFactory(event=EventFactory(organisation=zone))

    from django.http import Http404

    with pytest.raises(Http404):
        link_resolve(Signup, "manage", link_token(signup, "checkin"))
    with pytest.raises(Http404):
        link_resolve(Signup, "checkin", link_token(signup, "manage"))
    assert link_token(signup, "checkin") != link_token(signup, "manage")


def test_check_in_is_refused_before_the_events_day(zone, recruiter):
    signup = SignupFactory(event=EventFactory(organisation=zone))

    with pytest.raises(services.SignupError) as refused:
        door_services.signup_check_in(signup=signup, acting_user=recruiter)

    assert refused.value.code == "not_today"
    signup.refresh_from_db()
    assert signup.checked_in_at is None


def test_check_in_on_the_day_is_accepted(zone, recruiter):
    signup = SignupFactory(event=today_event(zone))

    door_services.signup_check_in(signup=signup, acting_user=recruiter)

    signup.refresh_from_db()
    assert signup.checked_in_at is not None


def test_an_override_checks_in_on_another_day_and_is_audited(zone, recruiter):
    signup = SignupFactory(event=EventFactory(organisation=zone))

    door_services.signup_check_in(signup=signup, acting_user=recruiter, override=True)

    signup.refresh_from_db()
    assert signup.checked_in_at is not None
    entry = AuditEntry.objects.get(action="events.signup.checked_in")
    assert entry.data["override"] is True


def test_the_qr_page_refuses_another_day_and_offers_the_override(client, zone, ambassador):
    signup = SignupFactory(event=EventFactory(organisation=zone))
    client.force_login(ambassador)
    scan = reverse(
        "events_staff:check_in_scan",
        kwargs={"zone": zone.code, "token": link_token(signup, "checkin")},
    )

    client.post(scan)
    signup.refresh_from_db()
    assert signup.checked_in_at is None
    page = client.get(scan)
    assert 'name="override"' in page.text

    client.post(scan, {"override": "1"})
    signup.refresh_from_db()
    assert signup.checked_in_at is not None


def test_the_door_list_refuses_another_day_without_the_override(client, zone, ambassador):
    signup = SignupFactory(event=EventFactory(organisation=zone))
    client.force_login(ambassador)
    url = reverse(
        "events_staff:check_in",
        kwargs={"zone": zone.code, "pk": signup.event.pk, "signup": signup.pk},
    )

    client.post(url)
    signup.refresh_from_db()
    assert signup.checked_in_at is None

    client.post(url, {"override": "1"})
    signup.refresh_from_db()
    assert signup.checked_in_at is not None


# ---------------------------------------------------------------- overflow threshold


@pytest.mark.parametrize("threshold", [0, -1])
def test_an_overflow_threshold_below_one_is_refused_by_the_form(zone, threshold):
    event = EventFactory(organisation=zone)
    form = EventForm(
        {
            "kind": event.kind,
            "title": "Jobdag",
            "language": "nl",
            "place": "Kaai 1",
            "starts_at": "2027-03-01T10:00",
            "ends_at": "2027-03-01T12:00",
            "seats": "10",
            "overflow_threshold": str(threshold),
            "is_published": "on",
        },
        zone=zone,
    )

    assert not form.is_valid()
    assert "overflow_threshold" in form.errors


def test_an_overflow_threshold_of_zero_is_refused_by_the_model(zone):
    event = EventFactory.build(organisation=zone, overflow_threshold=0)

    with pytest.raises(ValidationError) as refused:
        event.full_clean()

    assert "overflow_threshold" in refused.value.message_dict


def test_no_extra_session_is_suggested_for_an_empty_waiting_list(zone):
    event = EventFactory(organisation=zone)
    # A threshold of 0 stored before the model refused it.
    type(event).objects.filter(pk=event.pk).update(overflow_threshold=0)
    event.refresh_from_db()

    assert event.seats_waiting == 0
    assert not overflow_suggested(event)


def test_the_staff_list_shows_no_extra_session_badge_for_an_empty_waiting_list(
    client, zone, recruiter
):
    event = EventFactory(organisation=zone)
    type(event).objects.filter(pk=event.pk).update(overflow_threshold=0)
    client.force_login(recruiter)

    page = client.get(reverse("events_staff:list", kwargs={"zone": zone.code}))

    assert "badge-warn" not in page.text


# ---------------------------------------------------------------- door search


def test_the_door_finds_a_person_by_name_or_email(
    client, zone, ambassador, django_assert_max_num_queries
):
    event = today_event(zone, seats=50)
    for n in range(30):
        SignupFactory(event=event, name=f"Persoon {n}", email=f"p{n}@mail.test")
    SignupFactory(event=event, name="Yasmina El Idrissi", email="yasmina@mail.test")
    client.force_login(ambassador)
    url = reverse("events_staff:detail", kwargs={"zone": zone.code, "pk": event.pk})

    with django_assert_max_num_queries(20):
        by_name = client.get(url, {"q": "idriss"})
    by_email = client.get(url, {"q": "YASMINA@mail"})

    assert [s.name for s in by_name.context["confirmed"]] == ["Yasmina El Idrissi"]
    assert [s.name for s in by_email.context["confirmed"]] == ["Yasmina El Idrissi"]
    assert 'name="q"' in by_name.text
    assert Signup.objects.filter(event=event, status=SignupStatus.CONFIRMED).count() == 31
