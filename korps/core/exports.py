"""Tables as CSV or XLSX downloads: the one export path of korps (a test refuses any other
CSV or XLSX writer). Cells that a spreadsheet would run as a formula are defused the OWASP
way, dates are written in local time.

In the reader's language: a Dutch or French CSV separates its cells with ";" and writes a
decimal comma, as Excel set up for Belgium (nl-BE, fr-BE) reads it; an English one uses ","
and a decimal point (`?sep=comma` or `?sep=semicolon` on an export link chooses either way).
XLSX cells hold numbers as numbers, yes/no as words, and sheets are named by their titles."""

import csv
import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# What spreadsheet programs start a formula with (OWASP "CSV injection"): =, +, -, @, tab, CR.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A plain decimal number as korps writes it ("-12", "-0.125"): left as it is.
NUMBER = re.compile(r"-?\d+(\.\d+)?")


# (cell separator, decimal separator) of a CSV per interface language; others: (",", ".").
CSV_STYLES = {"nl": (";", ","), "fr": (";", ",")}
SEPARATORS = {"semicolon": (";", ","), "comma": (",", ".")}
# What a sheet name may not hold (Excel), and its longest length.
SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
SHEET_LENGTH = 31
FRACTION_FORMAT = "0.000"


def csv_style(separator: str | None = None) -> tuple[str, str]:
    """(cell separator, decimal separator) for a CSV: the one asked for (`semicolon` or
    `comma`), else the one of the active language."""
    if separator in SEPARATORS:
        return SEPARATORS[separator]
    return CSV_STYLES.get((get_language() or "").split("-")[0], (",", "."))


def safe_cell(value):
    """A value as an export cell. Text that a spreadsheet would run as a formula gets a `'`
    in front; numbers (negative ones too, also written as text) stay numbers."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, int | float | Decimal | dt.date):
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


class _CsvWriter:
    """csv.writer in the chosen style: numbers with the decimal separator, cells defused."""

    def __init__(self, response, separator: str | None):
        delimiter, self.decimal = csv_style(separator)
        self.writer = csv.writer(response, delimiter=delimiter)

    def cell(self, value):
        value = safe_cell(value)
        if isinstance(value, float | Decimal):
            return str(value).replace(".", self.decimal)
        return value

    def writerow(self, row) -> None:
        self.writer.writerow([self.cell(value) for value in row])


def _csv_response(filename: str, separator: str | None = None) -> tuple[HttpResponse, _CsvWriter]:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    response.write("\ufeff")  # so that spreadsheet programs read UTF-8
    return response, _CsvWriter(response, separator)


def sheet_names(titles) -> list[str]:
    """Sheet names from titles: without the characters Excel refuses, at most 31 long, each
    once (a repeated one gets its position)."""
    names = []
    for number, title in enumerate(titles, 1):
        name = SHEET_FORBIDDEN.sub(" ", str(title)).strip()[:SHEET_LENGTH] or str(number)
        if name.lower() in {n.lower() for n in names}:
            suffix = f" ({number})"
            name = name[: SHEET_LENGTH - len(suffix)] + suffix
        names.append(name)
    return names


def _xlsx_response(workbook, filename: str) -> HttpResponse:
    response = HttpResponse(content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
    workbook.save(response)
    return response


def _safe_row(row) -> list:
    return [safe_cell(value) for value in row]


def _xlsx_row(sheet, row) -> list:
    """A row of XLSX cells: a fraction (a rate, a ratio) shows three decimals, so that a rate
    of 1 is not taken for a count of one."""
    from openpyxl.cell import WriteOnlyCell

    cells = []
    for value in _safe_row(row):
        if isinstance(value, float | Decimal):
            cell = WriteOnlyCell(sheet, value=value)
            cell.number_format = FRACTION_FORMAT
            value = cell
        cells.append(value)
    return cells


def table_response(
    *,
    export_format: str,
    filename: str,
    columns: list[str],
    rows,
    sheet_title: str = "korps",
    chart: XlsxChart | None = None,
    separator: str | None = None,
    legend: str = "",
) -> HttpResponse:
    """One table with its header first. A `legend` (e.g. what a hidden cell's mark means)
    follows the table after an empty row, so that the header stays the first row."""
    after = [[], [legend]] if legend else []
    if export_format == "csv":
        response, writer = _csv_response(filename, separator)
        writer.writerow(columns)
        for row in [*rows, *after]:
            writer.writerow(row)
        return response
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=sheet_names([sheet_title])[0])
    sheet.append(_safe_row(columns))
    for row in [*rows, *after]:
        sheet.append(_xlsx_row(sheet, row))
    if chart is not None:
        _add_chart(sheet, chart)
    return _xlsx_response(workbook, filename)


def sections_response(
    *,
    export_format: str,
    filename: str,
    sections: list[Section],
    legend: str = "",
    separator: str | None = None,
) -> HttpResponse:
    """Several tables in one download: in CSV one after the other, in XLSX a sheet each
    (named by its title). A `legend` (e.g. what a hidden cell's mark means) heads the CSV and
    every sheet."""
    if export_format == "csv":
        response, writer = _csv_response(filename, separator)
        if legend:
            writer.writerow([legend])
            writer.writerow([])
        for section in sections:
            writer.writerow([section.title])
            writer.writerow(section.columns)
            for row in section.rows:
                writer.writerow(row)
            writer.writerow([])
        return response
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    names = sheet_names(section.title for section in sections)
    for name, section in zip(names, sections, strict=True):
        sheet = workbook.create_sheet(title=name)
        sheet.append(_safe_row([section.title]))
        if legend:
            sheet.append(_safe_row([legend]))
        sheet.append(_safe_row(section.columns))
        for row in section.rows:
            sheet.append(_xlsx_row(sheet, row))
    return _xlsx_response(workbook, filename)
