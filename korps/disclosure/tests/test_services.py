import pytest
from django.core.exceptions import ValidationError

from korps.audit.models import AuditEntry
from korps.disclosure.services import suppression_threshold_set
from korps.organisations.models import Organisation

pytestmark = pytest.mark.django_db


def test_a_zone_cannot_lower_the_threshold_below_the_instance_floor(zone, zone_admin, settings):
    settings.KORPS_SUPPRESSION_THRESHOLD = 5

    with pytest.raises(ValidationError) as refused:
        suppression_threshold_set(organisation=zone, threshold=1, acting_user=zone_admin)

    assert "suppression_threshold" in refused.value.message_dict
    zone.refresh_from_db()
    assert zone.suppression_threshold is None
    assert zone.effective_suppression_threshold == 5
    assert not AuditEntry.objects.filter(action="disclosure.threshold.change").exists()


def test_a_zone_may_raise_the_threshold_and_the_change_is_audited(zone, zone_admin, settings):
    settings.KORPS_SUPPRESSION_THRESHOLD = 5

    suppression_threshold_set(organisation=zone, threshold=10, acting_user=zone_admin)

    zone.refresh_from_db()
    assert zone.effective_suppression_threshold == 10
    entry = AuditEntry.objects.get(action="disclosure.threshold.change")
    assert entry.actor == zone_admin
    assert entry.data == {
        "before": {"own": None, "effective": 5},
        "after": {"own": 10, "effective": 10},
    }


def test_a_threshold_written_around_the_service_never_lowers_the_effective_one(zone, settings):
    # A path that skips clean() (a bulk update, a raw form) still cannot switch suppression
    # off: the effective threshold is never below the floor.
    settings.KORPS_SUPPRESSION_THRESHOLD = 5
    Organisation.objects.filter(pk=zone.pk).update(suppression_threshold=1)
    zone.refresh_from_db()

    assert zone.effective_suppression_threshold == 5


def test_the_floor_of_the_instance_rises_above_an_older_zone_setting(zone, settings):
    settings.KORPS_SUPPRESSION_THRESHOLD = 5
    Organisation.objects.filter(pk=zone.pk).update(suppression_threshold=7)
    zone.refresh_from_db()
    settings.KORPS_SUPPRESSION_THRESHOLD = 10

    assert zone.effective_suppression_threshold == 10
    with pytest.raises(ValidationError):
        zone.full_clean()
