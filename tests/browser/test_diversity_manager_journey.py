"""In real Chromium, the diversity manager's main job from the home page, without typing a
URL: a new interested person on the home page, their page, one click to a prefilled
candidate form (source kept, consent recorded), the suggested mentor, then the selection
funnel through the navigation (issue 13, must show)."""

import pytest
from playwright.sync_api import expect

from conftest import TEST_PASSWORD
from korps.careers.demo import install_career_site
from korps.careers.models import Lead
from korps.core.testing.browser import log_in
from korps.guidance.models import Candidate, MentorProfile
from korps.guidance.services import procedure_install
from korps.organisations.roles import Role
from korps.organisations.tests.factories import (
    MembershipFactory,
    OrganisationFactory,
    UserFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_diversity_manager_goes_from_a_new_lead_to_the_funnel(page):
    zone = OrganisationFactory(name="Politiezone Instroom", code="instroom")
    install_career_site(zone)
    procedure_install(organisation=zone)
    manager = UserFactory(email="dm@instroom.test", full_name="Dina Manager")
    MembershipFactory(user=manager, organisation=zone, role=Role.DIVERSITY_MANAGER)
    mentor = UserFactory(email="mentor@instroom.test", full_name="Yusuf Demir")
    MembershipFactory(user=mentor, organisation=zone, role=Role.MENTOR)
    MentorProfile.objects.create(organisation=zone, user=mentor, languages=["nl"])
    lead = Lead.objects.create(
        organisation=zone,
        name="Amina Bakkali",
        email="amina@mail.test",
        language="nl",
        source="flyer-markt",
        message="Kan ik solliciteren met een diploma uit Marokko?",
        consent_text="ok",
    )

    # Log-in lands on the zone's home page, which lists the new interested person.
    log_in(page, manager, TEST_PASSWORD)
    panel = page.locator("section[aria-labelledby=new-leads-panel]")
    expect(panel).to_contain_text("Amina Bakkali")
    panel.get_by_role("link", name="Amina Bakkali").click()

    # The lead's page shows the question; one click opens the prefilled candidate form.
    expect(page.locator("main")).to_contain_text("diploma uit Marokko")
    page.get_by_role("link", name="Kandidaat van maken").click()
    expect(page.locator("#id_name")).to_have_value("Amina Bakkali")
    expect(page.locator("#id_source")).to_have_value("flyer-markt")
    page.check("#id_consent")
    page.locator("main form button[type=submit]").click()
    candidate = Candidate.objects.get(lead=lead)
    assert candidate.source == "flyer-markt" and candidate.consent_given_at is not None

    # The suggested mentor is assigned in one click.
    mentor_form = page.locator("form[action$='/mentor/']")
    expect(mentor_form.locator("select")).to_have_value(str(mentor.pk))
    mentor_form.locator("button").click()
    candidate.refresh_from_db()
    assert candidate.mentor == mentor

    # The funnel is two clicks away in the navigation.
    page.locator("nav.staff-nav").get_by_role("link", name="Monitoring").click()
    page.get_by_role("link", name="Selectietrechter").click()
    expect(page.locator("h1")).to_be_visible()
    assert "/funnel/" in page.url
