"""The daily reminders of a zone's complaint deadlines (`korps complaint-reminders`, or the
Celery task `complaint_reminders`).

For every open case it computes the clocks, stores the next due date, and wants one
reminder per deadline that falls within KORPS_COMPLAINT_REMINDER_DAYS working days (to the
case's handler, or to every complaints officer while nobody handles it) and one escalation per
deadline passed (to every complaints officer and independent reviewer of the zone). Each is a
ClockReminder row, made once per deadline and due date, so running it twice sends nothing
twice. A row is claimed before its mail goes out and released when the mail fails: a mail
server that is down loses nothing, the next run sends it (at least once: a recipient whose
mail went out before the failure may get it twice). A reminder whose deadline was met or moved
meanwhile is dropped unsent."""

from __future__ import annotations

import datetime as dt
import logging
import smtplib
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import F, Prefetch
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from korps.audit.services import audit_record
from korps.organisations.permissions import complaints_officers_of, independent_reviewers_of

from .clocks import CLOCK_LABELS, State, case_clocks, today_in
from .deadlines import case_due_refresh, facts_of, rules_of
from .models import OPEN_STATUSES, Case, CaseKind, CaseMessage, ClockReminder, ReminderKind
from .selectors import handler_concerned

logger = logging.getLogger(__name__)

ACTIONS = {
    ReminderKind.REMINDER: "complaints.case.reminded",
    ReminderKind.ESCALATION: "complaints.case.escalated",
}


@dataclass
class ReminderRun:
    wanted: int = 0
    sent: int = 0
    failed: int = 0


def _wanted(case: Case, rules, today: dt.date) -> set[tuple[str, dt.date, str]]:
    clocks = case_clocks(facts_of(case), rules, today)
    case_due_refresh(case, clocks=clocks)
    wanted = set()
    for clock in clocks:
        if not clock.is_open:
            continue
        if clock.state == State.LATE:
            wanted.add((clock.code, clock.due, ReminderKind.ESCALATION))
        elif (
            clock.state == State.RUNNING
            and clock.working_days_left <= settings.KORPS_COMPLAINT_REMINDER_DAYS
        ):
            wanted.add((clock.code, clock.due, ReminderKind.REMINDER))
    return wanted


def complaint_reminders_send(*, organisation, now: dt.datetime | None = None) -> ReminderRun:
    """Make the zone's reminders and escalations due at `now` and send every one not sent
    yet. Idempotent."""
    now = now or timezone.now()
    rules = rules_of(organisation)
    today = today_in(rules, now)
    run = ReminderRun()
    cases = (
        Case.objects.filter(organisation=organisation, status__in=OPEN_STATUSES)
        .exclude(kind=CaseKind.PRAISE)
        .prefetch_related(
            "extensions",
            "pauses",
            Prefetch(
                "messages",
                queryset=CaseMessage.objects.only(
                    "case_id", "from_complainant", "author_id", "sent_at"
                ),
            ),
        )
    )
    wanted: dict[int, set] = {}
    for case in cases:
        wanted[case.pk] = _wanted(case, rules, today)
        for code, due, kind in wanted[case.pk]:
            try:
                with transaction.atomic():
                    ClockReminder.objects.get_or_create(
                        case=case, clock=code, due_on=due, kind=kind
                    )
            except IntegrityError:  # another run made it meanwhile
                pass
        run.wanted += len(wanted[case.pk])
    pending = ClockReminder.objects.filter(
        case__organisation=organisation, sent_at__isnull=True
    ).select_related("case__organisation", "case__handler")
    for reminder in pending:
        if (reminder.clock, reminder.due_on, reminder.kind) not in wanted.get(reminder.case_id, ()):
            reminder.delete()  # met, moved or closed since: nothing to remind of
            continue
        if not ClockReminder.objects.filter(pk=reminder.pk, sent_at__isnull=True).update(
            sent_at=now
        ):
            continue  # another run has it
        try:
            reminder_mail_send(reminder)
        except (smtplib.SMTPException, OSError) as error:
            ClockReminder.objects.filter(pk=reminder.pk).update(
                sent_at=None, attempts=F("attempts") + 1, last_error=str(error)[:200]
            )
            logger.warning(
                "Complaint reminder %s not sent, kept for the next run: %s", reminder.pk, error
            )
            run.failed += 1
            continue
        ClockReminder.objects.filter(pk=reminder.pk).update(attempts=F("attempts") + 1)
        audit_record(
            actor=None,
            action=ACTIONS[reminder.kind],
            target=reminder.case,
            organisation=organisation,
            data={"deadline": reminder.clock, "due": reminder.due_on.isoformat()},
        )
        run.sent += 1
    return run


def _recipients(reminder: ClockReminder):
    """An officer whom the case concerns (selectors.handler_concerned) is never told of it,
    unless the independent reviewer assigned it to them; the reviewer always is."""
    case = reminder.case
    zone = case.organisation
    officers = [
        officer
        for officer in complaints_officers_of(zone).distinct()
        if officer.pk == case.handler_id or not handler_concerned(officer, case)
    ]
    if reminder.kind == ReminderKind.ESCALATION:
        people = officers + list(independent_reviewers_of(zone).distinct())
    elif case.handler is not None and case.handler.is_active:
        people = [case.handler]
    else:
        people = officers
    unique = {person.pk: person for person in people}
    return [unique[pk] for pk in sorted(unique)]


def reminder_mail_send(reminder: ClockReminder) -> int:
    """Mail the reminder to each of its recipients in their language. The mail names the case
    by its reference only: no complainant's name or words leave korps in it."""
    case = reminder.case
    url = settings.KORPS_SITE_URL + reverse(
        "complaints_staff:case", kwargs={"zone": case.organisation.code, "pk": case.pk}
    )
    sent = 0
    for person in _recipients(reminder):
        with translation.override(person.language):
            values = {
                "reference": case.reference or case.pk,
                "deadline": CLOCK_LABELS[reminder.clock],
                "date": formats.date_format(reminder.due_on, "DATE_FORMAT"),
                "zone": case.organisation.name,
            }
            if reminder.kind == ReminderKind.ESCALATION:
                subject = _("Case %(reference)s is late: %(deadline)s was due on %(date)s") % values
                body = (
                    _(
                        "The deadline '%(deadline)s' of case %(reference)s in %(zone)s passed on "
                        "%(date)s. As a complaints officer or independent reviewer of the zone you "
                        "receive this escalation; see the case:"
                    )
                    % values
                )
            else:
                subject = _("Case %(reference)s: %(deadline)s due on %(date)s") % values
                body = (
                    _(
                        "The deadline '%(deadline)s' of case %(reference)s in %(zone)s falls on "
                        "%(date)s. See the case:"
                    )
                    % values
                )
            EmailMessage(subject=subject, body=f"{body}\n{url}\n", to=[person.email]).send()
        sent += 1
    return sent
