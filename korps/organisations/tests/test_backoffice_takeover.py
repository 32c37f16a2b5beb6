"""Issue 10, finding 1: the administrator of one zone took over an account of another zone
through the back office (a membership for a foreign user, then that user's password page)."""

import pytest
from django.core import mail
from django.urls import reverse

from korps.audit.models import AuditEntry
from korps.organisations.models import Membership, User
from korps.organisations.roles import Role
from korps.organisations.tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def other_admin(member, other_zone):
    return member(Role.ZONE_ADMIN, organisation=other_zone, full_name="Ann Maes")


def test_the_takeover_path_is_closed(client, zone, other_zone, zone_admin, other_admin):
    """The tester's path: a role in their zone for the other zone's administrator, then that
    person's password page."""
    client.force_login(other_admin)

    granting = client.post(
        reverse("admin:organisations_membership_add"),
        {
            "user": zone_admin.pk,
            "organisation": other_zone.pk,
            "role": Role.ANALYST,
            "is_active": "on",
            "created_at_0": "2026-12-01",
            "created_at_1": "10:00:00",
        },
    )
    setting = client.post(
        reverse("admin:auth_user_password_change", args=[zone_admin.pk]),
        {"password1": "Overgenomen-2026!", "password2": "Overgenomen-2026!"},
    )

    assert granting.status_code == 200  # the form again, with its error
    assert not Membership.objects.filter(user=zone_admin, organisation=other_zone).exists()
    assert setting.status_code in (403, 404)
    zone_admin.refresh_from_db()
    assert zone_admin.check_password("korps-test-password")


def test_the_password_page_is_refused_for_a_person_with_a_role_in_another_zone(
    client, zone, other_zone, zone_admin, other_admin
):
    # As the first step of the takeover left it: a role in the attacker's zone too.
    MembershipFactory(user=zone_admin, organisation=other_zone, role=Role.ANALYST)
    client.force_login(other_admin)
    url = reverse("admin:auth_user_password_change", args=[zone_admin.pk])

    response = client.post(
        url, {"password1": "Overgenomen-2026!", "password2": "Overgenomen-2026!"}
    )

    assert response.status_code == 403
    zone_admin.refresh_from_db()
    assert zone_admin.check_password("korps-test-password")
    # Found by an outside probe: refusals in the back office were not on the record.
    refusal = AuditEntry.objects.get(action="access.denied", actor=other_admin)
    assert refusal.organisation == other_zone and refusal.data["backoffice"] is True


def test_no_zone_administrator_sets_a_password_even_in_their_own_zone(client, zone_admin, mentor):
    client.force_login(zone_admin)
    url = reverse("admin:auth_user_password_change", args=[mentor.pk])

    response = client.post(
        url, {"password1": "Overgenomen-2026!", "password2": "Overgenomen-2026!"}
    )

    assert response.status_code == 403
    mentor.refresh_from_db()
    assert mentor.check_password("korps-test-password")


def test_a_person_with_a_role_in_another_zone_is_read_only(client, zone, other_zone, zone_admin):
    both = UserFactory(email="both@zones.test", full_name="Twee Zones")
    MembershipFactory(user=both, organisation=zone, role=Role.MENTOR)
    MembershipFactory(user=both, organisation=other_zone, role=Role.ZONE_ADMIN)
    client.force_login(zone_admin)
    url = reverse("admin:organisations_user_change", args=[both.pk])

    page = client.get(url)
    response = client.post(url, {"full_name": "Overgenomen", "language": "nl", "is_active": "on"})

    assert page.status_code == 200
    assert 'name="full_name"' not in page.text
    assert response.status_code == 403
    both.refresh_from_db()
    assert both.full_name == "Twee Zones"


