import csv
import datetime as dt
import io
import zipfile
from decimal import Decimal

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from korps.audit.models import AuditEntry
from korps.careers.models import Lead
from korps.events.models import SignupStatus
from korps.events.tests.factories import EventFactory, SignupFactory
from korps.outreach import charts, selectors
from korps.outreach.models import ActionVisit, Channel
from korps.outreach.tests.factories import ActionFactory, CampaignFactory, WaveFactory

pytestmark = pytest.mark.django_db


def lead(zone, source, n):
    return Lead.objects.create(
        organisation=zone,
        name="L",
        email=f"l{n}@mail.test",
        language="nl",
        source=source,
        consent_text="ok",
    )


@pytest.fixture
def campaign(zone, other_zone):
    campaign = CampaignFactory(organisation=zone)
    first = WaveFactory(campaign=campaign, name="Golf 1", starts_on=dt.date(2026, 3, 1))
    second = WaveFactory(campaign=campaign, name="Golf 2", starts_on=dt.date(2026, 5, 1))
    ad = ActionFactory(
        wave=first,
        code="ad0001",
        channel=Channel.SOCIAL_AD,
        cost=Decimal("300"),
        impressions=10000,
        clicks=400,
    )
    poster = ActionFactory(wave=first, code="pst001", channel=Channel.POSTER, cost=Decimal("100"))
    fair = ActionFactory(
        wave=second, code="fair01", channel=Channel.JOB_FAIR, cost=Decimal("900"), impressions=500
    )
    ActionVisit.objects.create(action=ad, day=dt.date(2026, 3, 2), count=30)
    ActionVisit.objects.create(action=ad, day=dt.date(2026, 3, 3), count=12)
    ActionVisit.objects.create(action=fair, day=dt.date(2026, 5, 3), count=5)
    for n in range(3):
        lead(zone, "ad0001", n)
    lead(zone, "fair01", 10)
    lead(other_zone, "ad0001", 20)  # another zone's lead never counts
    event = EventFactory(organisation=zone, seats=50)
    SignupFactory(event=event, source="ad0001", checked_in_at=timezone.now())
    SignupFactory(event=event, source="ad0001")
    SignupFactory(event=event, source="ad0001", status=SignupStatus.CANCELLED)
    SignupFactory(event=event, source="fair01", checked_in_at=timezone.now())
    SignupFactory(event=event, source="other")
    return campaign, first, second, ad, poster, fair


def test_the_dashboard_counts_per_action_wave_channel_and_total(campaign):
    campaign, first, second, ad, poster, fair = campaign

    figures = selectors.campaign_dashboard(campaign=campaign)

    by_code = {row["code"]: row for row in figures["actions"]}
    assert by_code["ad0001"]["visits"] == 42
    assert by_code["ad0001"]["leads"] == 3
    assert by_code["ad0001"]["signups"] == 2
    assert by_code["ad0001"]["attended"] == 1
    assert by_code["ad0001"]["cost_per_lead"] == Decimal("100.00")
    assert by_code["ad0001"]["cost_per_attendee"] == Decimal("300.00")
    assert by_code["pst001"]["visits"] == 0 and by_code["pst001"]["cost_per_lead"] is None
    waves = {row["wave_id"]: row for row in figures["waves"]}
    assert waves[first.pk]["visits"] == 42 and waves[first.pk]["cost"] == Decimal("400")
    assert waves[first.pk]["impressions"] == 10000
    assert waves[second.pk]["leads"] == 1 and waves[second.pk]["attended"] == 1
    channels = {row["channel"]: row for row in figures["channels"]}
    assert channels[Channel.JOB_FAIR]["signups"] == 1
    total = figures["total"]
    assert (total["visits"], total["leads"], total["signups"], total["attended"]) == (47, 4, 3, 2)
    assert total["cost"] == Decimal("1300") and total["impressions"] == 10500
    assert total["applications"].value == 0 and total["hires"].value == 0


def test_the_dashboard_page_shows_figures_charts_and_takes_few_queries(
    client, zone, analyst, campaign, django_assert_max_num_queries
):
    campaign = campaign[0]
    client.force_login(analyst)
    url = reverse("outreach_staff:dashboard", kwargs={"zone": zone.code, "pk": campaign.pk})

    # 16: the page, its figures and charts, the disclosure control of applications and hires,
    # and the second factor's device (one query per staff request).
    with django_assert_max_num_queries(16):
        response = client.get(url)

    assert response.status_code == 200
    assert response.text.count("<svg") >= 2
    assert 'data-code="ad0001"' in response.text


def test_the_visits_per_day_are_summed_in_order(campaign):
    days = selectors.campaign_visits_per_day(campaign=campaign[0])

    assert [(d["day"], d["visits"]) for d in days] == [
        (dt.date(2026, 3, 2), 30),
        (dt.date(2026, 3, 3), 12),
        (dt.date(2026, 5, 3), 5),
    ]


def test_charts_are_svg():
    total = {"impressions": 10, "visits": 5, "leads": 2, "signups": 1, "attended": 1}
    assert charts.funnel_svg(total).startswith("<svg")
    assert charts.timeline_svg([{"day": dt.date(2026, 1, 1), "visits": 3}]).startswith("<svg")


