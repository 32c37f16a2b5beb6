"""The attack of issue 11, as an analyst of the demo zone would run it with nothing but what
korps lets them download: every report's CSV for every period the period picker offers up to
a horizon (each month, each month from the beginning, the quick choices) and the campaign
dashboards' exports. An integer program over the unknown true counts, with every published
figure as a constraint, must not pin any count from 1 up to the threshold (excluded).

The four findings: (1) within one table, shown zeros and margins pin hidden cells; (2) two
periods differ by a small count; (3) a breakdown by origin joined to a count elsewhere gives
one person's origin away; (4) a zone's own threshold below korps's."""

import csv
import io
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

from .attack import Program, add_grid, extreme, grid, number, sections, zeros_beside_hidden

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


def _hidden_targets(program, cells, totals, atoms, key) -> dict:
    """Every hidden entry of a grid, as the sum of the atoms it counts."""
    body = cells[:-1] if totals else cells
    width = len(cells[0]) - 1
    found = {}
    for i, row in enumerate(body):
        for j in range(width):
            if number(row[j]) is None:
                found[(*key, i, j)] = atoms(i, j)
        if number(row[width]) is None:
            found[(*key, i, "total")] = _sum(atoms(i, j) for j in range(width))
    if totals:
        for j in range(width):
            if number(cells[-1][j]) is None:
                found[(*key, "total", j)] = _sum(atoms(i, j) for i in range(len(body)))
    return found


def _sum(many) -> dict:
    total = {}
    for terms in many:
        for var, coefficient in terms.items():
            total[var] = total.get(var, 0) + coefficient
    return total


def _staff_per_origin(program, tables) -> None:
    """The composition report's tables count the same staff per origin: the benchmark's
    rows, the gender table's row totals, the unit and grade tables' column totals and the
    trend's last row. The analyst knows these are equal."""
    per_origin = {}
    for title, (columns, rows, atoms) in tables.items():
        if title.startswith("Active staff by origin"):
            for i, row in enumerate(rows[:-1]):
                per_origin.setdefault(row[0], []).append(atoms(i, 0))
        elif title == "Origin and gender":
            for i, row in enumerate(rows[:-1]):
                per_origin.setdefault(row[0], []).append(
                    _sum(atoms(i, j) for j in range(len(columns) - 2))
                )
        elif title in ("Per unit", "Per grade"):
            for j, label in enumerate(columns[1:-1]):
                per_origin.setdefault(label, []).append(
                    _sum(atoms(i, j) for i in range(len(rows) - 1))
                )
        elif title.startswith("Trend"):
            last = len(rows) - 1
            for j, label in enumerate(columns[1:-1]):
                per_origin.setdefault(label, []).append(atoms(last, j))
    for sums in per_origin.values():
        for other in sums[1:]:
            difference = _sum([sums[0], {v: -c for v, c in other.items()}])
            program.rows.append((difference, 0, 0))


def within_one_download(content: bytes, threshold: int, report: str) -> dict:
    """Finding 1: the counts that one export pins down by itself."""
    program = Program(noise=_noise(report), floor=threshold)
    targets, tables = {}, {}
    grids = {title: grid(columns, rows) for title, (columns, rows) in sections(content).items()}
    least = int(any(zeros_beside_hidden(g[0]) for g in grids.values() if g))
    for title, (columns, rows) in sections(content).items():
        found = grids[title]
        if found is None:
            continue
        cells, totals = found

        def atoms(i, j, title=title):
            return {program.var((title, i, j)): 1}

        tables[title] = (columns, rows, atoms)
        add_grid(program, cells, totals=totals, atoms=atoms, hidden_least=least)
        targets.update(_hidden_targets(program, cells, totals, atoms, (title,)))
    _staff_per_origin(program, tables)
    return program.determined(targets, below=threshold)


def test_no_export_of_the_demo_zone_pins_a_small_count_by_itself(client, demo):
    threshold = demo.effective_suppression_threshold
    pinned = {}
    for report, params in itertools.product(REPORTS, PRESETS):
        found = within_one_download(_export(client, demo, report, params), threshold, report)
        pinned.update({(report, str(params), *key): v for key, v in found.items()})

    assert pinned == {}


def _months_of(params) -> list[str]:
    """The atoms a period counts: "before" (everything before the horizon) and its months."""
    start, end = params.get("start"), params.get("end", MONTHS[-1])
    buckets = [] if start else ["before"]
    return buckets + [m for m in MONTHS if (start is None or m >= start) and m <= end]