def test_a_person_with_a_role_in_another_zone_is_not_offered_for_a_membership(
    client, zone, other_zone, zone_admin
):
    both = UserFactory(email="both@zones.test", full_name="Twee Zones")
    MembershipFactory(user=both, organisation=zone, role=Role.MENTOR)
    MembershipFactory(user=both, organisation=other_zone, role=Role.ZONE_ADMIN)
    client.force_login(zone_admin)

    refused = client.post(
        reverse("admin:organisations_membership_add"),
        {"user": both.pk, "organisation": zone.pk, "role": Role.ANALYST},
    )
    suggestions = client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "organisations",
            "model_name": "membership",
            "field_name": "user",
            "term": "Twee",
        },
    )

    assert refused.status_code == 200
    assert not Membership.objects.filter(user=both, role=Role.ANALYST).exists()
    assert suggestions.status_code == 200
    assert suggestions.json()["results"] == []


def test_a_membership_is_given_through_the_service_with_an_audit_row(
    client, zone, zone_admin, mentor
):
    client.force_login(zone_admin)

    response = client.post(
        reverse("admin:organisations_membership_add"),
        {"user": mentor.pk, "organisation": zone.pk, "role": Role.ANALYST},
    )

    assert response.status_code == 302
    membership = Membership.objects.get(user=mentor, role=Role.ANALYST)
    entry = AuditEntry.objects.get(action="organisations.membership.granted")
    assert entry.actor == zone_admin
    assert entry.target_id == str(membership.pk)
    assert entry.organisation == zone


def test_a_changed_membership_is_audited_with_before_and_after(client, zone, zone_admin, mentor):
    membership = Membership.objects.get(user=mentor)
    client.force_login(zone_admin)

    response = client.post(
        reverse("admin:organisations_membership_change", args=[membership.pk]),
        {"role": Role.ANALYST, "unit": "", "is_active": "on"},
    )

    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.role == Role.ANALYST
    entry = AuditEntry.objects.get(action="organisations.membership.changed")
    assert entry.actor == zone_admin
    assert entry.data["changes"] == {"role": [Role.MENTOR, Role.ANALYST]}


def test_ending_roles_goes_through_the_service_and_nothing_is_deleted(
    client, zone, zone_admin, mentor
):
    membership = Membership.objects.get(user=mentor)
    client.force_login(zone_admin)
    changelist = reverse("admin:organisations_membership_changelist")

    deleting = client.post(
        changelist, {"action": "delete_selected", "_selected_action": [membership.pk]}
    )
    ending = client.post(
        changelist, {"action": "end_memberships", "_selected_action": [membership.pk]}
    )

    assert deleting.status_code in (200, 302)
    assert ending.status_code == 302
    membership.refresh_from_db()
    assert membership.is_active is False
    assert AuditEntry.objects.get(action="organisations.membership.revoked").actor == zone_admin


def test_a_zone_administrator_opens_an_account_with_a_role_and_no_password(
    client, zone, zone_admin, django_capture_on_commit_callbacks
):
    client.force_login(zone_admin)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:organisations_user_add"),
            {
                "email": "nieuw@testrode.test",
                "full_name": "Nieuwe Collega",
                "language": "nl",
                "organisation": zone.pk,
                "role": Role.RECRUITER,
            },
        )

    assert response.status_code == 302
    person = User.objects.get(email="nieuw@testrode.test")
    assert not person.has_usable_password()
    assert person.memberships.get().role == Role.RECRUITER
    assert mail.outbox[0].to == ["nieuw@testrode.test"]
    assert {e.action for e in AuditEntry.objects.all()} >= {
        "organisations.user.created",
        "organisations.membership.granted",
    }


def test_a_password_reset_mail_is_sent_through_the_service_and_audited(
    client, zone_admin, mentor, django_capture_on_commit_callbacks
):
    client.force_login(zone_admin)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:organisations_user_changelist"),
            {"action": "send_password_reset", "_selected_action": [mentor.pk]},
        )

    assert response.status_code == 302
    assert mail.outbox[0].to == [mentor.email]
    entry = AuditEntry.objects.get(action="organisations.user.password_reset_sent")
    assert entry.actor == zone_admin
    assert entry.target_id == str(mentor.pk)


