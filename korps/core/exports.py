"""Tables as CSV or XLSX downloads: the one export path of korps (a test refuses any other
CSV or XLSX writer). Cells that a spreadsheet would run as a formula are defused the OWASP
way, dates are written in local time."""

import csv
import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal

from django.http import HttpResponse
from django.utils import timezone

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# What spreadsheet programs start a formula with (OWASP "CSV injection"): =, +, -, @, tab, CR.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A plain decimal number as korps writes it ("-12", "-0.125"): left as it is.
NUMBER = re.compile(r"-?\d+(\.\d+)?")


def safe_cell(value):
    """A value as an export cell. Text that a spreadsheet would run as a formula gets a `'`
    in front; numbers (negative ones too, also written as text) stay numbers."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, bool | int | float | Decimal | dt.date):
        return value
    value = str(value)
    if value.startswith(FORMULA_STARTS) and not NUMBER.fullmatch(value):
        return "'" + value
    return value


@dataclass(frozen=True)
class Section:
    """One table of a multi-table export: a title line, a header and rows. In CSV the
    sections follow each other with an empty line between; in XLSX each is a sheet."""

    key: str
    title: str
    columns: list
    rows: list = field(default_factory=list)


@dataclass(frozen=True)
class XlsxChart:
    """A bar chart drawn by the spreadsheet program from rows of the exported table: one bar
    per row (labelled by `label_column`) for each of `value_columns` (0-based, as in the
    row lists). Only the XLSX export has it."""

    title: str
    label_column: int
    value_columns: list[int]
    rows: range  # positions in the row list


def _add_chart(sheet, chart: XlsxChart) -> None:
    from openpyxl.chart import BarChart, Reference

    if not chart.rows:
        return
    drawing = BarChart()
    drawing.type = "bar"
    drawing.title = str(chart.title)
    drawing.height, drawing.width = 9, 18
    # Sheet rows are 1-based and the header is row 1.
    first, last = chart.rows.start + 2, chart.rows.stop + 1
    for column in chart.value_columns:
        drawing.add_data(
            Reference(sheet, min_col=column + 1, min_row=first - 1, max_row=last),
            titles_from_data=True,
        )
    drawing.set_categories(
        Reference(sheet, min_col=chart.label_column + 1, min_row=first, max_row=last)
    )
    sheet.add_chart(drawing, "B" + str(last + 3))


def _csv_response(filename: str) -> tuple[HttpResponse, "csv.writer"]:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    response.write("\ufeff")  # so that spreadsheet programs read UTF-8
    return response, csv.writer(response)


def _xlsx_response(workbook, filename: str) -> HttpResponse:
    response = HttpResponse(content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
    workbook.save(response)
    return response


def _safe_row(row) -> list:
    return [safe_cell(value) for value in row]


def table_response(
    *,
    export_format: str,
    filename: str,
    columns: list[str],
    rows,
    sheet_title: str = "korps",
    chart: XlsxChart | None = None,
    legend: str = "",
) -> HttpResponse:
    """One table with its header first. A `legend` (e.g. what a hidden cell's mark means)
    follows the table after an empty row, so that the header stays the first row."""
    after = [[], [legend]] if legend else []
    if export_format == "csv":
        response, writer = _csv_response(filename)
        writer.writerow(_safe_row(columns))
        for row in [*rows, *after]:
            writer.writerow(_safe_row(row))
        return response
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=str(sheet_title)[:31])
    sheet.append(_safe_row(columns))
    for row in [*rows, *after]:
        sheet.append(_safe_row(row))
    if chart is not None:
        _add_chart(sheet, chart)
    return _xlsx_response(workbook, filename)


def sections_response(
    *, export_format: str, filename: str, sections: list[Section], legend: str = ""
) -> HttpResponse:
    """Several tables in one download: in CSV one after the other, in XLSX a sheet each
    (named by position and key). A `legend` (e.g. what a hidden cell's mark means) heads the
    CSV and every sheet."""
    if export_format == "csv":
        response, writer = _csv_response(filename)
        if legend:
            writer.writerow(_safe_row([legend]))
            writer.writerow([])
        for section in sections:
            writer.writerow(_safe_row([section.title]))
            writer.writerow(_safe_row(section.columns))
            for row in section.rows:
                writer.writerow(_safe_row(row))
            writer.writerow([])
        return response
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    for number, section in enumerate(sections, 1):
        sheet = workbook.create_sheet(title=f"{number} {section.key}"[:31])
        sheet.append(_safe_row([section.title]))
        if legend:
            sheet.append(_safe_row([legend]))
        sheet.append(_safe_row(section.columns))
        for row in section.rows:
            sheet.append(_safe_row(row))
    return _xlsx_response(workbook, filename)
