"""In real Chromium, the monitoring pages' own navigation and period form (issue 13, item
16): links without bullets over them, the report being read marked, and a period form with
labels and an error message from the project's form template."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from conftest import TEST_PASSWORD
from korps.core.testing.browser import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_report_navigation_marks_the_current_report_and_the_period_form_explains(
    page, analyst, zone
):
    log_in(page, analyst, TEST_PASSWORD)
    page.goto(reverse("monitoring:funnel", kwargs={"zone": zone.code}))

    nav = page.locator("main nav[aria-label]").first
    items = nav.locator("li")
    assert items.count() >= 5
    # No bullet is drawn: a bullet beside a link in a row of links lands on the previous one.
    for index in range(items.count()):
        style = items.nth(index).evaluate("li => getComputedStyle(li).listStyleType")
        assert style == "none", (index, style)
    current = nav.locator("a[aria-current=page]")
    expect(current).to_have_count(1)
    expect(current).to_have_text("Selectietrechter")
    other = nav.get_by_role("link", name="Samenstelling")

    def look(link):
        return link.evaluate(
            "a => [getComputedStyle(a).fontWeight, getComputedStyle(a).borderBottomWidth]"
        )

    assert look(current) != look(other), (look(current), look(other))

    # The period form: labelled fields, and a period that ends before it starts is refused
    # with a message beside the form, in Dutch.
    form = page.locator("form.period")
    page.get_by_label("Vanaf (maand)").fill("2025-12")
    page.get_by_label("Tot en met (maand)").fill("2025-01")
    form.get_by_role("button").click()
    expect(form.locator(".error-summary")).to_be_visible()
    expect(form.locator(".error-summary")).to_contain_text("na de laatste")
