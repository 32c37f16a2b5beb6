"""The attack of issue 11, as an analyst of the demo zone would run it with nothing but what
korps lets them download: every report's CSV for every period the period picker offers up to
a horizon (each month, each month from the beginning, the quick choices) and the campaign
dashboards' exports. An integer program over the unknown true counts, with every published
figure as a constraint, must not pin any count from 1 up to the threshold (excluded).

The four findings: (1) within one table, shown zeros and margins pin hidden cells; (2) two
periods differ by a small count; (3) a breakdown by origin joined to a count elsewhere gives
one person's origin away; (4) a zone's own threshold below korps's."""

import itertools

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from korps.disclosure.tables import protect_tables
from korps.organisations.models import Organisation, User

from .analyst import (
    across_periods,
    channel_labels,
    channel_origins_given_away,
    composition_months,
    dashboards,
    hidden_targets,
    within_one_download,
)
from .attack import Program, add_grid, zeros_beside_hidden

pytestmark = pytest.mark.django_db

REPORTS = ["composition", "funnel", "retention", "summary", "outreach"]
# The horizon: every month of the last two years of the demo (today is 2026-12-01).
MONTHS = [f"{year}-{month:02d}" for year in (2025, 2026) for month in range(1, 13)]
PRESETS = [{}, {"start": "2026-01"}, {"start": "2025-01", "end": "2025-12"}]


# The reports whose shown counts carry the cell-key noise.
PERTURBED = {"funnel", "composition", "summary", "outreach", "retention"}


def _noise(report: str) -> int:
    """The largest noise korps documents on a shown count of a report (0: exact)."""
    try:
        from korps.disclosure.cellkey import MAX_NOISE
    except ImportError:
        return 0
    return MAX_NOISE if report in PERTURBED else 0


@pytest.fixture
def demo(client):
    call_command("seed_demo", verbosity=0)
    zone = Organisation.objects.get(code="demo")
    client.force_login(User.objects.get(email="analist@demo.korps.test"))
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return zone


def _export(client, zone, report, params) -> bytes:
    kwargs = {"zone": zone.code, "report": report, "format": "csv"}
    url = reverse("monitoring:export", kwargs=kwargs)
    response = client.get(url, params)
    assert response.status_code == 200, (report, params)
    return response.content


def _download(client, zone):
    def download(report, params):
        return _export(client, zone, report, params)

    return download


def test_no_export_of_the_demo_zone_pins_a_small_count_by_itself(client, demo):
    threshold = demo.effective_suppression_threshold
    pinned = {}
    for report, params in itertools.product(REPORTS, PRESETS):
        content = _export(client, demo, report, params)
        found = within_one_download(content, threshold=threshold, noise=_noise(report))
        pinned.update({(report, str(params), *key): v for key, v in found.items()})

    assert pinned == {}


PERIODS = [*PRESETS, *({"end": m} for m in MONTHS), *({"start": m, "end": m} for m in MONTHS)]


@pytest.mark.parametrize("basis", ["sat", "entered"])
def test_no_two_periods_of_the_funnel_pin_a_small_month(client, demo, basis):
    """Finding 2: 'up to 2025-12' and 'up to 2026-01' differ by January's candidates; on
    either basis of the pass rate the reader may choose."""
    pinned = across_periods(
        _download(client, demo),
        "funnel",
        periods=[{**period, "basis": basis} for period in PERIODS],
        months=MONTHS,
        threshold=demo.effective_suppression_threshold,
        noise=_noise("funnel"),
    )

    assert pinned == {}


def test_no_two_periods_of_retention_pin_a_small_cohort(client, demo):
    """Finding 2 for retention: the staff who started up to one month and up to the next
    differ by that month's starters, and by who of them left. (Promotion counts the staff in
    service on the period's last day, not a cohort of starters: its tables are left out of
    this model of the periods.)"""
    pinned = across_periods(
        _download(client, demo),
        "retention",
        periods=PERIODS,
        months=MONTHS,
        threshold=demo.effective_suppression_threshold,
        noise=_noise("retention"),
        keep=lambda title: title.startswith("Still in service"),
    )

    assert pinned == {}


def test_no_two_months_of_the_composition_pin_a_small_number_of_joiners(client, demo):
    """Finding 2: the corps at the end of two consecutive months differs by the month's
    joiners and leavers, per origin and gender."""
    pinned = composition_months(
        _download(client, demo),
        months=MONTHS[:-1],  # whole months before today's
        threshold=demo.effective_suppression_threshold,
        noise=_noise("composition"),
    )

    assert pinned == {}


def test_no_channel_gives_the_origin_of_its_hires_away(client, demo):
    """Finding 3: the outreach report by origin, joined to the campaign dashboards' hires
    per channel (and the candidate list, which names the hires of a source)."""
    given_away = channel_origins_given_away(
        _export(client, demo, "outreach", {}),
        dashboards(client, demo),
        channel_labels(),
        threshold=demo.effective_suppression_threshold,
        noise=_noise("outreach"),
    )

    assert given_away == []


small_tables = st.integers(min_value=1, max_value=4).flatmap(
    lambda cols: st.lists(
        st.lists(st.one_of(st.integers(0, 4), st.integers(0, 40)), min_size=cols, max_size=cols),
        min_size=1,
        max_size=5,
    )
)


def _as_text(table) -> list[list[str]]:
    """A suppressed table as its export shows it (rows with their totals, then the totals)."""
    pairs = zip(table.cells, table.row_totals, strict=True)
    rows = [[*map(str, cells), str(total)] for cells, total in pairs]
    return [*rows, [*map(str, table.column_totals), str(table.total)]]


@hypothesis_settings(max_examples=60, deadline=None)
@given(first=small_tables, second=small_tables, threshold=st.integers(2, 6))
def test_the_attack_finds_nothing_in_random_small_zones(first, second, threshold):
    """Two tables of a random small zone (say candidates and hires per channel and origin),
    published together as a report is: the same integer program pins nothing small."""
    program = Program()
    targets = {}
    for number_, table in enumerate(protect_tables([first, second], threshold=threshold)):
        cells = _as_text(table)

        def atoms(i, j, n=number_):
            return {program.var((n, i, j)): 1}

        add_grid(program, cells, totals=True, atoms=atoms, hidden_least=zeros_beside_hidden(cells))
        targets.update(hidden_targets(cells, True, atoms, (number_,)))

    assert program.determined(targets, below=threshold) == {}