def test_two_waves_are_compared_side_by_side(client, zone, analyst, campaign):
    campaign, first, second, *_ = campaign
    client.force_login(analyst)

    response = client.get(
        reverse("outreach_staff:compare", kwargs={"zone": zone.code, "pk": campaign.pk}),
        {"left": first.pk, "right": second.pk},
    )

    rows = response.context["comparison"]["rows"]
    assert rows[2][1:] == (42, 5)  # visits
    assert rows[3][1:] == (3, 1)  # leads


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_dashboard_exports_and_the_export_is_audited(client, zone, analyst, campaign, fmt):
    campaign = campaign[0]
    client.force_login(analyst)

    response = client.get(
        reverse(f"outreach_staff:dashboard_{fmt}", kwargs={"zone": zone.code, "pk": campaign.pk})
    )

    if fmt == "csv":
        # A Dutch page exports a Dutch CSV: ";" between cells.
        text = response.content.decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    else:
        sheet = load_workbook(io.BytesIO(response.content)).active
        rows = [
            [str(c) if c is not None else "" for c in row]
            for row in sheet.iter_rows(values_only=True)
        ]
    # Dutch headings, levels and channels, as the dashboard shows them; no raw keys.
    assert rows[0][:4] == ["Niveau", "Golf", "Code", "Kanaal"]
    assert rows[0][6] == "Bezoeken"
    ad = next(r for r in rows if r[2] == "ad0001")
    assert ad[0] == "Actie" and ad[6] == "42"
    assert ad[3] not in {choice.value for choice in Channel}
    assert rows[-3][0] == "Totaal"  # then an empty row and the legend of the mark
    assert AuditEntry.objects.filter(action="outreach.dashboard.exported").count() == 1


def test_the_xlsx_export_draws_the_channel_funnel_as_a_chart(client, zone, analyst, campaign):
    client.force_login(analyst)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"

    response = client.get(
        reverse("outreach_staff:dashboard_xlsx", kwargs={"zone": zone.code, "pk": campaign[0].pk})
    )

    with zipfile.ZipFile(io.BytesIO(response.content)) as book:
        charts = [name for name in book.namelist() if name.startswith("xl/charts/chart")]
        drawing = book.read(charts[0]).decode()
    assert len(charts) == 1
    assert "Per channel" in drawing
    assert drawing.count("<ser>") == 4  # leads, sign-ups, attendees, hires


def test_a_campaigns_hires_pass_the_disclosure_control(zone):
    """Issue 11, finding 3: the dashboard showed one school-visit hire with its action code,
    which the outreach report by origin and the candidate list then tied to one person."""
    from korps.disclosure.cells import MARK
    from korps.guidance.models import CandidateStatus
    from korps.guidance.tests.factories import CandidateFactory

    campaign = CampaignFactory(organisation=zone)
    wave = WaveFactory(campaign=campaign)
    school = ActionFactory(wave=wave, channel=Channel.SCHOOL_VISIT)
    fair = ActionFactory(wave=wave, channel=Channel.JOB_FAIR)
    CandidateFactory(organisation=zone, source=school.code, status=CandidateStatus.HIRED)
    for _ in range(30):
        CandidateFactory(organisation=zone, source=fair.code, status=CandidateStatus.HIRED)

    figures = selectors.campaign_dashboard(campaign=campaign)

    by_code = {row["code"]: row for row in figures["actions"]}
    assert str(by_code[school.code]["hires"]) == MARK
    channels = {row["channel"]: row for row in figures["channels"]}
    assert channels["school_visit"]["hires"].suppressed
    # The total would give the hidden one away beside the fair's 30: it is hidden too, or
    # the fair's count is.
    assert figures["total"]["hires"].suppressed or by_code[fair.code]["hires"].suppressed


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_dashboard_export_hides_a_small_actions_applications_with_the_mark(
    client, zone, analyst, fmt
):
    """Applications count people as hires do (the outreach report splits candidates per
    channel by origin): a school visit with two applicants beside a fair with thirty shows
    the mark, in the export as on the page, and the export carries the legend."""
    from korps.disclosure.cells import LEGEND, MARK
    from korps.guidance.tests.factories import CandidateFactory

    campaign = CampaignFactory(organisation=zone)
    wave = WaveFactory(campaign=campaign)
    school = ActionFactory(wave=wave, channel=Channel.SCHOOL_VISIT)
    fair = ActionFactory(wave=wave, channel=Channel.JOB_FAIR)
    for _ in range(2):
        CandidateFactory(organisation=zone, source=school.code)
    for _ in range(30):
        CandidateFactory(organisation=zone, source=fair.code)
    client.force_login(analyst)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"

    response = client.get(
        reverse(f"outreach_staff:dashboard_{fmt}", kwargs={"zone": zone.code, "pk": campaign.pk})
    )

    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    else:
        sheet = load_workbook(io.BytesIO(response.content)).active
        rows = [
            [str(c) if c is not None else "" for c in row]
            for row in sheet.iter_rows(values_only=True)
        ]
    head = rows[0]
    by_code = {row[2]: row for row in rows[1:] if row and row[0] == "Action"}
    school_row = by_code[school.code]
    assert school_row[head.index("Applications")] == MARK
    channel = next(r for r in rows if r and r[0] == "Channel" and r[3] == "School visit")
    assert channel[head.index("Applications")] == MARK
    assert rows[-1] == [str(LEGEND)] + [""] * (len(rows[-1]) - 1)
