"""In real Chromium (issue 17): a recruiter of the second demo zone, Heuvelland, searches the
practice library, finds the job-day practice, reads how Ghent runs it and adopts it, which
makes an action in Heuvelland's diversity plan with the sheet's success factors and
challenges as milestones and its partners as contacts."""

import pytest
from playwright.sync_api import expect

from conftest import TEST_PASSWORD
from korps.core.testing.browser import log_in
from korps.organisations.roles import Role
from korps.organisations.tests.factories import (
    MembershipFactory,
    OrganisationFactory,
    UserFactory,
)
from korps.plan.models import ActionOrigin, PlanAction
from korps.practices import services
from korps.practices.demo import practice_data
from korps.practices.models import Status
from korps.practices.tests.factories import make_moderator

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_recruiter_finds_reads_and_adopts_the_job_day_practice(page):
    heuvelland = OrganisationFactory(name="Politiezone Heuvelland (demo)", code="heuvelland")
    gent = OrganisationFactory(name="Politiezone Gent (demo)", code="gent")
    recruiter = UserFactory(email="rekrutering@heuvelland.korps.test", password=TEST_PASSWORD)
    MembershipFactory(user=recruiter, organisation=heuvelland, role=Role.RECRUITER)
    contact = UserFactory(email="diversiteit@gent.korps.test", full_name="Youssef Amrani")
    MembershipFactory(user=contact, organisation=gent, role=Role.DIVERSITY_MANAGER)
    moderator = make_moderator()
    for key in ("job-days", "guidance"):
        data, implementations = practice_data(key)
        sheet = services.sheet_submit(actor=contact, zone=gent, data=data)
        services.sheet_move(actor=moderator, sheet=sheet, to_status=Status.IN_REVIEW)
        services.sheet_move(actor=moderator, sheet=sheet, to_status=Status.PUBLISHED)
        services.implementation_save(
            actor=contact,
            zone=gent,
            sheet=sheet,
            text=implementations["gent"],
            language="nl",
            contact=contact,
        )

    # From the home page to the library, and a search with an inflected word.
    log_in(page, recruiter, TEST_PASSWORD)
    page.get_by_role("link", name="Praktijkbibliotheek").first.click()
    page.get_by_label("Zoeken").fill("jobdagen")
    page.get_by_role("button", name="Tonen").click()
    results = page.locator("ul.cards > li")
    expect(results).to_have_count(1)
    results.get_by_role("link", name="Campagne met jobdagen en eigen verhalen").click()

    # Ghent's implementation, with its contact.
    ghent = page.get_by_role("region", name="Politiezone Gent (demo)")
    expect(ghent).to_contain_text("320")
    expect(ghent).to_contain_text("Youssef Amrani")

    # Adopting makes an action in Heuvelland's diversity plan.
    page.get_by_role("button", name="Deze praktijk overnemen").click()
    expect(page.locator(".message-success")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_contain_text(
        "Campagne met jobdagen en eigen verhalen"
    )
    action = PlanAction.objects.select_related("line__plan").get()
    assert action.line.plan.organisation == heuvelland and action.owner == recruiter
    assert action.origin == ActionOrigin.PRACTICE
    assert action.milestones.count() >= 2
    assert "Communicatiebureau" in action.origin_note
