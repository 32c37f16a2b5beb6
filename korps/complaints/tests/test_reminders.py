"""The daily reminders on real cases under a frozen clock: a deadline near reminds the
handler, a deadline passed escalates to the officers and the independent reviewer, nothing is
sent twice, and a mail server that is down loses nothing."""

import datetime as dt
import smtplib
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command

from korps.complaints.models import Case, CaseKind, ClockReminder, ReminderKind
from korps.complaints.reminders import complaint_reminders_send
from korps.complaints.tasks import complaint_reminders
from korps.organisations.roles import Role

BRUSSELS = ZoneInfo("Europe/Brussels")


class ServerDown(BaseEmailBackend):
    """An e-mail backend whose server refuses every connection."""

    def send_messages(self, email_messages):
        raise smtplib.SMTPConnectError(421, "mail server down")


def at(day: str, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour), tzinfo=BRUSSELS)


@pytest.fixture
def people(member):
    return {
        "handler": member(Role.COMPLAINTS_OFFICER, email="handler@testrode.test"),
        "officer": member(Role.COMPLAINTS_OFFICER, email="officer@testrode.test"),
        "reviewer": member(Role.INDEPENDENT_REVIEWER, email="reviewer@testrode.test"),
    }


def make_case(zone, received: str, **fields) -> Case:
    return Case.objects.create(
        organisation=zone,
        reference=f"2026-{Case.objects.count() + 1:06d}",
        kind=CaseKind.COMPLAINT,
        complainant_name="Nadia Verstraete",
        language="nl",
        what="De agent sprak mij onbeleefd aan.",
        received_at=at(received),
        **fields,
    )


@pytest.mark.django_db
def test_a_near_deadline_reminds_the_handler_once(zone, people, mailoutbox):
    # Given a case received Thursday 2 April 2026, handled, acknowledged; first contact due
    # Friday 10 April (Easter Monday skipped)
    make_case(zone, "2026-04-02", handler=people["handler"], acknowledged_at=at("2026-04-03"))
    # When the reminders run on Tuesday 7 April (three working days left): nothing yet
    with time_machine.travel(at("2026-04-07", 6), tick=False):
        assert complaint_reminders_send(organisation=zone).sent == 0
    # On Wednesday 8 April (two working days left) the handler is reminded, once
    with time_machine.travel(at("2026-04-08", 6), tick=False):
        assert complaint_reminders_send(organisation=zone).sent == 1
        assert complaint_reminders_send(organisation=zone).sent == 0
    assert [mail.to for mail in mailoutbox] == [["handler@testrode.test"]]
    assert "10 april 2026" in mailoutbox[0].subject
    # The mail names the case by its reference only
    assert "Nadia" not in mailoutbox[0].body and "onbeleefd" not in mailoutbox[0].body


@pytest.mark.django_db
def test_a_passed_deadline_escalates_to_officers_and_reviewer(zone, people, mailoutbox):
    make_case(zone, "2026-04-02", handler=people["handler"])
    with time_machine.travel(at("2026-04-13", 6), tick=False):
        call_command("complaint_reminders", verbosity=0)
    escalated = ClockReminder.objects.filter(kind=ReminderKind.ESCALATION)
    assert set(escalated.values_list("clock", flat=True)) == {"acknowledgement", "first_contact"}
    recipients = {tuple(mail.to) for mail in mailoutbox if "te laat" in mail.subject}
    assert recipients == {
        ("handler@testrode.test",),
        ("officer@testrode.test",),
        ("reviewer@testrode.test",),
    }


@pytest.mark.django_db
def test_a_mail_server_down_loses_no_reminder(zone, people, mailoutbox, settings):
    make_case(zone, "2026-04-02", handler=people["handler"], acknowledged_at=at("2026-04-03"))
    # Given the mail server is down on Wednesday 8 April
    settings.EMAIL_BACKEND = f"{__name__}.ServerDown"
    with time_machine.travel(at("2026-04-08", 6), tick=False):
        run = complaint_reminders_send(organisation=zone)
    # Then the reminder is kept, unsent, with the error
    assert (run.sent, run.failed) == (0, 1)
    kept = ClockReminder.objects.get()
    assert kept.sent_at is None and kept.attempts == 1 and "down" in kept.last_error
    # When the server is back the next morning, the task sends it
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with time_machine.travel(at("2026-04-09", 6), tick=False):
        assert complaint_reminders() == 1
    kept.refresh_from_db()
    assert kept.sent_at is not None and kept.attempts == 2
    assert [mail.to for mail in mailoutbox] == [["handler@testrode.test"]]


@pytest.mark.django_db
def test_a_reminder_of_a_deadline_met_meanwhile_is_dropped(zone, people, settings):
    case = make_case(
        zone, "2026-04-02", handler=people["handler"], acknowledged_at=at("2026-04-03")
    )
    settings.EMAIL_BACKEND = f"{__name__}.ServerDown"
    with time_machine.travel(at("2026-04-08", 6), tick=False):
        complaint_reminders_send(organisation=zone)
    Case.objects.filter(pk=case.pk).update(first_contact_at=at("2026-04-08", 14))
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with time_machine.travel(at("2026-04-09", 6), tick=False):
        assert complaint_reminders_send(organisation=zone).sent == 0
    assert not ClockReminder.objects.exists()


@pytest.mark.django_db
def test_reminders_stay_in_their_zone(zone, other_zone, people, member, mailoutbox):
    member(Role.COMPLAINTS_OFFICER, organisation=other_zone, email="elders@elders.test")
    make_case(other_zone, "2026-04-02")
    with time_machine.travel(at("2026-04-13", 6), tick=False):
        call_command("complaint_reminders", verbosity=0)
    assert {address for mail in mailoutbox for address in mail.to} == {"elders@elders.test"}
