"""Every string korps shows is translatable, and the catalogues are complete and current."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2]
LANGUAGES = ["nl", "fr", "en"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_is_complete(language):
    catalogue = PACKAGE / "locale" / language / "LC_MESSAGES" / "django.po"

    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(catalogue)],
        capture_output=True,
        text=True,
    )

    assert result.returncode == 0, result.stderr
    assert "untranslated" not in result.stderr and "fuzzy" not in result.stderr, result.stderr


def test_no_string_is_missing_from_the_catalogues(tmp_path):
    copy = tmp_path / "korps"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    before = (copy / "locale" / "nl" / "LC_MESSAGES" / "django.po").read_text()

    subprocess.run(
        [
            sys.executable,
            "-m",
            "django",
            "makemessages",
            "-l",
            "nl",
            "--no-location",
            "--no-obsolete",
            "--settings",
            "korps.settings.test",
        ],
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"},
        check=True,
        capture_output=True,
    )

    after = (copy / "locale" / "nl" / "LC_MESSAGES" / "django.po").read_text()
    new = [
        line
        for line in after.splitlines()
        if line.startswith("msgid") and line not in before.splitlines()
    ]
    assert not new, f"Run `make messages` and translate: {new}"
