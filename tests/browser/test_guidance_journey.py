"""In real Chromium: a job-day attendee becomes a candidate with consent, gets the suggested
mentor, the mentor logs a preparation session, a results file fails the language test, and
the mentor's page shows the follow-up talk as due."""

import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from conftest import TEST_PASSWORD
from korps.events.tests.factories import EventFactory, SignupFactory
from korps.guidance.models import Candidate, MentorProfile, ProcedureStep
from korps.guidance.services import procedure_install
from korps.guidance.tests.factories import CandidateFactory
from korps.organisations.roles import Role
from korps.organisations.tests.factories import (
    MembershipFactory,
    OrganisationFactory,
    UserFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, email):
    from korps.core.testing.browser import log_in as log_in_with_second_factor
    from korps.organisations.models import User

    log_in_with_second_factor(page, User.objects.get(email=email), TEST_PASSWORD)


def test_from_job_day_to_a_debrief_due(page, tmp_path):
    zone = OrganisationFactory(name="Politiezone Gids", code="gids")
    procedure_install(organisation=zone)
    manager = UserFactory(email="dm@gids.test")
    MembershipFactory(user=manager, organisation=zone, role=Role.DIVERSITY_MANAGER)
    mentor = UserFactory(email="mentor@gids.test", full_name="Yusuf Demir")
    MembershipFactory(user=mentor, organisation=zone, role=Role.MENTOR)
    MentorProfile.objects.create(organisation=zone, user=mentor, languages=["nl"])
    busy = UserFactory(email="busy@gids.test", full_name="Eline Druk")
    MembershipFactory(user=busy, organisation=zone, role=Role.MENTOR)
    signup = SignupFactory(
        event=EventFactory(organisation=zone),
        name="Amina Bakkali",
        email="amina@mail.test",
        source="fb-wave1",
    )
    CandidateFactory(organisation=zone, mentor=busy)

    # The diversity manager turns the attendee into a candidate, with consent.
    log_in(page, manager.email)
    page.goto(f"/z/gids/candidates/new/?signup={signup.pk}")
    expect(page.locator("#id_name")).to_have_value("Amina Bakkali")
    page.check("#id_consent")
    page.locator("main form button[type=submit]").click()
    candidate = Candidate.objects.get(signup=signup)
    assert candidate.source == "fb-wave1" and candidate.signup_id == signup.pk

    # The suggestion is the mentor with the lightest caseload; assigning takes one click.
    mentor_form = page.locator("form[action$='/mentor/']")
    expect(mentor_form.locator("select")).to_have_value(str(mentor.pk))
    mentor_form.locator("button").click()
    candidate.refresh_from_db()
    assert candidate.mentor == mentor

    # The mentor plans the language test and logs a preparation session.
    log_in(page, mentor.email)
    page.goto(f"/z/gids/candidates/{candidate.pk}/")
    plan = page.locator("form[action$='/plan/']")
    language_test = ProcedureStep.objects.get(organisation=zone, code="cognitive")
    plan.locator("select[name=step]").select_option(str(language_test.pk))
    # Planned for today, so its result can be known today (a result after today is refused).
    today = timezone.localdate()
    plan.locator("input[name=planned_on]").fill(today.isoformat())
    plan.locator("button").click()
    expect(page.locator(".badge")).to_have_text(re.compile("."))
    page.wait_for_load_state()
    session = page.locator("form[action$='/session/']")
    session.locator("select[name=kind]").select_option("preparation")
    session.locator("textarea[name=note]").fill("Taalproef geoefend met oude vragen.")
    session.locator("button").click()
    expect(page.get_by_text("Taalproef geoefend met oude vragen.")).to_be_visible()
    assert candidate.sessions.count() == 1

    # The recruitment service's file says the language test was failed.
    results = tmp_path / "resultaten.csv"
    results.write_text(
        "reference;step;result;date\n"
        f"{candidate.reference};cognitive;niet geslaagd;{today:%d/%m/%Y}\n",
        encoding="cp1252",
    )
    log_in(page, manager.email)
    page.goto("/z/gids/candidates/import/")
    page.set_input_files("#id_file", str(results))
    page.locator("main form[enctype] button").click()
    page.locator("form input[name=confirm] + button").click()
    assert candidate.attempts.get().result == "failed"

    # The mentor's home page shows the follow-up talk as due.
    log_in(page, mentor.email)
    page.goto("/z/gids/mentees/")
    expect(page.locator(".checklist .outcome-not_met")).to_contain_text("Amina Bakkali")
