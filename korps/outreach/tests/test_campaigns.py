import datetime as dt
from decimal import Decimal

import pytest
from django.urls import reverse

from korps.audit.models import AuditEntry
from korps.outreach.models import Action, Campaign, Channel, Wave
from korps.outreach.tests.factories import ActionFactory, CampaignFactory, WaveFactory

pytestmark = pytest.mark.django_db


def url(name, zone, **kwargs):
    return reverse(f"outreach_staff:{name}", kwargs={"zone": zone.code, **kwargs})


def test_a_diversity_manager_creates_a_campaign(client, zone, diversity_manager):
    client.force_login(diversity_manager)

    response = client.post(
        url("campaign_create", zone),
        {
            "name": "Wij hebben jou nodig",
            "goals": "Meer vrouwen",
            "target_groups": "Jongeren",
            "starts_on": "2026-03-01",
            "ends_on": "2026-06-30",
            "budget": "12000",
            "owner": diversity_manager.pk,
        },
    )

    campaign = Campaign.objects.get()
    assert response.status_code == 302
    assert response["Location"] == url("campaign", zone, pk=campaign.pk)
    assert campaign.organisation == zone and campaign.budget == Decimal("12000")
    assert AuditEntry.objects.filter(action="outreach.campaign.created").exists()


def test_a_campaign_cannot_end_before_it_starts(client, zone, recruiter):
    client.force_login(recruiter)

    response = client.post(
        url("campaign_create", zone),
        {"name": "X", "starts_on": "2026-03-01", "ends_on": "2026-02-01", "budget": "0"},
    )

    assert response.status_code == 200
    assert "ends_on" in response.context["form"].errors
    assert not Campaign.objects.exists()


def test_waves_and_actions_are_added_and_actions_get_a_unique_code(client, zone, recruiter):
    client.force_login(recruiter)
    campaign = CampaignFactory(organisation=zone)

    client.post(
        url("wave_create", zone, pk=campaign.pk),
        {"name": "Golf 1", "starts_on": "2026-03-01", "ends_on": "2026-03-31"},
    )
    wave = Wave.objects.get()
    for channel in (Channel.POSTER, Channel.SCHOOL_VISIT):
        response = client.post(
            url("action_create", zone, pk=wave.pk),
            {
                "channel": channel,
                "date": "2026-03-05",
                "cost": "250.50",
                "impressions": "0",
                "clicks": "0",
                "place": "Station",
            },
        )
        assert response.status_code == 302

    codes = list(Action.objects.values_list("code", flat=True))
    assert len(codes) == 2 and len(set(codes)) == 2
    assert all(len(code) == 6 and code.isalnum() and code == code.lower() for code in codes)
    detail = client.get(url("campaign", zone, pk=campaign.pk))
    assert all(f"/r/{code}" in detail.text for code in codes)


def test_an_action_may_only_name_ambassadors_of_the_zone(client, zone, recruiter, member):
    from korps.organisations.roles import Role

    client.force_login(recruiter)
    wave = WaveFactory(campaign__organisation=zone)
    ours = member(Role.AMBASSADOR, email="ours@testrode.test")
    mentor = member(Role.MENTOR)

    response = client.post(
        url("action_create", zone, pk=wave.pk),
        {
            "channel": Channel.JOB_FAIR,
            "date": "2026-03-05",
            "cost": "0",
            "impressions": "0",
            "clicks": "0",
            "ambassadors": [ours.pk, mentor.pk],
        },
    )

    assert response.status_code == 200
    assert "ambassadors" in response.context["form"].errors
    response = client.post(
        url("action_create", zone, pk=wave.pk),
        {
            "channel": Channel.JOB_FAIR,
            "date": "2026-03-05",
            "cost": "0",
            "impressions": "0",
            "clicks": "0",
            "ambassadors": [ours.pk],
        },
    )
    assert list(Action.objects.get().ambassadors.all()) == [ours]


def test_another_zones_campaign_is_not_found(client, zone, other_zone, recruiter):
    client.force_login(recruiter)
    campaign = CampaignFactory(organisation=other_zone)

    assert client.get(url("campaign", zone, pk=campaign.pk)).status_code == 404
    assert client.get(url("campaign_edit", zone, pk=campaign.pk)).status_code == 404


def test_the_campaign_list_searches_and_pages(client, zone, analyst):
    client.force_login(analyst)
    CampaignFactory(organisation=zone, name="The Force")
    for n in range(30):
        CampaignFactory(organisation=zone, name=f"Campagne {n}", starts_on=dt.date(2025, 1, 1))

    found = client.get(url("campaigns", zone), {"q": "force"})
    first = client.get(url("campaigns", zone))

    assert [c.name for c in found.context["page"].object_list] == ["The Force"]
    assert first.context["page"].paginator.count == 31
    assert len(first.context["page"].object_list) == 25


def test_the_campaign_list_takes_few_queries(client, zone, analyst, django_assert_max_num_queries):
    client.force_login(analyst)
    for _n in range(10):
        ActionFactory(wave__campaign__organisation=zone)
    client.get(url("campaigns", zone))

    with django_assert_max_num_queries(12):
        response = client.get(url("campaigns", zone))

    assert response.status_code == 200
    assert response.context["page"].object_list[0].action_count == 1


def test_the_qr_page_shows_the_full_short_link(client, zone, analyst):
    client.force_login(analyst)
    action = ActionFactory(wave__campaign__organisation=zone, code="qr1234")

    response = client.get(url("action_qr", zone, pk=action.pk))

    assert "http://testserver/r/qr1234" in response.text
    assert "<svg" in response.text


@pytest.mark.parametrize(
    ("kind", "content_type", "start"),
    [
        ("png", "image/png", b"\x89PNG"),
        ("svg", "image/svg+xml", b"<?xml"),
        ("pdf", "application/pdf", b"%PDF"),
    ],
)
def test_the_qr_code_downloads_as_png_svg_and_pdf_for_designers(
    client, zone, analyst, kind, content_type, start
):
    client.force_login(analyst)
    action = ActionFactory(wave__campaign__organisation=zone, code="qr1234")

    page = client.get(url("action_qr", zone, pk=action.pk))
    response = client.get(url("action_qr_download", zone, pk=action.pk, kind=kind))

    assert url("action_qr_download", zone, pk=action.pk, kind=kind) in page.text
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert response["Content-Disposition"] == f'attachment; filename="qr-qr1234.{kind}"'
    assert response.content.startswith(start)


def test_an_unknown_qr_format_is_not_found(client, zone, analyst):
    client.force_login(analyst)
    action = ActionFactory(wave__campaign__organisation=zone, code="qr1234")

    assert client.get(url("action_qr_download", zone, pk=action.pk, kind="gif")).status_code == 404
