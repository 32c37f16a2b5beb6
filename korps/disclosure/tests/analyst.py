"""The attacks of issue 11 on what an analyst downloads: `download(report, params)` gives a
report's CSV export for a period (params as the period picker sends them). The demo's suite
(test_attack.py) and the random small zones (test_property.py) run the same ones, with the
integer programs of attack.py."""

from __future__ import annotations

import csv
import io

from django.urls import reverse

from .attack import Program, _sum, add_grid, extreme, grid, number, sections, zeros_beside_hidden


def hidden_targets(cells, totals, atoms, key) -> dict:
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


def _staff_per_origin(program, tables) -> None:
    """The composition report's tables count the same staff per origin: the benchmark's
    rows, the gender table's row totals, the unit and grade tables' column totals and the
    trend's last row. The analyst knows these are equal."""
    per_origin = {}
    for title, (columns, rows, atoms) in tables.items():
        # ": active staff on" heads a breakdown's own table (monitoring/breakdown_reports.py).
        if title.startswith("Active staff by origin") or ": active staff on" in title:
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


def within_one_download(content: bytes, *, threshold: int, noise: int) -> dict:
    """Finding 1: the counts that one export pins down by itself."""
    program = Program(noise=noise, floor=threshold)
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
        targets.update(hidden_targets(cells, totals, atoms, (title,)))
    _staff_per_origin(program, tables)
    return program.determined(targets, below=threshold)


def months_of(params, months: list[str]) -> list[str]:
    """The atoms a period counts: "before" (everything before the horizon `months`) and
    the horizon's months it covers."""
    start, end = params.get("start"), params.get("end", months[-1])
    assert start is None or start >= months[0], "a period starts within the horizon"
    buckets = [] if start else ["before"]
    return buckets + [m for m in months if (start is None or m >= start) and m <= end]


def across_periods(
    download, report, *, periods, months, threshold: int, noise: int, keep=lambda title: True
) -> dict:
    """Finding 2: the counts per group and month that a report's downloads for every period
    pin down together. Each section is a table of people per group and outcome (the funnel's
    steps, retention's cohorts); a period counts the months it covers."""
    downloads = [
        (params, {t: v for t, v in sections(download(report, params)).items() if keep(t)})
        for params in periods
    ]
    steps = {title: columns for _p, found in downloads for title, (columns, _r) in found.items()}
    groups = {
        title: [row[0] for row in rows[:-1]]
        for _p, found in downloads
        for title, (_c, rows) in found.items()
    }
    program = Program(noise=noise, floor=threshold)

    def atom(step, i, j, month):
        return program.var((step, i, j, month))

    for params, found in downloads:
        counted = months_of(params, months)
        for step, columns in steps.items():
            width = len(columns) - 6
            if step not in found:  # no one in the period: every count is 0
                terms = {
                    atom(step, i, j, m): 1
                    for i in range(len(groups[step]))
                    for j in range(width)
                    for m in counted
                }
                if terms:
                    program.rows.append((terms, 0, 0))
                continue
            cells, totals = grid(*found[step])
            add_grid(
                program,
                cells,
                totals=totals,
                atoms=lambda i, j, s=step, c=counted: {atom(s, i, j, m): 1 for m in c},
            )
    targets = {}
    for step, columns in steps.items():
        width = len(columns) - 6
        for i, group in enumerate(groups[step]):
            for month in months:
                row = {atom(step, i, j, month): 1 for j in range(width)}
                targets[(step, group, month, "entering")] = row
                for j in range(width):
                    targets[(step, group, month, columns[2 + j])] = {atom(step, i, j, month): 1}
    return program.determined(targets, below=threshold)


def composition_months(download, *, months, threshold: int, noise: int) -> dict:
    """Finding 2: the corps at the end of two consecutive months differs by the month's
    joiners and leavers, per origin and gender. `months` are whole months before today's."""
    program = Program(noise=noise, floor=threshold)

    def atoms(month):
        def terms(i, j):
            found = {program.var(("before", i, j)): 1}
            for m in months[: months.index(month) + 1]:
                found[program.var((m, i, j), free=True)] = 1
            return found

        return terms

    shape = None
    for month in months:
        found = sections(download("composition", {"end": month}))
        if "Origin and gender" not in found:
            continue
        columns, rows = found["Origin and gender"]
        cells, totals = grid(columns, rows)
        shape = (len(cells) - 1, len(cells[0]) - 1)
        add_grid(program, cells, totals=totals, atoms=atoms(month))
    targets = {}
    for month in months[1:] if shape else []:
        for i in range(shape[0]):
            for j in range(shape[1]):
                flow = program.var((month, i, j), free=True)
                targets[(month, i, j, "joined")] = {flow: 1}
                targets[(month, i, j, "left")] = {flow: -1}
    return program.determined(targets, below=threshold)


def channel_origins_given_away(
    outreach: bytes, dashboards: list[bytes], channel_labels: dict, *, threshold, noise
) -> list:
    """Finding 3: the outreach report's hires per channel and origin, joined to the campaign
    dashboards' hires per channel (and the candidate list, which names the hires of a
    source): the (channel, origin) pairs that hold every hire of a channel, when those hires
    are fewer than the threshold."""
    found = sections(outreach)
    hires = [v for k, v in found.items() if k.startswith("Hires per channel")]
    if not hires:
        return []
    columns, rows = hires[0]
    cells, totals = grid(columns, rows)
    program = Program(noise=noise, floor=threshold)

    def atoms(i, j):
        return {program.var((i, j)): 1}

    add_grid(program, cells, totals=totals, atoms=atoms, hidden_least=zeros_beside_hidden(cells))
    per_channel = {}
    for content in dashboards:
        table = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
        head = table[0]
        for row in table[1:]:
            if row and row[0] == "channel":
                per_channel.setdefault(row[head.index("channel")], []).append(
                    number(row[head.index("hires")])
                )
    width = len(columns) - 2
    for i, row in enumerate(rows[:-1]):
        shown = per_channel.get(channel_labels.get(row[0]), [])
        if shown and None not in shown:  # the dashboards' figures, as they show them
            program.rows.append((_sum(atoms(i, j) for j in range(width)), sum(shown), sum(shown)))
    given_away = []
    for i, row in enumerate(rows[:-1]):
        everyone = _sum(atoms(i, j) for j in range(width))
        if not extreme(program, everyone, largest=True):
            continue
        for j in range(width):
            others = _sum(atoms(i, k) for k in range(width) if k != j)
            if extreme(program, others, largest=True) == 0:
                least = extreme(program, everyone, largest=False)
                if least and least < threshold:
                    given_away.append((row[0], columns[1 + j]))
    return given_away


def dashboards(client, zone) -> list[bytes]:
    """Every campaign dashboard's CSV export of the zone."""
    from korps.outreach.models import Campaign

    found = []
    for campaign in Campaign.objects.filter(organisation=zone):
        url = reverse("outreach_staff:dashboard_csv", kwargs={"zone": zone.code, "pk": campaign.pk})
        response = client.get(url)
        assert response.status_code == 200
        found.append(response.content)
    return found


def channel_labels() -> dict:
    from korps.outreach.models import Channel

    return {str(label): code for code, label in Channel.choices}
