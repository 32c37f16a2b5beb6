"""Two-factor authentication: the step after the password, the set-up, recovery codes."""

import re
from binascii import unhexlify

import pytest
import time_machine
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from conftest import TEST_PASSWORD
from korps.audit.models import AuditEntry
from korps.core.testing.clients import confirmed_totp_device
from korps.organisations.permissions import requires_second_factor
from korps.organisations.roles import Role
from korps.organisations.second_factor_services import recovery_codes_regenerate
from korps.organisations.tests.factories import UserFactory

pytestmark = pytest.mark.django_db

VERIFY = reverse("organisations:second_factor_verify")


def code_for(device: TOTPDevice, offset: int = 0) -> str:
    return f"{totp(unhexlify(device.key.encode()), drift=offset):06d}"


def log_in_with_password(client, user):
    response = client.post(reverse("login"), {"username": user.email, "password": TEST_PASSWORD})
    assert response.status_code == 302
    return response


def test_every_role_and_operators_need_a_second_factor(zone, member, user_without_membership):
    for role in Role:
        assert requires_second_factor(member(role, email=f"{role.value}@two.test"))
    assert requires_second_factor(UserFactory(email="root@two.test", is_superuser=True))
    assert requires_second_factor(UserFactory(email="ops@two.test", is_staff=True))
    assert not requires_second_factor(user_without_membership)


def test_the_password_alone_does_not_open_staff_pages(client, zone, recruiter):
    confirmed_totp_device(recruiter)
    log_in_with_password(client, recruiter)

    for path in [
        "/z/",
        f"/z/{zone.code}/",
        f"/z/{zone.code}/events/",
        "/admin/",
        "/accounts/password_change/",
    ]:
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"].startswith(VERIFY), path


def test_a_logged_in_user_without_the_step_is_sent_there_with_the_page_kept(
    client, zone, recruiter
):
    client.force_login_password_only(recruiter)

    response = client.get(f"/z/{zone.code}/events/?page=2")

    assert response.status_code == 302
    assert response["Location"] == f"{VERIFY}?next=%2Fz%2F{zone.code}%2Fevents%2F%3Fpage%3D2"


def test_the_right_app_code_opens_the_staff_pages(client, zone, recruiter):
    device = confirmed_totp_device(recruiter)
    log_in_with_password(client, recruiter)

    response = client.post(VERIFY, {"code": code_for(device), "next": f"/z/{zone.code}/"})

    assert response.status_code == 302
    assert response["Location"] == f"/z/{zone.code}/"
    assert client.get(f"/z/{zone.code}/").status_code == 200
    assert AuditEntry.objects.filter(
        action="organisations.second_factor.passed", actor=recruiter
    ).exists()


def test_a_wrong_code_is_refused_counted_and_audited(client, zone, recruiter):
    device = confirmed_totp_device(recruiter)
    log_in_with_password(client, recruiter)
    wrong = f"{(int(code_for(device)) + 1) % 1_000_000:06d}"

    response = client.post(VERIFY, {"code": wrong})

    assert response.status_code == 200
    assert "Deze code klopt niet" in response.text
    device.refresh_from_db()
    assert device.throttling_failure_count == 1
    assert AuditEntry.objects.filter(
        action="organisations.second_factor.refused", actor=recruiter
    ).exists()
    assert client.get(f"/z/{zone.code}/").status_code == 302


def test_after_wrong_codes_even_the_right_code_waits(client, zone, recruiter):
    device = confirmed_totp_device(recruiter)
    log_in_with_password(client, recruiter)
    with time_machine.travel("2026-12-01 10:00:00Z", tick=False) as traveller:
        # n wrong codes in a row make the device wait 2^(n-1) seconds: 1, 2, then 4.
        for second in (0, 1.5, 4):
            traveller.move_to(f"2026-12-01 10:00:{second:04.1f}Z")
            client.post(VERIFY, {"code": "000000"})
        device.refresh_from_db()
        assert device.throttling_failure_count == 3

        traveller.move_to("2026-12-01 10:00:06Z")
        response = client.post(VERIFY, {"code": code_for(device)})

        assert response.status_code == 200
        assert "Te veel foute codes. Wacht 2 seconden" in response.text
        assert client.get(f"/z/{zone.code}/").status_code == 302

        traveller.move_to("2026-12-01 10:00:08.5Z")
        assert client.post(VERIFY, {"code": code_for(device)}).status_code == 302
        assert client.get(f"/z/{zone.code}/").status_code == 200


def test_a_code_cannot_be_used_twice(client, zone, recruiter):
    device = confirmed_totp_device(recruiter)
    code = code_for(device)
    log_in_with_password(client, recruiter)
    assert client.post(VERIFY, {"code": code}).status_code == 302
    client.logout()
    log_in_with_password(client, recruiter)

    response = client.post(VERIFY, {"code": code})

    assert response.status_code == 200


def test_a_recovery_code_works_once(client, zone, recruiter):
    confirmed_totp_device(recruiter)
    codes = recovery_codes_regenerate(user=recruiter)
    log_in_with_password(client, recruiter)

    response = client.post(VERIFY, {"code": codes[0].upper()}, follow=True)

    assert response.status_code == 200
    assert "9 over" in response.text
    assert client.get(f"/z/{zone.code}/").status_code == 200
    client.logout()
    log_in_with_password(client, recruiter)
    assert client.post(VERIFY, {"code": codes[0]}).status_code == 200
    assert client.get(f"/z/{zone.code}/").status_code == 302
    assert StaticToken.objects.filter(device__user=recruiter).count() == 9


