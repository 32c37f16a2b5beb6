"""The pages tests/test_dutch_pages.py cannot open with a GET (the receipt after a report and
the complainant's case page, both answers to a POST) show no English and no raw code in
Dutch, nor does the case page of a handled case."""

import pytest
from django.urls import reverse

from korps.complaints import services
from korps.complaints.models import Case, ComplaintCategory, Outcome, Route
from korps.complaints.zone_defaults import categories_install
from korps.core.testing.dutch import findings

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def in_dutch(client, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "nl"


def test_the_receipt_and_the_complainants_pages_are_dutch(client, zone, complaints_officer):
    categories_install(zone)
    receipt = client.post(
        reverse("complaints:report", kwargs={"zone": zone.code}),
        {"kind": "discrimination", "what": "Mijn verhaal.", "anonymous": "1"},
    )
    assert receipt.status_code == 200
    assert not findings(receipt.text)
    start = receipt.text.index("data-receipt-code>") + len("data-receipt-code>")
    code = receipt.text[start : receipt.text.index("<", start)]
    case = Case.objects.get()
    services.case_route(
        case=case, version=1, route=Route.CONVERSATION, note="Dag!", acting_user=complaints_officer
    )
    allegation = services.allegation_add(
        case=case,
        version=2,
        category=ComplaintCategory.objects.get(organisation=zone, code="discrimination"),
        ground="origin",
        acting_user=complaints_officer,
    )
    services.allegation_decide(
        allegation=allegation,
        version=3,
        outcome=Outcome.PARTLY,
        reasons="Deels terecht.",
        acting_user=complaints_officer,
    )
    services.case_close(case=case, version=4, reason="Afgerond.", acting_user=complaints_officer)

    page = client.post(reverse("complaints:follow", kwargs={"zone": zone.code}), {"code": code})

    assert page.status_code == 200
    assert "Gedeeltelijk gegrond" in page.text
    assert not findings(page.text)

    client.force_login(complaints_officer)
    staff_page = client.get(
        reverse("complaints_staff:case", kwargs={"zone": zone.code, "pk": case.pk})
    )
    assert staff_page.status_code == 200
    assert not findings(staff_page.text)
