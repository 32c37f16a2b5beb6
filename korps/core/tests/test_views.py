import pytest
from django.urls import reverse

from korps.audit.models import AuditEntry
from korps.organisations.roles import Role
from korps.organisations.tests.factories import MembershipFactory, UnitFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_home_page_shows_the_zones_and_the_staff_login(client, zone):
    response = client.get("/")

    assert response.status_code == 200
    assert zone.name in response.text
    assert 'name="password"' in response.text


def test_login_page_is_served(client):
    response = client.get(reverse("login"))

    assert response.status_code == 200
    assert 'autocomplete="current-password"' in response.text


def test_staff_home_takes_a_one_zone_user_straight_to_the_zone(client, zone, recruiter):
    client.force_login(recruiter)

    response = client.get(reverse("core:staff_home"))

    assert response.status_code == 302
    assert response["Location"] == reverse("core:zone_home", kwargs={"zone": zone.code})


def test_staff_home_lets_a_user_of_two_zones_choose(client, zone, other_zone, recruiter):
    MembershipFactory(user=recruiter, organisation=other_zone, role=Role.MENTOR)
    client.force_login(recruiter)

    response = client.get(reverse("core:staff_home"))

    assert response.status_code == 200
    assert zone.name in response.text and other_zone.name in response.text


def test_a_user_without_membership_is_told_to_ask_for_a_role(client, user_without_membership):
    client.force_login(user_without_membership)

    response = client.get(reverse("core:staff_home"))

    assert response.status_code == 200
    assert "zonebeheerder" in response.text.lower()


def test_a_user_without_membership_cannot_open_a_zone(client, zone, user_without_membership):
    client.force_login(user_without_membership)

    response = client.get(reverse("core:zone_home", kwargs={"zone": zone.code}))

    assert response.status_code == 403
    assert AuditEntry.objects.filter(action="access.denied", organisation=zone).count() == 1


def test_an_unknown_zone_is_not_found(client, recruiter):
    client.force_login(recruiter)

    response = client.get(reverse("core:zone_home", kwargs={"zone": "nergens"}))

    assert response.status_code == 404


def test_zone_home_shows_a_block_per_role(client, zone, member):
    user = member(Role.MENTOR)
    MembershipFactory(user=user, organisation=zone, role=Role.AMBASSADOR)
    client.force_login(user)

    response = client.get(reverse("core:zone_home", kwargs={"zone": zone.code}))

    assert 'id="role-mentor"' in response.text
    assert 'id="role-ambassador"' in response.text
    assert 'id="role-zone_admin"' not in response.text


def test_navigation_shows_only_what_the_roles_allow(client, zone, recruiter):
    client.force_login(recruiter)

    response = client.get(reverse("core:zone_home", kwargs={"zone": zone.code}))

    assert reverse("core:zone_home", kwargs={"zone": zone.code}) in response.text
    assert reverse("audit:log", kwargs={"zone": zone.code}) not in response.text


def test_members_page_lists_the_zone_and_its_units_only(client, zone, other_zone, member):
    admin = member(Role.ZONE_ADMIN, full_name="Nora Dichtbij")
    MembershipFactory(organisation=other_zone, user=UserFactory(full_name="Vera Verweg"))
    UnitFactory(organisation=zone, name="Wijkteam Noord")
    client.force_login(admin)

    response = client.get(reverse("core:members", kwargs={"zone": zone.code}))

    assert "Nora Dichtbij" in response.text
    assert "Wijkteam Noord" in response.text
    assert "Vera Verweg" not in response.text


def test_members_page_searches_by_name(client, zone, member):
    admin = member(Role.ZONE_ADMIN, full_name="Nora Dichtbij")
    member(Role.MENTOR, full_name="Karim Bouzid")
    client.force_login(admin)

    response = client.get(reverse("core:members", kwargs={"zone": zone.code}), {"q": "karim"})

    assert "<td>Karim Bouzid</td>" in response.text
    assert "<td>Nora Dichtbij</td>" not in response.text


def test_members_page_runs_a_bounded_number_of_queries(
    client, zone, zone_admin, django_assert_max_num_queries
):
    for _ in range(30):
        MembershipFactory(organisation=zone, unit=UnitFactory(organisation=zone))
    client.force_login(zone_admin)

    with django_assert_max_num_queries(12):
        response = client.get(reverse("core:members", kwargs={"zone": zone.code}))

    assert response.status_code == 200


def test_zone_home_runs_a_bounded_number_of_queries(
    client, zone, zone_admin, django_assert_max_num_queries
):
    client.force_login(zone_admin)

    # The zone administrator's home holds the panels of every app they may see (new leads,
    # overflowing job days, questions, stumbling blocks, the zone's figures): 16 measured.
    with django_assert_max_num_queries(20):
        response = client.get(reverse("core:zone_home", kwargs={"zone": zone.code}))

    assert response.status_code == 200


def test_an_unknown_language_code_keeps_the_current_language(client):
    response = client.post(reverse("set_language"), {"language": "xx", "next": "/"})

    assert response.status_code == 302
    assert "django_language" not in response.cookies
    assert client.get("/").text.count('lang="nl"') >= 1


def test_choosing_french_serves_french(client):
    client.post(reverse("set_language"), {"language": "fr", "next": "/"})

    response = client.get("/")

    assert '<html lang="fr">' in response.text


def test_an_unknown_accept_language_falls_back_to_dutch(client):
    response = client.get("/", headers={"accept-language": "tlh,xx;q=0.9"})

    assert '<html lang="nl">' in response.text


def test_the_stylesheet_and_htmx_are_served(client):
    page = client.get("/").text

    assert client.get("/static/korps/css/korps.css").status_code == 200
    assert "/static/django_htmx/" in page


def test_every_page_names_its_icon_so_no_browser_asks_for_a_missing_favicon(client, zone):
    from django.contrib.staticfiles import finders
    from django.templatetags.static import static

    response = client.get("/")

    icon = static("korps/favicon.svg")
    assert f'<link rel="icon" href="{icon}" type="image/svg+xml">' in response.text
    assert finders.find("korps/favicon.svg")
