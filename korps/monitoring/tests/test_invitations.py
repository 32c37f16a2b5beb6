"""Issue 12, item 9: every staff member of the workforce register can declare, through a
personal invitation (e-mail or printed letter with a code) tied to their staff number; the
response rate per unit passes the disclosure control; reminders reach only those who have
not answered; every batch is audited."""

import re

import pytest
from django.urls import reverse

from korps.audit.models import AuditEntry
from korps.disclosure.cells import LEGEND
from korps.monitoring.imports import staff_apply, staff_plan
from korps.monitoring.invitation_rates import response_rates
from korps.monitoring.invitations import (
    invitation_batch_start,
    letters_issue,
    normalised_code,
)
from korps.monitoring.letters import letters_document
from korps.monitoring.models import (
    Declaration,
    InvitationBatch,
    StaffInvitation,
    StaffMember,
)
from korps.monitoring.services import declaration_save, staff_member_link_account
from korps.monitoring.summaries import summaries_recount, summaries_stored
from korps.organisations.models import Unit
from korps.organisations.roles import Role

pytestmark = pytest.mark.django_db

DECLARE = {"gender": "woman", "origin_group": "non_eu", "consent": "on"}
LINK = re.compile(r"http://[^\s]+/declare/([^\s/]+)/")


@pytest.fixture
def register(zone):
    """The HR export of a zone: Noord has 8 people in service (one without an address, one in
    French), Zuid has 2, and one person of Noord has left."""
    zone.languages = ["nl", "fr", "en"]
    zone.save()
    for name in ("Noord", "Zuid"):
        Unit.objects.create(organisation=zone, name=name, kind="district")
    lines = ["staff_number,unit,grade,start_date,end_date,email,language"]
    for n in range(1, 9):
        email = "" if n == 8 else f"agent{n}@zone.test"
        language = "fr" if n == 2 else ""
        lines.append(f"N{n},Noord,INP,2020-01-06,,{email},{language}")
    lines += [
        "Z1,Zuid,INP,2021-01-04,,z1@zone.test,",
        "Z2,Zuid,INP,2021-01-04,,z2@zone.test,",
        "GONE,Noord,INP,2015-01-05,2022-06-30,gone@zone.test,",
    ]
    plan = staff_plan(organisation=zone, name="hr.csv", raw="\n".join(lines).encode())
    assert plan.ok, plan.problems
    staff_apply(organisation=zone, plan=plan, acting_user=None)
    return zone


def _send(zone, channel, user, capture):
    with capture(execute=True):
        return invitation_batch_start(organisation=zone, channel=channel, acting_user=user)


def _links(mailoutbox) -> dict[str, str]:
    """Each mail's address and the token of its link."""
    return {m.to[0]: LINK.search(m.body).group(1) for m in mailoutbox}


def test_each_staff_member_in_service_with_an_address_gets_their_own_link(
    register, diversity_manager, mailoutbox, django_capture_on_commit_callbacks
):
    batch = _send(register, "mail", diversity_manager, django_capture_on_commit_callbacks)

    links = _links(mailoutbox)
    assert sorted(links) == sorted(
        [f"agent{n}@zone.test" for n in range(1, 8)]
        + [
            "z1@zone.test",
            "z2@zone.test",
        ]
    )
    assert len(set(links.values())) == 9
    french = next(m for m in mailoutbox if m.to == ["agent2@zone.test"])
    assert "déclaration" in french.subject
    batch.refresh_from_db()
    assert (batch.total, batch.done, batch.finished_at is not None) == (9, 9, True)
    started = AuditEntry.objects.get(action="monitoring.invitations.started")
    finished = AuditEntry.objects.get(action="monitoring.invitations.finished")
    assert started.actor == finished.actor == diversity_manager
    assert (started.data["people"], finished.data["sent"]) == (9, 9)
    # The tokens are credentials: nowhere in the trail or the database.
    stored = " ".join(str(e.data) for e in AuditEntry.objects.all())
    assert not any(token in stored for token in links.values())
    assert not any(
        token.partition(".")[2] in str(list(StaffInvitation.objects.values()))
        for token in links.values()
    )
    # Sending again mails nobody twice.
    mailoutbox.clear()
    again = _send(register, "mail", diversity_manager, django_capture_on_commit_callbacks)
    assert (again.total, len(mailoutbox)) == (0, 0)


