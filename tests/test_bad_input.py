"""Addresses that gave a server error on bad query input (finding 9): each now answers
with a redirect, a 404 or the page with a clear message."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_opening_the_practice_start_address_goes_back_to_the_practice_page(client, zone):
    response = client.get(f"/careers/{zone.code}/practice/1/start/")

    assert response.status_code == 302
    assert response["Location"] == reverse("careers:practice", kwargs={"zone": zone.code})


@pytest.mark.parametrize(
    "query", ["lead=abc", "signup=1e9", "lead=99999999999999999999", "signup=-3", "lead=424242"]
)
def test_a_malformed_or_unknown_origin_of_a_new_candidate_is_a_404(
    client, zone, diversity_manager, query
):
    client.force_login(diversity_manager)

    response = client.get(f"/z/{zone.code}/candidates/new/?{query}")

    assert response.status_code == 404


def test_an_audit_search_from_year_one_is_refused_with_a_message(client, zone, zone_admin):
    client.force_login(zone_admin)

    response = client.get(f"/z/{zone.code}/audit/?since=0001-01-01", HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 200
    assert "greater than or equal to" in response.text


@pytest.mark.parametrize("query", ["end=0001-01", "start=0001-01", "start=9999-12", "end=9999-99"])
def test_a_report_period_out_of_range_is_refused_with_a_message(client, zone, zone_admin, query):
    client.force_login(zone_admin)

    response = client.get(f"/z/{zone.code}/monitoring/?{query}", HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 200
    assert response.context["period_form"].errors
