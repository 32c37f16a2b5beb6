"""The one export path: every CSV/XLSX download of korps goes through core.exports, and a
cell that a spreadsheet would run as a formula arrives as text."""

import csv
import datetime as dt
import io
import re
from decimal import Decimal
from pathlib import Path

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from korps.core.exports import safe_cell
from korps.monitoring.models import StaffMember
from korps.monitoring.summaries import summaries_rebuild
from korps.organisations.models import Unit

HOSTILE = '=HYPERLINK("http://evil.test","x")'
KORPS = Path(__file__).resolve().parents[2]
WRITERS = re.compile(r"csv\.writer|csv\.DictWriter|Workbook\(|openpyxl\.Workbook")


@pytest.mark.parametrize(
    "text",
    [HOSTILE, "+32 470 00 00 00", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)", "\tx", "\r=1+1"],
)
def test_text_a_spreadsheet_would_run_gets_a_quote_in_front(text):
    assert safe_cell(text) == "'" + text


@pytest.mark.parametrize("number", [0, 12, -12, -0.5, 3.25, Decimal("-1.50"), "-12", "-0.125"])
def test_numbers_stay_numbers_negative_ones_too(number):
    assert safe_cell(number) == number


def test_dates_and_plain_text_are_kept():
    assert safe_cell(dt.date(2026, 1, 2)) == dt.date(2026, 1, 2)
    assert safe_cell("Noord") == "Noord"
    assert safe_cell(None) == ""


def test_no_module_writes_csv_or_xlsx_past_the_export_path():
    writers = [
        str(path.relative_to(KORPS))
        for path in KORPS.rglob("*.py")
        if "tests" not in path.parts
        and path.name != "exports.py"
        and WRITERS.search(path.read_text())
    ]
    assert writers == []


def _cells(response, export_format):
    if export_format == "csv":
        return [
            # A Dutch page exports a Dutch CSV: ";" between cells.
            v
            for row in csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";")
            for v in row
        ]
    book = load_workbook(io.BytesIO(response.content))
    return [cell for sheet in book for row in sheet.iter_rows() for cell in row]


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_a_hostile_grade_from_the_hr_file_is_text_in_the_monitoring_export(
    client, analyst, zone, export_format
):
    unit = Unit.objects.create(organisation=zone, name="Noord", kind="district")
    for index in range(12):
        StaffMember.objects.create(
            organisation=zone,
            staff_number=f"P{index:03d}",
            unit=unit,
            grade=HOSTILE,
            start_date=dt.date(2020, 1, 1),
        )
    summaries_rebuild(organisation=zone)  # the rows above bypassed the services
    client.force_login(analyst)

    response = client.get(
        reverse(
            "monitoring:export",
            kwargs={"zone": zone.code, "report": "composition", "format": export_format},
        )
    )

    cells = _cells(response, export_format)
    if export_format == "csv":
        assert "'" + HOSTILE in cells
        assert HOSTILE not in cells
    else:
        hostile = [c for c in cells if isinstance(c.value, str) and HOSTILE in c.value]
        assert hostile and all(c.data_type == "s" and c.value.startswith("'") for c in hostile)
        # The 12 staff are shown (within the cell-key noise of at most 2), not defused.
        shown = {str(n) for n in range(10, 15)}
        assert any(c.value in shown or c.value in range(10, 15) for c in cells)


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_a_hostile_wave_name_is_text_in_the_campaign_export(client, analyst, zone, export_format):
    from korps.outreach.tests.factories import ActionFactory

    action = ActionFactory(
        wave__campaign__organisation=zone, wave__name="@SUM(1+1)*cmd|' /C calc'!A0"
    )
    client.force_login(analyst)

    response = client.get(
        reverse(
            f"outreach_staff:dashboard_{export_format}",
            kwargs={"zone": zone.code, "pk": action.wave.campaign.pk},
        )
    )

    cells = _cells(response, export_format)
    values = cells if export_format == "csv" else [c.value for c in cells]
    assert "'" + action.wave.name in values
    assert action.wave.name not in values
