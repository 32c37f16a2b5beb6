"""Tables as CSV or XLSX downloads. Cells that a spreadsheet would run as a formula are
defused, dates are written in local time."""

import csv
import datetime as dt

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


def table_response(
    *, export_format: str, filename: str, columns: list[str], rows, sheet_title: str = "korps"
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
    response = HttpResponse(content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
    workbook.save(response)
    return response
