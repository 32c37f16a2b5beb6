import pytest
from django.urls import reverse

from korps.organisations.roles import Role
from korps.organisations.tests.factories import MembershipFactory, UnitFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_zone_admin_sees_only_memberships_of_own_zone(client, zone, other_zone, member):
    admin = member(Role.ZONE_ADMIN, full_name="Nora Dichtbij")
    MembershipFactory(organisation=other_zone, user=UserFactory(full_name="Vera Verweg"))
    client.force_login(admin)

    response = client.get(reverse("admin:organisations_membership_changelist"))

    assert response.status_code == 200
    assert "Nora Dichtbij" in response.text
    assert "Vera Verweg" not in response.text


def test_zone_admin_cannot_open_a_unit_of_another_zone(client, other_zone, zone_admin):
    unit = UnitFactory(organisation=other_zone, name="Team Elders")
    client.force_login(zone_admin)

    response = client.get(reverse("admin:organisations_unit_change", args=[unit.pk]))

    # The admin answers a row outside the user's queryset with a redirect and a message.
    assert response.status_code == 302
    assert "Team Elders" not in client.get(response["Location"]).text


def test_zone_admin_cannot_choose_another_zone_for_a_new_unit(client, zone, other_zone, zone_admin):
    client.force_login(zone_admin)

    response = client.get(reverse("admin:organisations_unit_add"))

    assert zone.name in response.text
    assert other_zone.name not in response.text


def test_zone_admin_sees_only_people_with_a_role_in_own_zone(client, other_zone, zone_admin):
    MembershipFactory(organisation=other_zone, user=UserFactory(email="far@elders.test"))
    client.force_login(zone_admin)

    response = client.get(reverse("admin:organisations_user_changelist"))

    assert "zone_admin@testrode.test" in response.text
    assert "far@elders.test" not in response.text


def test_audit_entries_cannot_be_added_in_the_back_office(client, zone_admin):
    client.force_login(zone_admin)

    listing = client.get(reverse("admin:audit_auditentry_changelist"))
    adding = client.get(reverse("admin:audit_auditentry_add"))

    assert listing.status_code == 200
    assert reverse("admin:audit_auditentry_add") not in listing.text
    assert adding.status_code == 403


def test_zone_admin_sees_only_sign_ups_of_own_zone(client, zone, other_zone, zone_admin):
    from korps.events.tests.factories import EventFactory, SignupFactory

    SignupFactory(event=EventFactory(organisation=zone), name="Dichtbij Persoon")
    SignupFactory(event=EventFactory(organisation=other_zone), name="Verweg Persoon")
    client.force_login(zone_admin)

    response = client.get(reverse("admin:events_signup_changelist"))

    assert "Dichtbij Persoon" in response.text
    assert "Verweg Persoon" not in response.text
