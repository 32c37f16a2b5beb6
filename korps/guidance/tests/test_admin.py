"""Issue 10, finding 1, for guidance's back office: the mentor form offers only people whose
every role is in the administrator's zone."""

import pytest
from django.urls import reverse

from korps.organisations.roles import Role
from korps.organisations.tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db


def test_the_mentor_form_does_not_list_other_zones_people(
    client, zone, other_zone, zone_admin, member
):
    member(Role.MENTOR, full_name="Yusuf Dichtbij")
    member(Role.MENTOR, organisation=other_zone, full_name="Vera Verweg")
    twofold = member(
        Role.MENTOR, organisation=other_zone, email="twee@zones.test", full_name="Twee Zones"
    )
    MembershipFactory(user=twofold, organisation=zone, role=Role.MENTOR)
    client.force_login(zone_admin)

    response = client.get(reverse("admin:guidance_mentorprofile_add"))

    assert response.status_code == 200
    assert "Yusuf Dichtbij" in response.text
    assert "Vera Verweg" not in response.text
    assert "Twee Zones" not in response.text
