"""In real Chromium, in Dutch: an anonymous report of discrimination gives a receipt code and
a PDF receipt; the complaints officer acknowledges it, records a conversation (in writing,
the complainant being anonymous) and the outcome, and closes the case with a reason; the
complainant reads the outcome with the code and answers the two questions."""

import re

import pytest
from playwright.sync_api import expect

from conftest import TEST_PASSWORD
from korps.complaints.models import Case, CaseStatus, Outcome, SatisfactionAnswer
from korps.complaints.zone_defaults import categories_install
from korps.core.testing.browser import log_in
from korps.organisations.roles import Role
from korps.organisations.tests.factories import (
    MembershipFactory,
    OrganisationFactory,
    UserFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_anonymous_discrimination_report_from_receipt_to_satisfaction(page):
    zone = OrganisationFactory(name="Politiezone Klacht", code="klacht")
    categories_install(zone)
    officer = UserFactory(email="klachten@klacht.test", full_name="Pieter Claes")
    MembershipFactory(user=officer, organisation=zone, role=Role.COMPLAINTS_OFFICER)

    # The report: anonymous, what happened is the only required answer.
    page.goto("/complaints/klacht/")
    expect(page.get_by_text("geen persoonlijk gesprek en geen bemiddeling")).to_be_visible()
    page.get_by_label("Melding van discriminatie").check()
    page.get_by_label("Wat is er gebeurd?").fill(
        "Bij de controle aan het station werd alleen ik gefouilleerd, om mijn afkomst."
    )
    page.get_by_label("Nee, ik blijf anoniem").check()
    page.get_by_role("button", name="Versturen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("We hebben uw melding ontvangen")
    code = page.locator("[data-receipt-code]").inner_text()
    assert re.fullmatch(r"[A-Z0-9]{4}(-[A-Z0-9]{4}){3}", code)
    # The first PDF of a process loads WeasyPrint, which takes a while on a busy machine.
    with page.expect_download(timeout=60_000) as download:
        page.get_by_role("button", name="Ontvangstbewijs downloaden (pdf)").click(
            no_wait_after=True
        )
    with open(download.value.path(), "rb") as receipt:
        assert receipt.read(5) == b"%PDF-"
    case = Case.objects.get()
    assert case.anonymous and case.complainant_name == ""

    # The officer handles it from the list.
    log_in(page, officer, TEST_PASSWORD)
    page.get_by_role("navigation", name="Hoofdnavigatie").get_by_role(
        "link", name="Klachten", exact=True
    ).click()
    page.get_by_role("link", name=case.reference).click()
    page.get_by_role("button", name="Ontvangst bevestigen").click()
    expect(page.locator("[data-status]")).to_have_text("Ontvangst bevestigd")
    page.get_by_text("Een klachtonderdeel toevoegen").click()
    page.get_by_label("Categorie").select_option(label="Ongelijke of discriminerende behandeling")
    page.get_by_label("Discriminatiegrond (indien van toepassing)").select_option("origin")
    page.get_by_role("button", name="Toevoegen").click()
    page.get_by_label("Behandelingsweg").select_option("conversation")
    page.get_by_label("Bericht aan de klager (niet verplicht)").fill(
        "Dank u. Kunt u ons schrijven hoe laat de controle was?"
    )
    page.get_by_role("button", name="Behandelingsweg bewaren").click()
    expect(page.locator("[data-status]")).to_have_text("In behandeling")
    page.get_by_label("Uitkomst").select_option(Outcome.PARTLY.value)
    page.get_by_label("Redenen (de klager leest ze)").fill(
        "De fouillering was niet nodig; de ploeg krijgt een opleiding."
    )
    page.get_by_role("button", name="Uitkomst vastleggen").click()
    page.get_by_label("Reden van afsluiting (de klager leest ze)").fill(
        "We erkennen dat u ongelijk behandeld werd en leren eruit."
    )
    page.get_by_role("button", name="Dossier afsluiten").click()
    expect(page.locator("[data-status]")).to_have_text("Afgesloten")

    # The complainant reads the outcome with the code and answers the two questions.
    page.context.clear_cookies()
    page.goto("/complaints/klacht/follow/")
    page.get_by_label("Uw ontvangstcode").fill(code.lower())
    page.get_by_role("button", name="Mijn dossier openen").click()
    expect(page.locator("[data-status]")).to_have_text("Afgesloten")
    expect(page.get_by_text("Gedeeltelijk gegrond")).to_be_visible()
    expect(page.get_by_text("Kunt u ons schrijven hoe laat")).to_be_visible()
    expect(page.locator("[data-closing-reason]")).to_contain_text("leren eruit")
    page.locator('input[name="taken_seriously"][value="yes"]').check()
    page.locator('input[name="trust_restored"][value="partly"]').check()
    page.get_by_role("button", name="Mijn antwoorden versturen").click()
    expect(page.get_by_text("Bedankt voor uw antwoorden.")).to_be_visible()

    case.refresh_from_db()
    assert case.status == CaseStatus.CLOSED and case.first_contact_at is None
    answer = SatisfactionAnswer.objects.get(case=case)
    assert (answer.taken_seriously, answer.trust_restored) == ("yes", "partly")
