"""Bad input on the complaints pages: a clear message or a 404, nothing lost, never a 500."""

import pytest
from django.urls import reverse

from korps.complaints.models import Case
from korps.complaints.tests.factories import CaseFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "query", ["page=abc", "status=nonsense", "kind=%00", "q=" + "x" * 500, "page=99999999999"]
)
def test_a_malformed_list_query_shows_the_list(client, zone, complaints_officer, query):
    client.force_login(complaints_officer)

    response = client.get(f"/z/{zone.code}/complaints/?{query}")

    assert response.status_code == 200


@pytest.mark.parametrize(
    "data",
    [{"version": "abc", "reason": "x"}, {"version": "-1", "reason": "x"}, {"version": "9" * 30}],
)
def test_a_malformed_version_is_a_form_error(client, zone, complaints_officer, data):
    case = CaseFactory(organisation=zone)
    client.force_login(complaints_officer)

    response = client.post(
        reverse(
            "complaints_staff:case_action",
            kwargs={"zone": zone.code, "pk": case.pk, "action": "close"},
        ),
        data,
    )

    assert response.status_code == 400
    assert Case.objects.get(pk=case.pk).status == case.status


def test_an_unknown_action_or_allegation_is_a_404(client, zone, complaints_officer):
    case = CaseFactory(organisation=zone)
    client.force_login(complaints_officer)
    base = {"zone": zone.code, "pk": case.pk}

    unknown = client.post(
        reverse("complaints_staff:case_action", kwargs={**base, "action": "explode"})
    )
    no_allegation = client.post(
        reverse("complaints_staff:case_action", kwargs={**base, "action": "outcome"}),
        {"prefix": "a424242"},
    )
    bad_prefix = client.post(
        reverse("complaints_staff:case_action", kwargs={**base, "action": "outcome"}),
        {"prefix": "a1e9"},
    )

    assert unknown.status_code == no_allegation.status_code == 404
    assert bad_prefix.status_code == 400


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "2026-02-30", "gisteren"])
def test_a_day_out_of_range_keeps_the_report(client, zone, day):
    response = client.post(
        f"/complaints/{zone.code}/",
        {"kind": "complaint", "what": "Mijn verhaal.", "anonymous": "1", "occurred_on": day},
    )

    assert response.status_code == 400
    assert "Mijn verhaal." in response.text and not Case.objects.exists()


def test_a_receipt_code_of_any_shape_gets_the_one_answer(client, zone):
    for code in ["", "%00", "x" * 41, "DROP TABLE", "ÄÖÜ-ß"]:
        response = client.post(f"/complaints/{zone.code}/follow/", {"code": code})
        assert response.status_code == 200
