"""Sign-ups changed after the fact: staff add one for someone who phones, change or cancel
it on their behalf; the person changes the number of seats or has the ticket sent again by
the personal link; the waiting list shows each person's position (issue 13, item 5)."""

import pytest
from django.urls import reverse

from korps.audit.models import AuditEntry
from korps.core.links import link_token
from korps.events import signup_services
from korps.events.models import Signup, SignupStatus
from korps.events.selectors import waiting_position
from korps.events.services import SignupError
from korps.events.tests.factories import EventFactory, SignupFactory

pytestmark = pytest.mark.django_db


def manage_url(signup):
    return reverse("events:manage", kwargs={"token": link_token(signup, "manage")})


def staff_url(name, signup=None, event=None, **kwargs):
    event = event or signup.event
    args = {"zone": event.organisation.code, "pk": event.pk}
    if signup is not None:
        args["signup"] = signup.pk
    return reverse(f"events_staff:{name}", kwargs=args)


# ---------------------------------------------------------------- services


def test_fewer_seats_give_the_freed_seat_to_the_waiting_list(zone):
    event = EventFactory(organisation=zone, seats=3)
    signup = SignupFactory(event=event, seats=3)
    waiting = SignupFactory(event=event, status=SignupStatus.WAITING)

    signup_services.signup_change_seats(signup=signup, seats=2, acting_user=None)

    waiting.refresh_from_db()
    event.refresh_from_db()
    assert waiting.status == SignupStatus.CONFIRMED
    assert (event.seats_confirmed, event.seats_waiting) == (3, 0)
    assert AuditEntry.objects.filter(action="events.signup.seats_changed").exists()


def test_more_seats_than_are_free_are_refused_and_nothing_changes(zone):
    event = EventFactory(organisation=zone, seats=3)
    signup = SignupFactory(event=event, seats=1)
    SignupFactory(event=event, seats=2)

    with pytest.raises(SignupError) as refused:
        signup_services.signup_change_seats(signup=signup, seats=2, acting_user=None)

    assert refused.value.code == "seats"
    signup.refresh_from_db()
    event.refresh_from_db()
    assert signup.seats == 1 and event.seats_confirmed == 3


def test_more_seats_on_the_waiting_list_keep_the_place_in_line(zone):
    event = EventFactory(organisation=zone, seats=1)
    SignupFactory(event=event)
    first = SignupFactory(event=event, status=SignupStatus.WAITING)
    second = SignupFactory(event=event, status=SignupStatus.WAITING)

    signup_services.signup_change_seats(signup=first, seats=3, acting_user=None)

    event.refresh_from_db()
    assert event.seats_waiting == 4
    assert waiting_position(first) == 1 and waiting_position(second) == 2


def test_staff_add_a_signup_for_someone_who_phones(zone, recruiter, mailoutbox):
    event = EventFactory(organisation=zone, seats=1)
    SignupFactory(event=event)

    signup = signup_services.signup_add_by_staff(
        event_id=event.pk,
        acting_user=recruiter,
        name="Jamal",
        email="jamal@mail.test",
        seats=1,
        phone="0470 12 34 56",
        language="nl",
    )

    assert signup.status == SignupStatus.WAITING
    entry = AuditEntry.objects.get(action="events.signup.created")
    assert entry.actor == recruiter and entry.data["by_staff"] is True


def test_staff_add_a_signup_after_public_signup_closed(zone, recruiter):
    from django.utils import timezone

    event = EventFactory(organisation=zone, signup_closes_at=timezone.now())

    signup = signup_services.signup_add_by_staff(
        event_id=event.pk, acting_user=recruiter, name="Jamal", email="j@mail.test"
    )

    assert signup.status == SignupStatus.CONFIRMED


def test_the_position_on_the_waiting_list(zone):
    event = EventFactory(organisation=zone, seats=1)
    SignupFactory(event=event)
    people = [SignupFactory(event=event, status=SignupStatus.WAITING) for _ in range(3)]

    assert [waiting_position(s) for s in people] == [1, 2, 3]
    assert waiting_position(Signup.objects.filter(status=SignupStatus.CONFIRMED).get()) is None


# ---------------------------------------------------------------- the person's page


def test_the_person_changes_the_number_of_seats(client, zone):
    signup = SignupFactory(event=EventFactory(organisation=zone), seats=1)

    response = client.post(manage_url(signup), {"action": "seats", "seats": "3"}, follow=True)

    signup.refresh_from_db()
    assert signup.seats == 3
    assert response.status_code == 200
    entry = AuditEntry.objects.get(action="events.signup.seats_changed")
    assert entry.actor is None and entry.data == {"from": 1, "to": 3}


