"""The clocks of stored cases: the zone's rule set, the facts read from a case, its clocks
now, and the next due date kept on the case (`Case.next_due_on`) so that lists sort by what
is due in SQL. The arithmetic is in clocks.py and knows nothing of the database."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from .clocks import CaseFacts, Clock, Extension, Pause, case_clocks, next_due, today_in
from .models import Case, CaseKind, ComplaintsSettings
from .rulesets import Period, RuleSet, Unit, rule_set


def rules_of(organisation) -> RuleSet:
    """The zone's rule set; a zone without complaints settings yet gets the model's default."""
    try:
        code = organisation.complaints_settings.rule_set
    except ComplaintsSettings.DoesNotExist:
        code = ComplaintsSettings._meta.get_field("rule_set").default
    return rule_set(code)


def extension_of(extension) -> Extension:
    return Extension(
        granted_at=extension.granted_at,
        length=Period(extension.days, Unit.CALENDAR_DAYS),
        with_consent=extension.with_consent,
        complainant_notified_at=extension.notice_sent_to_complainant_at,
        staff_notified_at=extension.notice_sent_to_staff_at,
    )


def facts_of(case: Case) -> CaseFacts:
    """The case's facts as the clocks read them. Extensions, pauses and messages come from
    the prefetch cache when the caller prefetched them (selectors.case_detail does).

    A case closed without a decision (withdrawn, resolved at once) counts as decided when it
    closed. A message of the handler to the complainant counts as a progress report, and for
    an anonymous complainant, who cannot be called or met, the first one is the first
    contact."""
    handler_messages = [
        m.sent_at for m in case.messages.all() if not m.from_complainant and m.author_id
    ]
    first_contact_at = case.first_contact_at
    if first_contact_at is None and case.anonymous and handler_messages:
        first_contact_at = min(handler_messages)
    return CaseFacts(
        received_at=case.received_at,
        acknowledged_at=case.acknowledged_at,
        first_contact_at=first_contact_at,
        decided_at=case.decided_at or case.closed_at,
        extensions=[extension_of(e) for e in case.extensions.all()],
        pauses=[Pause(p.started_at, p.ended_at, p.reason) for p in case.pauses.all()],
        progress_reports=handler_messages,
    )


def clocks_of(case: Case, *, now: dt.datetime | None = None) -> list[Clock]:
    """The case's clocks at `now` (default: now) in its zone's rule set. Praise follows no
    procedure and has none."""
    if case.kind == CaseKind.PRAISE:
        return []
    rules = rules_of(case.organisation)
    return case_clocks(facts_of(case), rules, today_in(rules, now or timezone.now()))


def case_due_refresh(
    case: Case, *, now: dt.datetime | None = None, clocks: list[Clock] | None = None
) -> dt.date | None:
    """Store the case's next due date (none once nothing is due), from `clocks` when the
    caller computed them; returns it. Derived data: it does not raise the case's version."""
    due = next_due(clocks_of(case, now=now) if clocks is None else clocks)
    if due != case.next_due_on:
        Case.objects.filter(pk=case.pk).update(next_due_on=due)
        case.next_due_on = due
    return due