def test_a_zone_administrator_cannot_change_an_e_mail_address(client, zone_admin, mentor):
    client.force_login(zone_admin)

    response = client.post(
        reverse("admin:organisations_user_change", args=[mentor.pk]),
        {"email": "dief@elders.test", "full_name": "Yusuf D.", "language": "nl", "is_active": "on"},
    )

    assert response.status_code == 302
    mentor.refresh_from_db()
    assert mentor.email == "mentor@testrode.test"
    assert mentor.full_name == "Yusuf D."
    entry = AuditEntry.objects.get(action="organisations.user.changed")
    assert entry.actor == zone_admin
    assert list(entry.data["changes"]) == ["full_name"]


def test_a_site_operator_still_sets_a_password_and_it_is_audited(client, mentor):
    operator = User.objects.create_superuser(
        email="operator@korps.test", password="x", full_name="Op"
    )
    client.force_login(operator)

    response = client.post(
        reverse("admin:auth_user_password_change", args=[mentor.pk]),
        {"password1": "Nieuw-wachtwoord-2026", "password2": "Nieuw-wachtwoord-2026"},
    )

    assert response.status_code == 302
    mentor.refresh_from_db()
    assert mentor.check_password("Nieuw-wachtwoord-2026")
    assert AuditEntry.objects.get(action="organisations.user.password_set").actor == operator


def test_opening_a_persons_page_in_the_back_office_is_an_audited_read(
    client, zone, zone_admin, mentor
):
    client.force_login(zone_admin)

    response = client.get(reverse("admin:organisations_user_change", args=[mentor.pk]))

    assert response.status_code == 200
    entry = AuditEntry.objects.get(action="organisations.user.read")
    assert (entry.actor, entry.target_id) == (zone_admin, str(mentor.pk))


def test_an_existing_address_in_other_capitals_is_explained_not_a_server_error(
    client, zone, zone_admin, mentor
):
    client.force_login(zone_admin)

    response = client.post(
        reverse("admin:organisations_user_add"),
        {
            "email": mentor.email.upper(),
            "full_name": "Dubbel",
            "language": "nl",
            "organisation": zone.pk,
            "role": Role.RECRUITER,
        },
    )

    assert response.status_code == 200
    assert User.objects.filter(email__iexact=mentor.email).count() == 1


def test_a_site_operator_opens_an_account_with_a_password_through_the_service(client):
    operator = User.objects.create_superuser(
        email="operator@korps.test", password="x", full_name="Op"
    )
    client.force_login(operator)

    response = client.post(
        reverse("admin:organisations_user_add"),
        {
            "email": "Nieuw@Korps.test",
            "full_name": "Nieuwe Operator",
            "language": "fr",
            "password1": "Sterk-wachtwoord-2026",
            "password2": "Sterk-wachtwoord-2026",
        },
    )

    assert response.status_code == 302
    person = User.objects.get(email="nieuw@korps.test")
    assert person.check_password("Sterk-wachtwoord-2026")
    assert AuditEntry.objects.get(action="organisations.user.created").actor == operator


def test_a_role_the_person_already_holds_is_explained_not_a_server_error(
    client, zone, zone_admin, mentor
):
    MembershipFactory(user=mentor, organisation=zone, role=Role.ANALYST)
    membership = Membership.objects.get(user=mentor, role=Role.MENTOR)
    client.force_login(zone_admin)

    response = client.post(
        reverse("admin:organisations_membership_change", args=[membership.pk]),
        {"role": Role.ANALYST, "unit": "", "is_active": "on"},
    )

    assert response.status_code == 200
    assert "heeft deze rol al in deze zone" in response.text
    membership.refresh_from_db()
    assert membership.role == Role.MENTOR


def test_relation_fields_are_labelled_in_the_pages_language(client, zone_admin):
    client.force_login(zone_admin)

    response = client.get(reverse("admin:organisations_membership_add"), HTTP_ACCEPT_LANGUAGE="nl")

    assert ">Gebruiker:<" in response.text or ">Gebruiker<" in response.text
    assert ">User" not in response.text
    assert ">Organisation" not in response.text
