"""The complaint procedure as data: each rule set says which deadlines a case has, how long
each runs, in which kind of days it counts, and what may move it. A zone picks one rule set
("BE" or "NL", the codes its complaints settings store); the clocks (clocks.py) read nothing
else.

Every deadline counts from the day after the event that starts it and ends at the end of its
last day; a last day that is a Saturday, a Sunday or a public holiday moves to the next working
day. The Netherlands: Algemene termijnenwet art. 1 and 3 (the holidays are in workdays.py).
Belgium: Gerechtelijk Wetboek art. 52 and 53, the common rule for Belgian legal deadlines.

Where DOMAIN.md names a source, the value follows it and `source` cites it. Where no source
sets a figure (most of the Belgian procedure: the zones' internal oversight services publish
no deadlines), the value is korps's default and `source` says so; a zone that follows its own
regulation asks for a rule set of its own."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


class Unit(enum.StrEnum):
    WORKING_DAYS = "working_days"
    CALENDAR_DAYS = "calendar_days"
    WEEKS = "weeks"


@dataclass(frozen=True)
class Period:
    """A length of time in one unit: `Period(6, Unit.WEEKS)` is six weeks."""

    amount: int
    unit: Unit

    def __post_init__(self):
        if self.amount < 0:
            raise ValueError("A period cannot be negative.")

    @property
    def calendar_days(self) -> int | None:
        """The length in calendar days, or None for working days (which depend on the
        calendar)."""
        if self.unit == Unit.WEEKS:
            return self.amount * 7
        if self.unit == Unit.CALENDAR_DAYS:
            return self.amount
        return None

    def describe(self) -> str:
        """`6 weeks`, `5 working days`, translated."""
        from django.utils.translation import ngettext

        if self.unit == Unit.WEEKS:
            text = ngettext("%(n)s week", "%(n)s weeks", self.amount)
        elif self.unit == Unit.CALENDAR_DAYS:
            text = ngettext("%(n)s calendar day", "%(n)s calendar days", self.amount)
        else:
            text = ngettext("%(n)s working day", "%(n)s working days", self.amount)
        return text % {"n": self.amount}


@dataclass(frozen=True)
class DeadlineRule:
    """One deadline: how long after its start it falls, whether a recorded pause stops it,
    and where the figure comes from."""

    period: Period
    pausable: bool
    source: str


@dataclass(frozen=True)
class ExtensionRule:
    """How the decision deadline may be extended. `without_consent` extensions of at most
    `max_without_consent` each may be granted on the handler's own decision; any further one
    needs the complainant's recorded consent (and then has no fixed maximum). Each extension
    is notified in writing to the complainant and, where `notify_staff`, to the staff member
    concerned."""

    without_consent: int
    max_without_consent: Period
    notify_staff: bool
    source: str


@dataclass(frozen=True)
class ProgressRule:
    """A case still undecided `after` its receipt owes the complainant a progress report
    then, and again `every` after each report."""

    after: Period
    every: Period
    source: str


@dataclass(frozen=True)
class RuleSet:
    code: str
    name: str
    country: str  # ISO 3166 code of the public holidays (workdays.py)
    time_zone: str  # the local dates of the events are taken in this zone
    acknowledgement: DeadlineRule
    first_contact: DeadlineRule
    decision: DeadlineRule
    decision_with_committee: DeadlineRule | None  # None: no advisory committee in this procedure
    extension: ExtensionRule
    progress: ProgressRule
    staff_hearing: DeadlineRule  # staff reports: hear the person who reported

    def decision_rule(self, *, with_committee: bool) -> DeadlineRule:
        if with_committee and self.decision_with_committee is not None:
            return self.decision_with_committee
        return self.decision


_KORPS_DEFAULT = "korps default (no source sets this figure)"

NETHERLANDS = RuleSet(
    code="NL",
    name=_("Netherlands (General Administrative Law Act, chapter 9)"),
    country="NL",
    time_zone="Europe/Amsterdam",
    # Awb 9:6 requires a written acknowledgement and sets no term for it.
    acknowledgement=DeadlineRule(
        Period(5, Unit.WORKING_DAYS),
        pausable=False,
        source="Awb art. 9:6 (acknowledgement in writing, no term); term: " + _KORPS_DEFAULT,
    ),
    # Phase 1 of the police procedure: personal contact as soon as possible. Five working days
    # is the average time to contact the complainant in England and Wales (IOPC 2022/23).
    first_contact=DeadlineRule(
        Period(5, Unit.WORKING_DAYS),
        pausable=True,
        source=(
            "Uitvoeringsregeling klachtbehandeling politie 2025, stcrt-2024-38282 (contact as "
            "soon as possible); "
            "term: IOPC statistics 2022/23 (5 working days on average)"
        ),
    ),
    # Awb 9:11(1): six weeks after receipt, ten with a committee (9:14). The Awb knows no
    # suspension: only an extension moves this deadline.
    decision=DeadlineRule(
        Period(6, Unit.WEEKS), pausable=False, source="Awb art. 9:11(1); Atw art. 1"
    ),
    decision_with_committee=DeadlineRule(
        Period(10, Unit.WEEKS), pausable=False, source="Awb art. 9:11(1) and 9:14; Atw art. 1"
    ),
    # Awb 9:11(2): once, at most four weeks, with written notice to the complainant and to the
    # person complained about; 9:11(3): further only with the complainant's written consent.
    extension=ExtensionRule(
        without_consent=1,
        max_without_consent=Period(4, Unit.WEEKS),
        notify_staff=True,
        source="Awb art. 9:11(2) and (3)",
    ),
    progress=ProgressRule(
        after=Period(10, Unit.WEEKS),
        every=Period(4, Unit.WEEKS),
        source=(
            _KORPS_DEFAULT + "; after the longest term of Awb 9:11, as the IOPC asks progress "
            "reports on long investigations (Conduct Regs 2020: after 12 months, then every 6)"
        ),
    ),
    # No Dutch source in DOMAIN.md sets a term for hearing a staff member who reports; korps
    # uses the Belgian 10 calendar days.
    staff_hearing=DeadlineRule(
        Period(10, Unit.CALENDAR_DAYS),
        pausable=False,
        source=_KORPS_DEFAULT + "; the Belgian term (werk.belgie.be)",
    ),
)

BELGIUM = RuleSet(
    code="BE",
    name=_("Belgium (zone's internal oversight service)"),
    country="BE",
    time_zone="Europe/Brussels",
    acknowledgement=DeadlineRule(
        Period(5, Unit.WORKING_DAYS), pausable=False, source=_KORPS_DEFAULT
    ),
    first_contact=DeadlineRule(
        Period(5, Unit.WORKING_DAYS),
        pausable=True,
        source="IOPC statistics 2022/23 (5 working days on average to contact the complainant)",
    ),
    # No Belgian source sets a term for a zone's decision: korps uses the Dutch six weeks, so
    # that both rule sets are measured alike. A judicial inquiry into the same facts commonly
    # holds the internal handling, hence a pause stops this clock.
    decision=DeadlineRule(
        Period(6, Unit.WEEKS), pausable=True, source=_KORPS_DEFAULT + "; as Awb art. 9:11(1)"
    ),
    decision_with_committee=None,
    extension=ExtensionRule(
        without_consent=1,
        max_without_consent=Period(4, Unit.WEEKS),
        notify_staff=True,
        source=_KORPS_DEFAULT + "; as Awb art. 9:11(2) and (3)",
    ),
    progress=ProgressRule(
        after=Period(10, Unit.WEEKS),
        every=Period(4, Unit.WEEKS),
        source=_KORPS_DEFAULT + "; as the Dutch rule set",
    ),
    # Codex over het welzijn op het werk, book I title 3 (psychosocial risks): the confidential
    # counsellor or prevention adviser hears the worker within 10 calendar days.
    staff_hearing=DeadlineRule(
        Period(10, Unit.CALENDAR_DAYS),
        pausable=False,
        source="Codex welzijn op het werk, boek I titel 3 (werk.belgie.be): 10 calendar days",
    ),
)

RULE_SETS: dict[str, RuleSet] = {rules.code: rules for rules in (BELGIUM, NETHERLANDS)}


def rule_set(code: str) -> RuleSet:
    """The rule set of `code` ("BE", "NL"; any case)."""
    try:
        return RULE_SETS[code.upper()]
    except KeyError:
        raise LookupError(f"Unknown rule set {code!r}; known: {sorted(RULE_SETS)}.") from None
