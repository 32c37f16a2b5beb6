"""Issue 12, item 10: a new zone is usable at once. Creating a zone (the command or the back
office) installs the default procedure, origin categories and limits for a flag, from the one
place that holds them (korps.organisations.zone_defaults), and the demo zone uses them too."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from korps.audit.models import AuditEntry
from korps.careers.models import SelectionStep
from korps.guidance.models import ProcedureStep
from korps.monitoring.models import MonitoringSettings, OriginCategory, origin_groups
from korps.organisations.models import Organisation
from korps.organisations.tests.factories import UserFactory
from korps.organisations.zone_defaults import (
    DEFAULT_ORIGIN_CATEGORIES,
    DEFAULT_PROCEDURE,
    zone_defaults_install,
)

pytestmark = pytest.mark.django_db


def _defaults_of(zone) -> dict:
    return {
        "steps": list(
            ProcedureStep.objects.filter(organisation=zone).values_list("code", flat=True)
        ),
        "categories": list(
            OriginCategory.objects.filter(organisation=zone).values_list("code", flat=True)
        ),
        "limits": MonitoringSettings.objects.filter(organisation=zone)
        .values_list("adverse_impact_ratio", "adverse_impact_p", "small_group")
        .first(),
    }


EXPECTED = {
    "steps": [row[0] for row in DEFAULT_PROCEDURE],
    "categories": [code for code, _label in DEFAULT_ORIGIN_CATEGORIES],
    "limits": (0.8, 0.05, 20),
}


def test_the_create_zone_command_installs_the_defaults():
    out = StringIO()

    call_command(
        "create_zone",
        "noord",
        "Politiezone Noord",
        "--languages=fr,en",
        "--municipality=Noordstad",
        "--municipality=Kanaaldorp",
        stdout=out,
    )

    zone = Organisation.objects.get(code="noord")
    assert _defaults_of(zone) == EXPECTED
    assert sorted(zone.municipalities.values_list("name", flat=True)) == [
        "Kanaaldorp",
        "Noordstad",
    ]
    assert "noord" in out.getvalue()
    cognitive = ProcedureStep.objects.get(organisation=zone, code="cognitive")
    # Names in each of the zone's languages, the test steps linked to the career site.
    assert cognitive.names["nl"] == "Cognitieve proeven en taalkennis"
    assert cognitive.names["fr"] != cognitive.names["nl"]
    assert cognitive.career_step == SelectionStep.objects.get(organisation=zone, order=1)
    belgian = OriginCategory.objects.get(organisation=zone, code="belgian")
    assert set(belgian.label) == {"nl", "fr", "en"}
    assert belgian.label["nl"] != belgian.label["en"]
    assert AuditEntry.objects.filter(
        action="organisations.zone.defaults_installed", organisation=zone
    ).exists()


def test_a_bad_zone_code_gives_a_clear_message_and_no_zone():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="not created"):
        call_command("create_zone", "no spaces allowed", "Zone", stdout=StringIO())

    assert not Organisation.objects.exists()


def test_a_zone_added_in_the_back_office_by_a_site_operator_gets_the_defaults(client):
    operator = UserFactory(email="operator@korps.test", is_superuser=True, is_staff=True)
    client.force_login(operator)

    response = client.post(
        reverse("admin:organisations_organisation_add"),
        {
            "name": "Politiezone Zuid",
            "code": "zuid",
            "kind": "zone",
            "default_language": "fr",
            "languages": '["fr", "nl"]',
            "suppression_threshold": "",
            "municipalities-TOTAL_FORMS": 1,
            "municipalities-INITIAL_FORMS": 0,
            "municipalities-0-name": "Zuidstad",
        },
    )

    assert response.status_code == 302, response.content[:2000]
    zone = Organisation.objects.get(code="zuid")
    assert _defaults_of(zone) == EXPECTED
    assert ProcedureStep.objects.get(organisation=zone, code="physical").names["fr"]
    assert zone.municipalities.get().name == "Zuidstad"


def test_the_zone_adjusts_its_defaults_and_installing_again_keeps_them(zone):
    zone_defaults_install(organisation=zone)
    step = ProcedureStep.objects.get(organisation=zone, code="physical")
    step.retry_wait_days = 30
    step.save()
    OriginCategory.objects.filter(organisation=zone, code="eu").delete()

    installed = zone_defaults_install(organisation=zone)

    assert installed == []
    assert ProcedureStep.objects.filter(organisation=zone).count() == len(DEFAULT_PROCEDURE)
    assert ProcedureStep.objects.get(pk=step.pk).retry_wait_days == 30
    assert [code for code, _label in origin_groups(zone)] == ["belgian", "non_eu", "not_said"]


def test_the_demo_zone_starts_from_the_same_defaults():
    from korps.core.demo import DEMO_ZONE_CODE

    call_command("seed_demo", stdout=StringIO())

    zone = Organisation.objects.get(code=DEMO_ZONE_CODE)
    assert _defaults_of(zone) == EXPECTED
