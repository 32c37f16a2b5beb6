"""Staff reports, reads and writes: a member of the zone reports, the confidential counsellor
hears the person and closes the report with a reason, and both write in its thread. Every
write locks the report row and compares its version (as on a case); every query names its
zone. Nothing here touches citizens' cases, and no case list, export or statistic reads
these tables."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from korps.audit.services import audit_record
from korps.core.errors import DomainError
from korps.core.locks import lock_rows
from korps.organisations.models import Organisation, User
from korps.organisations.permissions import has_permission

from .clocks import Clock, staff_report_clocks, today_in
from .deadlines import rules_of
from .staff_models import StaffReport, StaffReportMessage, StaffReportStatus


class StaffReportError(DomainError):
    pass


def counsels(user, organisation) -> bool:
    return has_permission(user, "complaints.handle_staff_reports", organisation)


# ---------------------------------------------------------------- reads


def reports_of_reporter(*, organisation: Organisation, user) -> QuerySet[StaffReport]:
    return StaffReport.objects.filter(organisation=organisation, reporter=user).order_by(
        "-received_at", "-pk"
    )


def report_clocks(report: StaffReport, *, now: dt.datetime | None = None) -> list[Clock]:
    rules = rules_of(report.organisation)
    return staff_report_clocks(
        received_at=report.received_at,
        heard_at=report.heard_at,
        rules=rules,
        today=today_in(rules, now or timezone.now()),
    )


def counsellor_list(*, organisation: Organisation, open_only: bool = True) -> list[tuple]:
    """The zone's staff reports with their hearing clock, those due first on top (reports
    already heard last). One query: the clock is arithmetic on the row."""
    reports = StaffReport.objects.filter(organisation=organisation).select_related(
        "reporter", "organisation__complaints_settings"
    )
    if open_only:
        reports = reports.exclude(status=StaffReportStatus.CLOSED)
    rows = [(report, report_clocks(report)[0]) for report in reports]
    rows.sort(key=lambda row: (not row[1].is_open, row[1].due, row[0].pk))
    return rows


def report_detail(*, organisation: Organisation, pk: int) -> StaffReport:
    return (
        StaffReport.objects.filter(organisation=organisation)
        .select_related("reporter", "organisation")
        .prefetch_related("messages__author")
        .get(pk=pk)
    )


def may_read(user, report: StaffReport) -> bool:
    """The person who reported and the zone's confidential counsellor; nobody else (a
    complaints officer or the independent reviewer gets "not found")."""
    return report.reporter_id == user.pk or counsels(user, report.organisation_id)


# ---------------------------------------------------------------- writes


def _locked(report: StaffReport, version: int | None) -> StaffReport:
    locked = lock_rows(StaffReport.objects.filter(pk=report.pk))[0]
    if version is not None and locked.version != version:
        raise StaffReportError(
            _(
                "Someone else changed this report while you were working on it. Your text is "
                "still in the form: check the report as it is now, then save again."
            ),
            code="stale",
        )
    return locked


def _save(report: StaffReport, fields: list[str]) -> None:
    report.version += 1
    report.save(update_fields=[*fields, "version"])


def _must_counsel(user, report: StaffReport) -> None:
    if not counsels(user, report.organisation_id):
        raise StaffReportError(
            _("Only the zone's confidential counsellor handles staff reports."), code="denied"
        )


@transaction.atomic
def staff_report_create(
    *, organisation: Organisation, reporter: User, kind: str, what: str
) -> StaffReport:
    if not what.strip():
        raise StaffReportError(_("Tell what happened."), code="what")
    report = StaffReport.objects.create(
        organisation=organisation, reporter=reporter, kind=kind, what=what.strip()
    )
    audit_record(
        actor=reporter,
        action="complaints.staff_report.created",
        target=report,
        organisation=organisation,
    )
    return report


@transaction.atomic
def staff_report_hear(
    *, report: StaffReport, version: int | None, heard_at: dt.datetime | None, acting_user: User
) -> StaffReport:
    """Record that the counsellor heard the person (at `heard_at`, default now)."""
    _must_counsel(acting_user, report)
    report = _locked(report, version)
    if not report.is_open:
        raise StaffReportError(_("This report is closed."), code="not_open")
    now = timezone.now()
    when = heard_at or now
    if when > now or when < report.received_at:
        raise StaffReportError(
            _("The hearing falls between the report's receipt and now."), code="heard_at"
        )
    report.heard_at = when
    report.status = StaffReportStatus.HEARD
    _save(report, ["heard_at", "status"])
    audit_record(
        actor=acting_user,
        action="complaints.staff_report.heard",
        target=report,
        organisation=report.organisation,
    )
    return report


@transaction.atomic
def staff_report_close(
    *, report: StaffReport, version: int | None, reason: str, acting_user: User
) -> StaffReport:
    _must_counsel(acting_user, report)
    report = _locked(report, version)
    if not report.is_open:
        raise StaffReportError(_("This report is closed."), code="not_open")
    if not reason.strip():
        raise StaffReportError(
            _("A report is never closed without a reason the person can read."), code="reason"
        )
    report.closing_reason = reason.strip()
    report.closed_at = timezone.now()
    report.status = StaffReportStatus.CLOSED
    _save(report, ["closing_reason", "closed_at", "status"])
    audit_record(
        actor=acting_user,
        action="complaints.staff_report.closed",
        target=report,
        organisation=report.organisation,
    )
    return report


@transaction.atomic
def staff_report_message(*, report: StaffReport, body: str, acting_user: User):
    if not may_read(acting_user, report):
        raise StaffReportError(_("You cannot write on this report."), code="denied")
    if not body.strip():
        raise StaffReportError(_("Write a message."), code="body")
    message = StaffReportMessage.objects.create(
        report=report, author=acting_user, body=body.strip()
    )
    audit_record(
        actor=acting_user,
        action="complaints.staff_report.message",
        target=report,
        organisation=report.organisation,
    )
    return message