def test_the_link_declares_changes_and_withdraws_for_that_staff_number_only(
    client, register, diversity_manager, mailoutbox, django_capture_on_commit_callbacks
):
    _send(register, "mail", diversity_manager, django_capture_on_commit_callbacks)
    token = _links(mailoutbox)["agent3@zone.test"]
    url = reverse("monitoring:staff_declaration", kwargs={"token": token})
    declaration_save(
        organisation=register,
        staff_number="N4",
        gender="man",
        origin_group="belgian",
        consent_text="x",
    )

    assert client.get(url).status_code == 200
    assert client.post(url, DECLARE).status_code == 302
    mine = Declaration.objects.get(organisation=register, staff_number="N3")
    assert (mine.gender, mine.origin_group, mine.via_link) == ("woman", "non_eu", True)
    client.post(url, {**DECLARE, "gender": "other"})
    assert Declaration.objects.get(pk=mine.pk).gender == "other"
    client.post(url, {"withdraw": "1"})
    mine.refresh_from_db()
    assert (mine.gender, mine.origin_group, mine.withdrawn_at is not None) == ("", "", True)
    assert Declaration.objects.get(staff_number="N4").gender == "man"
    assert summaries_stored(organisation=register) == summaries_recount(organisation=register)
    read = AuditEntry.objects.filter(action="monitoring.declaration.read_by_staff_member")
    assert read.exists()
    assert read.first().actor_label == "staff member (personal invitation to declare)"
    # A changed MAC opens nothing.
    assert client.get(url[:-3] + "xx/").status_code == 404


def test_reminders_go_only_to_those_invited_who_have_not_answered(
    client, register, diversity_manager, mailoutbox, django_capture_on_commit_callbacks
):
    _send(register, "mail", diversity_manager, django_capture_on_commit_callbacks)
    links = _links(mailoutbox)
    for address in ("agent1@zone.test", "z1@zone.test"):
        url = reverse("monitoring:staff_declaration", kwargs={"token": links[address]})
        client.post(url, DECLARE)
    mailoutbox.clear()

    batch = _send(register, "reminder", diversity_manager, django_capture_on_commit_callbacks)

    reminded = sorted(m.to[0] for m in mailoutbox)
    assert "agent1@zone.test" not in reminded and "z1@zone.test" not in reminded
    assert len(reminded) == batch.total == 7
    # The reminder carries the same personal link as the invitation.
    assert _links(mailoutbox)["agent2@zone.test"] == links["agent2@zone.test"]


def test_letters_are_one_pdf_page_each_and_their_code_opens_only_that_declaration(
    client, register, diversity_manager
):
    client.force_login(diversity_manager)

    response = client.post(
        reverse("monitoring:invitations", kwargs={"zone": register.code}),
        {"action": "letters_without_address"},
    )

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    letters = letters_issue(organisation=register, acting_user=None, without_address_only=False)
    assert len(letters) == 10
    document = letters_document(register, letters)
    assert len(document.pages) == 10
    by_number = {letter.staff_number: letter for letter in letters}
    assert by_number["N2"].language == "fr"
    stale = by_number["N8"].code
    # Printing again gives new codes: the old one opens nothing.
    code = letters_issue(organisation=register, acting_user=None, without_address_only=True)[0].code
    # Only a digest of the code is stored.
    assert normalised_code(code) not in str(list(StaffInvitation.objects.values()))
    client.logout()

    refused = client.post(reverse("monitoring:declaration_code"), {"code": stale})
    opened = client.post(reverse("monitoring:declaration_code"), {"code": code.lower()})

    assert refused.status_code == 400
    assert opened.status_code == 302
    page = client.post(opened.url, DECLARE)
    assert page.status_code == 302
    assert Declaration.objects.get(organisation=register, staff_number="N8").gender == "woman"
    batches = InvitationBatch.objects.filter(organisation=register, channel="paper")
    assert batches.count() == 3
    assert AuditEntry.objects.filter(action="monitoring.invitations.letters_printed").count() == 3


def test_letters_go_only_to_people_who_have_not_answered(register, diversity_manager):
    declaration_save(
        organisation=register, staff_number="N8", gender="man", origin_group="eu", consent_text="x"
    )

    letters = letters_issue(organisation=register, acting_user=None, without_address_only=True)

    assert letters == []


