"""Settings come from KORPS_* variables; production refuses to start when they are unsafe."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def korps(*args, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("KORPS_")
        and key not in ("DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE")
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-m", "korps", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = korps("check", KORPS_ALLOWED_HOSTS="korps.example.org")

    assert result.returncode != 0
    assert "KORPS_SECRET_KEY is not set" in result.stderr


def test_production_refuses_to_start_without_hosts():
    result = korps("check", KORPS_SECRET_KEY="x" * 30 + "y" * 30)

    assert result.returncode != 0
    assert "KORPS_ALLOWED_HOSTS is not set" in result.stderr


def test_production_passes_the_deployment_check_without_warnings(tmp_path):
    result = korps(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        KORPS_SECRET_KEY="s3cr3t-" + "Qw8zLk2mVb7nXc4" * 4,
        KORPS_ALLOWED_HOSTS="korps.example.org",
        KORPS_VAR_DIR=str(tmp_path),
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_an_unknown_language_in_the_settings_is_refused():
    result = korps("check", DJANGO_SETTINGS_MODULE="korps.settings.demo", KORPS_LANGUAGES="nl,xx")

    assert result.returncode != 0
    assert "KORPS_LANGUAGES" in result.stderr and "xx" in result.stderr


def test_a_bad_number_is_refused_with_its_name():
    result = korps(
        "check", DJANGO_SETTINGS_MODULE="korps.settings.demo", KORPS_SUPPRESSION_THRESHOLD="five"
    )

    assert result.returncode != 0
    assert "KORPS_SUPPRESSION_THRESHOLD must be a whole number" in result.stderr


def test_the_demo_runs_debug_only_when_asked_and_production_never_does():
    demo = korps("diffsettings", "--all", DJANGO_SETTINGS_MODULE="korps.settings.demo")
    asked = korps(
        "diffsettings", "--all", DJANGO_SETTINGS_MODULE="korps.settings.demo", KORPS_DEBUG="true"
    )
    production = korps(
        "diffsettings",
        "--all",
        KORPS_SECRET_KEY="s3cr3t-" + "Qw8zLk2mVb7nXc4" * 4,
        KORPS_ALLOWED_HOSTS="korps.example.org",
        KORPS_DEBUG="true",
    )

    assert "DEBUG = False" in demo.stdout
    assert "DEBUG = True" in asked.stdout
    assert "DEBUG = False" in production.stdout


def test_tasks_run_eagerly_without_a_broker_and_in_workers_with_one():
    eager = korps("diffsettings", "--all", DJANGO_SETTINGS_MODULE="korps.settings.demo")
    workers = korps(
        "diffsettings",
        "--all",
        DJANGO_SETTINGS_MODULE="korps.settings.demo",
        KORPS_BROKER_URL="redis://127.0.0.1:6379/0",
    )

    assert "CELERY_TASK_ALWAYS_EAGER = True" in eager.stdout
    assert "CELERY_TASK_ALWAYS_EAGER = False" in workers.stdout


def test_production_sends_mail_by_smtp_unless_told_otherwise():
    """Found by an outside probe: production printed every mail, personal links and
    password-reset links included, to its standard output (the console backend)."""
    production = korps(
        "diffsettings",
        "--all",
        KORPS_SECRET_KEY="s3cr3t-" + "Qw8zLk2mVb7nXc4" * 4,
        KORPS_ALLOWED_HOSTS="korps.example.org",
    )

    assert "EMAIL_BACKEND = 'django.core.mail.backends.smtp.EmailBackend'" in production.stdout
