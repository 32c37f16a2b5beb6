"""Extending, pausing and resuming a stored case: the rule set's checks as clear refusals,
an audit row for each, and the case's next due date kept for the list."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.utils import translation

from korps.audit.models import AuditEntry
from korps.complaints import clock_services, services
from korps.complaints.deadlines import clocks_of
from korps.complaints.models import Case, CaseKind, ComplaintsSettings
from korps.organisations.roles import Role

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def at(day: str, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour), tzinfo=AMSTERDAM)


def make_case(zone, received: str, **fields) -> Case:
    fields.setdefault("kind", CaseKind.COMPLAINT)
    return Case.objects.create(
        organisation=zone,
        reference=f"2026-{Case.objects.count() + 1:06d}",
        language="nl",
        what="De agent sprak mij onbeleefd aan.",
        received_at=at(received),
        **fields,
    )


@pytest.fixture
def dutch_zone(zone):
    ComplaintsSettings.objects.update_or_create(organisation=zone, defaults={"rule_set": "NL"})
    return zone


@pytest.fixture
def officer(member):
    return member(Role.COMPLAINTS_OFFICER)


def decision(case):
    return next(c for c in clocks_of(Case.objects.get(pk=case.pk)) if c.code == "decision")


@pytest.mark.django_db
def test_one_extension_then_a_second_only_with_consent(dutch_zone, officer):
    # Given a Dutch case received Tuesday 3 March 2026, due Tuesday 14 April
    case = make_case(dutch_zone, "2026-03-03")
    with time_machine.travel(at("2026-04-10"), tick=False):
        # When the handler extends it by four weeks on 10 April
        clock_services.case_extend(
            case=case,
            version=case.version,
            days=28,
            reason="Wachten op de verklaring van de collega.",
            with_consent=False,
            staff_notified=True,
            acting_user=officer,
        )
        # Then the decision is due Tuesday 12 May, the complainant has the notice in the
        # thread, and the audit trail has the extension
        assert decision(case).due == dt.date(2026, 5, 12)
        assert decision(case).notices_missing == ()
        assert "28" in case.messages.get().body
        assert AuditEntry.objects.filter(action="complaints.case.extended").count() == 1
    case.refresh_from_db()
    with time_machine.travel(at("2026-05-08"), tick=False):
        # And a second extension without consent is refused in words
        with translation.override("nl"), pytest.raises(services.CaseError) as refused:
            clock_services.case_extend(
                case=case,
                version=case.version,
                days=14,
                reason="Nog steeds wachten.",
                with_consent=False,
                staff_notified=True,
                acting_user=officer,
            )
        assert refused.value.code == "consent_required"
        assert "toestemming" in refused.value.message
        # but allowed with the complainant's recorded consent
        clock_services.case_extend(
            case=case,
            version=case.version,
            days=14,
            reason="De klager stemt schriftelijk in.",
            with_consent=True,
            staff_notified=False,
            acting_user=officer,
        )
        assert decision(case).due == dt.date(2026, 5, 26)
        assert decision(case).notices_missing == ("staff",)
        # until the handler records the letter to the staff member
        case.refresh_from_db()
        clock_services.extension_staff_notified(
            case=case, version=case.version, acting_user=officer
        )
        assert decision(case).notices_missing == ()
        with pytest.raises(services.CaseError):
            case.refresh_from_db()
            clock_services.extension_staff_notified(
                case=case, version=case.version, acting_user=officer
            )


@pytest.mark.django_db
def test_an_extension_with_a_stale_version_is_refused(dutch_zone, officer):
    case = make_case(dutch_zone, "2026-03-03")
    with time_machine.travel(at("2026-04-10"), tick=False), pytest.raises(services.StaleCase):
        clock_services.case_extend(
            case=case,
            version=case.version - 1,
            days=28,
            reason="x",
            with_consent=False,
            staff_notified=True,
            acting_user=officer,
        )


@pytest.mark.django_db
def test_pause_needs_a_reason_and_moves_the_next_due_date(zone, officer):
    # A Belgian case received Monday 2 March 2026: first contact due Monday 9 March
    case = make_case(zone, "2026-03-02", acknowledged_at=at("2026-03-03"))
    with time_machine.travel(at("2026-03-03", 12), tick=False):
        case.refresh_from_db()
        with pytest.raises(services.CaseError) as refused:
            clock_services.case_pause(
                case=case, version=case.version, reason=" ", acting_user=officer
            )
        assert refused.value.code == "reason"
    with time_machine.travel(at("2026-03-04", 9), tick=False):
        clock_services.case_pause(
            case=case, version=case.version, reason="Klager in het buitenland", acting_user=officer
        )
    case.refresh_from_db()
    with time_machine.travel(at("2026-03-09", 9), tick=False):
        clock_services.case_resume(case=case, version=case.version, acting_user=officer)
        case.refresh_from_db()
        contact = next(c for c in clocks_of(case) if c.code == "first_contact")
    assert contact.due == dt.date(2026, 3, 12)
    assert case.next_due_on == dt.date(2026, 3, 12)
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {"complaints.case.paused", "complaints.case.resumed"} <= actions
    with pytest.raises(services.CaseError) as refused:
        clock_services.case_resume(case=case, version=case.version, acting_user=officer)
    assert refused.value.code == "not_paused"


@pytest.mark.django_db
def test_only_a_complaints_officer_extends(zone, member):
    case = make_case(zone, "2026-03-03")
    reviewer = member(Role.INDEPENDENT_REVIEWER)
    with pytest.raises(services.CaseError):
        clock_services.case_pause(case=case, version=case.version, reason="x", acting_user=reviewer)


@pytest.mark.django_db
def test_services_keep_the_next_due_date(zone, officer):
    with time_machine.travel(at("2026-04-02"), tick=False):
        case = make_case(zone, "2026-04-02")
        services.case_acknowledge(case=case, version=case.version, acting_user=officer)
        case.refresh_from_db()
    # Acknowledged: first contact (Friday 10 April, after Easter Monday) is what is due next
    assert case.next_due_on == dt.date(2026, 4, 10)


@pytest.mark.django_db
def test_praise_has_no_clocks(zone):
    case = make_case(zone, "2026-04-02", kind=CaseKind.PRAISE)
    assert clocks_of(case) == []


@pytest.mark.django_db
def test_the_case_list_sorts_by_what_is_due(zone, django_assert_max_num_queries):
    from korps.complaints.deadlines import case_due_refresh
    from korps.complaints.models import CaseStatus
    from korps.complaints.selectors import case_list

    with time_machine.travel(at("2026-04-03"), tick=False):
        contact_due = make_case(zone, "2026-04-02", acknowledged_at=at("2026-04-03"))
        ack_due = make_case(zone, "2026-04-01")
        closed = make_case(zone, "2026-03-01", status=CaseStatus.CLOSED, closed_at=at("2026-03-20"))
        for case in (contact_due, ack_due, closed):
            case_due_refresh(case)
    with django_assert_max_num_queries(1):
        listed = list(case_list(organisation=zone))
    assert listed == [ack_due, contact_due, closed]
    assert [c.next_due_on for c in listed] == [dt.date(2026, 4, 9), dt.date(2026, 4, 10), None]


@pytest.mark.django_db
def test_an_anonymous_complainant_is_first_contacted_in_the_thread(zone, officer):
    from korps.complaints.models import CaseMessage

    case = make_case(zone, "2026-03-02", anonymous=True, acknowledged_at=at("2026-03-02", 12))
    CaseMessage.objects.create(
        case=case, from_complainant=True, body="Vraag", sent_at=at("2026-03-03")
    )
    CaseMessage.objects.create(case=case, author=officer, body="Antwoord", sent_at=at("2026-03-04"))
    contact = next(c for c in clocks_of(case) if c.code == "first_contact")
    assert (contact.done_on, contact.state) == (dt.date(2026, 3, 4), "met")
