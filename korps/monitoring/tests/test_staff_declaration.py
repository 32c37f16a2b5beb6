"""A staff member declares only for the HR record linked to their own account (by the HR
export's e-mail column or a zone administrator): never for a colleague's number or a made-up
one, and no answer tells whether another number has declared."""

import re

import pytest
from django.urls import reverse

from korps.audit.models import AuditEntry
from korps.monitoring.imports import staff_apply, staff_plan
from korps.monitoring.models import Declaration, StaffMember
from korps.monitoring.services import (
    MonitoringError,
    declaration_save,
    staff_member_link_account,
)
from korps.monitoring.summaries import summaries_recount, summaries_stored
from korps.organisations.models import Unit
from korps.organisations.roles import Role

pytestmark = pytest.mark.django_db

DECLARE = {"gender": "woman", "origin_group": "non_eu", "consent": "on"}


@pytest.fixture
def unit(zone):
    return Unit.objects.create(organisation=zone, name="Noord", kind="district")


@pytest.fixture
def record(zone, unit):
    def make(number, account=None):
        # Through the HR import, which keeps the summary tables.
        raw = f"staff_number,unit,grade,start_date,end_date\n{number},Noord,INP,2020-01-06,\n"
        plan = staff_plan(organisation=zone, name="hr.csv", raw=raw.encode())
        staff_apply(organisation=zone, plan=plan, acting_user=None)
        member = StaffMember.objects.get(organisation=zone, staff_number=number)
        if account is not None:
            staff_member_link_account(staff_member=member, account=account, acting_user=None)
            member.refresh_from_db()
        return member

    return make


def url(zone):
    return reverse("monitoring:my_declaration", kwargs={"zone": zone.code})


def page_text(response) -> str:
    """The page without what changes on every request (the CSRF token)."""
    return re.sub(r'(csrfmiddlewaretoken" value="|CSRFToken": ")[^"]+"', "", response.text)


def test_the_owner_declares_sees_and_withdraws(client, zone, member, record):
    owner = member(Role.RECRUITER)
    record("P042", account=owner)
    client.force_login(owner)

    client.post(url(zone), DECLARE)

    declaration = Declaration.objects.get(staff_number="P042")
    assert (declaration.origin_group, declaration.declared_by) == ("non_eu", owner)
    assert client.get(url(zone)).context["declaration"] == declaration
    assert summaries_stored(organisation=zone) == summaries_recount(organisation=zone)
    client.post(url(zone), {"withdraw": "1"})
    declaration.refresh_from_db()
    assert (declaration.origin_group, declaration.withdrawn_at is not None) == ("", True)
    assert summaries_stored(organisation=zone) == summaries_recount(organisation=zone)


def test_a_colleagues_number_cannot_be_declared_for(client, zone, member, record):
    colleague = member(Role.MENTOR)
    someone = member(Role.RECRUITER)
    record("P001", account=colleague)
    record("P002", account=someone)
    client.force_login(someone)

    client.post(url(zone), {**DECLARE, "staff_number": "P001"})

    assert not Declaration.objects.filter(staff_number="P001").exists()
    assert Declaration.objects.get().staff_number == "P002"  # their own record, nothing else


def test_an_unlinked_account_declares_for_no_number(client, zone, member, record):
    record("P001")
    someone = member(Role.RECRUITER)
    client.force_login(someone)

    made_up = client.post(url(zone), {**DECLARE, "staff_number": "X999"})
    existing = client.post(url(zone), {**DECLARE, "staff_number": "P001"})

    assert (made_up.status_code, existing.status_code) == (400, 400)
    assert not Declaration.objects.exists()
    assert "zone administrator" in client.get(url(zone)).text or "zonebeheerder" in (
        client.get(url(zone)).text
    )


def test_no_page_tells_whether_another_number_declared(client, zone, member, record):
    colleague = member(Role.MENTOR)
    someone = member(Role.RECRUITER)
    record("P001", account=colleague)
    record("P002", account=someone)
    client.force_login(someone)
    before_get = page_text(client.get(url(zone)))
    before_post = client.post(url(zone), {"gender": "x", "staff_number": "P001"})

    declaration_save(
        organisation=zone,
        staff_number="P001",
        gender="man",
        origin_group="eu",
        consent_text="ok",
        acting_user=colleague,
    )
    after_get = page_text(client.get(url(zone)))
    after_post = client.post(url(zone), {"gender": "x", "staff_number": "P001"})

    assert before_get == after_get
    assert before_post.status_code == after_post.status_code == 400
    assert page_text(before_post) == page_text(after_post)


