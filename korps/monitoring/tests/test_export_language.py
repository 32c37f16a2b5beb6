"""Report figures and charts in the reader's language: CSV separators and decimal commas,
numbers as numbers in XLSX, sheet names from titles, chart locales, the page's decimals."""

import csv
import io
import re

import pytest
from django.conf import settings
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook

from korps.core.exports import safe_cell
from korps.monitoring import charts
from korps.monitoring.tests.test_views import cognitive, declared_candidates  # noqa: F401
from korps.outreach.charts import chart_spec

pytestmark = pytest.mark.django_db


@pytest.fixture
def funnel(client, analyst, zone, cognitive):  # noqa: F811
    declared_candidates(zone, cognitive, "belgian", passed=30, failed=20)
    declared_candidates(zone, cognitive, "non_eu", passed=12, failed=28)
    client.force_login(analyst)
    return zone


def _export(client, zone, export_format, language, **params):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    response = client.get(
        reverse(
            "monitoring:export",
            kwargs={"zone": zone.code, "report": "funnel", "format": export_format},
        ),
        params,
    )
    assert response.status_code == 200
    return response


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_a_dutch_or_french_csv_has_semicolons_and_decimal_commas(client, funnel, language):
    text = _export(client, funnel, "csv", language).content.decode("utf-8-sig")

    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    header = next(row for row in rows if len(row) > 5)
    assert len(header) == 8  # group, 3 counts (sat, passed, failed), rate, ratio, p, flag
    rates = [row[4] for row in rows if len(row) == 8 and row[4] and row is not header]
    assert rates and all(re.fullmatch(r"0,\d+|1", rate) for rate in rates), rates
    assert not re.search(r"\d\.\d", text)


def test_an_english_csv_has_commas_and_decimal_points_and_either_can_be_asked_for(client, funnel):
    english = _export(client, funnel, "csv", "en").content.decode("utf-8-sig")
    comma = _export(client, funnel, "csv", "nl", sep="comma").content.decode("utf-8-sig")

    for text in (english, comma):
        rows = [row for row in csv.reader(io.StringIO(text)) if len(row) == 8]
        rates = [row[4] for row in rows[1:] if row[4]]
        assert rates and all(re.fullmatch(r"0\.\d+|1", rate) for rate in rates), rates


def test_xlsx_cells_hold_numbers_and_sheets_are_named_by_their_titles(client, funnel):
    response = _export(client, funnel, "xlsx", "nl")

    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["Cognitive"]
    rows = list(book["Cognitive"].iter_rows(values_only=True))
    belgian = next(row for row in rows if row[0] == "Belgische herkomst")
    assert all(isinstance(value, int) for value in belgian[1:4]), belgian
    assert isinstance(belgian[4], float) and 0 < belgian[4] <= 1


def test_yes_and_no_are_words_in_the_readers_language():
    with translation.override("nl"):
        assert (safe_cell(True), safe_cell(False)) == ("ja", "nee")
    with translation.override("fr"):
        assert safe_cell(False) == "non"


def test_the_chart_spec_carries_the_pages_locale():
    with translation.override("nl"):
        spec = chart_spec(charts.alt.Chart(charts.alt.Data(values=[])).mark_bar())
        svg = charts.trend_svg(
            [
                {"date": "2025-09-30", "group": "A", "share": 0.5},
                {"date": "2026-06-30", "group": "A", "share": 0.25},
            ]
        )

    assert spec["config"]["locale"]["number"]["decimal"] == ","
    assert "augustus" in spec["config"]["locale"]["time"]["months"]
    labels = re.findall(r">([^<>]+)</text>", svg)
    assert "okt 2025" in labels, labels
    assert not [label for label in labels if "Oct" in label], labels


def test_the_retention_chart_names_its_axis_for_what_it_shows():
    points = [{"step": "Still in service", "group": "A", "rate": 0.9}]

    svg = charts.retention_svg(points)

    assert "Share of the group" in svg
    assert "Pass rate" not in svg


def test_report_rates_on_a_dutch_page_have_a_decimal_comma():
    template = Template("{% load monitoring %}{{ value|figure }}")
    with translation.override("nl"):
        assert template.render(Context({"value": 0.8})) == "0,80"
    with translation.override("en"):
        assert template.render(Context({"value": 0.8})) == "0.80"
