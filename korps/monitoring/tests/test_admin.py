"""Issue 10, finding 4: who changed the limits of the monitoring, from what, to what."""

import pytest
from django.urls import reverse

from korps.audit.models import AuditEntry
from korps.monitoring.models import MonitoringSettings

pytestmark = pytest.mark.django_db


def test_a_changed_suppression_threshold_is_audited_with_before_and_after(client, zone, zone_admin):
    zone.suppression_threshold = 6
    zone.save(update_fields=["suppression_threshold"])
    client.force_login(zone_admin)

    response = client.post(
        reverse("admin:organisations_organisation_change", args=[zone.pk]),
        {
            "name": zone.name,
            "code": zone.code,
            "kind": zone.kind,
            "default_language": "nl",
            "languages": '["nl", "fr", "en"]',
            # Raised: a zone may raise the instance's floor, never lower it.
            "suppression_threshold": 8,
            "municipalities-TOTAL_FORMS": 0,
            "municipalities-INITIAL_FORMS": 0,
        },
    )

    assert response.status_code == 302
    zone.refresh_from_db()
    assert zone.suppression_threshold == 8
    entry = AuditEntry.objects.get(action="organisations.organisation.changed")
    assert (entry.actor, entry.organisation) == (zone_admin, zone)
    assert entry.data["changes"] == {"suppression_threshold": [6, 8]}


def test_monitoring_settings_are_written_and_changed_with_audit_rows(client, zone, zone_admin):
    client.force_login(zone_admin)

    adding = client.post(
        reverse("admin:monitoring_monitoringsettings_add"),
        {"organisation": zone.pk, "adverse_impact_ratio": 0.8, "small_group": 10},
    )
    changing = client.post(
        reverse("admin:monitoring_monitoringsettings_change", args=[zone.pk]),
        {"organisation": zone.pk, "adverse_impact_ratio": 0.75, "small_group": 10},
    )

    assert (adding.status_code, changing.status_code) == (302, 302)
    assert MonitoringSettings.objects.get(organisation=zone).adverse_impact_ratio == 0.75
    created = AuditEntry.objects.get(action="monitoring.monitoringsettings.created")
    changed = AuditEntry.objects.get(action="monitoring.monitoringsettings.changed")
    assert created.actor == changed.actor == zone_admin
    assert changed.data["changes"] == {"adverse_impact_ratio": [0.8, 0.75]}


def _origin_category(organisation):
    return {"organisation": organisation.pk, "order": 1, "code": "eu", "label_0": "EU"}


def test_an_origin_category_is_added_with_an_audit_row(client, zone, zone_admin):
    client.force_login(zone_admin)

    response = client.post(reverse("admin:monitoring_origincategory_add"), _origin_category(zone))

    assert response.status_code == 302
    entry = AuditEntry.objects.get(action="monitoring.origincategory.created")
    assert (entry.actor, entry.organisation) == (zone_admin, zone)
    assert entry.data["values"]["label"] == {"nl": "EU"}


def test_an_origin_category_of_another_zone_cannot_be_made(client, zone, other_zone, zone_admin):
    client.force_login(zone_admin)

    response = client.post(
        reverse("admin:monitoring_origincategory_add"), _origin_category(other_zone)
    )

    assert response.status_code == 200  # the form again, with its error
    assert list(response.context_data["adminform"].form.errors) == ["organisation"]
    assert not AuditEntry.objects.filter(action="monitoring.origincategory.created").exists()


@pytest.mark.parametrize("lowered", [1, 0, 4])
def test_the_back_office_cannot_lower_the_threshold_below_the_instance_floor(
    client, zone, zone_admin, lowered
):
    """Found by an outside probe: a zone administrator saved a threshold of 1 (and 0) in the
    back office, and the analyst's exports then showed counts of 1 and 2."""
    client.force_login(zone_admin)

    response = client.post(
        reverse("admin:organisations_organisation_change", args=[zone.pk]),
        {
            "name": zone.name,
            "code": zone.code,
            "kind": zone.kind,
            "default_language": "nl",
            "languages": '["nl", "fr", "en"]',
            "suppression_threshold": lowered,
            "municipalities-TOTAL_FORMS": 0,
            "municipalities-INITIAL_FORMS": 0,
        },
    )

    assert response.status_code == 200  # the form again, with its error
    zone.refresh_from_db()
    assert zone.suppression_threshold in (None, 5)
