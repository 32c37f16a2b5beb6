"""Over the demo zone: no report page or export shows a count below the threshold."""

import csv
import io
import re

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from openpyxl import load_workbook

from korps.disclosure.cells import LEGEND, MARK
from korps.organisations.models import Organisation, User

pytestmark = pytest.mark.django_db

REPORTS = ["composition", "funnel", "retention", "summary", "outreach"]
PERIODS = [{}, {"start": "2025-01", "end": "2025-12"}]
CELL = re.compile(r"<td>(.*?)</td>", re.S)


def small_counts(values, threshold: int) -> list[str]:
    """Shown figures that are whole numbers from 1 up to the threshold (excluded)."""
    return [
        value
        for value in (str(v).strip() for v in values if v is not None)
        if value.isdigit() and 0 < int(value) < threshold
    ]


@pytest.fixture
def demo(client):
    call_command("seed_demo", verbosity=0)
    zone = Organisation.objects.get(code="demo")
    client.force_login(User.objects.get(email="analist@demo.korps.test"))
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return zone


def _get(client, name, zone, params, **kwargs):
    response = client.get(reverse(name, kwargs={"zone": zone.code, **kwargs}), params)
    assert response.status_code == 200, (name, kwargs, params)
    return response


def test_no_report_page_or_export_of_the_demo_zone_shows_a_small_count(client, demo):
    threshold = demo.effective_suppression_threshold
    pages = {"composition": "monitoring:reports"}
    checked, hidden = 0, 0
    for report in REPORTS:
        for params in PERIODS:
            page = _get(client, pages.get(report, f"monitoring:{report}"), demo, params)
            cells = CELL.findall(page.content.decode())
            assert cells, report
            assert small_counts(cells, threshold) == [], (report, params, "page")
            # One mark for every hidden cell, with its legend; never a claim about its size.
            assert f"&lt;{threshold}" not in page.content.decode(), (report, params, "page")
            assert str(LEGEND) in page.content.decode(), (report, params, "page")

            exported = _get(client, "monitoring:export", demo, params, report=report, format="csv")
            rows = csv.reader(io.StringIO(exported.content.decode("utf-8-sig")))  # English: ","
            # The first column holds labels (groups, units, steps, dates), never counts.
            figures = [value for row in rows for value in row[1:]]
            assert small_counts(figures, threshold) == [], (report, params, "csv")
            hidden += figures.count(MARK)
            assert f"<{threshold}" not in figures, (report, params, "csv")
            assert exported.content.decode("utf-8-sig").startswith(str(LEGEND))

            exported = _get(client, "monitoring:export", demo, params, report=report, format="xlsx")
            book = load_workbook(io.BytesIO(exported.content), read_only=True)
            # Counts are whole numbers; rates and ratios carry a decimal format (a rate of 1
            # reads back as the number 1).
            figures = [
                cell.value
                for sheet in book
                for row in sheet.iter_rows()
                for cell in row[1:]
                if getattr(cell, "number_format", "General") == "General"
            ]
            assert small_counts(figures, threshold) == [], (report, params, "xlsx")
            checked += 1
    assert checked == len(REPORTS) * len(PERIODS)
    # The demo holds small groups, so the check above had something to catch.
    assert hidden > 0


def test_every_report_of_the_demo_zone_exports_to_pdf(client, demo):
    for report in REPORTS:
        response = _get(client, "monitoring:export", demo, {}, report=report, format="pdf")

        assert response.content.startswith(b"%PDF")
