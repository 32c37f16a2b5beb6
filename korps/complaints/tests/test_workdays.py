"""Working days follow the country's public holidays, and the counting keeps its promises
for any date (hypothesis)."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from korps.complaints.clocks import Pause, due_date, paused_days
from korps.complaints.rulesets import Period, Unit
from korps.complaints.workdays import (
    add_working_days,
    is_working_day,
    local_date,
    next_working_day,
    working_days_between,
)

dates = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 12, 31))
countries = st.sampled_from(["BE", "NL"])
periods = st.builds(Period, st.integers(min_value=0, max_value=80), st.sampled_from(list(Unit)))


def test_belgian_legal_holidays_and_what_is_not_one():
    for holiday in ("2026-04-06", "2026-05-14", "2026-05-25", "2026-07-21", "2026-11-11"):
        assert not is_working_day(dt.date.fromisoformat(holiday), "BE")
    # Good Friday and Flanders's 11 July (a Friday in 2025) are working days in Belgium.
    assert is_working_day(dt.date(2026, 4, 3), "BE")
    assert is_working_day(dt.date(2025, 7, 11), "BE")


def test_dutch_days_of_the_algemene_termijnenwet():
    for holiday in (
        "2026-04-03",  # Good Friday, art. 3(2)
        "2026-04-27",  # King's Day
        "2026-05-05",  # 5 May, every year
        "2026-05-15",  # the Friday after Ascension, equated by decree
        "2026-01-02",  # equated by decree
        "2026-12-25",
    ):
        assert not is_working_day(dt.date.fromisoformat(holiday), "NL"), holiday
    assert is_working_day(dt.date(2026, 7, 21), "NL")


def test_next_working_day_and_counting():
    assert next_working_day(dt.date(2026, 4, 4), "BE") == dt.date(2026, 4, 7)
    assert add_working_days(dt.date(2026, 4, 2), 5, "BE") == dt.date(2026, 4, 10)
    assert working_days_between(dt.date(2026, 4, 2), dt.date(2026, 4, 10), "BE") == 5
    assert working_days_between(dt.date(2026, 4, 10), dt.date(2026, 4, 2), "BE") == -5


def test_local_date_refuses_a_naive_datetime():
    import pytest

    with pytest.raises(ValueError):
        local_date(dt.datetime(2026, 4, 2, 10), "Europe/Brussels")


@given(dates, st.integers(min_value=1, max_value=60), countries)
def test_adding_working_days_lands_on_a_working_day(start, count, country):
    end = add_working_days(start, count, country)
    assert is_working_day(end, country)
    assert working_days_between(start, end, country) == count


@given(dates, dates, periods, countries)
def test_due_dates_are_monotone_in_the_start(first, second, period, country):
    early, late = sorted([first, second])
    assert due_date(early, [period], country) <= due_date(late, [period], country)


@given(dates, periods, countries)
def test_a_due_date_is_a_working_day_not_before_the_period_ends(start, period, country):
    due = due_date(start, [period], country)
    assert is_working_day(due, country)
    if period.calendar_days is not None:
        assert due >= start + dt.timedelta(days=period.calendar_days)


@given(dates, periods, countries, st.integers(0, 30), st.integers(0, 30))
def test_a_pause_never_brings_a_deadline_forward(start, period, country, offset, length):
    pause_start = dt.datetime.combine(start + dt.timedelta(offset), dt.time(12), tzinfo=dt.UTC)
    pause = Pause(pause_start, pause_start + dt.timedelta(days=length), "reason")
    held = paused_days([pause], "UTC", start)
    assert len(held) == length
    assert due_date(start, [period], country, held) >= due_date(start, [period], country)


@given(dates, periods, periods, countries)
def test_an_extension_never_brings_a_deadline_forward(start, period, extension, country):
    assert due_date(start, [period, extension], country) >= due_date(start, [period], country)
