import pytest
from django.core.management import call_command

from korps.core.demo import DEMO_PASSWORD, DEMO_ZONE_CODE
from korps.organisations.models import Organisation, Unit, User
from korps.organisations.permissions import user_roles
from korps.organisations.roles import Role

pytestmark = pytest.mark.django_db


def test_seed_demo_builds_a_zone_with_units_and_a_user_per_role():
    call_command("seed_demo", verbosity=0)

    zone = Organisation.objects.get(code=DEMO_ZONE_CODE)
    assert Unit.objects.filter(organisation=zone).count() >= 10
    held = set()
    for user in User.objects.filter(memberships__organisation=zone):
        assert user.check_password(DEMO_PASSWORD)
        held |= user_roles(user, zone)
    assert held == set(Role)


def test_seed_demo_twice_with_if_empty_adds_nothing():
    call_command("seed_demo", verbosity=0)
    counts = (Organisation.objects.count(), User.objects.count(), Unit.objects.count())

    call_command("seed_demo", "--if-empty", verbosity=0)

    assert (Organisation.objects.count(), User.objects.count(), Unit.objects.count()) == counts


def test_demo_logins_lists_every_role(capsys):
    call_command("seed_demo", verbosity=0)

    call_command("demo_logins")

    out = capsys.readouterr().out
    assert "http://127.0.0.1:8000/" in out
    assert DEMO_PASSWORD in out
    assert "beheerder@demo.korps.test" in out
    assert "analist@demo.korps.test" in out
    assert "vertrouwen@demo.korps.test" in out


def test_every_demo_account_logs_in_with_the_published_demo_key(capsys):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from korps.organisations.second_factor import DEMO_TOTP_KEY, DEMO_TOTP_SECRET, current_code

    call_command("seed_demo", verbosity=0)
    call_command("demo_logins")

    demo_users = User.objects.filter(memberships__isnull=False).distinct()
    assert demo_users.count() >= 11
    for user in demo_users:
        assert TOTPDevice.objects.get(user=user, confirmed=True).key == DEMO_TOTP_KEY
    out = capsys.readouterr().out
    assert DEMO_TOTP_SECRET in out
    assert current_code(DEMO_TOTP_KEY) in out or "Code right now" in out


def test_demo_logins_lists_exactly_the_accounts_of_the_readme(capsys):
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[3] / "README.md").read_text()
    section = readme.split("## Demo log-ins", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"`([\w.-]+@[\w.-]+)`", section))
    call_command("seed_demo", verbosity=0)
    capsys.readouterr()

    call_command("demo_logins")

    printed = set(re.findall(r"\s([\w.-]+@[\w.-]+\.test)\b", capsys.readouterr().out))
    assert "beheerder@heuvelland.korps.test" in printed
    assert printed == documented


@pytest.mark.django_db(transaction=True)
def test_seeding_the_demo_shows_one_line_per_mail_not_the_mails(capsys, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

    call_command("seed_demo")

    out = capsys.readouterr().out
    assert "Content-Type:" not in out and "MIME-Version" not in out
    assert "  mail to " in out
