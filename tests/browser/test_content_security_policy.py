"""In a real browser, with the Content-Security-Policy on: no page of korps, the back office
included, has anything refused, and the QR page's print button still works."""

import pytest

from conftest import TEST_PASSWORD
from korps.careers.demo import install_career_site
from korps.core.testing.browser import log_in
from korps.events.tests.factories import EventFactory
from korps.organisations.roles import Role
from korps.organisations.tests.factories import (
    MembershipFactory,
    OrganisationFactory,
    UnitFactory,
    UserFactory,
)
from korps.outreach.tests.factories import ActionFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def refusals(page) -> list[str]:
    """Collects what the browser refuses under the policy, from the console."""
    found = []
    page.on(
        "console",
        lambda message: (
            found.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return found


def test_no_page_has_anything_refused_by_the_policy(page):
    zone = OrganisationFactory(name="Politiezone CSP", code="csp")
    install_career_site(zone)
    event = EventFactory(organisation=zone, title="Jobavond CSP")
    unit = UnitFactory(organisation=zone, name="Centrum")
    UnitFactory(organisation=zone, name="Wijk Noord", parent=unit)
    action = ActionFactory(wave__campaign__organisation=zone)
    admin = UserFactory(email="admin@csp.test")
    for role in (Role.ZONE_ADMIN, Role.RECRUITER, Role.DIVERSITY_MANAGER):
        MembershipFactory(user=admin, organisation=zone, role=role)
    refused = refusals(page)

    log_in(page, admin, TEST_PASSWORD)
    page.wait_for_url("**/z/csp/")
    for path in [
        "/careers/csp/",
        "/careers/csp/practice/",
        f"/careers/csp/events/{event.pk}/",
        "/z/csp/members/",
        "/z/csp/monitoring/",
        f"/z/csp/outreach/actions/{action.pk}/qr/",
        "/admin/",
        "/admin/organisations/membership/",
        "/admin/organisations/unit/",
        f"/admin/organisations/unit/{unit.pk}/change/",
    ]:
        page.goto(path)
        page.wait_for_load_state("networkidle")

    assert refused == []


def test_the_qr_pages_print_button_opens_the_print_dialog(page):
    zone = OrganisationFactory(name="Politiezone CSP", code="csp")
    action = ActionFactory(wave__campaign__organisation=zone)
    user = UserFactory(email="diversiteit@csp.test")
    MembershipFactory(user=user, organisation=zone, role=Role.DIVERSITY_MANAGER)
    log_in(page, user, TEST_PASSWORD)
    page.wait_for_url("**/z/csp/")
    page.goto(f"/z/csp/outreach/actions/{action.pk}/qr/")
    page.evaluate("window.print = () => { window.printed = true; }")

    page.get_by_role("button", name="Afdrukken").click()

    assert page.evaluate("window.printed") is True
