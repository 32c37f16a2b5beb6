import datetime as dt

import pytest
from django.urls import reverse

from korps.audit.models import AuditEntry
from korps.audit.services import audit_record

pytestmark = pytest.mark.django_db


def log_url(zone):
    return reverse("audit:log", kwargs={"zone": zone.code})


def actions_shown(response) -> list[str]:
    return [entry.action for entry in response.context["page"].object_list]


def test_zone_admin_filters_the_trail_by_a_translated_action(client, zone, zone_admin, recruiter):
    audit_record(actor=recruiter, action="guidance.candidate.read", organisation=zone)
    audit_record(actor=recruiter, action="events.signup.created", organisation=zone)
    client.force_login(zone_admin)

    response = client.get(log_url(zone), {"action": "guidance.candidate.read"})

    assert actions_shown(response) == ["guidance.candidate.read"]
    assert '<option value="guidance.candidate.read" selected>Kandidaat bekeken</option>' in (
        response.text
    )


def test_the_trail_shows_labels_not_raw_codes(client, zone, zone_admin, recruiter):
    audit_record(actor=recruiter, action="guidance.candidate.read", organisation=zone)
    audit_record(actor=recruiter, action="guidance.candidate.erased", organisation=zone)
    client.force_login(zone_admin)

    response = client.get(log_url(zone))

    assert "Kandidaat bekeken" in response.text
    assert "Kandidaat: gewist" in response.text
    assert "guidance.candidate.read<" not in response.text
    assert "<code>" not in response.text


def test_the_filtered_trail_is_exported_and_the_export_audited(client, zone, zone_admin, recruiter):
    audit_record(actor=recruiter, action="guidance.candidate.read", organisation=zone)
    audit_record(actor=recruiter, action="events.signup.created", organisation=zone)
    client.force_login(zone_admin)

    response = client.get(
        reverse("audit:log_csv", kwargs={"zone": zone.code}), {"action": "guidance.candidate.read"}
    )

    body = response.content.decode("utf-8-sig")
    assert "Kandidaat bekeken" in body and "guidance.candidate.read" in body
    assert "events.signup.created" not in body
    exported = AuditEntry.objects.get(action="audit.trail.exported")
    assert exported.actor == zone_admin and exported.data["rows"] == 1
    xlsx = client.get(reverse("audit:log_xlsx", kwargs={"zone": zone.code}))
    assert xlsx.status_code == 200


def test_the_export_names_the_record_type_in_the_readers_language_next_to_its_code(
    client, zone, zone_admin
):
    audit_record(
        actor=zone_admin, action="organisations.zone.updated", organisation=zone, target=zone
    )
    client.force_login(zone_admin)

    body = client.get(reverse("audit:log_csv", kwargs={"zone": zone.code})).content.decode(
        "utf-8-sig"
    )

    header, *lines = [line for line in body.splitlines() if line]
    assert "Soort record" in header and "Code soort record" in header
    row = next(line for line in lines if "organisations.organisation" in line)
    assert "Zone" in row.replace("organisations.organisation", "")


def test_an_unknown_action_in_the_filter_is_explained_not_a_500(client, zone, zone_admin):
    client.force_login(zone_admin)

    response = client.get(log_url(zone), {"action": "no.such.code"})

    assert response.status_code == 200
    assert response.context["form"].errors


def test_the_trail_shows_only_the_zones_own_entries(client, zone, other_zone, zone_admin):
    audit_record(actor=None, action="here.thing.read", organisation=zone)
    audit_record(actor=None, action="there.thing.read", organisation=other_zone)
    client.force_login(zone_admin)

    response = client.get(log_url(zone))

    assert actions_shown(response) == ["here.thing.read"]


def test_a_reversed_date_range_is_explained(client, zone, zone_admin):
    client.force_login(zone_admin)

    response = client.get(log_url(zone), {"since": "2026-05-02", "until": "2026-05-01"})

    assert response.status_code == 200
    assert response.context["form"].errors


def test_the_trail_filters_by_day(client, zone, zone_admin, time_machine):
    time_machine.move_to(dt.datetime(2026, 3, 1, 10, tzinfo=dt.UTC))
    audit_record(actor=None, action="old.thing.read", organisation=zone)
    time_machine.move_to(dt.datetime(2026, 3, 5, 10, tzinfo=dt.UTC))
    audit_record(actor=None, action="new.thing.read", organisation=zone)
    client.force_login(zone_admin)

    response = client.get(log_url(zone), {"since": "2026-03-04"})

    assert actions_shown(response) == ["new.thing.read"]


def test_the_trail_pages_and_runs_a_bounded_number_of_queries(
    client, zone, zone_admin, django_assert_max_num_queries
):
    for number in range(120):
        audit_record(actor=zone_admin, action=f"x.thing{number}.read", organisation=zone)
    client.force_login(zone_admin)

    with django_assert_max_num_queries(12):
        response = client.get(log_url(zone), {"page": 2})

    assert response.context["page"].number == 2
    assert len(response.context["page"].object_list) == 50