def across_periods(client, demo, report: str) -> dict:
    """Finding 2: the counts per group and month that a report's downloads for every period
    of the horizon pin down together (each section a table of people per group and
    outcome; a period counts the months it covers)."""
    threshold = demo.effective_suppression_threshold
    periods = [*PRESETS, *({"end": m} for m in MONTHS), *({"start": m, "end": m} for m in MONTHS)]
    downloads = [(params, sections(_export(client, demo, report, params))) for params in periods]
    steps = {title: columns for _p, found in downloads for title, (columns, _r) in found.items()}
    groups = {
        title: [row[0] for row in rows[:-1]]
        for _p, found in downloads
        for title, (_c, rows) in found.items()
    }
    program = Program(noise=_noise(report), floor=threshold)

    def atom(step, i, j, month):
        return program.var((step, i, j, month))

    for params, found in downloads:
        months = _months_of(params)
        for step, columns in steps.items():
            width = len(columns) - 6
            if step not in found:  # no one in the period: every count is 0
                terms = {
                    atom(step, i, j, m): 1
                    for i in range(len(groups[step]))
                    for j in range(width)
                    for m in months
                }
                program.rows.append((terms, 0, 0))
                continue
            cells, totals = grid(*found[step])
            add_grid(
                program,
                cells,
                totals=totals,
                atoms=lambda i, j, s=step, months=months: {atom(s, i, j, m): 1 for m in months},
            )
    targets = {}
    for step, columns in steps.items():
        width = len(columns) - 6
        for i, group in enumerate(groups[step]):
            for month in MONTHS:
                row = {atom(step, i, j, month): 1 for j in range(width)}
                targets[(step, group, month, "entering")] = row
                for j in range(width):
                    targets[(step, group, month, columns[2 + j])] = {atom(step, i, j, month): 1}
    return program.determined(targets, below=threshold)


def test_no_two_periods_of_the_funnel_pin_a_small_month(client, demo):
    """Finding 2: 'up to 2025-12' and 'up to 2026-01' differ by January's candidates."""
    assert across_periods(client, demo, "funnel") == {}


def test_no_two_periods_of_retention_pin_a_small_cohort(client, demo):
    """Finding 2 for retention and promotion: the staff who started up to one month and up
    to the next differ by that month's starters, and by who of them left or was promoted."""
    assert across_periods(client, demo, "retention") == {}


def test_no_two_months_of_the_composition_pin_a_small_number_of_joiners(client, demo):
    """Finding 2: the corps at the end of two consecutive months differs by the month's
    joiners and leavers, per origin and gender."""
    threshold = demo.effective_suppression_threshold
    program = Program(noise=_noise("composition"), floor=threshold)
    months = MONTHS[:-1]  # whole months before today's

    def atoms(month):
        def terms(i, j):
            found = {program.var(("before", i, j)): 1}
            for m in months[: months.index(month) + 1]:
                found[program.var((m, i, j), free=True)] = 1
            return found

        return terms

    shape = None
    for month in months:
        found = sections(_export(client, demo, "composition", {"end": month}))
        columns, rows = found["Origin and gender"]
        cells, totals = grid(columns, rows)
        shape = (len(cells) - 1, len(cells[0]) - 1)
        add_grid(program, cells, totals=totals, atoms=atoms(month))
    targets = {}
    for month in months[1:]:
        for i in range(shape[0]):
            for j in range(shape[1]):
                flow = program.var((month, i, j), free=True)
                targets[(month, i, j, "joined")] = {flow: 1}
                targets[(month, i, j, "left")] = {flow: -1}

    assert program.determined(targets, below=threshold) == {}


def test_no_channel_gives_the_origin_of_its_hires_away(client, demo):
    """Finding 3: the outreach report by origin, joined to the campaign dashboards' hires
    per channel (and the candidate list, which names the hires of a source)."""
    from korps.outreach.models import Campaign, Channel

    threshold = demo.effective_suppression_threshold
    found = sections(_export(client, demo, "outreach", {}))
    columns, rows = next(v for k, v in found.items() if k.startswith("Hires per channel"))
    cells, totals = grid(columns, rows)
    program = Program(noise=_noise("outreach"), floor=threshold)

    def atoms(i, j):
        return {program.var((i, j)): 1}

    add_grid(program, cells, totals=totals, atoms=atoms, hidden_least=zeros_beside_hidden(cells))
    labels = {str(label): code for code, label in Channel.choices}
    per_channel = {}
    for campaign in Campaign.objects.filter(organisation=demo):
        url = reverse("outreach_staff:dashboard_csv", kwargs={"zone": demo.code, "pk": campaign.pk})
        response = client.get(url)
        assert response.status_code == 200
        table = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        head = table[0]
        for row in table[1:]:
            if row and row[0] == "channel":
                per_channel.setdefault(row[head.index("channel")], []).append(
                    number(row[head.index("hires")])
                )
    width = len(columns) - 2
    for i, row in enumerate(rows[:-1]):
        shown = per_channel.get(labels.get(row[0]), [])
        if shown and None not in shown:  # the dashboards' figures, as they show them
            program.rows.append((_sum(atoms(i, j) for j in range(width)), sum(shown), sum(shown)))
    given_away = []
    for i, row in enumerate(rows[:-1]):
        hires = _sum(atoms(i, j) for j in range(width))
        if not extreme(program, hires, largest=True):
            continue
        for j in range(width):
            others = _sum(atoms(i, k) for k in range(width) if k != j)
            if extreme(program, others, largest=True) == 0:
                least = extreme(program, hires, largest=False)
                if least and least < threshold:
                    given_away.append((row[0], columns[1 + j]))

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
        targets.update(_hidden_targets(program, cells, True, atoms, (number_,)))

    assert program.determined(targets, below=threshold) == {}
