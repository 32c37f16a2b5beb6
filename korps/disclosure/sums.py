"""Counts of people published with several of their sums: a campaign's hires per action,
per wave, per channel and in total. Each grouping (waves, channels) splits the parts (the
actions) into groups whose sums are shown too, and every grouping adds up to the same total.
The whole is suppressed and audited as one system of linked tables (tables.protect_tables):
one single-column table of parts per group, one table of the groups of each grouping, the
parts linked across groupings and the totals to each other."""

from __future__ import annotations

from collections.abc import Hashable

from .cells import Cell
from .tables import protect_tables


def protect_sums(
    parts: dict[Hashable, int],
    groupings: dict[str, dict[Hashable, list[Hashable]]],
    *,
    threshold: int,
) -> tuple[dict[Hashable, Cell], dict[str, dict[Hashable, Cell]], Cell]:
    """(cells of the parts, {grouping: {group: cell}}, cell of the total). Every part is in
    exactly one group of each grouping."""
    tables, links, where = [], [], {}
    group_cells = {}
    totals = []
    for name, groups in groupings.items():
        names = [g for g in groups if groups[g]]
        summary = len(tables)
        tables.append([[sum(parts[p] for p in groups[g])] for g in names])
        totals.append((summary, len(names), 0))
        for row, group in enumerate(names):
            table = len(tables)
            members = groups[group]
            tables.append([[parts[p]] for p in members])
            links.append(((table, len(members), 0), (summary, row, 0)))
            for number, part in enumerate(members):
                entry = (table, number, 0)
                if part in where:
                    links.append((where[part][0], entry))
                where.setdefault(part, []).append(entry)
            group_cells.setdefault(name, {})[group] = (summary, row, 0)
    if not tables:
        cells = protect_tables([[[count] for count in parts.values()]], threshold=threshold)[0]
        found = dict(zip(parts, (row[0] for row in cells.cells), strict=True))
        return found, {name: {} for name in groupings}, cells.total
    links += [(totals[0], other) for other in totals[1:]]
    protected = protect_tables(tables, threshold=threshold, links=links)

    def cell(entry):
        t, i, _j = entry
        table = protected[t]
        return table.total if i == len(table.cells) else table.cells[i][0]

    sums = {}
    for name, groups in groupings.items():
        placed = group_cells.get(name, {})
        sums[name] = {g: cell(placed[g]) if g in placed else Cell(0, threshold) for g in groups}
    return {part: cell(entries[0]) for part, entries in where.items()}, sums, cell(totals[0])
