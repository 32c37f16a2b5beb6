"""In real Chromium: a visitor follows a campaign's tracked link, signs up for a job day, and
the diversity manager sees the visit and the sign-up under that action on the dashboard."""

import pytest
from playwright.sync_api import expect

from conftest import TEST_PASSWORD
from korps.careers.demo import install_career_site
from korps.core.testing.browser import pass_second_factor
from korps.core.testing.clients import confirmed_totp_device
from korps.events.models import Signup, SignupStatus
from korps.events.tests.factories import EventFactory
from korps.organisations.models import User
from korps.organisations.roles import Role
from korps.organisations.tests.factories import (
    MembershipFactory,
    OrganisationFactory,
    UserFactory,
)
from korps.outreach.tests.factories import ActionFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_tracked_visit_and_signup_show_on_the_dashboard(page):
    zone = OrganisationFactory(name="Politiezone Campagne", code="campagne")
    install_career_site(zone)
    event = EventFactory(organisation=zone, title="Jobavond Campagne", seats=20)
    action = ActionFactory(wave__campaign__organisation=zone, code="brw123")
    ActionFactory(wave=action.wave, code="oth123")
    manager = UserFactory(email="diversiteit@campagne.test", password=TEST_PASSWORD)
    MembershipFactory(user=manager, organisation=zone, role=Role.DIVERSITY_MANAGER)

    # The visitor scans the poster's code and lands on the career site.
    page.goto("/r/brw123")
    expect(page).to_have_url(f"{page.url.split('/careers/')[0]}/careers/campagne/")

    # They open the job evening and sign up with the form.
    page.goto(f"/careers/campagne/events/{event.pk}/")
    page.locator("#id_name").fill("Amina Bakkali")
    page.locator("#id_email").fill("amina@mail.test")
    page.locator("main form.stack [type=submit]").click()
    # The page says a mail went out; the sign-up itself is in the database.
    expect(page.locator(".message-success")).to_be_visible()
    assert Signup.objects.get(email="amina@mail.test").status == SignupStatus.CONFIRMED

    # The diversity manager logs in and opens the campaign's dashboard.
    manager = User.objects.get(email="diversiteit@campagne.test")
    confirmed_totp_device(manager)
    page.context.clear_cookies()
    page.goto("/accounts/login/")
    page.get_by_label("E-mailadres").fill("diversiteit@campagne.test")
    page.get_by_label("Wachtwoord").fill(TEST_PASSWORD)
    page.get_by_role("button", name="Aanmelden").click()
    pass_second_factor(page, manager)
    page.goto(f"/z/campagne/outreach/{action.wave.campaign.pk}/dashboard/")

    row = page.locator('#dashboard-actions tr[data-code="brw123"] td')
    # Cells: wave, code, reach, clicks, visits, leads, sign-ups, attended, ...
    expect(row.nth(1)).to_have_text("brw123")
    expect(row.nth(4)).to_have_text("1")
    expect(row.nth(6)).to_have_text("1")
    other = page.locator('#dashboard-actions tr[data-code="oth123"] td')
    expect(other.nth(4)).to_have_text("0")
    expect(other.nth(6)).to_have_text("0")
    expect(page.locator("figure.chart svg").first).to_be_visible()
