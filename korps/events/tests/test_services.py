import datetime as dt

import pytest
from django.utils import timezone

from korps.events import door_services, services
from korps.events.models import Signup, SignupStatus
from korps.events.tests.factories import EventFactory, SignupFactory, event_today

pytestmark = pytest.mark.django_db


def sign_up(event, email, seats=1, **extra):
    return services.signup_create(
        event_id=event.pk, name="Test Persoon", email=email, seats=seats, **extra
    )


# Mails leave when the transaction commits, so this test runs with real commits.
@pytest.mark.django_db(transaction=True)
def test_a_signup_with_free_seats_is_confirmed_and_mailed(zone, mailoutbox):
    event = EventFactory(organisation=zone, seats=3)

    signup = sign_up(event, "a@mail.test", seats=2, source="fb-wave1")

    assert signup.status == SignupStatus.CONFIRMED
    assert signup.source == "fb-wave1"
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["a@mail.test"]


# Mails leave when the transaction commits, so this test runs with real commits.
@pytest.mark.django_db(transaction=True)
def test_a_signup_that_does_not_fit_joins_the_waiting_list(zone, mailoutbox):
    event = EventFactory(organisation=zone, seats=3)
    sign_up(event, "a@mail.test", seats=2)

    signup = sign_up(event, "b@mail.test", seats=2)

    assert signup.status == SignupStatus.WAITING
    assert "wachtlijst" in mailoutbox[-1].subject.lower()


def test_the_same_address_cannot_sign_up_twice_for_one_event(zone):
    event = EventFactory(organisation=zone)
    sign_up(event, "a@mail.test")

    with pytest.raises(services.SignupError) as error:
        sign_up(event, "A@Mail.test")

    assert error.value.code == "duplicate"


def test_after_cancelling_the_same_address_may_sign_up_again(zone):
    event = EventFactory(organisation=zone)
    first = sign_up(event, "a@mail.test")
    services.signup_cancel(signup=first)

    again = sign_up(event, "a@mail.test")

    assert again.status == SignupStatus.CONFIRMED


def test_signup_before_the_window_opens_is_refused(zone):
    event = EventFactory(organisation=zone, signup_opens_at=timezone.now() + dt.timedelta(days=1))

    with pytest.raises(services.SignupError) as error:
        sign_up(event, "a@mail.test")

    assert error.value.code == "closed"


def test_more_than_three_seats_is_refused(zone):
    event = EventFactory(organisation=zone)

    with pytest.raises(services.SignupError):
        sign_up(event, "a@mail.test", seats=4)


# Mails leave when the transaction commits, so this test runs with real commits.
@pytest.mark.django_db(transaction=True)
def test_a_cancellation_promotes_the_next_waiting_person_and_mails_them(zone, mailoutbox):
    event = EventFactory(organisation=zone, seats=1)
    first = sign_up(event, "first@mail.test")
    second = sign_up(event, "second@mail.test")
    mailoutbox.clear()

    _cancelled, promoted = services.signup_cancel(signup=first)

    second.refresh_from_db()
    assert promoted == [second.pk]
    assert second.status == SignupStatus.CONFIRMED
    assert {m.to[0] for m in mailoutbox} == {"first@mail.test", "second@mail.test"}


def test_freed_seats_go_to_the_earliest_waiting_signups_that_fit(zone):
    event = EventFactory(organisation=zone, seats=3)
    holder = sign_up(event, "holder@mail.test", seats=2)
    sign_up(event, "one@mail.test", seats=1)
    big = sign_up(event, "big@mail.test", seats=3)
    small = sign_up(event, "small@mail.test", seats=1)
    pair = sign_up(event, "pair@mail.test", seats=2)

    services.signup_cancel(signup=holder)

    statuses = {s.email: s.status for s in Signup.objects.filter(event=event)}
    # Two seats came free. The 3-seat sign-up does not fit; the single after it does, and
    # then one seat is left, too few for the pair.
    assert statuses[big.email] == SignupStatus.WAITING
    assert statuses[small.email] == SignupStatus.CONFIRMED
    assert statuses[pair.email] == SignupStatus.WAITING
    assert services.event_recount(event=event).seats_confirmed == 2


def test_leaving_the_waiting_list_promotes_nobody(zone):
    event = EventFactory(organisation=zone, seats=1)
    sign_up(event, "first@mail.test")
    waiting = sign_up(event, "second@mail.test")

    _signup, promoted = services.signup_cancel(signup=waiting)

    assert promoted == []
    assert services.event_recount(event=event).seats_confirmed == 1


def test_cancelling_twice_changes_nothing(zone):
    event = EventFactory(organisation=zone, seats=1)
    first = sign_up(event, "first@mail.test")
    services.signup_cancel(signup=first)

    _signup, promoted = services.signup_cancel(signup=first)

    assert promoted == []


def test_more_seats_promote_waiting_people(zone, recruiter):
    event = EventFactory(organisation=zone, seats=1)
    sign_up(event, "first@mail.test")
    waiting = sign_up(event, "second@mail.test")

    _event, promoted = services.event_update(event=event, acting_user=recruiter, seats=2)

    assert promoted == [waiting.pk]


def test_fewer_seats_than_confirmed_is_refused(zone, recruiter):
    event = EventFactory(organisation=zone, seats=3)
    sign_up(event, "a@mail.test", seats=3)

    with pytest.raises(services.SignupError):
        services.event_update(event=event, acting_user=recruiter, seats=2)


