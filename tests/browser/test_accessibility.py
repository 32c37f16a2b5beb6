"""axe-core (bundled by axe-playwright-python, from PyPI) on every public page and the staff
home pages: no WCAG 2.1 A/AA violation."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from korps.careers.demo import install_career_site
from korps.careers.models import Story
from korps.core.links import link_token
from korps.events.services import signup_create
from korps.events.tests.factories import EventFactory
from korps.organisations.tests.factories import OrganisationFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def violations(page) -> list[str]:
    results = Axe().run(page, options=WCAG)
    return [
        f"{v['id']}: {v['help']} ({', '.join(n['target'][0] for n in v['nodes'][:3])})"
        for v in results.response["violations"]
    ]


@pytest.fixture
def public_site(db):
    zone = OrganisationFactory(name="Politiezone Axe", code="axe")
    install_career_site(zone)
    event = EventFactory(organisation=zone, seats=1, title="Jobavond Axe")
    signup = signup_create(event_id=event.pk, name="Amina", email="a@mail.test")
    story = Story.objects.create(
        organisation=zone,
        person_name="Sam Vos",
        person_email="sam@zone.test",
        quote={"nl": "Doe het"},
        body={"nl": "Mijn verhaal"},
        consent_given_at="2026-01-01T00:00Z",
    )
    return zone, event, signup, story


def test_public_pages_have_no_accessibility_violations(page, public_site):
    zone, event, signup, story = public_site
    paths = [
        "/",
        "/accounts/login/",
        "/accounts/password_reset/",
        "/careers/axe/",
        "/careers/axe/self-check/",
        "/careers/axe/selection/",
        "/careers/axe/practice/",
        "/careers/axe/stories/",
        f"/careers/axe/stories/{story.pk}/",
        "/careers/axe/interest/",
        "/careers/axe/ask/",
        "/careers/axe/events/",
        f"/careers/axe/events/{event.pk}/",
        f"/signup/{link_token(signup, 'manage')}/",
        f"/story-consent/{link_token(story, 'consent')}/",
    ]
    found = {}
    for path in paths:
        page.goto(path)
        if problems := violations(page):
            found[path] = problems
    # Pages after an action: the self-check result and a practice round.
    page.goto("/careers/axe/self-check/")
    for group in page.locator("fieldset.question").all():
        group.get_by_role("radio").first.check()
    page.get_by_role("button", name="Toon mijn resultaat").click()
    if problems := violations(page):
        found["self-check result"] = problems
    page.goto("/careers/axe/practice/")
    page.get_by_role("button").filter(has_text="Start").first.click()
    if problems := violations(page):
        found["practice round"] = problems

    assert not found, found


def test_staff_pages_have_no_accessibility_violations(page, public_site):
    from conftest import TEST_PASSWORD
    from korps.core.testing.browser import pass_second_factor
    from korps.core.testing.clients import confirmed_totp_device
    from korps.organisations.roles import Role
    from korps.organisations.tests.factories import MembershipFactory, UserFactory

    zone, event, _signup, _story = public_site
    admin = UserFactory(email="admin@axe.test")
    for role in (Role.ZONE_ADMIN, Role.RECRUITER):
        MembershipFactory(user=admin, organisation=zone, role=role)
    _workforce(zone, admin)
    confirmed_totp_device(admin)
    page.goto("/accounts/login/")
    page.get_by_label("E-mailadres").fill(admin.email)
    page.get_by_label("Wachtwoord").fill(TEST_PASSWORD)
    page.get_by_role("button", name="Aanmelden").click()
    pass_second_factor(page, admin)
    page.wait_for_url("**/z/axe/")

    found = {}
    for path in [
        "/z/axe/",
        "/z/axe/members/",
        "/accounts/second-factor/",
        "/z/axe/audit/",
        "/z/axe/events/",
        f"/z/axe/events/{event.pk}/",
        "/z/axe/events/new/",
        "/z/axe/career-site/",
        "/z/axe/interested/",
        "/z/axe/career-site/texts/welcome/",
        "/z/axe/monitoring/",
        "/z/axe/monitoring/?start=2025-01",
        "/z/axe/monitoring/funnel/",
        "/z/axe/monitoring/retention/",
        "/z/axe/monitoring/summary/",
        "/z/axe/monitoring/outreach/",
        "/z/axe/monitoring/population/",
        "/z/axe/monitoring/population/import/",
        "/z/axe/monitoring/staff/import/",
        "/z/axe/monitoring/staff/accounts/",
        "/z/axe/monitoring/my-declaration/",
    ]:
        page.goto(path)
        if problems := violations(page):
            found[path] = problems

    assert not found, found


def _workforce(zone, user):
    """A small corps, so that the monitoring pages draw their tables, trend and charts."""
    from korps.monitoring.imports import staff_apply, staff_plan
    from korps.organisations.models import Unit

    Unit.objects.create(organisation=zone, name="Centrum", kind="district")
    lines = "".join(f"A{n},Centrum,INP,2023-0{1 + n % 9}-01,,\n" for n in range(30))
    raw = ("staff_number,unit,grade,start_date,end_date,promotions\n" + lines).encode()
    staff_apply(
        organisation=zone,
        plan=staff_plan(organisation=zone, name="hr.csv", raw=raw),
        acting_user=user,
    )
    # The user's own HR line, so that "My declaration" shows its form.
    from korps.monitoring.models import StaffMember
    from korps.monitoring.services import staff_member_link_account

    staff_member_link_account(
        staff_member=StaffMember.objects.get(organisation=zone, staff_number="A0"),
        account=user,
        acting_user=None,
    )


def test_the_checker_does_find_violations(page):
    """So that 'no violations' above means something."""
    page.set_content('<html><body><img src="x.png"><input type="text"></body></html>')

    assert any(v.startswith("image-alt") for v in violations(page))


def test_the_second_factor_pages_have_no_accessibility_violations(page, public_site):
    from conftest import TEST_PASSWORD
    from korps.core.testing.browser import current_code
    from korps.organisations.roles import Role
    from korps.organisations.tests.factories import MembershipFactory, UserFactory

    zone = public_site[0]
    user = UserFactory(email="nieuw@axe.test")
    MembershipFactory(user=user, organisation=zone, role=Role.RECRUITER)
    page.goto("/accounts/login/")
    page.fill("#id_username", user.email)
    page.fill("#id_password", TEST_PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/accounts/second-factor/set-up/**")
    found = {}
    if problems := violations(page):
        found["set-up"] = problems
    page.locator("main form button[type=submit]").click()  # no code: the error state
    if problems := violations(page):
        found["set-up with an error"] = problems

    from korps.core.testing.clients import confirmed_totp_device

    confirmed_totp_device(user)
    page.goto("/accounts/second-factor/verify/")
    if problems := violations(page):
        found["second step"] = problems
    page.fill("#id_code", current_code(user))
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/z/axe/")
    page.goto("/accounts/second-factor/")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/accounts/second-factor/recovery-codes/**")
    if problems := violations(page):
        found["recovery codes"] = problems

    assert not found, found
