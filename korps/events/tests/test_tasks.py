"""The mail tasks as a Celery worker runs them: with the tenant guard on and no zone scope.
A task takes a primary key, finds the record's zone and works inside that zone's scope."""

import pytest
from django_scopes import scope

from korps.events import tasks
from korps.events.models import Signup
from korps.events.tests.factories import EventFactory

pytestmark = pytest.mark.django_db


def test_a_mail_task_runs_in_the_zone_of_its_sign_up(zone, mailoutbox):
    event = EventFactory(organisation=zone)
    signup = Signup.objects.create(event=event, name="Amina", email="amina@mail.test", seats=1)

    with scope():  # a worker: the guard on, no zone
        tasks.send_signup_mail(signup.pk, "confirmed")

    assert [message.to for message in mailoutbox] == [["amina@mail.test"]]


def test_a_mail_task_for_an_erased_sign_up_sends_nothing(zone, mailoutbox):
    event = EventFactory(organisation=zone)
    signup = Signup.objects.create(event=event, name="Amina", email="amina@mail.test", seats=1)
    signup_id = signup.pk
    signup.delete()

    with scope():
        tasks.send_signup_mail(signup_id, "confirmed")

    assert mailoutbox == []
