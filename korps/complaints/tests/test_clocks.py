"""Every deadline of both rule sets under a frozen clock: due date, state and days left, with
the public holidays that move them, a pause, and an extension. The dates were counted by hand
on a 2026 calendar (2 April is a Thursday; Good Friday 3 April, Easter Monday 6 April)."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from korps.complaints.clocks import (
    CaseFacts,
    Extension,
    Pause,
    State,
    case_clocks,
    extension_check,
    next_due,
    pause_check,
    staff_report_clocks,
    today_in,
)
from korps.complaints.rulesets import BELGIUM, NETHERLANDS, Period, Unit, rule_set

BRUSSELS = ZoneInfo("Europe/Brussels")
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
FOUR_WEEKS = Period(4, Unit.WEEKS)


def at(day: str, hour: int = 10, tz=BRUSSELS) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour), tzinfo=tz)


def day(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def clocks_now(facts, rules, now: dt.datetime):
    """The clocks as a page would show them at `now`, with the clock frozen there."""
    with time_machine.travel(now, tick=False):
        return {c.code: c for c in case_clocks(facts, rules, today_in(rules, timezone.now()))}


# ---------------------------------------------------------------- acknowledgement


def test_belgian_acknowledgement_skips_easter_monday():
    # Given a complaint received on Thursday 2 April 2026 in Belgium (Good Friday is a working
    # day there, Easter Monday is not)
    facts = CaseFacts(received_at=at("2026-04-02"))
    # When the clerk looks on Wednesday 8 April
    ack = clocks_now(facts, BELGIUM, at("2026-04-08", 9))["acknowledgement"]
    # Then five working days end on Friday 10 April, two days away
    assert ack.due == day("2026-04-10")
    assert ack.state == State.RUNNING
    assert (ack.days_left, ack.working_days_left) == (2, 2)


def test_dutch_acknowledgement_skips_good_friday_and_easter_monday():
    facts = CaseFacts(received_at=at("2026-04-02", tz=AMSTERDAM))
    ack = clocks_now(facts, NETHERLANDS, at("2026-04-08", 9, AMSTERDAM))["acknowledgement"]
    assert ack.due == day("2026-04-13")
    assert ack.working_days_left == 3


def test_acknowledgement_met_late_and_overdue():
    received = at("2026-04-02")
    on_time = CaseFacts(received_at=received, acknowledged_at=at("2026-04-10", 16))
    late = CaseFacts(received_at=received, acknowledged_at=at("2026-04-13", 9))
    now = at("2026-04-14")
    assert clocks_now(on_time, BELGIUM, now)["acknowledgement"].state == State.MET
    late_ack = clocks_now(late, BELGIUM, now)["acknowledgement"]
    assert (late_ack.state, late_ack.done_on, late_ack.days_left) == (
        State.LATE,
        day("2026-04-13"),
        None,
    )
    overdue = clocks_now(CaseFacts(received_at=received), BELGIUM, now)["acknowledgement"]
    assert (overdue.state, overdue.days_left, overdue.working_days_left) == (State.LATE, -4, -2)
    assert overdue.is_open and overdue.is_late


def test_local_date_of_receipt_is_the_zones():
    # 23:30 UTC on Thursday 2 April is 01:30 on Friday 3 April in Brussels.
    facts = CaseFacts(received_at=dt.datetime(2026, 4, 2, 23, 30, tzinfo=dt.UTC))
    ack = clocks_now(facts, BELGIUM, at("2026-04-03"))["acknowledgement"]
    assert ack.due == day("2026-04-13")  # Tue 7 .. Mon 13 (Easter Monday skipped)


# ---------------------------------------------------------------- first contact


@pytest.mark.parametrize(
    ("rules", "tz", "due"),
    [(BELGIUM, BRUSSELS, "2026-04-10"), (NETHERLANDS, AMSTERDAM, "2026-04-13")],
)
def test_first_contact_in_five_working_days(rules, tz, due):
    facts = CaseFacts(received_at=at("2026-04-02", tz=tz))
    contact = clocks_now(facts, rules, at("2026-04-03", tz=tz))["first_contact"]
    assert contact.due == day(due)
    assert contact.state == State.RUNNING


@pytest.mark.parametrize("rules", [BELGIUM, NETHERLANDS])
def test_a_pause_holds_the_first_contact(rules):
    # Given a case received Monday 2 March 2026, paused from Wednesday 4 to Monday 9 March
    # (the complainant abroad): 4, 5 and 6 March are working days held
    pause = Pause(at("2026-03-04", 9), at("2026-03-09", 9), "Complainant abroad until 9 March")
    facts = CaseFacts(received_at=at("2026-03-02"), pauses=[pause])
    contact = clocks_now(facts, rules, at("2026-03-10"))["first_contact"]
    # Then the five working days end on Thursday 12 March instead of Monday 9 March
    assert contact.due == day("2026-03-12")
    assert contact.state == State.RUNNING


def test_an_open_pause_shows_paused_and_moves_the_due_date_each_day():
    pause = Pause(at("2026-03-04", 9), None, "Complainant in hospital")
    facts = CaseFacts(received_at=at("2026-03-02"), pauses=[pause])
    thursday = clocks_now(facts, BELGIUM, at("2026-03-05"))["first_contact"]
    monday = clocks_now(facts, BELGIUM, at("2026-03-09"))["first_contact"]
    assert thursday.state == monday.state == State.PAUSED
    # Held through today, resuming tomorrow: Tue 3 counted, then 4 more from the next day.
    assert thursday.due == day("2026-03-11")
    assert monday.due == day("2026-03-13")


def test_a_decision_closes_the_first_contact_clock():
    facts = CaseFacts(received_at=at("2026-04-02"), decided_at=at("2026-04-09"))
    contact = clocks_now(facts, BELGIUM, at("2026-05-01"))["first_contact"]
    assert (contact.state, contact.done_on) == (State.MET, day("2026-04-09"))


# ---------------------------------------------------------------- decision


def test_dutch_decision_in_six_weeks_and_ten_with_a_committee():
    received = at("2026-03-03", tz=AMSTERDAM)  # a Tuesday
    now = at("2026-03-20", tz=AMSTERDAM)
    plain = clocks_now(CaseFacts(received_at=received), NETHERLANDS, now)["decision"]
    committee = clocks_now(CaseFacts(received_at=received, with_committee=True), NETHERLANDS, now)[
        "decision"
    ]
    assert plain.due == day("2026-04-14")
    assert committee.due == day("2026-05-12")
    assert plain.days_left == 25


def test_dutch_decision_on_liberation_day_moves_to_the_next_day():
    # 5 May 2026 counts for the Algemene termijnenwet although the holidays package lists it
    # only in lustrum years.
    facts = CaseFacts(received_at=at("2026-03-24", tz=AMSTERDAM))
    decision = clocks_now(facts, NETHERLANDS, at("2026-04-01", tz=AMSTERDAM))["decision"]
    assert decision.due == day("2026-05-06")


def test_dutch_decision_on_kings_day_moves_to_the_next_day():
    facts = CaseFacts(received_at=at("2026-03-16", tz=AMSTERDAM))  # + 6 weeks = Mon 27 April
    decision = clocks_now(facts, NETHERLANDS, at("2026-04-01", tz=AMSTERDAM))["decision"]
    assert decision.due == day("2026-04-28")


def test_belgian_decision_on_national_day_moves_to_the_next_day():
    facts = CaseFacts(received_at=at("2026-06-09"))  # + 6 weeks = Tuesday 21 July
    decision = clocks_now(facts, BELGIUM, at("2026-06-10"))["decision"]
    assert decision.due == day("2026-07-22")


def test_a_pause_holds_the_belgian_decision_but_not_the_dutch():
    pause = Pause(at("2026-03-09", 9), at("2026-03-23", 9), "Judicial inquiry into the facts")
    be = CaseFacts(received_at=at("2026-03-03"), pauses=[pause])
    nl = CaseFacts(received_at=at("2026-03-03", tz=AMSTERDAM), pauses=[pause])
    now = at("2026-03-30")
    assert clocks_now(be, BELGIUM, now)["decision"].due == day("2026-04-28")
    # Awb 9:11 knows no suspension.
    assert clocks_now(nl, NETHERLANDS, now)["decision"].due == day("2026-04-14")


def test_one_extension_moves_the_dutch_decision_by_four_weeks():
    # Given a case received Tuesday 3 March 2026, due Tuesday 14 April
    received = at("2026-03-03", tz=AMSTERDAM)
    extension = Extension(
        at("2026-04-10", tz=AMSTERDAM),
        FOUR_WEEKS,
        complainant_notified_at=at("2026-04-10", tz=AMSTERDAM),
        staff_notified_at=at("2026-04-10", tz=AMSTERDAM),
    )
    facts = CaseFacts(received_at=received)
    # When the handler extends it on Friday 10 April, before the deadline
    extension_check(facts=facts, rules=NETHERLANDS, extension=extension)
    extended = CaseFacts(received_at=received, extensions=[extension])
    # Then on 20 April the decision is due on Tuesday 12 May, still running
    decision = clocks_now(extended, NETHERLANDS, at("2026-04-20", tz=AMSTERDAM))["decision"]
    assert decision.due == day("2026-05-12")
    assert decision.state == State.RUNNING
    assert decision.extended_by == (FOUR_WEEKS,)
    assert decision.notices_missing == ()
    # And it is late from Wednesday 13 May
    late = clocks_now(extended, NETHERLANDS, at("2026-05-13", tz=AMSTERDAM))["decision"]
    assert late.state == State.LATE


def test_an_extension_without_its_notices_is_shown():
    extension = Extension(at("2026-04-10"), FOUR_WEEKS, complainant_notified_at=at("2026-04-10"))
    facts = CaseFacts(received_at=at("2026-03-03"), extensions=[extension])
    decision = clocks_now(facts, BELGIUM, at("2026-04-11"))["decision"]
    assert decision.notices_missing == ("staff",)


def test_a_second_extension_without_consent_is_refused():
    first = Extension(at("2026-04-10", tz=AMSTERDAM), FOUR_WEEKS)
    facts = CaseFacts(received_at=at("2026-03-03", tz=AMSTERDAM), extensions=[first])
    second = Extension(at("2026-05-08", tz=AMSTERDAM), Period(2, Unit.WEEKS))
    with translation.override("nl"), pytest.raises(ValidationError) as refused:
        extension_check(facts=facts, rules=NETHERLANDS, extension=second)
    assert refused.value.code == "consent_required"
    assert "toestemming" in refused.value.messages[0]
    # With the complainant's recorded consent it is allowed, and moves the deadline again.
    consented = Extension(second.granted_at, second.length, with_consent=True)
    extension_check(facts=facts, rules=NETHERLANDS, extension=consented)
    twice = CaseFacts(received_at=facts.received_at, extensions=[first, consented])
    decision = clocks_now(twice, NETHERLANDS, at("2026-05-13", tz=AMSTERDAM))["decision"]
    assert decision.due == day("2026-05-26")


def test_extensions_refused_when_too_long_expired_or_decided():
    facts = CaseFacts(received_at=at("2026-03-03"))
    too_long = Extension(at("2026-04-10"), Period(5, Unit.WEEKS))
    expired = Extension(at("2026-04-15"), FOUR_WEEKS)
    in_days = Extension(at("2026-04-10"), Period(21, Unit.WORKING_DAYS))
    decided = CaseFacts(received_at=facts.received_at, decided_at=at("2026-04-01"))
    for case, extension, code in (
        (facts, too_long, "too_long"),
        (facts, in_days, "too_long"),  # 21 working days from 10 April run past four weeks
        (facts, expired, "expired"),
        (decided, Extension(at("2026-04-02"), FOUR_WEEKS), "decided"),
    ):
        with pytest.raises(ValidationError) as refused:
            extension_check(
                facts=case,
                rules=BELGIUM,
                extension=extension,
            )
        assert refused.value.code == code


def test_the_refusal_is_translated():
    first = Extension(at("2026-04-10"), FOUR_WEEKS)
    facts = CaseFacts(received_at=at("2026-03-03"), extensions=[first])
    second = Extension(at("2026-05-08"), FOUR_WEEKS)
    for language, word in (("nl", "toestemming"), ("fr", "consentement")):
        with translation.override(language), pytest.raises(ValidationError) as refused:
            extension_check(facts=facts, rules=BELGIUM, extension=second)
        assert word in refused.value.messages[0]


# ---------------------------------------------------------------- progress reports


def test_progress_reports_on_a_long_case():
    facts = CaseFacts(received_at=at("2026-03-03", tz=AMSTERDAM))
    # Not yet owed before 14 April (four weeks before the first is due on 12 May)
    assert "progress" not in clocks_now(facts, NETHERLANDS, at("2026-04-13", tz=AMSTERDAM))
    first = clocks_now(facts, NETHERLANDS, at("2026-04-20", tz=AMSTERDAM))["progress"]
    assert (first.due, first.state) == (day("2026-05-12"), State.RUNNING)
    # A report on 11 May makes the next due four weeks later, Monday 8 June
    reported = CaseFacts(
        received_at=facts.received_at, progress_reports=[at("2026-05-11", tz=AMSTERDAM)]
    )
    following = clocks_now(reported, NETHERLANDS, at("2026-06-09", tz=AMSTERDAM))["progress"]
    assert (following.due, following.state) == (day("2026-06-08"), State.LATE)
    # A decided case owes none
    decided = CaseFacts(received_at=facts.received_at, decided_at=at("2026-06-01"))
    assert "progress" not in clocks_now(decided, NETHERLANDS, at("2026-06-09", tz=AMSTERDAM))


def test_belgian_progress_report_due_after_ten_weeks():
    facts = CaseFacts(received_at=at("2026-03-03"))
    progress = clocks_now(facts, BELGIUM, at("2026-05-13"))["progress"]
    assert (progress.due, progress.state, progress.days_left) == (
        day("2026-05-12"),
        State.LATE,
        -1,
    )


# ---------------------------------------------------------------- staff reports


@pytest.mark.parametrize(("rules", "tz"), [(BELGIUM, BRUSSELS), (NETHERLANDS, AMSTERDAM)])
def test_staff_member_heard_within_ten_calendar_days(rules, tz):
    # Received Wednesday 1 July 2026: ten calendar days end on Saturday 11 July (in Flanders
    # a community holiday, not a legal one), so the term runs to Monday 13 July.
    with time_machine.travel(at("2026-07-08", tz=tz), tick=False):
        (hearing,) = staff_report_clocks(
            received_at=at("2026-07-01", tz=tz),
            heard_at=None,
            rules=rules,
            today=today_in(rules, timezone.now()),
        )
    assert (hearing.code, hearing.due, hearing.state, hearing.days_left) == (
        "staff_hearing",
        day("2026-07-13"),
        State.RUNNING,
        5,
    )
    (heard,) = staff_report_clocks(
        received_at=at("2026-07-01", tz=tz),
        heard_at=at("2026-07-14", tz=tz),
        rules=rules,
        today=day("2026-07-20"),
    )
    assert heard.state == State.LATE


# ---------------------------------------------------------------- pauses and sorting


def test_a_pause_needs_a_reason_and_may_not_overlap():
    facts = CaseFacts(
        received_at=at("2026-03-02"),
        pauses=[Pause(at("2026-03-04"), at("2026-03-09"), "Complainant abroad")],
    )
    cases = [
        (Pause(at("2026-03-10"), None, "  "), "reason"),
        (Pause(at("2026-03-06"), None, "Waiting for the prosecutor"), "overlap"),
        (Pause(at("2026-03-12"), at("2026-03-11"), "Typo"), "order"),
        (Pause(at("2026-03-01"), at("2026-03-02"), "Before"), "before_receipt"),
    ]
    for pause, code in cases:
        with pytest.raises(ValidationError) as refused:
            pause_check(facts=facts, rules=BELGIUM, pause=pause)
        assert refused.value.code == code
    pause_check(facts=facts, rules=BELGIUM, pause=Pause(at("2026-03-09"), None, "Prosecutor"))


def test_next_due_is_the_earliest_open_clock():
    facts = CaseFacts(received_at=at("2026-04-02"), acknowledged_at=at("2026-04-03"))
    clocks = case_clocks(facts, BELGIUM, day("2026-04-03"))
    assert next_due(clocks) == day("2026-04-10")  # first contact; acknowledgement is met
    decided = CaseFacts(received_at=facts.received_at, decided_at=at("2026-04-08"))
    assert next_due(case_clocks(decided, BELGIUM, day("2026-04-09"))) is None


def test_rule_sets_by_code():
    assert rule_set("BE") is BELGIUM and rule_set("nl") is NETHERLANDS
    with pytest.raises(LookupError):
        rule_set("fr")
