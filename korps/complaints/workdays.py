"""Working days: Monday to Friday, less the public holidays of the rule set's country.

Belgium: the legal public holidays (wettelijke feestdagen, KB 18 April 1974) as the `holidays`
package gives them: New Year, Easter Monday, 1 May, Ascension, Whit Monday, 21 July,
15 August, 1 November, 11 November, Christmas. The community holidays (11 July in Flanders,
27 September, 15 November) are not legal public holidays and count as working days: the
package gives none of them under Belgium's subdivisions either.

The Netherlands: the days of the Algemene termijnenwet, art. 3: New Year, Easter Monday, Whit
Monday, both Christmas days, Ascension, King's Day, 5 May (every year, where the package has
it only every fifth year), Good Friday (art. 3(2)), and the days a decree equates with them
(art. 3(3); listed below from the decrees of 2023 and 2026)."""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import holidays

# Algemene termijnenwet art. 3(3): "Besluit gelijkstelling van 28 april 2023, 19 mei 2023,
# 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag" and
# "Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en
# 26 mei 2028 met een algemeen erkende feestdag".
NL_EQUATED_DAYS = frozenset(
    dt.date.fromisoformat(day)
    for day in (
        "2023-04-28",
        "2023-05-19",
        "2024-05-10",
        "2024-12-27",
        "2025-05-30",
        "2026-01-02",
        "2026-05-15",
        "2027-05-07",
        "2028-04-28",
        "2028-05-26",
    )
)


@functools.lru_cache(maxsize=256)
def holidays_of(country: str, year: int) -> frozenset[dt.date]:
    """The days of `year` that are not working days apart from weekends."""
    days = set(holidays.country_holidays(country, years=year))
    if country == "NL":
        days.add(dt.date(year, 5, 5))
        days.update(day for day in NL_EQUATED_DAYS if day.year == year)
    return frozenset(days)


def is_working_day(day: dt.date, country: str) -> bool:
    return day.weekday() < 5 and day not in holidays_of(country, day.year)


def next_working_day(day: dt.date, country: str) -> dt.date:
    """`day` itself when it is a working day, else the first working day after it."""
    while not is_working_day(day, country):
        day += dt.timedelta(days=1)
    return day


def add_working_days(day: dt.date, count: int, country: str) -> dt.date:
    """The `count`th working day after `day` (`day` itself does not count); `day` when
    `count` is 0."""
    if count < 0:
        raise ValueError("count must not be negative")
    while count:
        day += dt.timedelta(days=1)
        if is_working_day(day, country):
            count -= 1
    return day


def working_days_between(start: dt.date, end: dt.date, country: str) -> int:
    """Working days after `start` up to and including `end`; negative when `end` is before
    `start` (then the working days after `end` up to and including `start`)."""
    if end < start:
        return -working_days_between(end, start, country)
    return sum(
        1
        for offset in range(1, (end - start).days + 1)
        if is_working_day(start + dt.timedelta(days=offset), country)
    )


def local_date(moment: dt.datetime | dt.date, time_zone: str) -> dt.date:
    """The date of `moment` on the wall clock of `time_zone` (a date stays as it is)."""
    if isinstance(moment, dt.datetime):
        if moment.tzinfo is None:
            raise ValueError("A naive datetime has no local date: give it a time zone.")
        return moment.astimezone(zoneinfo.ZoneInfo(time_zone)).date()
    return moment
