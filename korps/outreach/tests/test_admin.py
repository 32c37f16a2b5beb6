"""Issue 10, findings 1 and 4, for outreach's back office: the ambassador form offers only the
zone's own people; opening a question someone asked is an audited read."""

import pytest
from django.urls import reverse

from korps.audit.models import AuditEntry
from korps.organisations.roles import Role
from korps.outreach.tests.factories import AmbassadorQuestionFactory

pytestmark = pytest.mark.django_db


def test_the_ambassador_form_does_not_list_other_zones_people(
    client, zone, other_zone, zone_admin, member
):
    member(Role.AMBASSADOR, full_name="Lotte Dichtbij")
    member(Role.AMBASSADOR, organisation=other_zone, full_name="Vera Verweg")
    client.force_login(zone_admin)

    response = client.get(reverse("admin:outreach_ambassadorprofile_add"))

    assert response.status_code == 200
    assert "Lotte Dichtbij" in response.text
    assert "Vera Verweg" not in response.text


def test_opening_a_question_in_the_back_office_is_an_audited_read(client, zone, zone_admin):
    question = AmbassadorQuestionFactory(organisation=zone)
    client.force_login(zone_admin)

    response = client.get(reverse("admin:outreach_ambassadorquestion_change", args=[question.pk]))

    assert response.status_code == 200
    entry = AuditEntry.objects.get(action="outreach.ambassadorquestion.read")
    assert (entry.actor, entry.target_id) == (zone_admin, str(question.pk))
