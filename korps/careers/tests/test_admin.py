"""Issue 10, findings 2 and 4, for the career site's back office: leads are read-only and every
look at one is audited; job texts are written through the configuration service."""

import pytest
from django.urls import reverse

from korps.audit.models import AuditEntry
from korps.careers.models import Job, Lead

pytestmark = pytest.mark.django_db


def test_opening_a_lead_in_the_back_office_is_an_audited_read(client, zone, zone_admin):
    lead = Lead.objects.create(
        organisation=zone, name="Nora Geïnteresseerd", email="nora@mail.test", language="nl"
    )
    client.force_login(zone_admin)

    response = client.get(reverse("admin:careers_lead_change", args=[lead.pk]))

    assert response.status_code == 200
    assert 'name="name"' not in response.text  # read-only
    entry = AuditEntry.objects.get(action="careers.lead.read")
    assert (entry.actor, entry.target_id, entry.organisation) == (zone_admin, str(lead.pk), zone)


def test_a_lead_cannot_be_deleted_in_the_back_office(client, zone, zone_admin):
    lead = Lead.objects.create(organisation=zone, name="N", email="n@mail.test", language="nl")
    client.force_login(zone_admin)

    response = client.post(reverse("admin:careers_lead_delete", args=[lead.pk]), {"post": "yes"})

    assert response.status_code == 403
    assert Lead.objects.filter(pk=lead.pk).exists()


def test_a_changed_job_text_is_audited_with_before_and_after(client, zone, zone_admin):
    job = Job.objects.create(organisation=zone, slug="inspecteur", name={"nl": "Inspecteur"})
    client.force_login(zone_admin)

    response = client.post(
        reverse("admin:careers_job_change", args=[job.pk]),
        {
            "organisation": zone.pk,
            "slug": "inspecteur",
            "name": '{"nl": "Inspecteur van politie"}',
            "summary": "{}",
            "order": 0,
            "is_published": "on",
            "criteria-TOTAL_FORMS": 0,
            "criteria-INITIAL_FORMS": 0,
        },
    )

    assert response.status_code == 302, response.context_data["adminform"].form.errors
    entry = AuditEntry.objects.get(action="careers.job.changed")
    assert entry.actor == zone_admin
    assert entry.data["changes"]["name"] == [{"nl": "Inspecteur"}, {"nl": "Inspecteur van politie"}]


def test_a_list_of_leads_in_the_back_office_is_an_audited_read(client, zone, zone_admin):
    lead = Lead.objects.create(organisation=zone, name="N", email="n@mail.test", language="nl")
    client.force_login(zone_admin)

    response = client.get(reverse("admin:careers_lead_changelist"), {"q": "N"})

    assert response.status_code == 200
    entry = AuditEntry.objects.get(action="careers.lead.listed")
    assert (entry.actor, entry.organisation) == (zone_admin, zone)
    assert entry.data["records"] == [str(lead.pk)]
    assert entry.data["search"] == "N"