def test_a_new_user_sets_up_the_app_and_sees_ten_recovery_codes_once(client, zone, recruiter):
    log_in_with_password(client, recruiter)

    response = client.get(f"/z/{zone.code}/", follow=True)
    assert response.redirect_chain[-1][0].startswith(reverse("organisations:second_factor_set_up"))
    assert "data:image/svg+xml" in response.text
    assert "no-store" in response["Cache-Control"]
    assert "<script" not in response.text.split("<main")[1]
    secret = re.search(r'<code class="secret">([A-Z2-7 ]+)</code>', response.text).group(1)
    key = __import__("base64").b32decode(secret.replace(" ", "")).hex()
    assert not TOTPDevice.objects.filter(user=recruiter).exists()

    wrong = client.post(reverse("organisations:second_factor_set_up"), {"code": "12345"})
    assert wrong.status_code == 200 and "Deze code klopt niet" in wrong.text
    assert not TOTPDevice.objects.filter(user=recruiter).exists()

    code = f"{totp(unhexlify(key)):06d}"
    response = client.post(
        reverse("organisations:second_factor_set_up"),
        {"code": code, "next": f"/z/{zone.code}/"},
        follow=True,
    )

    assert response.status_code == 200
    codes = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", response.text)
    assert len(codes) == 10
    assert "no-store" in response["Cache-Control"]
    assert TOTPDevice.objects.get(user=recruiter, confirmed=True).key == key
    assert StaticToken.objects.filter(device__user=recruiter).count() == 10
    assert client.get(f"/z/{zone.code}/").status_code == 200
    assert AuditEntry.objects.filter(action="organisations.second_factor.set_up").exists()
    # Shown once: the page sends the user on afterwards.
    again = client.get(reverse("organisations:recovery_codes"))
    assert again.status_code == 302


def test_no_second_app_can_be_added_before_the_first_is_used(client, zone, recruiter):
    confirmed_totp_device(recruiter)
    log_in_with_password(client, recruiter)

    response = client.get(reverse("organisations:second_factor_set_up"))

    assert response.status_code == 302
    assert response["Location"].startswith(VERIFY)
    assert TOTPDevice.objects.filter(user=recruiter).count() == 1


def test_the_own_page_shows_the_status_and_makes_new_recovery_codes(client, zone, recruiter):
    client.force_login(recruiter)
    old = recovery_codes_regenerate(user=recruiter)

    page = client.get(reverse("organisations:second_factor"))
    assert "Tweestapsverificatie staat aan" in page.text
    response = client.post(reverse("organisations:recovery_codes"), follow=True)

    new = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", response.text)
    assert len(new) == 10 and not set(new) & set(old)
    assert set(
        StaticToken.objects.filter(device__user=recruiter).values_list("token", flat=True)
    ) == set(new)
    assert (
        AuditEntry.objects.filter(
            action="organisations.second_factor.recovery_codes", actor=recruiter
        ).count()
        == 2
    )


def test_the_own_page_asks_for_the_second_step_first(client, zone, recruiter):
    confirmed_totp_device(recruiter)
    client.force_login_password_only(recruiter)

    response = client.post(reverse("organisations:recovery_codes"))

    assert response.status_code == 302
    assert response["Location"].startswith(VERIFY)
    assert not StaticDevice.objects.filter(user=recruiter).exists()


def test_next_never_leads_off_the_site(client, zone, recruiter):
    device = confirmed_totp_device(recruiter)
    log_in_with_password(client, recruiter)

    response = client.post(VERIFY, {"code": code_for(device), "next": "https://evil.test/"})

    assert response["Location"] == reverse("core:staff_home")


@pytest.mark.parametrize("next_value", ["473672", "staff_home", "z/demo/"])
def test_a_next_that_is_no_path_leads_home_not_to_a_server_error(
    client, zone, recruiter, next_value
):
    """Found from outside: a word without "/" passed the host check and reached redirect(),
    which took it for a URL name and failed with a 500."""
    device = confirmed_totp_device(recruiter)
    log_in_with_password(client, recruiter)

    response = client.post(VERIFY, {"code": code_for(device), "next": next_value})

    assert response.status_code == 302
    assert response["Location"] == reverse("core:staff_home")


def test_the_demo_shows_the_code_only_for_the_published_demo_key(client, settings, recruiter):
    from korps.organisations.second_factor import DEMO_TOTP_KEY, current_code
    from korps.organisations.second_factor_services import second_factor_install

    settings.KORPS_SECOND_FACTOR_DEMO_HINT = True
    own = confirmed_totp_device(recruiter)
    log_in_with_password(client, recruiter)
    assert "Demo:" not in client.get(VERIFY).text

    second_factor_install(user=recruiter, key=DEMO_TOTP_KEY)
    page = client.get(VERIFY).text
    assert f"<strong>{current_code(DEMO_TOTP_KEY)}</strong>" in page
    assert not TOTPDevice.objects.filter(pk=own.pk).exists()

    settings.KORPS_SECOND_FACTOR_DEMO_HINT = False
    assert "Demo:" not in client.get(VERIFY).text
