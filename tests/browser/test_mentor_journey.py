"""In real Chromium, the mentor's main job from the home page without typing a URL: a due item
(a test today, not prepared yet) → a preparation session → the result of the test. A result
dated after today is refused on the form first."""

import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from conftest import TEST_PASSWORD
from korps.core.testing.browser import log_in
from korps.guidance.models import MentorProfile, ProcedureStep, StepResult
from korps.guidance.services import procedure_install, step_plan, step_result_record
from korps.guidance.tests.factories import CandidateFactory
from korps.organisations.roles import Role
from korps.organisations.tests.factories import (
    MembershipFactory,
    OrganisationFactory,
    UserFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_mentor_goes_from_a_due_item_to_a_session_to_a_result(page):
    zone = OrganisationFactory(name="Politiezone Gids", code="gids")
    steps = {step.code: step for step in procedure_install(organisation=zone)}
    mentor = UserFactory(email="mentor@gids.test", full_name="Yusuf Demir", language="nl")
    MembershipFactory(user=mentor, organisation=zone, role=Role.MENTOR)
    MentorProfile.objects.create(organisation=zone, user=mentor, languages=["nl"])
    candidate = CandidateFactory(organisation=zone, mentor=mentor, name="Amina Bakkali")
    today = timezone.localdate()
    step_result_record(
        candidate=candidate,
        step=steps["cognitive"],
        result=StepResult.PASSED,
        result_on=today - dt.timedelta(days=30),
        acting_user=mentor,
    )
    step_plan(candidate=candidate, step=steps["physical"], planned_on=today, acting_user=mentor)

    # The home page shows the due item; it leads to the candidate.
    log_in(page, mentor, TEST_PASSWORD)
    due = page.locator(".checklist li", has_text="Amina Bakkali")
    expect(due).to_contain_text(steps["physical"].name)
    due.get_by_role("link", name="Amina Bakkali").click()
    expect(page.locator("h1")).to_have_text("Amina Bakkali")

    # A preparation session about the physical test.
    session = page.locator("form[action$='/session/']")
    session.locator("select[name=kind]").select_option("preparation")
    session.locator("select[name=step]").select_option(str(steps["physical"].pk))
    session.locator("textarea[name=note]").fill("Parcours en uithouding overlopen.")
    session.locator("button").click()
    expect(page.get_by_text("Parcours en uithouding overlopen.")).to_be_visible()

    # A result dated after today is refused, with the reason at the date.
    result = page.locator("form[action$='/result/']")
    result.locator("select[name=step]").select_option(str(steps["physical"].pk))
    result.locator("select[name=result]").select_option("passed")
    result.locator("input[name=planned_on]").fill((today + dt.timedelta(days=60)).isoformat())
    result.locator("button").click()
    expect(page.locator("form[action$='/result/']")).to_contain_text("na vandaag")
    assert not candidate.attempts.filter(step=steps["physical"], result="passed").exists()

    # The real result, dated today.
    result = page.locator("form[action$='/result/']")
    result.locator("select[name=step]").select_option(str(steps["physical"].pk))
    result.locator("select[name=result]").select_option("passed")
    result.locator("input[name=planned_on]").fill(today.isoformat())
    result.locator("button").click()
    expect(page.get_by_text("Het resultaat is geregistreerd.")).to_be_visible()
    attempt = candidate.attempts.get(step=ProcedureStep.objects.get(pk=steps["physical"].pk))
    assert (attempt.result, attempt.result_on) == ("passed", today)

    # Back home through the navigation: nothing about this test is due any more.
    page.get_by_role("link", name="Mijn mentees").first.click()
    expect(page.locator("main")).not_to_contain_text("geen voorbereidingsgesprek")
