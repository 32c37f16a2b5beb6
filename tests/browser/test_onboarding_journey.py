"""In real Chromium, a zone from nothing to its first figures (issue 12, must show): the site
operator opens the zone in the back office (it comes with the default procedure), the
diversity manager imports the staff from the HR file and the results from the recruitment
service's file, invites the staff to declare, one staff member declares through the link in
their mail, and the diversity manager reads the funnel.

Candidates are created through the service that exists today (one at a time); their import
from a file is added to this journey when it exists."""

import re

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from conftest import TEST_PASSWORD
from korps.core.testing.browser import log_in
from korps.guidance.models import ProcedureStep, StepAttempt
from korps.guidance.services import candidate_create
from korps.monitoring.models import Declaration, StaffMember
from korps.organisations.models import Organisation, UnitKind
from korps.organisations.roles import Role
from korps.organisations.services import unit_create
from korps.organisations.tests.factories import MembershipFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LINK = re.compile(r"https?://[^\s]+(/declare/[^\s/]+/)")


def test_a_new_zone_is_onboarded_from_files_to_the_funnel(page, tmp_path):
    operator = UserFactory(
        email="operator@korps.test", is_superuser=True, is_staff=True, language="nl"
    )

    # The site operator opens the zone in the back office.
    log_in(page, operator, TEST_PASSWORD)
    page.goto("/admin/organisations/organisation/add/")
    page.fill("#id_name", "Politiezone Nieuwland")
    page.fill("#id_code", "nieuwland")
    page.select_option("#id_default_language", "nl")
    page.check("input[name=languages][value=nl]")
    page.check("input[name=languages][value=fr]")
    page.locator(".add-row a").click()
    page.fill("#id_municipalities-0-name", "Nieuwland")
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist")).to_be_visible()
    zone = Organisation.objects.get(code="nieuwland")
    steps = list(ProcedureStep.objects.filter(organisation=zone).values_list("code", flat=True))
    assert steps[:5] == ["cognitive", "physical", "personality", "committee", "medical"]

    # Its people and units (the back office's own pages, tested elsewhere).
    for name in ("Wijkteam Noord", "Interventie"):
        unit_create(organisation=zone, name=name, kind=UnitKind.TEAM)
    manager = UserFactory(email="dm@nieuwland.test", full_name="Dina Manager", language="nl")
    MembershipFactory(user=manager, organisation=zone, role=Role.DIVERSITY_MANAGER)

    # The diversity manager imports the HR file.
    hr = tmp_path / "personeel.csv"
    lines = ["staff_number;unit;grade;start_date;end_date;email;language"]
    lines += [
        f"P{n:03d};{'Wijkteam Noord' if n % 2 else 'Interventie'};INP;2021-03-01;;"
        f"agent{n}@nieuwland.test;{'fr' if n == 7 else 'nl'}"
        for n in range(1, 13)
    ]
    hr.write_text("\n".join(lines) + "\n", encoding="utf-8")
    log_in(page, manager, TEST_PASSWORD)
    page.goto("/z/nieuwland/monitoring/staff/import/")
    page.set_input_files("#id_file", str(hr))
    page.locator("main form[enctype] button").click()
    expect(page.locator("#preview-title")).to_be_visible()
    page.locator("form input[name=confirm] + button").click()
    expect(page.locator(".messages")).to_be_visible()
    assert StaffMember.objects.filter(organisation=zone).count() == 12

    # Candidates as korps takes them today, then their results from the service's file.
    references = []
    for n in range(1, 7):
        candidate = candidate_create(
            organisation=zone,
            acting_user=manager,
            name=f"Kandidaat {n}",
            consent_text="ok",
            reference=f"NWL-{n:03d}",
        )
        references.append(candidate.reference)
    today = timezone.localdate()
    results = tmp_path / "resultaten.csv"
    results.write_text(
        "reference;step;result;date\n"
        + "".join(
            f"{ref};cognitive;{'geslaagd' if i % 3 else 'niet geslaagd'};{today:%d/%m/%Y}\n"
            for i, ref in enumerate(references)
        ),
        encoding="utf-8",
    )
    page.goto("/z/nieuwland/candidates/import/")
    page.set_input_files("#id_file", str(results))
    page.locator("main form[enctype] button").click()
    page.locator("form input[name=confirm] + button").click()
    expect(page.locator(".messages")).to_be_visible()
    assert StepAttempt.objects.filter(candidate__organisation=zone).count() == 6

    # The staff are invited to declare, from the navigation.
    mail.outbox.clear()
    page.goto("/z/nieuwland/")
    page.locator("nav.staff-nav").get_by_role(
        "link", name="Uitnodigingen voor een verklaring"
    ).click()
    page.get_by_role("button", name="De uitnodiging mailen naar iedereen").click()
    expect(page.locator(".messages")).to_contain_text("12")
    expect(page.locator("progress")).to_have_attribute("value", "100")
    assert len(mail.outbox) == 12

    # One staff member declares through the link in their mail, without an account.
    message = next(m for m in mail.outbox if m.to == ["agent3@nieuwland.test"])
    path = LINK.search(message.body).group(1)
    page.context.clear_cookies()
    page.goto(path)
    page.check("input[name=gender][value=woman]")
    page.check("input[name=origin_group][value=non_eu]")
    page.check("#id_consent")
    page.locator("main form.stack button[type=submit]").click()
    expect(page.locator(".messages")).to_be_visible()
    declaration = Declaration.objects.get(organisation=zone, staff_number="P003")
    assert (declaration.origin_group, declaration.via_link) == ("non_eu", True)

    # The diversity manager reads the funnel.
    log_in(page, manager, TEST_PASSWORD)
    page.goto("/z/nieuwland/monitoring/")
    page.get_by_role("link", name="Selectietrechter").click()
    assert "/funnel/" in page.url
    expect(page.locator("main")).to_contain_text("Cognitieve proeven")
