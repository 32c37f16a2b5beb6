"""Reading an ad platform's CSV export of reach figures: all lines are checked before
anything is imported, and every bad line is reported with its number and the reason."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from korps.core.tabular import (
    MAX_LINES,
    TableError,
    check_header,
    count_too_large,
    parse_count,
    too_large_message,
    upload_limit_bytes,
)

from .services import ReachRow

DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y")
COLUMNS = {
    "date": ("date", "day", "datum", "date_start", "reporting starts"),
    "code": ("action code", "action_code", "code", "actioncode", "campaign code"),
    "impressions": ("impressions", "impressies", "vertoningen"),
    "clicks": ("clicks", "kliks", "link clicks"),
}


@dataclass
class ReachParse:
    rows: list[ReachRow] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)


def decode(raw: bytes) -> str:
    """UTF-8 (with or without a byte-order mark), else Windows-1252."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _date(value: str) -> dt.date | None:
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


def parse(raw: bytes, known_codes: set[str]) -> ReachParse:
    try:
        return _parse(raw, known_codes)
    except csv.Error as error:  # e.g. a value longer than the csv module's field limit
        message = _("The file cannot be read as CSV: %(error)s") % {"error": error}
        return ReachParse(errors=[(1, message)])


def _parse(raw: bytes, known_codes: set[str]) -> ReachParse:
    result = ReachParse()
    if len(raw) > upload_limit_bytes():
        result.errors.append((1, too_large_message()))
        return result
    text = decode(raw)
    if not text.strip():
        result.errors.append((1, _("The file is empty.")))
        return result
    first = text.splitlines()[0]
    delimiter = max(",;\t", key=first.count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = [cell.strip().lower() for cell in next(reader)]
    try:
        check_header(header)
    except TableError as error:
        result.errors.append((1, str(error)))
        return result
    positions = {}
    for name, aliases in COLUMNS.items():
        for index, cell in enumerate(header):
            if cell in aliases:
                positions[name] = index
                break
    missing = [name for name in COLUMNS if name not in positions]
    if missing:
        labels = {
            "date": _("date"),
            "code": _("action code"),
            "impressions": _("impressions"),
            "clicks": _("clicks"),
        }
        result.errors.append(
            (
                1,
                _("Missing column: %(columns)s.")
                % {"columns": ", ".join(str(labels[m]) for m in missing)},
            )
        )
        return result
    seen: dict[tuple[str, dt.date], int] = {}
    width = max(positions.values()) + 1
    for line, cells in enumerate(reader, start=2):
        if line > MAX_LINES + 1:
            message = _("The file has more than %(count)s lines: split it into smaller files.")
            result.errors.append((line, message % {"count": f"{MAX_LINES:,}".replace(",", " ")}))
            break
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) < width:
            result.errors.append((line, _("Missing column: the line has too few values.")))
            continue
        values = {name: cells[index].strip() for name, index in positions.items()}
        problems = []
        day = _date(values["date"])
        if day is None:
            problems.append(
                _("Bad date %(value)r: use YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY.")
                % {"value": values["date"]}
            )
        code = values["code"].lower()
        if code not in known_codes:
            problems.append(_("Unknown action code %(value)r.") % {"value": values["code"]})
        numbers = {}
        for name in ("impressions", "clicks"):
            numbers[name] = parse_count(values[name])
            if count_too_large(values[name]):
                problems.append(
                    _("The number %(value)s for %(column)s is too large.")
                    % {"value": values[name], "column": name}
                )
            elif numbers[name] is None:
                problems.append(
                    _("Bad number %(value)r for %(column)s.")
                    % {"value": values[name], "column": name}
                )
        if not problems and numbers["clicks"] > numbers["impressions"]:
            problems.append(_("More clicks than impressions."))
        if day is not None and code in known_codes:
            earlier = seen.get((code, day))
            if earlier is not None:
                problems.append(
                    _("Duplicate row: line %(line)s has the same code and date.")
                    % {"line": earlier}
                )
            else:
                seen[(code, day)] = line
        if problems:
            result.errors.extend((line, problem) for problem in problems)
            continue
        result.rows.append(
            ReachRow(
                line=line,
                code=code,
                day=day,
                impressions=numbers["impressions"],
                clicks=numbers["clicks"],
            )
        )
    if not result.rows and not result.errors:
        result.errors.append((1, _("The file has no lines with figures.")))
    return result
