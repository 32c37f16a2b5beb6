"""In real Chromium, the career site as a candidate uses it: self-check, a practice round with a
score, a sign-up for a full job day with its confirmation e-mail and calendar file,
cancelling by the personal link, and the next person on the waiting list getting the seat."""

import re
from urllib.parse import urlparse

import pytest
from django.core import mail
from playwright.sync_api import expect

from korps.careers.demo import install_career_site
from korps.events.models import Signup, SignupStatus
from korps.events.services import signup_create
from korps.events.tests.factories import EventFactory
from korps.organisations.tests.factories import OrganisationFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def path_of(body: str, pattern: str) -> str:
    return urlparse(re.search(pattern, body).group(0)).path


def test_a_candidate_goes_from_self_check_to_a_seat_and_back(page, settings):
    zone = OrganisationFactory(name="Politiezone Browser", code="browser")
    install_career_site(zone)
    event = EventFactory(organisation=zone, title="Jobavond Browser", seats=2)
    signup_create(event_id=event.pk, name="Eerste", email="eerste@mail.test", seats=1)

    # The home page leads to the zone's career site, and on to the self-check.
    page.goto("/")
    page.get_by_role("link", name="Politiezone Browser").click()
    page.get_by_role("link", name="Kan ik bij de politie?").first.click()
    for group in page.locator("fieldset.question").all():
        group.get_by_role("radio").first.check()
    page.get_by_role("button", name="Toon mijn resultaat").click()
    expect(page.locator("#result")).to_be_visible()

    # A timed practice round ends with a score per topic.
    page.get_by_role("link", name="Oefenen").first.click()
    page.get_by_role("button", name=re.compile("^Start")).first.click()
    for group in page.locator("fieldset.question").all():
        group.get_by_role("radio").nth(1).check()
    page.get_by_role("button", name="Klaar: toon mijn score").click()
    expect(page.locator(".score")).to_contain_text("10")
    expect(page.get_by_role("table")).to_be_visible()

    # The job day has one seat left: Amina takes it with the form.
    page.get_by_role("link", name="Jobdagen").first.click()
    page.get_by_role("link", name="Jobavond Browser").click()
    page.get_by_label("Je naam").fill("Amina Bakkali")
    page.get_by_label("E-mailadres").fill("amina@mail.test")
    page.get_by_role("button", name="Inschrijven").click()
    # The page only says a mail was sent (it never tells who is signed up); the mail links
    # to her own page.
    expect(page.locator(".message-success")).to_be_visible()
    confirmation = next(m for m in mail.outbox if m.to == ["amina@mail.test"])
    page.goto(path_of(confirmation.body, r"https?://\S+/signup/\S+/"))
    expect(page.locator(".status-confirmed")).to_contain_text("Amina Bakkali")
    names = [name for name, _content, _mime in confirmation.attachments]
    assert "event.ics" in names
    assert "BEGIN:VEVENT" in dict((n, c) for n, c, _m in confirmation.attachments)["event.ics"]

    # Now the event is full; Bert joins the waiting list.
    signup_create(event_id=event.pk, name="Bert", email="bert@mail.test", seats=1)
    assert Signup.objects.get(email="bert@mail.test").status == SignupStatus.WAITING

    # Amina cancels with the link from her e-mail; Bert gets the seat and a mail.
    page.goto(path_of(confirmation.body, r"https?://\S+/signup/\S+/"))
    page.get_by_role("button", name="Mijn inschrijving annuleren").click()
    expect(page.locator(".status-cancelled")).to_be_visible()
    assert Signup.objects.get(email="bert@mail.test").status == SignupStatus.CONFIRMED
    assert any(m.to == ["bert@mail.test"] and "plaats" in m.subject.lower() for m in mail.outbox)
