"""The handler's side: the list, the case page (every read audited), acknowledging, routing,
allegations with outcomes, closing only with a reason, independence on assignment, the
reviewer's reopening, and two handlers saving the same case at once."""

import pytest
from django.urls import reverse

from korps.audit.models import AuditEntry
from korps.complaints import services
from korps.complaints.models import Case, CaseStatus, ComplaintCategory, Outcome, Route
from korps.complaints.tests.factories import CaseFactory
from korps.complaints.zone_defaults import categories_install
from korps.monitoring.models import StaffMember
from korps.organisations.models import Membership
from korps.organisations.roles import Role
from korps.organisations.tests.factories import UnitFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def in_english(client, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"


@pytest.fixture
def case(zone):
    categories_install(zone)
    return CaseFactory(organisation=zone)


def category(zone, code="incivility"):
    return ComplaintCategory.objects.get(organisation=zone, code=code)


def action(client, case, name, data):
    return client.post(
        reverse(
            "complaints_staff:case_action",
            kwargs={"zone": case.organisation.code, "pk": case.pk, "action": name},
        ),
        data,
    )


def staff_member(zone, number, unit, account=None):
    return StaffMember.objects.create(
        organisation=zone,
        staff_number=number,
        unit=unit,
        grade="INP",
        start_date="2020-01-01",
        account=account,
    )


def test_every_read_of_a_case_is_audited_with_its_reader(client, case, complaints_officer):
    client.force_login(complaints_officer)

    page = client.get(
        reverse("complaints_staff:case", kwargs={"zone": case.organisation.code, "pk": case.pk})
    )

    assert page.status_code == 200
    assert case.what in page.text
    entry = AuditEntry.objects.get(action="complaints.case.read")
    assert entry.actor == complaints_officer and entry.target_id == str(case.pk)


def test_the_list_shows_open_cases_oldest_first_in_bounded_queries(
    client, zone, complaints_officer, django_assert_max_num_queries
):
    newer = CaseFactory(organisation=zone, received_at="2026-11-20T10:00Z")
    older = CaseFactory(organisation=zone, received_at="2026-11-02T10:00Z")
    CaseFactory(organisation=zone, status=CaseStatus.CLOSED)
    for _ in range(20):
        CaseFactory(organisation=zone, received_at="2026-11-25T10:00Z")
    client.force_login(complaints_officer)

    with django_assert_max_num_queries(15):
        page = client.get(reverse("complaints_staff:cases", kwargs={"zone": zone.code}))

    assert page.status_code == 200
    assert page.context["page"].paginator.count == 22
    shown = [c.pk for c in page.context["page"].object_list]
    assert shown.index(older.pk) < shown.index(newer.pk)


def test_a_case_is_acknowledged_routed_decided_and_closed(client, case, complaints_officer):
    client.force_login(complaints_officer)
    zone = case.organisation

    assert action(client, case, "acknowledge", {"version": 1}).status_code == 302
    assert (
        action(
            client,
            case,
            "route",
            {"version": 2, "route": Route.CONVERSATION, "contact_at": "2026-11-30T10:00"},
        ).status_code
        == 302
    )
    assert (
        action(
            client, case, "allegation", {"version": 3, "category": category(zone).pk}
        ).status_code
        == 302
    )
    allegation = case.allegations.get()
    refused = action(client, case, "close", {"version": 4, "reason": "Uitgepraat."})
    assert refused.status_code == 400 and "Decide every allegation" in refused.text
    prefix = f"a{allegation.pk}"
    decided = action(
        client,
        case,
        "outcome",
        {
            "prefix": prefix,
            f"{prefix}-version": 4,
            f"{prefix}-allegation": allegation.pk,
            f"{prefix}-outcome": Outcome.RESOLVED,
            f"{prefix}-reasons": "Het gesprek heeft het misverstand uitgeklaard.",
        },
    )
    assert decided.status_code == 302
    assert action(client, case, "close", {"version": 5, "reason": ""}).status_code == 400
    assert action(client, case, "close", {"version": 5, "reason": "Uitgepraat."}).status_code == 302

    case.refresh_from_db()
    assert case.status == CaseStatus.CLOSED and case.closing_reason == "Uitgepraat."
    assert case.acknowledged_at and case.first_contact_at and case.closed_at
    assert case.allegations.get().outcome == Outcome.RESOLVED


def test_two_handlers_saving_at_once_lose_nothing(client, case, complaints_officer, member):
    """Both opened the case at version 1; the first saves, the second is told and keeps the
    text typed."""
    other = member(Role.COMPLAINTS_OFFICER, email="tweede@testrode.test")
    services.case_route(case=case, version=1, route=Route.INVESTIGATION, acting_user=other)
    client.force_login(complaints_officer)

    response = action(
        client,
        case,
        "close",
        {"version": 1, "reason": "Mijn zorgvuldig geschreven reden."},
    )

    assert response.status_code == 409
    assert "Someone else changed this case" in response.text
    assert "Mijn zorgvuldig geschreven reden." in response.text
    case.refresh_from_db()
    assert case.status == CaseStatus.IN_HANDLING and case.route == Route.INVESTIGATION


def test_a_stale_version_is_refused_by_the_service(case, complaints_officer):
    services.case_acknowledge(case=case, version=1, acting_user=complaints_officer)

    with pytest.raises(services.StaleCase):
        services.case_route(
            case=case, version=1, route=Route.LOGGED, acting_user=complaints_officer
        )


def test_nobody_is_assigned_a_case_about_themselves(case, complaints_officer, member):
    zone = case.organisation
    unit = UnitFactory(organisation=zone)
    staff_member(zone, "P100", unit, account=complaints_officer)
    services.allegation_add(
        case=case,
        version=1,
        category=category(zone),
        staff_numbers=["P100"],
        acting_user=complaints_officer,
    )
    lead = member(Role.COMPLAINTS_OFFICER, email="lead@testrode.test")

    with pytest.raises(services.CaseError) as refused:
        services.case_assign(case=case, handler=complaints_officer, version=2, acting_user=lead)

    assert refused.value.code == "concerned"
    assert Case.objects.get(pk=case.pk).handler is None


def test_nobody_is_assigned_a_case_about_their_unit(case, complaints_officer, member):
    zone = case.organisation
    district = UnitFactory(organisation=zone, name="District Noord")
    team = UnitFactory(organisation=zone, name="Team A", parent=district)
    Membership.objects.filter(user=complaints_officer).update(unit=district)
    services.allegation_add(
        case=case, version=1, category=category(zone), unit=team, acting_user=complaints_officer
    )

    with pytest.raises(services.CaseError):
        services.case_assign(
            case=case, handler=complaints_officer, version=2, acting_user=complaints_officer
        )


def test_only_the_reviewer_overrides_independence_with_a_reason(
    case, complaints_officer, independent_reviewer
):
    zone = case.organisation
    unit = UnitFactory(organisation=zone)
    staff_member(zone, "P100", unit, account=complaints_officer)
    services.allegation_add(
        case=case,
        version=1,
        category=category(zone),
        staff_numbers=["P100"],
        acting_user=complaints_officer,
    )

    with pytest.raises(services.CaseError) as refused:
        services.case_assign(
            case=case, handler=complaints_officer, version=2, acting_user=independent_reviewer
        )
    assert refused.value.code == "override_reason"

    services.case_assign(
        case=case,
        handler=complaints_officer,
        version=2,
        acting_user=independent_reviewer,
        override_reason="Enige behandelaar met de nodige taalkennis.",
    )

    entry = AuditEntry.objects.get(action="complaints.case.assigned")
    assert entry.data["concerned"] and entry.data["override_reason"]


def test_the_officer_the_reviewer_assigned_by_override_works_the_case(
    client, case, complaints_officer, independent_reviewer
):
    """Found from outside: the override was saved, yet the officer it named got 404 on the
    case and never saw it in their list."""
    zone = case.organisation
    unit = UnitFactory(organisation=zone)
    staff_member(zone, "P100", unit, account=complaints_officer)
    services.allegation_add(
        case=case,
        version=1,
        category=category(zone),
        staff_numbers=["P100"],
        acting_user=complaints_officer,
    )
    services.case_assign(
        case=case,
        handler=complaints_officer,
        version=2,
        acting_user=independent_reviewer,
        override_reason="Enige behandelaar met de nodige taalkennis.",
    )
    client.force_login(complaints_officer)

    url = reverse("complaints_staff:case", kwargs={"zone": zone.code, "pk": case.pk})
    assert client.get(url).status_code == 200
    listed = client.get(reverse("complaints_staff:cases", kwargs={"zone": zone.code}))
    assert case.pk in [c.pk for c in listed.context["page"].object_list]


def test_an_allegation_about_the_handler_takes_the_case_from_them(
    client, case, complaints_officer, member
):
    zone = case.organisation
    handler = member(Role.COMPLAINTS_OFFICER, email="behandelaar@testrode.test")
    services.case_assign(case=case, handler=handler, version=1, acting_user=complaints_officer)
    staff_member(zone, "P200", UnitFactory(organisation=zone), account=handler)

    services.allegation_add(
        case=case,
        version=2,
        category=category(zone),
        staff_numbers=["P200"],
        acting_user=complaints_officer,
    )

    case.refresh_from_db()
    assert case.handler is None
    client.force_login(handler)
    url = reverse("complaints_staff:case", kwargs={"zone": zone.code, "pk": case.pk})
    assert client.get(url).status_code == 404


def test_an_officer_gets_404_on_a_case_about_their_unit_the_reviewer_reads_it(
    client, case, complaints_officer, independent_reviewer
):
    zone = case.organisation
    unit = UnitFactory(organisation=zone)
    Membership.objects.filter(user=complaints_officer).update(unit=unit)
    case.allegations.create(category=category(zone), unit=unit)
    url = reverse("complaints_staff:case", kwargs={"zone": zone.code, "pk": case.pk})

    client.force_login(complaints_officer)
    assert client.get(url).status_code == 404
    listed = client.get(reverse("complaints_staff:cases", kwargs={"zone": zone.code}))
    assert case.pk not in [c.pk for c in listed.context["page"].object_list]

    client.force_login(independent_reviewer)
    assert client.get(url).status_code == 200


def test_an_unknown_staff_number_is_refused_not_dropped(case, complaints_officer):
    with pytest.raises(services.CaseError) as refused:
        services.allegation_add(
            case=case,
            version=1,
            category=category(case.organisation),
            staff_numbers=["NOPE"],
            acting_user=complaints_officer,
        )

    assert refused.value.code == "staff_number"
    assert not case.allegations.exists()


def test_the_reviewer_reopens_a_closed_case_the_officer_cannot(
    client, case, complaints_officer, independent_reviewer
):
    services.case_close(
        case=case, version=1, reason="Geen verdere actie.", acting_user=complaints_officer
    )
    client.force_login(complaints_officer)
    assert (
        action(client, case, "reopen", {"version": 2, "reason": "Nieuwe feiten."}).status_code
        == 403
    )

    client.force_login(independent_reviewer)
    assert (
        action(client, case, "reopen", {"version": 2, "reason": "Nieuwe feiten."}).status_code
        == 302
    )

    case.refresh_from_db()
    assert case.status == CaseStatus.IN_HANDLING and case.closed_at is None
    assert AuditEntry.objects.get(action="complaints.case.reopened").data["reason"]


def test_an_anonymous_complainant_gets_no_mediation(case, complaints_officer):
    Case.objects.filter(pk=case.pk).update(anonymous=True)
    case.refresh_from_db()

    with pytest.raises(services.CaseError) as refused:
        services.case_route(
            case=case, version=1, route=Route.MEDIATION, acting_user=complaints_officer
        )

    assert refused.value.code == "anonymous"


def test_the_zone_gets_default_categories_in_its_languages(zone):
    assert categories_install(zone)
    assert not categories_install(zone)

    labels = ComplaintCategory.objects.get(organisation=zone, code="force").label
    assert labels["en"] == "Use of force" and labels["nl"] == "Gebruik van geweld"
