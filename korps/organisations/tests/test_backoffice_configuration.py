"""Issue 10, finding 2: the back office stays usable for a zone's configuration, and each of
its writes goes through the configuration service with an audit row."""

import pytest
from django.urls import reverse

from korps.audit.models import AuditEntry
from korps.organisations.models import Municipality, Unit
from korps.organisations.tests.factories import UnitFactory

pytestmark = pytest.mark.django_db


def test_a_unit_is_added_and_deleted_with_audit_rows(client, zone, zone_admin):
    client.force_login(zone_admin)

    adding = client.post(
        reverse("admin:organisations_unit_add"),
        {"organisation": zone.pk, "name": "Team Haven", "kind": "team", "parent": ""},
    )
    unit = Unit.objects.get(name="Team Haven")
    deleting = client.post(
        reverse("admin:organisations_unit_delete", args=[unit.pk]), {"post": "yes"}
    )

    assert (adding.status_code, deleting.status_code) == (302, 302)
    assert not Unit.objects.filter(pk=unit.pk).exists()
    created = AuditEntry.objects.get(action="organisations.unit.created")
    deleted = AuditEntry.objects.get(action="organisations.unit.deleted")
    assert created.actor == deleted.actor == zone_admin
    assert deleted.data["values"]["name"] == "Team Haven"


def test_units_deleted_in_bulk_each_leave_an_audit_row(client, zone, zone_admin):
    units = UnitFactory.create_batch(2, organisation=zone)
    client.force_login(zone_admin)

    response = client.post(
        reverse("admin:organisations_unit_changelist"),
        {"action": "delete_selected", "_selected_action": [u.pk for u in units], "post": "yes"},
    )

    assert response.status_code == 302
    assert not Unit.objects.filter(organisation=zone).exists()
    assert AuditEntry.objects.filter(action="organisations.unit.deleted").count() == 2


def test_a_municipality_added_on_the_zone_page_goes_through_the_service(client, zone, zone_admin):
    client.force_login(zone_admin)

    response = client.post(
        reverse("admin:organisations_organisation_change", args=[zone.pk]),
        {
            "name": zone.name,
            "code": zone.code,
            "kind": zone.kind,
            "default_language": "nl",
            "languages": '["nl"]',
            "suppression_threshold": "",
            "municipalities-TOTAL_FORMS": 1,
            "municipalities-INITIAL_FORMS": 0,
            "municipalities-0-name": "Waterkant",
            "municipalities-0-statistical_code": "",
        },
    )

    assert response.status_code == 302
    assert Municipality.objects.filter(organisation=zone, name="Waterkant").exists()
    entry = AuditEntry.objects.get(action="organisations.municipality.created")
    assert (entry.actor, entry.organisation) == (zone_admin, zone)
