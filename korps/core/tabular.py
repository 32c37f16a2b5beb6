"""Reading uploaded tables (CSV or XLSX) for all-or-nothing imports: every line is checked
before anything is written, and every problem is reported with its line number."""

import csv
import datetime as dt
import io
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y")


class TableError(Exception):
    """The file as a whole cannot be read (wrong kind, no header, missing columns)."""


@dataclass
class Line:
    number: int  # as a spreadsheet program shows it: the header is line 1
    values: dict[str, str]


@dataclass
class Problem:
    line: int
    message: str


@dataclass
class ImportPlan:
    """What an all-or-nothing import would write (`rows`), or why it writes nothing."""

    rows: list
    problems: list[Problem]

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.rows)

    @classmethod
    def refused(cls, message: str) -> "ImportPlan":
        return cls(rows=[], problems=[Problem(line=1, message=message)])


@dataclass
class Table:
    lines: list[Line]
    problems: list[Problem] = field(default_factory=list)


def _decode(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise TableError(_("The file is neither UTF-8 nor Windows-1252 text."))


def _rows_from_csv(raw: bytes) -> list[list[str]]:
    text = _decode(raw)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [row for row in csv.reader(io.StringIO(text), dialect)]


def _rows_from_xlsx(raw: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        sheet = load_workbook(io.BytesIO(raw), read_only=True, data_only=True).active
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise TableError(
            _("The spreadsheet cannot be opened: %(error)s") % {"error": error}
        ) from error
    rows = []
    for row in sheet.iter_rows(values_only=True):
        rows.append(
            [
                ""
                if v is None
                else (v.date().isoformat() if isinstance(v, dt.datetime) else str(v))
                for v in row
            ]
        )
    return rows


def read_table(*, name: str, raw: bytes, required: list[str]) -> Table:
    """Rows as dicts keyed by lower-cased column name; a missing required column is an error
    for the whole file."""
    rows = _rows_from_xlsx(raw) if name.lower().endswith(".xlsx") else _rows_from_csv(raw)
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        raise TableError(_("The file is empty."))
    header = [cell.strip().lower() for cell in rows[0]]
    missing = [column for column in required if column not in header]
    if missing:
        raise TableError(
            _("Missing columns: %(missing)s. The first line must name the columns: %(all)s.")
            % {"missing": ", ".join(missing), "all": ", ".join(required)}
        )
    lines = []
    for number, row in enumerate(rows[1:], start=2):
        values = {
            column: (row[i].strip() if i < len(row) else "") for i, column in enumerate(header)
        }
        lines.append(Line(number=number, values=values))
    return Table(lines=lines)


def parse_date(value: str) -> dt.date | None:
    for date_format in DATE_FORMATS:
        try:
            return dt.datetime.strptime(value.strip(), date_format).date()
        except ValueError:
            continue
    return None


def parse_count(value: str) -> int | None:
    """A whole number as spreadsheets and statistics offices write it: 12345, 12 345,
    12.345 or 12,345 (thousands in groups of three). Anything else, a decimal included, is
    None."""
    value = value.strip().replace(" ", "").replace("\u00a0", "")
    for separator in (".", ","):
        parts = value.split(separator)
        if len(parts) > 1 and parts[0] and all(len(p) == 3 for p in parts[1:]):
            value = "".join(parts)
    return int(value) if value.isdigit() else None
