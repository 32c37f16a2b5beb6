"""A zone administrator resets a member's second factor from the zone's people page."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from korps.audit.models import AuditEntry
from korps.core.testing.clients import VerifiedClient, confirmed_totp_device
from korps.organisations.roles import Role
from korps.organisations.second_factor_services import (
    recovery_codes_regenerate,
    second_factor_reset,
)
from korps.organisations.tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


def reset_url(zone, user):
    return reverse(
        "organisations:member_second_factor_reset", kwargs={"zone": zone.code, "user_id": user.pk}
    )


def test_the_zone_administrator_resets_a_member_and_it_is_audited(client, zone, zone_admin, mentor):
    confirmed_totp_device(mentor)
    recovery_codes_regenerate(user=mentor)
    client.force_login(zone_admin)

    response = client.post(reset_url(zone, mentor), follow=True)

    assert response.status_code == 200
    assert "opnieuw in bij de volgende aanmelding" in response.text
    assert not TOTPDevice.objects.filter(user=mentor).exists()
    assert not StaticDevice.objects.filter(user=mentor).exists()
    entry = AuditEntry.objects.get(action="organisations.second_factor.reset")
    assert entry.actor == zone_admin
    assert entry.organisation == zone
    assert entry.target_id == str(mentor.pk)


def test_after_a_reset_the_member_sets_up_again_and_open_sessions_lose_the_step(
    client, zone, zone_admin, mentor
):
    mentor_client = VerifiedClient()
    mentor_client.force_login(mentor)
    assert mentor_client.get(f"/z/{zone.code}/").status_code == 200

    second_factor_reset(actor=zone_admin, user=mentor, organisation=zone)

    response = mentor_client.get(f"/z/{zone.code}/", follow=True)
    assert response.redirect_chain[-1][0].startswith(reverse("organisations:second_factor_set_up"))


def test_the_people_page_offers_the_reset_to_the_zone_administrator_only(
    client, zone, zone_admin, diversity_manager, mentor
):
    confirmed_totp_device(mentor)
    client.force_login(zone_admin)
    assert reset_url(zone, mentor) in client.get(f"/z/{zone.code}/members/").text

    client.force_login(diversity_manager)
    page = client.get(f"/z/{zone.code}/members/").text
    assert reset_url(zone, mentor) not in page
    assert client.post(reset_url(zone, mentor)).status_code == 403
    assert TOTPDevice.objects.filter(user=mentor).exists()


def test_a_member_who_also_has_a_role_in_another_zone_is_refused(
    client, zone, other_zone, zone_admin, mentor
):
    MembershipFactory(user=mentor, organisation=other_zone, role=Role.ANALYST)
    confirmed_totp_device(mentor)
    client.force_login(zone_admin)

    response = client.post(reset_url(zone, mentor), follow=True)

    assert response.status_code == 200
    assert "andere zone" in response.text
    assert TOTPDevice.objects.filter(user=mentor).exists()
    assert not AuditEntry.objects.filter(action="organisations.second_factor.reset").exists()


def test_a_user_of_another_zone_only_is_not_found(client, zone, other_zone, zone_admin, member):
    stranger = member(Role.MENTOR, organisation=other_zone, email="stranger@elders.test")
    confirmed_totp_device(stranger)
    client.force_login(zone_admin)

    response = client.post(reset_url(zone, stranger))

    assert response.status_code == 404
    assert TOTPDevice.objects.filter(user=stranger).exists()


def test_the_administrator_of_another_zone_is_refused(client, zone, other_zone, member, mentor):
    confirmed_totp_device(mentor)
    elsewhere = member(Role.ZONE_ADMIN, organisation=other_zone, email="admin@elders.test")
    client.force_login(elsewhere)

    assert client.post(reset_url(zone, mentor)).status_code == 403
    with pytest.raises(PermissionDenied):
        second_factor_reset(actor=elsewhere, user=mentor, organisation=zone)
    assert TOTPDevice.objects.filter(user=mentor).exists()


def test_a_superuser_may_reset_anyone_and_an_operator_is_never_reset_by_a_zone(
    zone, zone_admin, mentor
):
    root = UserFactory(email="root@korps.test", is_superuser=True, is_staff=True)
    MembershipFactory(user=root, organisation=zone, role=Role.ANALYST)
    confirmed_totp_device(root)
    confirmed_totp_device(mentor)

    with pytest.raises(PermissionDenied):
        second_factor_reset(actor=zone_admin, user=root, organisation=zone)
    second_factor_reset(actor=root, user=mentor)

    assert TOTPDevice.objects.filter(user=root).exists()
    assert not TOTPDevice.objects.filter(user=mentor).exists()
    assert AuditEntry.objects.get(action="organisations.second_factor.reset").actor == root


def test_an_operator_resets_anyone_from_the_command_line(capsys, zone, mentor):
    from django.core.management import call_command

    root = UserFactory(email="root@korps.test", is_superuser=True, is_staff=True)
    confirmed_totp_device(root)

    call_command("reset_second_factor", "ROOT@korps.test")

    assert not TOTPDevice.objects.filter(user=root).exists()
    entry = AuditEntry.objects.get(action="organisations.second_factor.reset")
    assert entry.actor is None and entry.data["by"] == "command line"
    assert "root@korps.test" in capsys.readouterr().out
