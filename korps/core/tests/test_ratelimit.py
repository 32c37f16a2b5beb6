"""Which address a request came from, behind trusted proxies or not, and the log-in
lockouts keyed on it (finding 10)."""

import pytest
from django.test import RequestFactory
from django.urls import reverse

from conftest import TEST_PASSWORD
from korps.core.ratelimit import client_address
from korps.organisations.tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.7"


@pytest.fixture
def behind_proxy(settings):
    settings.KORPS_TRUSTED_PROXIES = ["10.0.0.0/24", "fd00::/8"]


def request_from(peer, forwarded=None):
    extra = {"REMOTE_ADDR": peer}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def attempt(client, email, password, **extra):
    return client.post(reverse("login"), {"username": email, "password": password}, **extra)


def test_without_trusted_proxies_the_peer_is_the_client():
    assert client_address(request_from("198.51.100.4", "203.0.113.9")) == "198.51.100.4"


def test_behind_a_trusted_proxy_the_forwarded_client_counts(behind_proxy):
    assert client_address(request_from(PROXY, "203.0.113.9")) == "203.0.113.9"


def test_entries_the_client_wrote_itself_are_skipped(behind_proxy):
    # The client sent "1.2.3.4" itself; the proxy appended the address it saw.
    forwarded = "1.2.3.4, 203.0.113.9, 10.0.0.3"
    assert client_address(request_from(PROXY, forwarded)) == "203.0.113.9"


def test_a_spoofed_header_from_an_untrusted_peer_is_ignored(behind_proxy):
    assert client_address(request_from("198.51.100.4", "203.0.113.9")) == "198.51.100.4"


def test_a_garbled_header_behind_a_proxy_gives_the_proxy(behind_proxy):
    assert client_address(request_from(PROXY, "not-an-address")) == PROXY
    assert client_address(request_from(PROXY, "")) == PROXY


def test_two_clients_behind_the_same_proxy_are_locked_out_separately(
    client, settings, behind_proxy
):
    UserFactory(email="iemand@zone.test")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(
            client,
            "iemand@zone.test",
            "fout",
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR="203.0.113.1",
        )

    locked = attempt(
        client,
        "iemand@zone.test",
        TEST_PASSWORD,
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR="203.0.113.1",
    )
    other = attempt(
        client,
        "iemand@zone.test",
        TEST_PASSWORD,
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR="203.0.113.2",
    )

    assert locked.status_code == 429
    assert other.status_code == 302


def test_a_client_cannot_escape_the_lockout_by_spoofing_the_header(client, settings, behind_proxy):
    UserFactory(email="iemand@zone.test")
    for number in range(settings.AXES_FAILURE_LIMIT):
        attempt(
            client,
            "iemand@zone.test",
            "fout",
            REMOTE_ADDR="198.51.100.4",
            HTTP_X_FORWARDED_FOR=f"203.0.113.{number}",
        )

    response = attempt(
        client,
        "iemand@zone.test",
        TEST_PASSWORD,
        REMOTE_ADDR="198.51.100.4",
        HTTP_X_FORWARDED_FOR="203.0.113.200",
    )

    assert response.status_code == 429


def test_wrong_passwords_from_many_addresses_lock_the_account(client, settings, behind_proxy):
    UserFactory(email="iemand@zone.test")
    for number in range(settings.KORPS_LOGIN_ACCOUNT_FAILURE_LIMIT):
        response = attempt(
            client,
            "Iemand@zone.test",
            "fout",
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR=f"203.0.113.{number}",
        )
        assert response.status_code == 200  # no address reached its own limit

    response = attempt(
        client,
        "iemand@zone.test",
        TEST_PASSWORD,
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR="192.0.2.1",
    )

    assert response.status_code == 429
    assert "Te veel" in response.text


def test_other_accounts_are_not_locked_by_spraying_one(client, settings, recruiter):
    UserFactory(email="iemand@zone.test")
    for number in range(settings.KORPS_LOGIN_ACCOUNT_FAILURE_LIMIT):
        attempt(client, "iemand@zone.test", "fout", REMOTE_ADDR=f"203.0.113.{number}")

    assert attempt(client, recruiter.email, TEST_PASSWORD).status_code == 302


def test_password_reset_mails_are_limited_per_address(client, recruiter, mailoutbox):
    for _ in range(3):
        assert client.post(reverse("password_reset"), {"email": recruiter.email}).status_code == 302

    response = client.post(reverse("password_reset"), {"email": recruiter.email.upper()})

    assert response.status_code == 429
    assert "Te veel" in response.text
    assert len(mailoutbox) == 3


def test_password_reset_requests_are_limited_per_client(client, settings, behind_proxy):
    for number in range(10):
        response = client.post(
            reverse("password_reset"),
            {"email": f"iemand{number}@zone.test"},
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR="203.0.113.5",
        )
        assert response.status_code == 302

    refused = client.post(
        reverse("password_reset"),
        {"email": "nog-iemand@zone.test"},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR="203.0.113.5",
    )
    other = client.post(
        reverse("password_reset"),
        {"email": "nog-iemand@zone.test"},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR="203.0.113.6",
    )

    assert refused.status_code == 429
    assert other.status_code == 302


def test_a_limit_holds_for_its_whole_window_on_the_file_cache(settings, tmp_path):
    """The file-based cache (production without Redis) resets a key's expiry to 300 seconds
    on every increment; an hourly limit must still hold after five quiet minutes."""
    import time_machine
    from django.core.cache import cache

    from korps.core.ratelimit import allow

    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path),
        }
    }
    cache.clear()
    with time_machine.travel("2026-12-01 10:00:10Z", tick=False) as clock:
        for _ in range(3):
            assert allow("test", "iemand@zone.test", limit=3, window_seconds=3600)
        clock.shift(400)

        assert not allow("test", "iemand@zone.test", limit=3, window_seconds=3600)


def test_a_sprayed_account_opens_again_after_the_cool_off(client, settings):
    import time_machine

    UserFactory(email="iemand@zone.test")
    with time_machine.travel("2026-12-01 10:00:00Z", tick=False) as clock:
        for number in range(settings.KORPS_LOGIN_ACCOUNT_FAILURE_LIMIT):
            attempt(client, "iemand@zone.test", "fout", REMOTE_ADDR=f"203.0.113.{number}")
        assert attempt(client, "iemand@zone.test", TEST_PASSWORD).status_code == 429

        clock.shift(settings.KORPS_LOGIN_COOLOFF_MINUTES * 60 + 1)

        assert attempt(client, "iemand@zone.test", TEST_PASSWORD).status_code == 302
