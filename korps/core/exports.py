"""Tables as CSV or XLSX downloads. Cells that a spreadsheet would run as a formula are
defused, dates are written in local time."""

import csv
import datetime as dt
from dataclasses import dataclass

from django.http import HttpResponse
from django.utils import timezone

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def safe_cell(value):
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        # Keep spreadsheet programs from running what someone typed as a formula.
        return "'" + value
    return value


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


def table_response(
    *,
    export_format: str,
    filename: str,
    columns: list[str],
    rows,
    sheet_title: str = "korps",
    chart: XlsxChart | None = None,
) -> HttpResponse:
    if export_format == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
        response.write("\ufeff")  # so that spreadsheet programs read UTF-8
        writer = csv.writer(response)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([safe_cell(value) for value in row])
        return response
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=str(sheet_title)[:31])
    sheet.append(columns)
    for row in rows:
        sheet.append([safe_cell(value) for value in row])
    if chart is not None:
        _add_chart(sheet, chart)
    response = HttpResponse(content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
    workbook.save(response)
    return response
