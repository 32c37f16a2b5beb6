"""Inviting a colleague from the zone's people page (issue 13, item 17)."""

import re

import pytest
from django.urls import reverse

from korps.audit.models import AuditEntry
from korps.core.testing.clients import VerifiedClient
from korps.organisations.models import Membership, User
from korps.organisations.roles import Role
from korps.organisations.services import membership_end

pytestmark = pytest.mark.django_db


def invite_url(zone):
    return reverse("core:member_invite", kwargs={"zone": zone.code})


def invite(client, zone, **overrides):
    data = {"email": "Nadia@Testrode.test", "full_name": "Nadia Haddad", "role": "mentor"}
    return client.post(invite_url(zone), {**data, **overrides})


def test_the_people_page_offers_the_invitation_to_the_zone_administrator(
    client, zone, zone_admin, diversity_manager
):
    client.force_login(zone_admin)
    admin_page = client.get(reverse("core:members", kwargs={"zone": zone.code}))
    client.force_login(diversity_manager)
    manager_page = client.get(reverse("core:members", kwargs={"zone": zone.code}))

    assert invite_url(zone) in admin_page.text
    assert invite_url(zone) not in manager_page.text


def test_an_invited_colleague_chooses_their_own_password_once_and_has_the_role(
    client, zone, zone_admin, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(zone_admin)

    with django_capture_on_commit_callbacks(execute=True):
        response = invite(client, zone)

    assert response.status_code == 302
    user = User.objects.get(email="nadia@testrode.test")
    assert not user.has_usable_password()
    membership = Membership.objects.get(user=user)
    assert (membership.organisation, membership.role) == (zone, Role.MENTOR)
    assert membership.is_active
    assert AuditEntry.objects.filter(action="organisations.user.created", actor=zone_admin).exists()
    mail = mailoutbox[-1]
    assert mail.to == ["nadia@testrode.test"]
    assert zone.name in mail.subject
    assert "Mentor" in mail.body and zone_admin.full_name in mail.body
    link = re.search(r"https?://\S+/reset/\S+", mail.body).group(0)
    path = link.split("://", 1)[1].split("/", 1)[1]

    visitor = VerifiedClient()
    form_page = visitor.get("/" + path, follow=True)
    set_password = form_page.redirect_chain[-1][0] if form_page.redirect_chain else "/" + path
    chosen = "Een-eigen-wachtwoord-2026"
    done = visitor.post(set_password, {"new_password1": chosen, "new_password2": chosen})
    again = VerifiedClient().get("/" + path, follow=True)

    assert done.status_code == 302
    user.refresh_from_db()
    assert user.check_password(chosen)
    assert "form" not in again.context or again.context.get("validlink") is False


def test_an_address_with_an_account_is_refused_with_a_clear_message(client, zone, zone_admin):
    client.force_login(zone_admin)

    response = invite(client, zone, email=zone_admin.email.upper())

    assert response.status_code == 400
    assert response.context["form"].errors["email"]
    assert response.context["form"]["full_name"].value() == "Nadia Haddad"
    assert Membership.objects.filter(organisation=zone).count() == 1


def test_an_invitation_needs_a_role(client, zone, zone_admin):
    client.force_login(zone_admin)

    response = invite(client, zone, role="")

    assert response.status_code == 400 and "role" in response.context["form"].errors
    assert not User.objects.filter(email="nadia@testrode.test").exists()


def test_leaving_the_zone_ends_the_access_to_every_staff_page(client, zone, zone_admin, mentor):
    membership = Membership.objects.get(user=mentor, organisation=zone)
    client.force_login(mentor)
    before = client.get(reverse("core:zone_home", kwargs={"zone": zone.code}))

    membership_end(membership=membership, acting_user=zone_admin)
    pages = [
        reverse("core:zone_home", kwargs={"zone": zone.code}),
        reverse("guidance:mentor_home", kwargs={"zone": zone.code}),
    ]
    after = [client.get(page).status_code for page in pages]
    home = client.get(reverse("core:staff_home"))

    assert before.status_code == 200
    assert all(status in (403, 404) for status in after)
    assert zone.name not in home.text
