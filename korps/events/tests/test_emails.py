import pytest
from icalendar import Calendar

from korps.core.links import link_token
from korps.events import services
from korps.events.tests.factories import EventFactory

pytestmark = pytest.mark.django_db


# Mails leave when the transaction commits, so this test runs with real commits.
@pytest.mark.django_db(transaction=True)
def test_the_confirmation_carries_a_calendar_file_and_a_qr_code(zone, mailoutbox):
    event = EventFactory(organisation=zone, title="Jobavond Gent")

    signup = services.signup_create(event_id=event.pk, name="Amina", email="amina@mail.test")

    message = mailoutbox[0]
    attachments = {name: (content, mime) for name, content, mime in message.attachments}
    calendar = Calendar.from_ical(attachments["event.ics"][0])
    entry = next(iter(calendar.walk("VEVENT")))
    assert str(entry["summary"]) == "Jobavond Gent"
    assert entry.decoded("dtstart") == event.starts_at.replace(microsecond=0)
    assert attachments["check-in.png"][0].startswith(b"\x89PNG")
    assert f"/signup/{link_token(signup, 'manage')}/" in message.body


# Mails leave when the transaction commits, so this test runs with real commits.
@pytest.mark.django_db(transaction=True)
def test_the_confirmation_is_in_the_persons_language(zone, mailoutbox):
    event = EventFactory(organisation=zone)

    services.signup_create(event_id=event.pk, name="Claire", email="c@mail.test", language="fr")

    assert mailoutbox[0].subject.startswith("Vous êtes inscrit")
    assert "Bonjour Claire" in mailoutbox[0].body
