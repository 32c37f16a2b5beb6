"""Staff reports kept apart: a member reports and reads their own reports; the confidential
counsellor alone sees them, by what is due (hear within ten calendar days), every read
audited; a complaints officer and the independent reviewer get 404 and never find one in
their lists."""

import datetime as dt

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from korps.audit.models import AuditEntry
from korps.complaints import staff_reports
from korps.complaints.clocks import State
from korps.complaints.staff_models import StaffReport, StaffReportStatus
from korps.complaints.tests.factories import CaseFactory, StaffReportFactory
from korps.core.testing.dutch import findings
from korps.organisations.roles import Role
from korps.organisations.tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def at(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value)


@pytest.fixture(autouse=True)
def in_english(client, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"


def report_url(report, *action):
    kwargs = {"zone": report.organisation.code, "pk": report.pk}
    if action:
        return reverse(
            "complaints_staff:staff_report_action", kwargs={**kwargs, "action": action[0]}
        )
    return reverse("complaints_staff:staff_report", kwargs=kwargs)


def test_a_member_reports_and_reads_their_own_report(client, zone, mentor):
    client.force_login(mentor)
    home = reverse("complaints_staff:staff_report_home", kwargs={"zone": zone.code})

    response = client.post(home, {"kind": "bullying", "what": "Ik word uitgesloten."})

    report = StaffReport.objects.get()
    assert response.status_code == 302 and response["Location"] == report_url(report)
    assert (report.organisation, report.reporter, report.status) == (
        zone,
        mentor,
        StaffReportStatus.RECEIVED,
    )
    assert "Ik word uitgesloten." in client.get(report_url(report)).text
    assert report_url(report) in client.get(home).text


def test_an_empty_report_keeps_the_form_and_saves_nothing(client, zone, mentor):
    client.force_login(mentor)
    response = client.post(
        reverse("complaints_staff:staff_report_home", kwargs={"zone": zone.code}),
        {"kind": "nonsense", "what": "Mijn tekst"},
    )
    assert response.status_code == 400
    assert "Mijn tekst" in response.text
    assert not StaffReport.objects.exists()


@pytest.mark.parametrize(
    "role", [Role.COMPLAINTS_OFFICER, Role.INDEPENDENT_REVIEWER, Role.ZONE_ADMIN]
)
def test_a_complaints_officer_gets_404_on_a_staff_report(client, zone, member, role):
    report = StaffReportFactory(organisation=zone)
    client.force_login(member(role))

    assert client.get(report_url(report)).status_code == 404
    assert client.post(report_url(report, "message"), {"body": "x"}).status_code == 404
    assert (
        client.get(
            reverse("complaints_staff:staff_reports", kwargs={"zone": zone.code})
        ).status_code
        == 403
    )


def test_staff_reports_never_appear_in_the_complaints_list(client, zone, complaints_officer):
    CaseFactory(organisation=zone, what="Een burger klaagt.")
    StaffReportFactory(organisation=zone, what="Een collega pest mij.")
    client.force_login(complaints_officer)

    page = client.get(reverse("complaints_staff:cases", kwargs={"zone": zone.code}))

    assert "Een collega pest mij." not in page.text
    assert page.context["page"].paginator.count == 1


def test_the_counsellor_sees_the_report_and_every_read_is_audited(
    client, zone, confidential_counsellor
):
    report = StaffReportFactory(organisation=zone)
    client.force_login(confidential_counsellor)

    page = client.get(report_url(report))

    assert page.status_code == 200 and report.what in page.text
    entry = AuditEntry.objects.get(action="complaints.staff_report.read")
    assert entry.actor == confidential_counsellor and entry.target_id == str(report.pk)


def test_another_zones_counsellor_gets_404(client, zone, member):
    report = StaffReportFactory(organisation=zone)
    client.force_login(member(Role.CONFIDENTIAL_COUNSELLOR, OrganisationFactory()))
    other = reverse(
        "complaints_staff:staff_report",
        kwargs={
            "zone": OrganisationFactory._meta.model.objects.exclude(pk=zone.pk).get().code,
            "pk": report.pk,
        },
    )
    assert client.get(other).status_code == 404


def test_the_hearing_clock_is_ten_calendar_days_and_the_list_sorts_by_it(
    client, zone, confidential_counsellor, django_assert_max_num_queries
):
    # Belgian rule set (the default). Received Wednesday 4 November 2026: ten calendar days
    # end on Saturday 14 November, not a working day, so the term runs to Monday 16 November.
    with time_machine.travel("2026-11-12T10:00+01:00", tick=False):
        later = StaffReportFactory(organisation=zone, received_at=at("2026-11-10T09:00+01:00"))
        first = StaffReportFactory(organisation=zone, received_at=at("2026-11-04T09:00+01:00"))
        heard = StaffReportFactory(
            organisation=zone,
            received_at=at("2026-10-01T09:00+01:00"),
            heard_at=at("2026-10-05T09:00+01:00"),
            status=StaffReportStatus.HEARD,
        )
        (clock,) = staff_reports.report_clocks(first)
        client.force_login(confidential_counsellor)
        with django_assert_max_num_queries(12):
            page = client.get(reverse("complaints_staff:staff_reports", kwargs={"zone": zone.code}))

    assert (clock.due.isoformat(), clock.state, clock.days_left) == (
        "2026-11-16",
        State.RUNNING,
        4,
    )
    assert [report.pk for report, _clock in page.context["rows"]] == [first.pk, later.pk, heard.pk]


def test_the_counsellor_records_the_hearing_and_closes_with_a_reason(
    client, zone, confidential_counsellor
):
    report = StaffReportFactory(organisation=zone)
    client.force_login(confidential_counsellor)

    assert client.post(report_url(report, "hear"), {"version": 1}).status_code == 302
    refused = client.post(report_url(report, "close"), {"version": 2, "reason": " "})
    assert refused.status_code == 400
    closed = client.post(report_url(report, "close"), {"version": 2, "reason": "Besproken."})

    report.refresh_from_db()
    assert closed.status_code == 302
    assert report.status == StaffReportStatus.CLOSED and report.heard_at is not None
    assert report.closing_reason == "Besproken."
    stale = client.post(report_url(report, "message"), {"body": "Nog iets."})
    assert stale.status_code == 302


def test_a_stale_version_is_refused(zone, confidential_counsellor):
    report = StaffReportFactory(organisation=zone)
    staff_reports.staff_report_hear(
        report=report, version=1, heard_at=None, acting_user=confidential_counsellor
    )
    with pytest.raises(staff_reports.StaffReportError):
        staff_reports.staff_report_close(
            report=report, version=1, reason="x", acting_user=confidential_counsellor
        )


def test_only_the_counsellor_records_a_hearing(client, zone, mentor):
    report = StaffReportFactory(organisation=zone, reporter=mentor)
    client.force_login(mentor)
    assert client.post(report_url(report, "hear"), {"version": 1}).status_code == 403
    with pytest.raises(staff_reports.StaffReportError):
        staff_reports.staff_report_hear(
            report=report, version=1, heard_at=timezone.now(), acting_user=mentor
        )


def test_the_staff_report_pages_are_dutch(client, settings, zone, mentor, confidential_counsellor):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "nl"
    report = StaffReportFactory(organisation=zone, reporter=mentor)
    client.force_login(confidential_counsellor)
    page = client.get(report_url(report))
    listing = client.get(reverse("complaints_staff:staff_reports", kwargs={"zone": zone.code}))
    client.force_login(mentor)
    home = client.get(reverse("complaints_staff:staff_report_home", kwargs={"zone": zone.code}))
    own = client.get(report_url(report))

    for response in (page, listing, home, own):
        assert response.status_code == 200
        assert not findings(response.text)
