import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from korps.core.tabular import MAX_LINES, TableError, count_too_large, parse_count, read_table


@pytest.fixture(autouse=True)
def _english():
    """Messages are compared in English, the source language."""
    with translation.override("en"):
        yield


@pytest.mark.parametrize(
    ("written", "number"),
    [("12345", 12345), ("12 345", 12345), ("12.345", 12345), ("1,234,567", 1234567), ("0", 0)],
)
def test_counts_are_read_as_spreadsheets_write_them(written, number):
    assert parse_count(written) == number


@pytest.mark.parametrize("written", ["612.5", "12.34", "-3", "", "twelve", "1.2345"])
def test_anything_but_a_whole_number_is_refused(written):
    assert parse_count(written) is None


# --- finding 9: duplicate columns, numbers above the field maximum, uploads too large


def test_a_number_above_the_largest_the_database_keeps_is_refused():
    assert parse_count("2147483647") == 2_147_483_647
    assert parse_count("3000000000") is None and count_too_large("3000000000")
    assert parse_count("3.000.000.000") is None and count_too_large("3.000.000.000")
    assert parse_count("12345678901234567890") is None
    assert parse_count("9" * 5000) is None  # past int()'s own limit on digits
    assert parse_count("0000000000012") == 12
    assert not count_too_large("twelve")


def test_a_column_named_twice_is_refused_by_name():
    with pytest.raises(TableError, match="grade"):
        read_table(name="hr.csv", raw=b"staff_number,grade,Grade\nP1,INP,CP\n", required=[])


def _zip_bomb(unpacked_mb: int) -> bytes:
    """An XLSX-looking zip whose sheet unpacks to `unpacked_mb` MB of blanks (a few hundred
    KB on disk)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            chunk = b" " * (1024 * 1024)
            for _ in range(unpacked_mb):
                sheet.write(chunk)
    return buffer.getvalue()


def test_an_xlsx_that_unpacks_too_far_is_refused_before_it_is_opened(settings):
    bomb = _zip_bomb(5 * settings.KORPS_UPLOAD_MAX_MB + 1)
    assert len(bomb) < 1024 * 1024

    with pytest.raises(TableError, match="unpacks to more than"):
        read_table(name="hr.xlsx", raw=bomb, required=[])


def test_a_damaged_xlsx_is_a_clear_error():
    with pytest.raises(TableError, match="cannot be opened"):
        read_table(name="hr.xlsx", raw=b"not a zip", required=[])


def test_a_file_with_too_many_lines_is_refused():
    raw = ("n\n" + "1\n" * (MAX_LINES + 1)).encode()

    with pytest.raises(TableError, match="more than"):
        read_table(name="big.csv", raw=raw, required=[])


def test_a_csv_value_past_the_csv_modules_limit_is_a_clear_error():
    raw = b'n\n"' + b"x" * 200_000 + b'"\n'

    with pytest.raises(TableError, match="cannot be read as CSV"):
        read_table(name="long.csv", raw=raw, required=[])


@pytest.mark.django_db
def test_an_oversized_upload_is_refused_with_a_clear_message(
    client, zone, diversity_manager, settings
):
    settings.LANGUAGE_CODE = "en"
    client.force_login(diversity_manager)
    size = settings.KORPS_UPLOAD_MAX_MB * 1024 * 1024 + 1
    big = SimpleUploadedFile("hr.csv", b"staff_number\n" + b"P" * size, content_type="text/csv")

    response = client.post(
        reverse("monitoring:staff_import", kwargs={"zone": zone.code}),
        {"file": big},
        HTTP_ACCEPT_LANGUAGE="en",
        follow=True,
    )

    assert response.status_code == 200
    assert f"larger than {settings.KORPS_UPLOAD_MAX_MB} MB" in response.text


@pytest.mark.django_db
def test_a_zip_bomb_upload_is_refused_with_a_clear_message(
    client, zone, diversity_manager, settings
):
    client.force_login(diversity_manager)
    bomb = SimpleUploadedFile("hr.xlsx", _zip_bomb(5 * settings.KORPS_UPLOAD_MAX_MB + 1))

    response = client.post(
        reverse("monitoring:staff_import", kwargs={"zone": zone.code}),
        {"file": bomb},
        HTTP_ACCEPT_LANGUAGE="en",
        follow=True,
    )

    assert response.status_code == 200
    assert "unpacks to more than" in response.text