def test_guessing_letter_codes_is_rate_limited(client, register, settings):
    settings.KORPS_RATE_LIMITS = True
    letters = letters_issue(organisation=register, acting_user=None, without_address_only=True)
    url = reverse("monitoring:declaration_code")

    wrong = [client.post(url, {"code": f"AAAA-BBBB-CC{n:02d}"}).status_code for n in range(10)]
    right = client.post(url, {"code": letters[0].code})

    assert wrong == [400] * 10
    assert right.status_code == 429


def test_the_response_rate_per_unit_hides_small_counts(
    client, register, diversity_manager, mailoutbox, django_capture_on_commit_callbacks
):
    _send(register, "mail", diversity_manager, django_capture_on_commit_callbacks)
    links = _links(mailoutbox)
    for n in range(1, 7):
        url = reverse(
            "monitoring:staff_declaration", kwargs={"token": links[f"agent{n}@zone.test"]}
        )
        client.post(url, DECLARE)
    client.force_login(diversity_manager)

    page = client.get(reverse("monitoring:invitations", kwargs={"zone": register.code}))

    text = re.sub(r"\s+", " ", page.text)
    table = text[text.index("<table") : text.index("</table>")]
    # Noord: 6 answered, 1 invited without answer, 1 not invited (no address); Zuid: 2 silent.
    shown = [int(n) for n in re.findall(r"<td>(\d+)</td>", table)]
    assert [n for n in shown if 0 < n < register.effective_suppression_threshold] == []
    assert '<th scope="row">Zuid</th><td>x</td><td>x</td><td>x</td><td>x</td><td>–</td>' in table
    assert str(LEGEND) in text


def test_the_response_rate_counts_answers_per_unit(register):
    more = "\n".join(f"Z{n},Zuid,INP,2021-01-04," for n in range(3, 8))
    raw = f"staff_number,unit,grade,start_date,end_date\n{more}\n".encode()
    staff_apply(
        organisation=register,
        plan=staff_plan(organisation=register, name="hr.csv", raw=raw),
        acting_user=None,
    )
    for n in range(1, 9):
        declaration_save(
            organisation=register,
            staff_number=f"N{n}",
            gender="man",
            origin_group="eu",
            consent_text="x",
        )

    rates = response_rates(organisation=register)

    noord = next(row for row in rates.rows if row.unit == "Noord")
    zuid = next(row for row in rates.rows if row.unit == "Zuid")
    assert (noord.answered.value, noord.staff.value, noord.rate) == (8, 8, 1.0)
    assert (zuid.answered.value, zuid.not_invited.value, zuid.rate) == (0, 7, 0.0)


def test_an_account_linked_later_keeps_the_declaration_made_through_the_invitation(
    client, register, zone_admin, member, mailoutbox, django_capture_on_commit_callbacks
):
    _send(register, "mail", zone_admin, django_capture_on_commit_callbacks)
    url = reverse(
        "monitoring:staff_declaration", kwargs={"token": _links(mailoutbox)["agent5@zone.test"]}
    )
    client.post(url, DECLARE)
    agent = member(Role.AMBASSADOR, email="agent5@zone.test")

    staff_member_link_account(
        staff_member=StaffMember.objects.get(staff_number="N5"),
        account=agent,
        acting_user=zone_admin,
    )

    assert Declaration.objects.get(staff_number="N5").origin_group == "non_eu"


def test_the_hr_import_refuses_an_unknown_language_with_its_line(register):
    raw = "staff_number,unit,grade,start_date,end_date,language\nN1,Noord,INP,2020-01-06,,de\n"

    plan = staff_plan(organisation=register, name="hr.csv", raw=raw.encode())

    assert [p.line for p in plan.problems] == [2]
    assert "language" in plan.problems[0].message


def test_the_invitations_page_runs_a_bounded_number_of_queries(
    client, register, diversity_manager, django_assert_max_num_queries
):
    more = "\n".join(f"Z{n},Zuid,INP,2021-01-04,,z{n}@zone.test," for n in range(3, 60))
    raw = f"staff_number,unit,grade,start_date,end_date,email,language\n{more}\n".encode()
    staff_apply(
        organisation=register,
        plan=staff_plan(organisation=register, name="hr.csv", raw=raw),
        acting_user=None,
    )
    client.force_login(diversity_manager)
    url = reverse("monitoring:invitations", kwargs={"zone": register.code})

    with django_assert_max_num_queries(20):
        response = client.get(url)

    assert response.status_code == 200
