"""A case's clocks, computed from plain facts (no database): for each deadline of the rule
set, its due date, whether it was met, is late, runs or is paused, and the days left.

How a due date is found: count the deadline's period from the local date of the event that
starts it (that day not counted), in its unit (working days skip weekends and holidays,
calendar days and weeks do not), skipping the days on which a recorded pause held the case
when the rule lets a pause stop it; the decision deadline then goes on by each extension in
turn; a last day that is not a working day moves to the next working day (rulesets.py cites
why). A pause holds the dates from its start's date up to, not including, its end's date; an
open pause holds every day through today, so a paused clock shows the date it would fall on
if the case resumed tomorrow.

A clock is met when its event's local date is on or before the due date. A decision ends the
case's clocks: an acknowledgement or first contact never recorded counts as done by the
decision (met when the decision came within its term), and progress reports stop."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .rulesets import DeadlineRule, Period, RuleSet, Unit
from .workdays import add_working_days, is_working_day, local_date, working_days_between


class State(models.TextChoices):
    RUNNING = "running", gettext_lazy("running")
    PAUSED = "paused", gettext_lazy("paused")
    MET = "met", gettext_lazy("met")
    LATE = "late", gettext_lazy("late")


CLOCK_LABELS = {
    "acknowledgement": gettext_lazy("Acknowledgement"),
    "first_contact": gettext_lazy("First contact"),
    "decision": gettext_lazy("Decision"),
    "progress": gettext_lazy("Progress report"),
    "staff_hearing": gettext_lazy("Hearing the staff member"),
}


@dataclass(frozen=True)
class Extension:
    """An extension of the decision deadline, as recorded on the case."""

    granted_at: dt.datetime
    length: Period
    with_consent: bool = False
    complainant_notified_at: dt.datetime | None = None
    staff_notified_at: dt.datetime | None = None


@dataclass(frozen=True)
class Pause:
    started_at: dt.datetime
    ended_at: dt.datetime | None
    reason: str


@dataclass(frozen=True)
class CaseFacts:
    """What happened to a case, as far as its clocks care."""

    received_at: dt.datetime
    acknowledged_at: dt.datetime | None = None
    first_contact_at: dt.datetime | None = None
    decided_at: dt.datetime | None = None
    with_committee: bool = False
    extensions: Sequence[Extension] = ()
    pauses: Sequence[Pause] = ()
    progress_reports: Sequence[dt.datetime] = ()


@dataclass(frozen=True)
class Clock:
    code: str  # a key of CLOCK_LABELS
    due: dt.date
    state: State
    done_on: dt.date | None  # the local date of the event that met it
    days_left: int | None  # calendar days from today to the due date; negative when overdue
    working_days_left: int | None
    period: Period  # the rule's own period, before pauses and extensions
    source: str
    extended_by: tuple[Period, ...] = ()
    notices_missing: tuple[str, ...] = field(default=())  # "complainant", "staff"

    @property
    def label(self) -> str:
        return str(CLOCK_LABELS[self.code])

    @property
    def is_open(self) -> bool:
        """Still waiting for its event (running, paused or overdue)."""
        return self.done_on is None

    @property
    def is_late(self) -> bool:
        return self.state == State.LATE


# ---------------------------------------------------------------- counting


def paused_days(pauses: Iterable[Pause], time_zone: str, today: dt.date) -> frozenset[dt.date]:
    """The local dates on which a pause held the case."""
    days: set[dt.date] = set()
    for pause in pauses:
        start = local_date(pause.started_at, time_zone)
        end = local_date(pause.ended_at, time_zone) if pause.ended_at else today + dt.timedelta(1)
        days.update(start + dt.timedelta(n) for n in range((end - start).days))
    return frozenset(days)


def _advance(day: dt.date, period: Period, country: str, held: frozenset[dt.date]) -> dt.date:
    """The last day of `period` counted from the day after `day`, not counting held days."""
    if not held:
        if period.unit == Unit.WORKING_DAYS:
            return add_working_days(day, period.amount, country)
        return day + dt.timedelta(days=period.calendar_days)
    left = period.amount if period.unit == Unit.WORKING_DAYS else period.calendar_days
    while left:
        day += dt.timedelta(days=1)
        if day in held:
            continue
        if period.unit != Unit.WORKING_DAYS or is_working_day(day, country):
            left -= 1
    return day


def _roll(day: dt.date, country: str) -> dt.date:
    while not is_working_day(day, country):
        day += dt.timedelta(days=1)
    return day


def due_date(
    start: dt.date,
    periods: Sequence[Period],
    country: str,
    held: frozenset[dt.date] = frozenset(),
) -> dt.date:
    """The due date of a deadline that starts on `start` and runs `periods` one after the
    other (the rule's period, then each extension), moved to a working day."""
    day = start
    for period in periods:
        day = _advance(day, period, country, held)
    return _roll(day, country)


def _clock(
    code: str,
    *,
    rule: DeadlineRule,
    rules: RuleSet,
    start: dt.date,
    done_on: dt.date | None,
    today: dt.date,
    pauses: Sequence[Pause],
    extensions: Sequence[Extension] = (),
) -> Clock:
    held = paused_days(pauses, rules.time_zone, today) if rule.pausable else frozenset()
    periods = [rule.period, *(extension.length for extension in extensions)]
    due = due_date(start, periods, rules.country, held)
    if done_on is not None:
        state = State.MET if done_on <= due else State.LATE
        days_left = working_days_left = None
    else:
        if today > due:
            state = State.LATE
        elif rule.pausable and any(p.ended_at is None for p in pauses):
            state = State.PAUSED
        else:
            state = State.RUNNING
        days_left = (due - today).days
        working_days_left = working_days_between(today, due, rules.country)
    return Clock(
        code=code,
        due=due,
        state=state,
        done_on=done_on,
        days_left=days_left,
        working_days_left=working_days_left,
        period=rule.period,
        source=rule.source,
        extended_by=tuple(extension.length for extension in extensions),
    )


def _on(moment: dt.datetime | None, rules: RuleSet) -> dt.date | None:
    return local_date(moment, rules.time_zone) if moment else None


# ---------------------------------------------------------------- the clocks of a case


def case_clocks(facts: CaseFacts, rules: RuleSet, today: dt.date) -> list[Clock]:
    """The clocks of a citizen's complaint: acknowledgement, first contact, decision, and a
    progress report while a long case is undecided. `today` is the local date in the rule
    set's time zone (`today_in(rules)`)."""
    received = _on(facts.received_at, rules)
    decided = _on(facts.decided_at, rules)
    clocks = []
    for code, rule, moment in (
        ("acknowledgement", rules.acknowledgement, facts.acknowledged_at),
        ("first_contact", rules.first_contact, facts.first_contact_at),
    ):
        clocks.append(
            _clock(
                code,
                rule=rule,
                rules=rules,
                start=received,
                done_on=_on(moment, rules) or decided,
                today=today,
                pauses=facts.pauses,
            )
        )
    decision = _clock(
        "decision",
        rule=rules.decision_rule(with_committee=facts.with_committee),
        rules=rules,
        start=received,
        done_on=decided,
        today=today,
        pauses=facts.pauses,
        extensions=facts.extensions,
    )
    missing = _notices_missing(facts.extensions, rules)
    if missing:
        decision = replace(decision, notices_missing=missing)
    clocks.append(decision)
    progress = _progress_clock(facts, rules, today)
    if progress is not None:
        clocks.append(progress)
    return clocks


def _notices_missing(extensions: Sequence[Extension], rules: RuleSet) -> tuple[str, ...]:
    missing = []
    if any(e.complainant_notified_at is None for e in extensions):
        missing.append("complainant")
    if rules.extension.notify_staff and any(e.staff_notified_at is None for e in extensions):
        missing.append("staff")
    return tuple(missing)


def _progress_clock(facts: CaseFacts, rules: RuleSet, today: dt.date) -> Clock | None:
    """Shown while the case is undecided, from one `every` before the first report is due."""
    if facts.decided_at is not None:
        return None
    rule = rules.progress
    received = _on(facts.received_at, rules)
    first_due = due_date(received, [rule.after], rules.country)
    opens = first_due - dt.timedelta(days=rule.every.calendar_days or 0)
    reports = sorted(day for day in (_on(m, rules) for m in facts.progress_reports) if day >= opens)
    if today < opens and not reports:
        return None
    due = due_date(reports[-1], [rule.every], rules.country) if reports else first_due
    return Clock(
        code="progress",
        due=due,
        state=State.LATE if today > due else State.RUNNING,
        done_on=None,
        days_left=(due - today).days,
        working_days_left=working_days_between(today, due, rules.country),
        period=rule.every,
        source=rule.source,
    )


def staff_report_clocks(
    *, received_at: dt.datetime, heard_at: dt.datetime | None, rules: RuleSet, today: dt.date
) -> list[Clock]:
    """A staff member's report has one clock: hear the person."""
    return [
        _clock(
            "staff_hearing",
            rule=rules.staff_hearing,
            rules=rules,
            start=_on(received_at, rules),
            done_on=_on(heard_at, rules),
            today=today,
            pauses=(),
        )
    ]


def today_in(rules: RuleSet, now: dt.datetime) -> dt.date:
    return local_date(now, rules.time_zone)


def next_due(clocks: Iterable[Clock]) -> dt.date | None:
    """The earliest due date among the clocks still waiting: what a list sorts by."""
    return min((clock.due for clock in clocks if clock.is_open), default=None)


# ---------------------------------------------------------------- checks before a write


def _day(value: dt.date) -> str:
    return formats.date_format(value, "DATE_FORMAT")


def extension_check(*, facts: CaseFacts, rules: RuleSet, extension: Extension) -> None:
    """Raise ValidationError when `extension` may not be added to the case: the case is
    decided, the deadline has passed, it is longer than allowed without consent, or it is
    one more extension than allowed without the complainant's recorded consent. The checks
    are made on the extension's own date (`granted_at`)."""
    if facts.decided_at is not None:
        raise ValidationError(
            _("This case is decided: its deadline can no longer be extended."), code="decided"
        )
    if extension.length.amount <= 0:
        raise ValidationError(_("An extension must last at least one day."), code="length")
    granted_on = _on(extension.granted_at, rules)
    decision = next(c for c in case_clocks(facts, rules, granted_on) if c.code == "decision")
    if granted_on > decision.due:
        raise ValidationError(
            _(
                "The decision deadline passed on %(date)s. An extension must be granted "
                "before the deadline ends."
            )
            % {"date": _day(decision.due)},
            code="expired",
        )
    if extension.with_consent:
        return
    rule = rules.extension
    without = sum(1 for e in facts.extensions if not e.with_consent)
    if without >= rule.without_consent:
        raise ValidationError(
            _(
                "The decision deadline was extended once already. A further extension needs "
                "the complainant's written consent: record the consent with the extension."
            ),
            code="consent_required",
        )
    if _longer(extension.length, rule.max_without_consent, start=granted_on, rules=rules):
        raise ValidationError(
            _("Without the complainant's consent, an extension may last at most %(length)s.")
            % {"length": rule.max_without_consent.describe()},
            code="too_long",
        )


def _longer(length: Period, limit: Period, *, start: dt.date, rules: RuleSet) -> bool:
    if length.unit == limit.unit:
        return length.amount > limit.amount
    if length.calendar_days is not None and limit.calendar_days is not None:
        return length.calendar_days > limit.calendar_days
    return due_date(start, [length], rules.country) > due_date(start, [limit], rules.country)


def pause_check(*, facts: CaseFacts, rules: RuleSet, pause: Pause) -> None:
    """Raise ValidationError when `pause` may not be recorded: no reason, an end before its
    start, a start before the case was received or after it was decided, or an overlap with
    another pause."""
    if not (pause.reason or "").strip():
        raise ValidationError(_("Say why the case is paused."), code="reason")
    if pause.ended_at is not None and pause.ended_at < pause.started_at:
        raise ValidationError(_("A pause cannot end before it starts."), code="order")
    if pause.started_at < facts.received_at:
        raise ValidationError(
            _("A pause cannot start before the case was received."), code="before_receipt"
        )
    if facts.decided_at is not None and pause.started_at >= facts.decided_at:
        raise ValidationError(_("This case is decided: it cannot be paused."), code="decided")
    far = dt.datetime.max.replace(tzinfo=dt.UTC)
    for other in facts.pauses:
        if other.started_at < (pause.ended_at or far) and pause.started_at < (
            other.ended_at or far
        ):
            raise ValidationError(
                _("This pause overlaps another pause of the case. End that one first."),
                code="overlap",
            )
