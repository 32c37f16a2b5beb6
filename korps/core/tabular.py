"""Reading uploaded tables (CSV or XLSX) for all-or-nothing imports: every line is checked
before anything is written, and every problem is reported with its line number."""

import csv
import datetime as dt
import io
import zipfile
from contextvars import ContextVar
from dataclasses import dataclass, field
from itertools import islice

from django.conf import settings
from django.utils.translation import gettext as _

DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y")
# The largest whole number the database keeps in an integer column (PostgreSQL `integer`).
INTEGER_MAX = 2_147_483_647
# An import has at most this many lines and columns (a national force's HR export has about
# 65,000 lines and a dozen columns).
MAX_LINES = 200_000
MAX_COLUMNS = 100
# An XLSX file is a zip: its parts may unpack to at most this many times the upload limit.
XLSX_UNPACK_FACTOR = 5
# An import job (korps.core.importing) sets this to a function(done, total) while it checks a
# file; iterating a table's lines then reports every PROGRESS_EVERY lines, and the last one.
progress_reporter: ContextVar = ContextVar("korps_import_progress", default=None)
PROGRESS_EVERY = 2000


def upload_limit_bytes() -> int:
    return settings.KORPS_UPLOAD_MAX_MB * 1024 * 1024


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


class Lines(list):
    """A table's lines. Iterating them reports progress to the running import job, if any."""

    def __iter__(self):
        report = progress_reporter.get()
        if report is None:
            return list.__iter__(self)
        return self._reporting(report)

    def quietly(self):
        """The lines, without reporting progress (for a first look through them)."""
        return list.__iter__(self)

    def _reporting(self, report):
        total = len(self)
        for number, line in enumerate(list.__iter__(self), start=1):
            if number % PROGRESS_EVERY == 0:
                report(number, total)
            yield line
        report(total, total)


@dataclass
class Table:
    lines: Lines
    problems: list[Problem] = field(default_factory=list)


def _decode(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise TableError(_("The file is neither UTF-8 nor Windows-1252 text."))


def _too_many_lines() -> TableError:
    return TableError(
        _("The file has more than %(count)s lines: split it into smaller files.")
        % {"count": f"{MAX_LINES:,}".replace(",", " ")}
    )


def _capped(rows) -> list[list[str]]:
    """At most MAX_LINES rows (and the header) of at most MAX_COLUMNS cells, read one by one
    so that a huge file is refused without being read to the end."""
    kept = list(islice(rows, MAX_LINES + 2))
    if len(kept) > MAX_LINES + 1:
        raise _too_many_lines()
    if any(len(row) > MAX_COLUMNS for row in kept):
        raise TableError(_("A line has more than %(count)s columns.") % {"count": MAX_COLUMNS})
    return kept


def _rows_from_csv(raw: bytes) -> list[list[str]]:
    text = _decode(raw)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        return _capped(csv.reader(io.StringIO(text), dialect))
    except csv.Error as error:  # e.g. a value longer than the csv module's field limit
        raise TableError(
            _("The file cannot be read as CSV: %(error)s") % {"error": error}
        ) from error


def _check_unpacked_size(raw: bytes) -> None:
    """Refuse a zip bomb before openpyxl unpacks it: the sizes the zip declares for its
    parts are summed. A part cannot unpack to more than it declares: Python's zipfile stops
    reading a part at its declared size (and then fails its CRC check)."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except zipfile.BadZipFile as error:
        raise TableError(
            _("The spreadsheet cannot be opened: %(error)s") % {"error": error}
        ) from error
    if unpacked > XLSX_UNPACK_FACTOR * upload_limit_bytes():
        raise TableError(
            _("The spreadsheet unpacks to more than %(size)s MB: save it as CSV or split it.")
            % {"size": XLSX_UNPACK_FACTOR * settings.KORPS_UPLOAD_MAX_MB}
        )


def _xlsx_row(row) -> list[str]:
    """Cells as text, without the empty ones at the end (read-only sheets pad every row to
    the widest column asked for)."""
    cells = [
        "" if v is None else (v.date().isoformat() if isinstance(v, dt.datetime) else str(v))
        for v in row
    ]
    while cells and cells[-1] == "":
        cells.pop()
    return cells


def _rows_from_xlsx(raw: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    _check_unpacked_size(raw)
    try:
        sheet = load_workbook(io.BytesIO(raw), read_only=True, data_only=True).active
        if sheet.max_row and sheet.max_row > MAX_LINES + 1:
            raise _too_many_lines()
        rows = _capped(
            _xlsx_row(row) for row in sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS + 1)
        )
    except TableError:
        raise
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise TableError(
            _("The spreadsheet cannot be opened: %(error)s") % {"error": error}
        ) from error
    return rows


def read_table(*, name: str, raw: bytes, required: list[str]) -> Table:
    """Rows as dicts keyed by lower-cased column name; a missing required column is an error
    for the whole file."""
    if len(raw) > upload_limit_bytes():
        raise TableError(too_large_message())
    rows = _rows_from_xlsx(raw) if name.lower().endswith(".xlsx") else _rows_from_csv(raw)
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        raise TableError(_("The file is empty."))
    header = [cell.strip().lower() for cell in rows[0]]
    check_header(header)
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
    return Table(lines=Lines(lines))


def too_large_message() -> str:
    return _("The file is larger than %(size)s MB: split it into smaller files.") % {
        "size": settings.KORPS_UPLOAD_MAX_MB
    }


def check_header(header: list[str]) -> None:
    """A column named twice is refused: which of the two to read would be a guess."""
    seen = set()
    for column in header:
        if column and column in seen:
            raise TableError(
                _("The column %(column)s appears twice in the first line: keep one.")
                % {"column": column}
            )
        seen.add(column)


def parse_date(value: str) -> dt.date | None:
    value = value.strip()
    if (
        len(value) == 10
        and value.isascii()
        and value[4] == value[7] == "-"
        and value.replace("-", "").isdigit()
    ):
        # The first format, read without strptime (an import reads hundreds of thousands).
        try:
            return dt.date(int(value[:4]), int(value[5:7]), int(value[8:]))
        except ValueError:
            return None
    for date_format in DATE_FORMATS:
        try:
            return dt.datetime.strptime(value.strip(), date_format).date()
        except ValueError:
            continue
    return None


def _digits(value: str) -> str:
    value = value.strip().replace(" ", "").replace("\u00a0", "")
    for separator in (".", ","):
        parts = value.split(separator)
        if len(parts) > 1 and parts[0] and all(len(p) == 3 for p in parts[1:]):
            value = "".join(parts)
    # isdecimal() also holds for digits of other scripts, which int() reads too.
    if not (value.isascii() and value.isdigit()):
        return ""
    return value.lstrip("0") or "0"


def parse_count(value: str, *, maximum: int = INTEGER_MAX) -> int | None:
    """A whole number as spreadsheets and statistics offices write it: 12345, 12 345,
    12.345 or 12,345 (thousands in groups of three), up to `maximum` (by default the
    largest the database keeps). Anything else, a decimal or a larger number included, is
    None; `count_too_large` tells the two apart for the message."""
    digits = _digits(value)
    if not digits or len(digits) > len(str(maximum)) + 1 or int(digits) > maximum:
        return None
    return int(digits)


def count_too_large(value: str, *, maximum: int = INTEGER_MAX) -> bool:
    """The value is a whole number, but above `maximum`."""
    digits = _digits(value)
    return bool(digits) and (len(digits) > len(str(maximum)) + 1 or int(digits) > maximum)
