"""In real Chromium: the zone administrator invites a colleague from the people page; the
colleague chooses a password through the mailed link, sets up the app and logs in with it."""

import re
from base64 import b32decode

import pytest
from django_otp.oath import totp
from playwright.sync_api import expect

from conftest import TEST_PASSWORD
from korps.core.testing.browser import log_in
from korps.organisations.models import Membership
from korps.organisations.roles import Role
from korps.organisations.tests.factories import (
    MembershipFactory,
    OrganisationFactory,
    UserFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_zone_administrator_invites_a_colleague_who_logs_in_with_a_second_factor(
    page, mailoutbox
):
    zone = OrganisationFactory(name="Politiezone Browser", code="browser")
    admin = UserFactory(email="beheer@browser.test", full_name="Ilse Vermeulen")
    MembershipFactory(user=admin, organisation=zone, role=Role.ZONE_ADMIN)

    log_in(page, admin, TEST_PASSWORD)
    page.get_by_role("navigation", name="Hoofdnavigatie").get_by_role(
        "link", name="Mensen en eenheden"
    ).click()
    page.get_by_role("link", name="Een collega uitnodigen").click()
    page.get_by_label("E-mailadres").fill("nadia@browser.test")
    page.get_by_label("Naam").fill("Nadia Haddad")
    page.get_by_label("Rol").select_option("mentor")
    page.get_by_role("button", name="Uitnodiging versturen").click()

    expect(page.get_by_text("De uitnodiging is verstuurd naar nadia@browser.test.")).to_be_visible()
    membership = Membership.objects.get(user__email="nadia@browser.test")
    assert membership.role == Role.MENTOR and membership.organisation == zone
    link = re.search(r"https?://\S+/reset/\S+", mailoutbox[-1].body).group(0)

    page.context.clear_cookies()
    page.goto("/" + link.split("://", 1)[1].split("/", 1)[1])
    page.fill("#id_new_password1", "Nadia-haar-eigen-wachtwoord-26")
    page.fill("#id_new_password2", "Nadia-haar-eigen-wachtwoord-26")
    page.locator("main form button[type=submit]").click()
    page.goto("/accounts/login/")
    page.get_by_label("E-mailadres").fill("nadia@browser.test")
    page.get_by_label("Wachtwoord").fill("Nadia-haar-eigen-wachtwoord-26")
    page.get_by_role("button", name="Aanmelden").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Tweestapsverificatie instellen")
    secret = page.locator("code.secret").inner_text().replace(" ", "")
    page.get_by_label("Code uit de app").fill(f"{totp(b32decode(secret)):06d}")
    page.get_by_role("button", name="Tweestapsverificatie aanzetten").click()
    page.get_by_role("link", name="Ik heb ze bewaard, verder").click()
    expect(page).to_have_url(re.compile(r"/z/browser/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Welkom, Nadia")
    expect(page.locator(".badge")).to_have_text("Mentor")