# Mails leave when the transaction commits, so this test runs with real commits.
@pytest.mark.django_db(transaction=True)
def test_an_extra_session_moves_waiting_people_first_come_first_served(zone, recruiter, mailoutbox):
    event = EventFactory(organisation=zone, seats=1)
    sign_up(event, "in@mail.test")
    early = sign_up(event, "early@mail.test", seats=2)
    late = sign_up(event, "late@mail.test", seats=2)
    mailoutbox.clear()

    extra = services.event_add_extra_session(
        event=event,
        acting_user=recruiter,
        starts_at=event.starts_at + dt.timedelta(days=2),
        ends_at=event.ends_at + dt.timedelta(days=2),
        seats=3,
    )

    early.refresh_from_db()
    late.refresh_from_db()
    assert extra.moved == [early.pk]
    assert early.event == extra.event and early.status == SignupStatus.CONFIRMED
    assert early.moved_from == event
    assert late.event == event and late.status == SignupStatus.WAITING
    assert [m.to[0] for m in mailoutbox] == ["early@mail.test"]
    assert extra.event.extra_session_of == event


def test_reminders_go_once_to_confirmed_people_two_days_ahead(zone, mailoutbox):
    soon = EventFactory(organisation=zone, starts_at=timezone.now() + dt.timedelta(hours=30))
    later = EventFactory(organisation=zone, starts_at=timezone.now() + dt.timedelta(days=5))
    SignupFactory(event=soon)
    SignupFactory(event=soon, status=SignupStatus.WAITING)
    SignupFactory(event=later)

    first = services.reminders_send()
    second = services.reminders_send()

    assert (first, second) == (1, 0)
    assert len(mailoutbox) == 1


def test_followups_thank_those_who_came_and_miss_those_who_did_not(zone, mailoutbox):
    past = EventFactory(organisation=zone, starts_at=timezone.now() - dt.timedelta(hours=5))
    SignupFactory(event=past, email="came@mail.test", checked_in_at=timezone.now())
    SignupFactory(event=past, email="absent@mail.test", no_show=True)

    assert services.followups_send() == 2
    assert services.followups_send() == 0

    bodies = {m.to[0]: m.body for m in mailoutbox}
    assert "Bedankt" in bodies["came@mail.test"] or "bedankt" in bodies["came@mail.test"]
    assert bodies["came@mail.test"] != bodies["absent@mail.test"]


def test_closing_attendance_marks_the_others_as_no_show(zone, recruiter):
    event = EventFactory(organisation=zone, starts_at=timezone.now() - dt.timedelta(hours=3))
    came = SignupFactory(event=event)
    absent = SignupFactory(event=event)
    door_services.signup_check_in(signup=came, acting_user=recruiter)

    assert door_services.event_close_attendance(event=event, acting_user=recruiter) == 1

    absent.refresh_from_db()
    came.refresh_from_db()
    assert absent.no_show and not came.no_show


def test_a_check_in_can_be_undone(zone, recruiter):
    signup = SignupFactory(event=event_today(organisation=zone))
    door_services.signup_check_in(signup=signup, acting_user=recruiter)

    door_services.signup_check_in(signup=signup, acting_user=recruiter, undo=True)

    signup.refresh_from_db()
    assert signup.checked_in_at is None


def test_the_reminder_command_is_idempotent(zone, mailoutbox):
    from django.core.management import call_command

    SignupFactory(
        event=EventFactory(organisation=zone, starts_at=timezone.now() + dt.timedelta(hours=20))
    )

    call_command("send_event_reminders")
    call_command("send_event_reminders")

    assert len(mailoutbox) == 1


def test_the_seat_counters_always_equal_a_recount(zone, recruiter):
    """Whatever sequence of sign-ups, cancellations, seat changes and extra sessions."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    operation = st.one_of(
        st.tuples(st.just("signup"), st.integers(1, 3)),
        st.tuples(st.just("cancel"), st.integers(0, 50)),
        st.tuples(st.just("seats"), st.integers(1, 12)),
        st.tuples(st.just("extra"), st.integers(1, 6)),
    )

    @settings(
        max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
    )
    @given(st.lists(operation, min_size=1, max_size=25))
    def check(operations):
        event = EventFactory(organisation=zone, seats=5)
        events = [event]
        for number, (kind, value) in enumerate(operations):
            try:
                if kind == "signup":
                    sign_up(events[number % len(events)], f"p{number}@mail.test", seats=value)
                elif kind == "cancel":
                    signups = list(Signup.objects.filter(event__in=events))
                    if signups:
                        services.signup_cancel(signup=signups[value % len(signups)])
                elif kind == "seats":
                    services.event_update(event=event, acting_user=recruiter, seats=value)
                else:
                    events.append(
                        services.event_add_extra_session(
                            event=event,
                            acting_user=recruiter,
                            starts_at=event.starts_at,
                            ends_at=event.ends_at,
                            seats=value,
                        ).event
                    )
            except services.SignupError:
                pass
        for each in events:
            each.refresh_from_db()
            counted = (each.seats_confirmed, each.seats_waiting)
            recounted = services.event_recount(event=each)
            assert counted == (recounted.seats_confirmed, recounted.seats_waiting)
            assert each.seats_confirmed <= each.seats

    check()
