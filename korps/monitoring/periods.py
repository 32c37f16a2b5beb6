"""The period a report covers: whole months, from a first month (or the beginning) up to a
last month (or today)."""

import calendar
import datetime as dt
from dataclasses import dataclass

from django.utils import timezone


def month_of(day: dt.date) -> dt.date:
    return day.replace(day=1)


def year_of(day: dt.date) -> dt.date:
    return day.replace(month=1, day=1)


def month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


@dataclass(frozen=True)
class Period:
    first_month: dt.date | None = None  # None: from the beginning
    last_month: dt.date | None = None  # None: up to today

    def first_day(self) -> dt.date | None:
        return self.first_month

    def last_day(self) -> dt.date:
        """The last day of the last month, but never after today: reports show what is."""
        today = timezone.localdate()
        if self.last_month is None:
            return today
        return min(month_end(self.last_month), today)

    def params(self) -> dict:
        """The period as query parameters (for links, exports and the audit trail)."""
        found = {}
        if self.first_month:
            found["start"] = f"{self.first_month:%Y-%m}"
        if self.last_month:
            found["end"] = f"{self.last_month:%Y-%m}"
        return found


def quarter_ends(first: dt.date, last: dt.date) -> list[dt.date]:
    """The last days of the quarters that end between two days (both included)."""
    ends = []
    year, quarter = first.year, (first.month - 1) // 3
    while True:
        end = month_end(dt.date(year, quarter * 3 + 3, 1))
        if end > last:
            return ends
        if end >= first:
            ends.append(end)
        year, quarter = (year + 1, 0) if quarter == 3 else (year, quarter + 1)