def test_a_bad_number_of_seats_is_explained_and_changes_nothing(client, zone):
    signup = SignupFactory(event=EventFactory(organisation=zone), seats=1)

    response = client.post(manage_url(signup), {"action": "seats", "seats": "9"}, follow=True)

    signup.refresh_from_db()
    assert signup.seats == 1
    assert response.status_code == 200


def test_the_person_has_the_ticket_sent_again(
    client, zone, mailoutbox, django_capture_on_commit_callbacks
):
    signup = SignupFactory(event=EventFactory(organisation=zone))

    with django_capture_on_commit_callbacks(execute=True):
        client.post(manage_url(signup), {"action": "resend"})

    assert [m.to for m in mailoutbox] == [[signup.email]]
    assert AuditEntry.objects.filter(action="events.signup.ticket_resent").exists()


def test_the_ticket_is_not_resent_endlessly(client, zone, settings, mailoutbox):
    settings.KORPS_RATE_LIMITS = True
    signup = SignupFactory(event=EventFactory(organisation=zone))

    for _ in range(6):
        client.post(manage_url(signup), {"action": "resend"})

    assert AuditEntry.objects.filter(action="events.signup.ticket_resent").count() == 3


def test_cancelling_still_works_by_the_personal_link(client, zone):
    signup = SignupFactory(event=EventFactory(organisation=zone))

    client.post(manage_url(signup), {"action": "cancel"})

    signup.refresh_from_db()
    assert signup.status == SignupStatus.CANCELLED


def test_the_manage_page_shows_the_position_on_the_waiting_list(client, zone):
    event = EventFactory(organisation=zone, seats=1)
    SignupFactory(event=event)
    SignupFactory(event=event, status=SignupStatus.WAITING)
    signup = SignupFactory(event=event, status=SignupStatus.WAITING)

    page = client.get(manage_url(signup))

    assert page.context["position"] == 2
    assert 'name="seats"' in page.text


def test_the_confirmation_mail_offers_the_change_link(zone, mailoutbox):
    from korps.events.emails import signup_mail_send

    signup = SignupFactory(event=EventFactory(organisation=zone))

    signup_mail_send(signup_id=signup.pk, kind="confirmed")

    assert manage_url(signup) in mailoutbox[0].body


# ---------------------------------------------------------------- staff pages


def test_a_recruiter_adds_a_signup_by_phone(client, zone, recruiter):
    event = EventFactory(organisation=zone)
    client.force_login(recruiter)

    response = client.post(
        staff_url("signup_create", event=event),
        {"name": "Jamal", "email": "jamal@mail.test", "phone": "0470", "seats": "2"},
    )

    signup = Signup.objects.get()
    assert response.status_code == 302
    assert (signup.name, signup.seats, signup.status) == ("Jamal", 2, SignupStatus.CONFIRMED)


def test_a_recruiter_adding_a_signup_twice_is_told_so(client, zone, recruiter):
    event = EventFactory(organisation=zone)
    SignupFactory(event=event, email="jamal@mail.test")
    client.force_login(recruiter)

    response = client.post(
        staff_url("signup_create", event=event),
        {"name": "Jamal", "email": "jamal@mail.test", "seats": "1"},
    )

    assert response.status_code == 200
    assert response.context["form"].non_field_errors()


def test_a_recruiter_changes_and_cancels_on_someones_behalf(client, zone, recruiter):
    signup = SignupFactory(event=EventFactory(organisation=zone), seats=1)
    client.force_login(recruiter)
    url = staff_url("signup", signup)

    page = client.get(url)
    client.post(url, {"action": "seats", "seats": "2"})
    signup.refresh_from_db()
    assert signup.seats == 2
    client.post(url, {"action": "cancel"})

    signup.refresh_from_db()
    assert page.status_code == 200
    assert signup.status == SignupStatus.CANCELLED
    cancelled = AuditEntry.objects.get(action="events.signup.cancelled")
    assert cancelled.actor == recruiter
    assert AuditEntry.objects.filter(action="events.signup.read", actor=recruiter).exists()


def test_the_staff_list_shows_the_waiting_positions(
    client, zone, recruiter, django_assert_max_num_queries
):
    event = EventFactory(organisation=zone, seats=1)
    SignupFactory(event=event)
    for _ in range(25):
        SignupFactory(event=event, status=SignupStatus.WAITING)
    client.force_login(recruiter)

    with django_assert_max_num_queries(20):
        page = client.get(staff_url("detail", event=event))

    assert [position for position, _signup in page.context["waiting"]] == list(range(1, 26))


def test_another_zones_signup_is_not_found_through_ones_own_zone(
    client, zone, other_zone, recruiter
):
    signup = SignupFactory(event=EventFactory(organisation=other_zone))
    own = EventFactory(organisation=zone)
    client.force_login(recruiter)

    url = reverse(
        "events_staff:signup", kwargs={"zone": zone.code, "pk": own.pk, "signup": signup.pk}
    )

    assert client.get(url).status_code == 404
