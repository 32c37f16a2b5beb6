"""In real Chromium, the recruiter's main job from their home page, without typing a URL:
a job day whose waiting list overflows, an extra session for the waiting people, the door's
search and check-in on the day, and the export of the sign-ups (issue 13)."""

import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from conftest import TEST_PASSWORD
from korps.core.testing.browser import log_in
from korps.events.models import Event, Signup, SignupStatus
from korps.events.services import signup_create
from korps.events.tests.factories import EventFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_job_day_overflow_extra_session_door_and_export(page, zone, recruiter):
    # A job day today, a little later: three seats taken, three people waiting.
    starts = timezone.now() + dt.timedelta(hours=1)
    if timezone.localdate(starts) != timezone.localdate():
        pytest.skip("an event later today needs the test to run before 23:00")
    event = EventFactory(
        organisation=zone, title="Jobdag Kaai", seats=3, overflow_threshold=2, starts_at=starts
    )
    names = [
        "Yasmina El Idrissi",
        "Bert Peeters",
        "Chloé Dubois",
        "Dries Maes",
        "Emre Kaya",
        "Fatima Amrani",
    ]
    for number, name in enumerate(names):
        signup_create(event_id=event.pk, name=name, email=f"persoon{number}@mail.test")

    # From the home page to the job day.
    log_in(page, recruiter, TEST_PASSWORD)
    page.get_by_role("link", name="Jobdagen").first.click()
    page.get_by_role("link", name="Jobdag Kaai").click()

    # The waiting list overflows: an extra session, a week later, takes the waiting people.
    expect(page.locator("#overflow-title")).to_be_visible()
    page.get_by_role("button", name="Extra sessie toevoegen").click()
    expect(page.locator(".message-success")).to_be_visible()
    extra = Event.objects.get(extra_session_of=event)
    moved = Signup.objects.filter(event=extra, status=SignupStatus.CONFIRMED)
    assert sorted(s.name for s in moved) == ["Dries Maes", "Emre Kaya", "Fatima Amrani"]
    expect(page.locator("#checkin ~ table")).to_contain_text("Emre Kaya")

    # Back to today's session, at the door: search a name and check the person in.
    page.get_by_role("link", name="Jobdag Kaai").first.click()
    page.get_by_label("Zoek een naam of e-mailadres").fill("idriss")
    page.get_by_role("button", name="Zoeken").click()
    rows = page.locator("#checkin ~ table tbody tr")
    expect(rows).to_have_count(1)
    page.get_by_role("button", name="Yasmina El Idrissi inchecken").click()
    expect(rows.first).to_contain_text("Aanwezig")
    assert Signup.objects.get(name="Yasmina El Idrissi").checked_in_at is not None

    # The export holds everyone of the session, with the check-in.
    with page.expect_download() as download:
        page.get_by_role("link", name="CSV exporteren").click()
    text = open(download.value.path(), encoding="utf-8-sig").read()
    assert "Yasmina El Idrissi" in text and "Bert Peeters" in text
    assert "Chloé Dubois" in text and "Emre Kaya" not in text
