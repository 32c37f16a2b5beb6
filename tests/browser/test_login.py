"""In real Chromium: every role logs in through the form and lands on its own home page."""

import re

import pytest
from playwright.sync_api import expect

from conftest import TEST_PASSWORD
from korps.organisations.roles import Role
from korps.organisations.tests.factories import (
    MembershipFactory,
    OrganisationFactory,
    UserFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_each_role_logs_in_and_sees_its_home_page(page, role):
    zone = OrganisationFactory(name="Politiezone Browser", code="browser")
    user = UserFactory(email=f"{role.value}@browser.test", full_name="Dana Vos")
    MembershipFactory(user=user, organisation=zone, role=role)

    page.goto("/accounts/login/")
    page.get_by_label("E-mailadres").fill(user.email)
    page.get_by_label("Wachtwoord").fill(TEST_PASSWORD)
    page.get_by_role("button", name="Aanmelden").click()

    expect(page).to_have_url(re.compile(r"/z/browser/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Welkom, Dana")
    expect(page.locator(".badge")).to_have_text(str(role.label))
    expect(page.get_by_role("navigation", name="Hoofdnavigatie")).to_be_visible()


def test_wrong_password_says_so_and_keeps_the_address(page):
    UserFactory(email="iemand@browser.test")

    page.goto("/accounts/login/")
    page.get_by_label("E-mailadres").fill("iemand@browser.test")
    page.get_by_label("Wachtwoord").fill("fout")
    page.get_by_role("button", name="Aanmelden").click()

    expect(page.get_by_role("alert")).to_contain_text("e-mailadres")
    expect(page.get_by_label("E-mailadres")).to_have_value("iemand@browser.test")


def test_language_switch_turns_the_page_french(page):
    page.goto("/")
    page.get_by_label("Taal").select_option("fr")
    page.get_by_role("button", name="Wijzigen").click()

    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.get_by_role("link", name="Connexion du personnel")).to_be_visible()
