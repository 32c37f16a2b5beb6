import pytest
from django.core.exceptions import ValidationError

from korps.organisations import permissions
from korps.organisations.roles import Role
from korps.organisations.tests.factories import MembershipFactory, UnitFactory

pytestmark = pytest.mark.django_db


def test_a_role_gives_its_permissions_in_its_own_zone_only(zone, other_zone, zone_admin):
    assert permissions.has_permission(zone_admin, "audit.view_log", zone)
    assert not permissions.has_permission(zone_admin, "audit.view_log", other_zone)


def test_a_role_without_the_permission_is_refused(zone, recruiter):
    assert not permissions.has_permission(recruiter, "audit.view_log", zone)


def test_an_ended_membership_gives_nothing(zone, recruiter):
    recruiter.memberships.update(is_active=False)

    assert not permissions.is_member(recruiter, zone)


def test_a_deactivated_account_gives_nothing(zone, recruiter):
    recruiter.is_active = False
    recruiter.save(update_fields=["is_active"])

    assert list(permissions.organisations_for(recruiter)) == []


def test_zones_for_a_permission_are_the_ones_where_a_role_grants_it(zone, other_zone, recruiter):
    MembershipFactory(user=recruiter, organisation=other_zone, role=Role.ZONE_ADMIN)

    assert list(permissions.organisations_for(recruiter)) == [other_zone, zone]
    assert list(permissions.organisations_for(recruiter, "audit.view_log")) == [other_zone]


def test_an_unknown_permission_is_a_programming_error(zone, recruiter):
    with pytest.raises(LookupError):
        permissions.has_permission(recruiter, "nothing.like_this", zone)


def test_every_permission_names_known_roles():
    for name, allowed in permissions.PERMISSIONS.items():
        assert allowed <= set(Role), name


def test_a_unit_cannot_hang_under_a_unit_of_another_zone(zone, other_zone):
    parent = UnitFactory(organisation=other_zone)
    unit = UnitFactory.build(organisation=zone, parent=parent)

    with pytest.raises(ValidationError):
        unit.full_clean()


def test_a_unit_cannot_be_its_own_ancestor(zone):
    top = UnitFactory(organisation=zone)
    below = UnitFactory(organisation=zone, parent=top)
    top.parent = below

    with pytest.raises(ValidationError):
        top.full_clean()


def test_a_zone_refuses_unknown_language_codes(zone):
    zone.languages = ["nl", "xx"]

    with pytest.raises(ValidationError):
        zone.full_clean()
