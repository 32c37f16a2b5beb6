import datetime as dt

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from korps.audit.models import AuditEntry
from korps.outreach.models import Action, ActionReach
from korps.outreach.reach_csv import parse
from korps.outreach.tests.factories import ActionFactory

pytestmark = pytest.mark.django_db

HEADER = "date,action code,impressions,clicks\n"


def upload(client, zone, text, encoding="utf-8"):
    data = text.encode(encoding) if isinstance(text, str) else text
    return client.post(
        reverse("outreach_staff:reach_import", kwargs={"zone": zone.code}),
        {"file": SimpleUploadedFile("reach.csv", data, content_type="text/csv")},
    )


def confirm(client, zone):
    return client.post(
        reverse("outreach_staff:reach_import", kwargs={"zone": zone.code}), {"confirm": "1"}
    )


@pytest.fixture
def actions(zone):
    return (
        ActionFactory(wave__campaign__organisation=zone, code="fb0001"),
        ActionFactory(wave__campaign__organisation=zone, code="sp0001", impressions=7),
    )


def test_a_good_file_shows_a_preview_then_imports_on_confirmation(client, zone, recruiter, actions):
    client.force_login(recruiter)
    text = HEADER + "2026-03-01,fb0001,1000,40\n02/03/2026,fb0001,500,10\n03-03-2026,sp0001,20,1\n"

    preview = upload(client, zone, text)

    assert preview.status_code == 200
    items = {item["action"].code: item for item in preview.context["preview"]}
    assert items["fb0001"]["impressions_after"] == 1500
    assert items["sp0001"]["impressions_before"] == 7
    assert not ActionReach.objects.exists()

    confirm(client, zone)

    fb = Action.objects.get(code="fb0001")
    assert (fb.impressions, fb.clicks) == (1500, 50)
    assert ActionReach.objects.count() == 3
    assert AuditEntry.objects.filter(action="outreach.reach.imported").exists()


def test_importing_the_same_day_again_replaces_it(client, zone, recruiter, actions):
    client.force_login(recruiter)
    upload(client, zone, HEADER + "2026-03-01,fb0001,1000,40\n")
    confirm(client, zone)

    upload(client, zone, HEADER + "2026-03-01,fb0001,1200,41\n")
    confirm(client, zone)

    assert Action.objects.get(code="fb0001").impressions == 1200


@pytest.mark.parametrize(
    "encoding,text",
    [
        ("utf-8-sig", HEADER + "2026-03-01,fb0001,1000,40\n"),
        ("cp1252", "Date;Action code;Impressions;Clicks\n01/03/2026;fb0001;1.000;40\n"),
    ],
)
def test_bom_and_windows_files_are_read(encoding, text, actions):
    parsed = parse(text.encode(encoding), {"fb0001"})

    assert not parsed.errors
    assert parsed.rows[0].day == dt.date(2026, 3, 1) and parsed.rows[0].impressions == 1000


def test_a_windows_file_with_accents_is_read(actions):
    text = "date;action code;impressions;clicks;campagne\n01/03/2026;fb0001;5;1;Été\n"

    parsed = parse(text.encode("cp1252"), {"fb0001"})

    assert not parsed.errors


@pytest.mark.parametrize(
    "text,line,word",
    [
        ("date,impressions,clicks\n2026-03-01,1,1\n", 1, "action code"),
        (HEADER + "2026-03-01,fb0001,1000\n", 2, "Missing column"),
        (HEADER + "2026-03-01,nope99,1000,4\n", 2, "Unknown action code"),
        (HEADER + "2026-03-01,fb0001,veel,4\n", 2, "Bad number"),
        (HEADER + "2026-03-01,fb0001,-5,4\n", 2, "Bad number"),
        (HEADER + "2026-31-01,fb0001,10,4\n", 2, "Bad date"),
        (HEADER + "2026-03-01,fb0001,10,4\n2026-03-01,fb0001,10,4\n", 3, "Duplicate row"),
    ],
)
def test_each_bad_line_is_reported_and_nothing_is_imported(
    client, zone, recruiter, actions, text, line, word
):
    client.force_login(recruiter)
    # The messages are checked in English, the source language.
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"

    response = upload(client, zone, text)

    assert response.status_code == 400
    errors = response.context["errors"]
    with translation.override("en"):
        assert any(number == line and word in str(problem) for number, problem in errors), [
            (number, str(problem)) for number, problem in errors
        ]
    assert 'id="import-errors"' in response.text
    assert not ActionReach.objects.exists()
    assert confirm(client, zone).status_code == 302
    assert not ActionReach.objects.exists()


def test_one_bad_line_among_good_ones_imports_nothing(client, zone, recruiter, actions):
    client.force_login(recruiter)
    text = HEADER + "2026-03-01,fb0001,10,4\n2026-03-02,fb0001,x,4\n2026-03-03,sp0001,1,0\n"

    response = upload(client, zone, text)

    assert [number for number, _problem in response.context["errors"]] == [3]
    assert "preview" not in response.context
    assert Action.objects.get(code="fb0001").impressions == 0


def test_another_zones_codes_are_unknown(client, zone, other_zone, recruiter):
    client.force_login(recruiter)
    ActionFactory(wave__campaign__organisation=other_zone, code="elders")

    response = upload(client, zone, HEADER + "2026-03-01,elders,10,4\n")

    assert response.status_code == 400


def test_a_column_named_twice_is_refused_by_name(client, zone, recruiter, actions):
    client.force_login(recruiter)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    text = "date,action code,impressions,clicks,clicks\n2026-03-01,fb0001,1000,40,50\n"

    response = upload(client, zone, text)

    assert response.status_code == 400
    assert response.context["errors"][0][0] == 1
    assert "clicks" in response.context["errors"][0][1]
    assert "twice" in response.context["errors"][0][1]


@pytest.mark.parametrize("number", ["12345678901234567890", "3000000000"])
def test_a_number_above_the_largest_the_database_keeps_is_refused_with_its_line(
    client, zone, recruiter, actions, number
):
    client.force_login(recruiter)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    text = HEADER + f"2026-03-01,fb0001,1000,40\n2026-03-02,fb0001,{number},40\n"

    preview = upload(client, zone, text)
    confirmed = confirm(client, zone)

    assert preview.status_code == 400
    assert [(line, "too large" in message) for line, message in preview.context["errors"]] == [
        (3, True)
    ]
    assert confirmed.status_code == 302
    assert not ActionReach.objects.exists()


def test_days_that_add_up_past_the_largest_number_import_nothing(client, zone, recruiter, actions):
    client.force_login(recruiter)
    text = HEADER + "2026-03-01,fb0001,2000000000,40\n2026-03-02,fb0001,2000000000,40\n"
    upload(client, zone, text)

    response = confirm(client, zone)

    assert response.status_code == 302
    assert not ActionReach.objects.exists()
    assert Action.objects.get(code="fb0001").impressions == 0
