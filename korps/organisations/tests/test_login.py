import pytest
from django.urls import reverse

from conftest import TEST_PASSWORD
from korps.organisations.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def attempt(client, email, password):
    return client.post(reverse("login"), {"username": email, "password": password})


def test_correct_password_logs_in_by_email_in_any_case(client, recruiter):
    response = attempt(client, recruiter.email.upper(), TEST_PASSWORD)

    assert response.status_code == 302
    assert response["Location"] == reverse("core:staff_home")


def test_wrong_password_gives_a_clear_message_and_keeps_the_address(client):
    UserFactory(email="iemand@zone.test")

    response = attempt(client, "iemand@zone.test", "fout")

    assert response.status_code == 200
    assert 'value="iemand@zone.test"' in response.text
    assert "e-mailadres" in response.text


def test_repeated_wrong_passwords_lock_the_account(client, settings):
    UserFactory(email="iemand@zone.test")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "iemand@zone.test", "fout")

    response = attempt(client, "iemand@zone.test", TEST_PASSWORD)

    assert response.status_code == 429
    assert "Te veel" in response.text


def test_a_lockout_does_not_touch_other_accounts(client, settings, recruiter):
    UserFactory(email="iemand@zone.test")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "iemand@zone.test", "fout")

    response = attempt(client, recruiter.email, TEST_PASSWORD)

    assert response.status_code == 302


def test_password_reset_sends_a_link(client, recruiter, mailoutbox):
    response = client.post(reverse("password_reset"), {"email": recruiter.email})

    assert response.status_code == 302
    assert len(mailoutbox) == 1
    assert "/accounts/reset/" in mailoutbox[0].body
    assert mailoutbox[0].to == [recruiter.email]


def test_logout_ends_the_session(client, recruiter):
    client.force_login(recruiter)

    client.post(reverse("logout"))

    assert client.get(reverse("core:staff_home")).status_code == 302


def test_the_lockout_counts_every_spelling_of_the_address(client, settings):
    UserFactory(email="iemand@zone.test")
    for number in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "IEMAND@zone.test" if number % 2 else "iemand@zone.test", "fout")

    response = attempt(client, "Iemand@Zone.Test", TEST_PASSWORD)

    assert response.status_code == 429
