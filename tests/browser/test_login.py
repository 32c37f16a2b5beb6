"""In real Chromium: every role logs in through the form, passes the second step with the code
of its authenticator app, and lands on its own home page; a new member sets up the app."""

import re
import time
from base64 import b32decode

import pytest
from django_otp.oath import totp
from playwright.sync_api import expect

from conftest import TEST_PASSWORD
from korps.core.testing.browser import current_code
from korps.core.testing.clients import confirmed_totp_device
from korps.organisations.roles import Role
from korps.organisations.tests.factories import (
    MembershipFactory,
    OrganisationFactory,
    UserFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_each_role_logs_in_with_password_and_app_code_and_sees_its_home_page(page, role):
    zone = OrganisationFactory(name="Politiezone Browser", code="browser")
    user = UserFactory(email=f"{role.value}@browser.test", full_name="Dana Vos")
    MembershipFactory(user=user, organisation=zone, role=role)
    confirmed_totp_device(user)

    page.goto("/accounts/login/")
    page.get_by_label("E-mailadres").fill(user.email)
    page.get_by_label("Wachtwoord").fill(TEST_PASSWORD)
    page.get_by_role("button", name="Aanmelden").click()

    # The password alone does not open the zone: the second step asks for the app's code.
    expect(page.get_by_role("heading", level=1)).to_have_text("Tweede stap van de aanmelding")
    page.goto("/z/browser/")
    expect(page).to_have_url(re.compile(r"/accounts/second-factor/verify/"))
    page.get_by_label("Code").fill("000000" if current_code(user) != "000000" else "111111")
    page.get_by_role("button", name="Bevestigen").click()
    expect(page.locator(".error")).to_contain_text("Deze code klopt niet")
    time.sleep(1.1)  # one wrong code: the app's device looks at the next code after a second
    page.get_by_label("Code").fill(current_code(user))
    page.get_by_role("button", name="Bevestigen").click()

    expect(page).to_have_url(re.compile(r"/z/browser/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Welkom, Dana")
    expect(page.locator(".badge")).to_have_text(str(role.label))
    expect(page.get_by_role("navigation", name="Hoofdnavigatie")).to_be_visible()


def test_a_new_staff_member_sets_up_the_app_and_keeps_the_recovery_codes(page):
    zone = OrganisationFactory(name="Politiezone Browser", code="browser")
    user = UserFactory(email="nieuw@browser.test", full_name="Dana Vos")
    MembershipFactory(user=user, organisation=zone, role=Role.RECRUITER)

    page.goto("/accounts/login/")
    page.get_by_label("E-mailadres").fill(user.email)
    page.get_by_label("Wachtwoord").fill(TEST_PASSWORD)
    page.get_by_role("button", name="Aanmelden").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Tweestapsverificatie instellen")
    expect(
        page.get_by_alt_text("QR-code om korps aan je authenticator-app toe te voegen")
    ).to_be_visible()
    secret = page.locator("code.secret").inner_text().replace(" ", "")
    code = f"{totp(b32decode(secret)):06d}"
    page.get_by_label("Code uit de app").fill(code)
    page.get_by_role("button", name="Tweestapsverificatie aanzetten").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Je herstelcodes")
    expect(page.locator(".recovery-codes li")).to_have_count(10)
    page.get_by_role("link", name="Ik heb ze bewaard, verder").click()
    expect(page).to_have_url(re.compile(r"/z/browser/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Welkom, Dana")


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
