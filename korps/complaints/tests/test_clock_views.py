"""The clocks on the case page and the actions that move them, through the real views."""

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse

from korps.complaints.models import Case, CaseExtension, CaseKind, CasePause
from korps.organisations.roles import Role

BRUSSELS = ZoneInfo("Europe/Brussels")


def at(day: str, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour), tzinfo=BRUSSELS)


@pytest.fixture
def case(zone):
    return Case.objects.create(
        organisation=zone,
        reference="2026-000001",
        kind=CaseKind.COMPLAINT,
        language="nl",
        what="De agent sprak mij onbeleefd aan.",
        received_at=at("2026-04-02"),
    )


def action(zone, case, name):
    return reverse(
        "complaints_staff:case_action", kwargs={"zone": zone.code, "pk": case.pk, "action": name}
    )


@pytest.mark.django_db
def test_the_case_page_shows_the_clocks(client, zone, case, member):
    client.force_login(member(Role.COMPLAINTS_OFFICER))
    with time_machine.travel(at("2026-04-08"), tick=False):
        url = reverse("complaints_staff:case", kwargs={"zone": zone.code, "pk": case.pk})
        page = client.get(url)
    assert page.status_code == 200
    text = page.content.decode()
    assert "Termijnen" in text and 'data-clock="decision"' in text
    assert "10 april 2026" in text  # acknowledgement due, after Easter Monday
    assert "2 werkdagen" in text
    # The clocks' forms share field names with the page's other forms, never an id
    ids = re.findall(r'\bid="([^"]+)"', text)
    clock_ids = [i for i in ids if i.startswith(("id_extend-", "id_pause-", "id_resume-"))]
    assert clock_ids and all(ids.count(i) == 1 for i in clock_ids)


@pytest.mark.django_db
def test_an_officer_pauses_resumes_and_extends(client, zone, case, member):
    client.force_login(member(Role.COMPLAINTS_OFFICER))
    with time_machine.travel(at("2026-04-08"), tick=False):
        response = client.post(
            action(zone, case, "pause"),
            {"pause-version": case.version, "pause-reason": "Klager op reis"},
        )
        assert response.status_code == 302
        case.refresh_from_db()
        resumed = client.post(action(zone, case, "resume"), {"resume-version": case.version})
        assert resumed.status_code == 302
        case.refresh_from_db()
        response = client.post(
            action(zone, case, "extend"),
            {
                "extend-version": case.version,
                "extend-days": 28,
                "extend-reason": "Verklaring afwachten",
            },
        )
        assert response.status_code == 302
    assert CasePause.objects.get().ended_at is not None
    assert CaseExtension.objects.get().days == 28


@pytest.mark.django_db
def test_refusals_are_messages_not_errors(client, zone, case, member):
    client.force_login(member(Role.COMPLAINTS_OFFICER))
    with time_machine.travel(at("2026-04-08"), tick=False):
        empty = {"pause-version": case.version, "pause-reason": ""}
        no_reason = client.post(action(zone, case, "pause"), empty)
        junk = client.post(
            action(zone, case, "extend"), {"extend-version": "x", "extend-days": "veel"}
        )
        too_long = client.post(
            action(zone, case, "extend"),
            {"extend-version": case.version, "extend-days": 35, "extend-reason": "r"},
        )
    assert (no_reason.status_code, junk.status_code, too_long.status_code) == (400, 400, 400)
    assert "hoogstens 4 weken" in too_long.content.decode()
    assert not CaseExtension.objects.exists() and not CasePause.objects.exists()


@pytest.mark.django_db
def test_only_the_handler_role_moves_clocks(client, zone, case, member):
    client.force_login(member(Role.INDEPENDENT_REVIEWER))
    response = client.post(
        action(zone, case, "pause"), {"pause-version": case.version, "pause-reason": "x"}
    )
    assert response.status_code == 403
    assert not CasePause.objects.exists()