def test_a_withdrawal_reaches_only_the_owners_declaration(client, zone, member, record):
    owner = member(Role.MENTOR)
    someone = member(Role.RECRUITER)
    record("P001", account=owner)
    record("P002", account=someone)
    client.force_login(owner)
    client.post(url(zone), DECLARE)
    client.force_login(someone)

    client.post(url(zone), {"withdraw": "1"})

    assert Declaration.objects.get(staff_number="P001").withdrawn_at is None


def test_the_zone_administrator_links_an_account_on_the_staff_page(
    client, zone, zone_admin, member, record
):
    someone = member(Role.RECRUITER)
    record("P007")
    page = reverse("monitoring:staff_accounts", kwargs={"zone": zone.code})
    client.force_login(zone_admin)

    unknown = client.post(page, {"staff_number": "X1", "account": someone.pk})
    linked = client.post(page, {"staff_number": "P007", "account": someone.pk})

    assert unknown.status_code == 400
    assert linked.status_code == 302
    assert StaffMember.objects.get(staff_number="P007").account == someone
    entry = AuditEntry.objects.get(action="monitoring.staff.account_linked")
    assert (entry.actor, entry.data) == (zone_admin, {"account": someone.pk})
    client.post(page, {"unlink": str(StaffMember.objects.get(staff_number="P007").pk)})
    assert StaffMember.objects.get(staff_number="P007").account is None


def test_a_zone_administrator_cannot_take_a_colleagues_hr_record(
    client, zone, zone_admin, member, record
):
    """Found by an outside probe: the administrator unlinked their own record, linked their
    account to a colleague's, and declared in the colleague's name."""
    colleague = member(Role.MENTOR)
    record("P001")
    record("P002")
    staff_member_link_account(
        staff_member=StaffMember.objects.get(staff_number="P001"),
        account=colleague,
        acting_user=None,
    )
    page = reverse("monitoring:staff_accounts", kwargs={"zone": zone.code})
    client.force_login(zone_admin)

    own = client.post(page, {"staff_number": "P002", "account": zone_admin.pk})
    taken = client.post(page, {"staff_number": "P001", "account": member(Role.ANALYST).pk})

    assert own.status_code == 400 and taken.status_code == 400
    assert StaffMember.objects.get(staff_number="P002").account is None
    assert StaffMember.objects.get(staff_number="P001").account == colleague


def test_an_account_of_another_zone_is_not_linked(zone, other_zone, member, record):
    stranger = member(Role.RECRUITER, organisation=other_zone)

    with pytest.raises(MonitoringError):
        staff_member_link_account(staff_member=record("P001"), account=stranger, acting_user=None)


def test_linking_erases_a_declaration_made_from_another_account(zone, member, record):
    impostor = member(Role.RECRUITER)
    owner = member(Role.MENTOR)
    declaration_save(
        organisation=zone,
        staff_number="P001",
        gender="man",
        origin_group="eu",
        consent_text="ok",
        acting_user=impostor,
    )

    record("P001", account=owner)

    assert not Declaration.objects.filter(staff_number="P001").exists()
    assert summaries_stored(organisation=zone) == summaries_recount(organisation=zone)


HEADER = "staff_number,unit,grade,start_date,end_date,email\n"


def test_the_hr_exports_email_column_links_the_members_account(zone, unit, member, zone_admin):
    someone = member(Role.RECRUITER, email="an.peeters@zone.test")
    raw = (
        HEADER
        + "P001,Noord,INP,2020-01-06,,An.Peeters@zone.test\n"
        + "P002,Noord,INP,2020-01-06,,nobody@elsewhere.test\n"
        + "P003,Noord,INP,2020-01-06,,\n"
    ).encode()

    counts = staff_apply(
        organisation=zone,
        plan=staff_plan(organisation=zone, name="hr.csv", raw=raw),
        acting_user=zone_admin,
    )

    assert counts["linked"] == 1
    assert dict(StaffMember.objects.values_list("staff_number", "account")) == {
        "P001": someone.pk,
        "P002": None,
        "P003": None,
    }


def test_the_same_email_on_two_lines_is_a_problem(zone, unit, member):
    member(Role.RECRUITER, email="an@zone.test")
    raw = (
        HEADER
        + "P001,Noord,INP,2020-01-06,,an@zone.test\nP002,Noord,INP,2020-01-06,,AN@zone.test\n"
    ).encode()

    plan = staff_plan(organisation=zone, name="hr.csv", raw=raw)

    assert [problem.line for problem in plan.problems] == [3]
