"""Issue 10 as the outside tester ran it, on the demo data: the second zone's administrator
logs in with the demo password and tries to take over the first zone's administrator."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from korps.audit.models import AuditEntry
from korps.core.demo import DEMO_PASSWORD
from korps.organisations.models import Membership, Organisation, User
from korps.organisations.roles import Role

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    call_command("seed_demo", verbosity=0)


def _log_in(client, email):
    response = client.log_in_with_password_and_code(User.objects.get(email=email), DEMO_PASSWORD)
    assert response.status_code == 302


def test_the_second_zones_administrator_cannot_take_over_the_first_zones(client, demo):
    victim = User.objects.get(email="beheerder@demo.korps.test")
    heuvelland = Organisation.objects.get(code="heuvelland")
    _log_in(client, "beheerder@heuvelland.korps.test")

    client.post(
        reverse("admin:organisations_membership_add"),
        {
            "user": victim.pk,
            "organisation": heuvelland.pk,
            "role": Role.ZONE_ADMIN,
            "is_active": "on",
            "created_at_0": "2026-12-01",  # as the browser sends the form's initial values
            "created_at_1": "10:00:00",
        },
    )
    client.post(
        reverse("admin:auth_user_password_change", args=[victim.pk]),
        {"password1": "Overgenomen-2026!", "password2": "Overgenomen-2026!"},
    )
    client.post(reverse("logout"))
    taken_over = client.post(
        reverse("login"),
        {"username": "beheerder@demo.korps.test", "password": "Overgenomen-2026!"},
    )

    assert not Membership.objects.filter(user=victim, organisation=heuvelland).exists()
    assert taken_over.status_code == 200  # the log-in form again
    victim.refresh_from_db()
    assert victim.check_password(DEMO_PASSWORD)


def test_the_demo_zone_administrator_still_manages_the_zone(client, demo):
    zone = Organisation.objects.get(code="demo")
    analyst = User.objects.get(email="analist@demo.korps.test")
    _log_in(client, "beheerder@demo.korps.test")

    unit = client.post(
        reverse("admin:organisations_unit_add"),
        {"organisation": zone.pk, "name": "Team Nieuw", "kind": "team", "parent": ""},
    )
    role = client.post(
        reverse("admin:organisations_membership_add"),
        {"user": analyst.pk, "organisation": zone.pk, "role": Role.RECRUITER},
    )
    origin = client.post(
        reverse("admin:monitoring_origincategory_add"),
        {"organisation": zone.pk, "order": 9, "code": "maghreb", "label_0": "Maghreb"},
    )
    settings_page = client.get(reverse("admin:monitoring_monitoringsettings_changelist"))

    assert (unit.status_code, role.status_code, origin.status_code) == (302, 302, 302)
    assert settings_page.status_code == 200
    assert (
        AuditEntry.objects.filter(
            actor__email="beheerder@demo.korps.test",
            action__in=[
                "organisations.unit.created",
                "organisations.membership.granted",
                "monitoring.origincategory.created",
            ],
        ).count()
        == 3
    )
