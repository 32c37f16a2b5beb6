import pytest

from korps.core.tabular import parse_count


@pytest.mark.parametrize(
    ("written", "number"),
    [("12345", 12345), ("12 345", 12345), ("12.345", 12345), ("1,234,567", 1234567), ("0", 0)],
)
def test_counts_are_read_as_spreadsheets_write_them(written, number):
    assert parse_count(written) == number


@pytest.mark.parametrize("written", ["612.5", "12.34", "-3", "", "twelve", "1.2345"])
def test_anything_but_a_whole_number_is_refused(written):
    assert parse_count(written) is None
