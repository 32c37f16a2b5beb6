"""The public complaint statistics: counts through the disclosure control, times in working
days, the quarter picker, the page and its CSV."""

import datetime as dt
import zoneinfo

import pytest
import time_machine
from django.urls import reverse

from korps.complaints.models import (
    Allegation,
    CaseKind,
    ComplaintCategory,
    ComplaintsSettings,
    Outcome,
)
from korps.complaints.statistics import Quarter, percentile, quarters_until, zone_statistics
from korps.complaints.tests.factories import CaseFactory
from korps.complaints.zone_defaults import categories_install
from korps.core.testing.dutch import findings

pytestmark = pytest.mark.django_db

BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")


def at(day: str, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour), BRUSSELS)


@pytest.fixture
def published(zone):
    ComplaintsSettings.objects.update_or_create(
        organisation=zone, defaults={"publish_statistics": True, "rule_set": "BE"}
    )
    categories_install(zone)
    return zone


def allege(zone, code: str, count: int, *, kind=CaseKind.COMPLAINT, outcome=Outcome.UPHELD):
    category = ComplaintCategory.objects.get(organisation=zone, code=code)
    for _n in range(count):
        case = CaseFactory(organisation=zone, kind=kind, received_at=at("2026-08-03"))
        Allegation.objects.create(case=case, category=category, outcome=outcome)


def test_a_small_category_is_hidden_and_its_totals_do_not_give_it_away(published):
    threshold = published.effective_suppression_threshold
    allege(published, "incivility", 3 * threshold, outcome=Outcome.NOT_UPHELD)
    allege(published, "force", 2 * threshold, outcome=Outcome.UPHELD)
    allege(published, "force", 1, kind=CaseKind.DISCRIMINATION, outcome=Outcome.NOT_UPHELD)

    stats = zone_statistics(organisation=published, quarter=Quarter(2026, 3))

    rows = [code for code, _label in stats.categories]
    outcomes = [code for code, _label in stats.outcomes]
    force = ComplaintCategory.objects.get(organisation=published, code="force").pk
    i, j = rows.index(force), outcomes.index(Outcome.NOT_UPHELD)
    table = stats.by_category
    assert table.cells[i][j].suppressed
    assert str(table.cells[i][j]) == "x"
    # Neither its row (with the row total) nor its column (with the column total) has it as
    # the only hidden entry: subtraction gives nothing.
    row = [*table.cells[i], table.row_totals[i]]
    column = [*(r[j] for r in table.cells), table.column_totals[j]]
    assert sum(c.suppressed for c in row) >= 2
    assert sum(c.suppressed for c in column) >= 2
    # The discrimination table shares the outcome totals: its single allegation is hidden too.
    assert stats.discrimination.cells[0][j].suppressed
    assert stats.discrimination.row_totals[0].suppressed


def test_times_are_working_days_with_median_and_90th_percentile(published):
    """Belgium, November 2026: Wednesday 11 November is a public holiday."""
    threshold = published.effective_suppression_threshold
    for _n in range(threshold):  # Monday 9 to Thursday 12: 2 working days, not 3
        CaseFactory(
            organisation=published,
            received_at=at("2026-11-09"),
            acknowledged_at=at("2026-11-12"),
        )
    for _n in range(2):  # Monday 9 to Monday 16: 4 working days
        CaseFactory(
            organisation=published,
            received_at=at("2026-11-09"),
            acknowledged_at=at("2026-11-16"),
        )
    CaseFactory(  # acknowledged in the next quarter: not counted in this one
        organisation=published, received_at=at("2026-12-30"), acknowledged_at=at("2027-01-04")
    )

    stats = zone_statistics(organisation=published, quarter=Quarter(2026, 4))

    acknowledgement = stats.timings[0]
    days = [2] * threshold + [4, 4]
    assert acknowledgement.code == "acknowledgement"
    assert acknowledgement.median == 2
    assert acknowledgement.p90 == percentile(days, 0.9) == 4
    assert not acknowledgement.cases.suppressed
    # No case reached its first contact or decision: those groups are empty.
    assert stats.timings[2].median is None


def test_a_median_of_a_small_group_is_not_shown(published):
    CaseFactory(
        organisation=published, received_at=at("2026-11-09"), acknowledged_at=at("2026-11-10")
    )
    stats = zone_statistics(organisation=published, quarter=Quarter(2026, 4))
    acknowledgement = stats.timings[0]
    assert acknowledgement.cases.suppressed
    assert acknowledgement.median is None
    assert acknowledgement.p90 is None
    assert acknowledgement.share_within is None


def test_the_figures_take_ten_queries_whatever_the_number_of_cases(
    published, django_assert_num_queries
):
    allege(published, "incivility", 15)
    for _n in range(15):
        CaseFactory(
            organisation=published, received_at=at("2026-08-03"), acknowledged_at=at("2026-08-05")
        )
    published.refresh_from_db()
    with django_assert_num_queries(10):
        zone_statistics(organisation=published, quarter=Quarter(2026, 3))


def test_percentile_is_nearest_rank():
    assert percentile([5, 1, 3], 0.5) == 3
    assert percentile(list(range(1, 11)), 0.9) == 9
    assert percentile([7], 0.9) == 7


def test_quarters_until_today_never_offer_a_later_quarter():
    quarters = quarters_until(dt.date(2026, 8, 15), count=5)
    assert [str(q) for q in quarters] == ["2026-Q3", "2026-Q2", "2026-Q1", "2025-Q4", "2025-Q3"]
    assert Quarter.parse("2026-q4") == Quarter(2026, 4)
    with pytest.raises(ValueError):
        Quarter.parse("2026-Q5")


def page(zone):
    return reverse("complaints:statistics", kwargs={"zone": zone.code})


def test_the_picker_refuses_a_future_quarter(client, published):
    with time_machine.travel(at("2026-08-15"), tick=False):
        refused = client.get(page(published), {"quarter": "2026-Q4"})
        garbage = client.get(page(published), {"quarter": "<script>"})
        shown = client.get(page(published), {"quarter": "2026-Q3"})
    assert refused.status_code == 400
    assert "kwartalen die begonnen zijn" in refused.text
    assert garbage.status_code == 400
    assert shown.status_code == 200


def test_a_zone_that_does_not_publish_has_no_page(client, zone):
    categories_install(zone)
    assert client.get(page(zone)).status_code == 404


def test_the_page_is_dutch_and_runs_a_bounded_number_of_queries(
    client, settings, published, django_assert_max_num_queries
):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "nl"
    allege(published, "incivility", 12)
    allege(published, "force", 2, kind=CaseKind.DISCRIMINATION)
    with time_machine.travel(at("2026-08-15"), tick=False):
        with django_assert_max_num_queries(20):
            response = client.get(page(published))
    assert response.status_code == 200
    assert not findings(response.text)
    assert "x: " in response.text or "x:" in response.text


def test_the_csv_uses_semicolons_in_dutch_and_carries_the_legend(client, settings, published):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "nl"
    allege(published, "force", 1)
    with time_machine.travel(at("2026-08-15"), tick=False):
        response = client.get(page(published), {"quarter": "2026-Q3", "format": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8-sig")
    first = text.splitlines()[0]
    assert first.startswith("x:")
    assert ";" in text.splitlines()[3]
