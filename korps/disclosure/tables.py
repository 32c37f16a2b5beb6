"""Cell suppression of tables of counts, audited on everything the tables show together.

A table is published with its row totals, column totals and grand total: one grid of
(rows + 1) x (columns + 1) entries in which every line adds up to its last entry. Tables of
one publication may share entries (the staff per origin are the row totals of one table and
the column totals of another); such `links` make them one system of equations.

1. Primary: a count from 1 up to the threshold (excluded) is hidden.
2. Zeros: a zero is not a small count and is shown, except in a line (row or column) that
   holds a hidden entry: there it is hidden too (and so on along its other line). So no
   hidden entry ever sits beside a shown zero, and a reader cannot tell a hidden zero from
   a hidden count: never that a hidden entry is at least 1, nor that everyone of a line is
   in its hidden entries (a channel whose only hire is hidden, beside shown zeros, gave that
   hire's group away). The audit therefore gives every hidden entry the lower bound 0.
3. Secondary: a line with a single hidden non-zero entry would give it away; the smallest
   other non-zero entry of that line is hidden with it. Linked entries are hidden together.
4. Audit: for every hidden entry whose count is small, linear programming (scipy's HiGHS,
   as tau-Argus audits a table) finds the least and the largest value that the shown figures
   allow, over all tables of the publication at once. Where that range is narrower than the
   threshold, the smallest shown non-zero entry of the entry's lines is hidden as well, and
   the audit runs again. The grids of counts of people are totally unimodular (each entry is
   in one row and one column), so the linear bounds are the integer ones.

Each round hides at least one more entry, so this ends; a table with every entry hidden
allows any value to every entry."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.optimize import linprog

from .cellkey import perturbed
from .cells import Cell

Entry = tuple[int, int, int]  # (table, row, column) in the grid with its margins


@dataclass(frozen=True)
class SuppressedTable:
    cells: list[list[Cell]]
    row_totals: list[Cell]
    column_totals: list[Cell]
    total: Cell


def suppress_table(counts: list[list[int]], *, threshold: int) -> SuppressedTable:
    """One table with its margins."""
    return protect_tables([counts], threshold=threshold)[0]


def suppress_column(counts: list[int], *, threshold: int) -> SuppressedTable:
    """A list of counts (one per group) with its total."""
    return suppress_table([[count] for count in counts], threshold=threshold)


def protect_tables(
    tables: list[list[list[int]]],
    *,
    threshold: int,
    links: list[tuple[Entry, Entry]] = (),
    keys: list[list[list[int]]] | None = None,
) -> list[SuppressedTable]:
    """Suppress tables that are published together; `links` pair entries that are the same
    figure (a pair whose counts differ is refused: it would make the audit wrong). With
    `keys` (for each count, the sum of its people's record keys), every shown count carries
    its cell-key noise (korps.disclosure.cellkey); what is hidden is decided on the true
    counts."""
    if threshold < 1:
        raise ValueError("The threshold is 1 or more.")
    grids = [_grid(counts) for counts in tables]
    for a, b in links:
        if _value(grids, a) != _value(grids, b):
            raise ValueError(f"Linked entries {a} and {b} differ.")
    hidden = {
        (t, i, j)
        for t, grid in enumerate(grids)
        for i, row in enumerate(grid)
        for j, value in enumerate(row)
        if 0 < value < threshold
    }
    while True:
        _spread(grids, hidden, links)
        narrow = _audit(grids, hidden, links, threshold)
        if not narrow:
            break
        for entry in narrow:
            _hide_partner(grids, hidden, entry)
    key_grids = [_grid(k) for k in keys] if keys else [None] * len(grids)
    return [
        _shown(grid, {(i, j) for t, i, j in hidden if t == number}, threshold, key_grids[number])
        for number, grid in enumerate(grids)
    ]


def _grid(counts: list[list[int]]) -> list[list[int]]:
    n_cols = len(counts[0]) if counts else 0
    if any(len(row) != n_cols for row in counts):
        raise ValueError("Every row has the same number of columns.")
    grid = [list(row) + [sum(row)] for row in counts]
    grid.append([sum(row[j] for row in grid) for j in range(n_cols + 1)])
    return grid


def _value(grids, entry: Entry) -> int:
    t, i, j = entry
    return grids[t][i][j]


def _lines(grid, t: int):
    """Every row and column of a grid, as entries."""
    rows, cols = len(grid), len(grid[0])
    for i in range(rows):
        yield [(t, i, j) for j in range(cols)]
    for j in range(cols):
        yield [(t, i, j) for i in range(rows)]


def _spread(grids, hidden: set, links) -> None:
    """Steps 2 and 3 until nothing changes: zeros beside hidden entries, a second entry in
    every line with one hidden non-zero entry, linked entries together."""
    changed = True
    while changed:
        changed = False
        for a, b in links:
            if (a in hidden) != (b in hidden):
                hidden.update((a, b))
                changed = True
        for t, grid in enumerate(grids):
            for line in _lines(grid, t):
                if not any(e in hidden for e in line):
                    continue
                zeros = [e for e in line if e not in hidden and _value(grids, e) == 0]
                if zeros:
                    hidden.update(zeros)
                    changed = True
                inside = [e for e in line if e in hidden and _value(grids, e)]
                if len(inside) == 1:
                    others = [e for e in line if e not in hidden and _value(grids, e) > 0]
                    if others:
                        hidden.add(min(others, key=lambda e: (_value(grids, e), e)))
                        changed = True


def _audit(grids, hidden: set, links, threshold: int) -> list[Entry]:
    """The hidden small entries whose range, given everything shown, is narrower than the
    threshold. The true counts are one solution; every program solved gives another. An
    entry that already varies by the threshold among them needs no program of its own; the
    others are maximised, and minimised where still needed."""
    small = sorted(e for e in hidden if 0 < _value(grids, e) < threshold)
    if not small:
        return []
    variables, a_eq, b_eq = _system(grids, hidden, links)
    seen = {e: [_value(grids, e), _value(grids, e)] for e in small}  # least, largest

    def note(x):
        if x is not None:
            for e in small:
                value = x[variables[e]]
                seen[e] = [min(seen[e][0], value), max(seen[e][1], value)]

    # Push all small entries up, then down, with random weights: most reach their range.
    rng = np.random.default_rng(11)
    for _sample in range(SAMPLES):
        for sign in (-1, 1):
            weights = np.zeros(len(variables))
            for e in small:
                weights[variables[e]] = sign * rng.uniform(0.5, 1.5)
            note(_solve(weights, a_eq, b_eq)[1])
    narrow = []
    for e in small:
        if seen[e][1] - seen[e][0] >= threshold - TOLERANCE:
            continue
        high, x = _extreme(variables, a_eq, b_eq, e, largest=True)
        note(x)
        if high - seen[e][0] >= threshold - TOLERANCE:
            continue
        low, x = _extreme(variables, a_eq, b_eq, e, largest=False)
        note(x)
        if high - low < threshold - TOLERANCE:
            narrow.append(e)
    return narrow


# Rounds of pushing the small entries up and down before the programs of single entries,
# and the rounding allowed.
SAMPLES = 1
TOLERANCE = 1e-6


def _system(grids, hidden: set, links):
    """The equations the shown entries put on the hidden ones: ({entry: variable}, A, b)."""
    variables = {e: number for number, e in enumerate(sorted(hidden))}
    rows, rhs = [], []
    for t, grid in enumerate(grids):
        for line in _lines(grid, t):
            if not any(e in variables for e in line):
                continue
            *parts, total = line
            row = np.zeros(len(variables))
            constant = 0
            for e in parts:
                if e in variables:
                    row[variables[e]] += 1
                else:
                    constant += _value(grids, e)
            if total in variables:
                row[variables[total]] -= 1
                rhs.append(-constant)
            else:
                rhs.append(_value(grids, total) - constant)
            rows.append(row)
    for a, b in links:
        if a in variables and b in variables:
            row = np.zeros(len(variables))
            row[variables[a]], row[variables[b]] = 1, -1
            rows.append(row)
            rhs.append(0)
    if not rows:
        return variables, None, None
    return variables, np.array(rows), np.array(rhs)


def _solve(objective, a_eq, b_eq):
    """(status, solution) of minimising the objective; the solution is None unless found."""
    result = linprog(objective, A_eq=a_eq, b_eq=b_eq, bounds=(0, None))
    if result.status not in (0, 3):
        raise RuntimeError(f"The audit's linear program failed: {result.message}")
    return result, (result.x if result.status == 0 else None)


def _extreme(variables, a_eq, b_eq, entry: Entry, *, largest: bool):
    """(the least or largest value of the entry, the solution that reaches it)."""
    objective = np.zeros(len(variables))
    objective[variables[entry]] = -1 if largest else 1
    result, x = _solve(objective, a_eq, b_eq)
    if x is None:  # unbounded
        return (float("inf") if largest else float("-inf")), None
    return (-result.fun if largest else result.fun), x


def ranges(grids, hidden: set, links, entries: list[Entry]) -> list[tuple[float, float]]:
    """The least and largest value of each of `entries` (hidden ones) that the shown entries
    of the grids allow, every hidden entry being 0 or more. An unbounded largest is inf."""
    variables, a_eq, b_eq = _system(grids, hidden, links)
    return [
        (
            _extreme(variables, a_eq, b_eq, e, largest=False)[0],
            _extreme(variables, a_eq, b_eq, e, largest=True)[0],
        )
        for e in entries
    ]


def _hide_partner(grids, hidden: set, entry: Entry) -> None:
    """Hide the smallest shown non-zero entry of the entry's lines, else of its table, else
    of any table."""
    t, i, j = entry
    grid = grids[t]
    near = [(t, i, c) for c in range(len(grid[0]))] + [(t, r, j) for r in range(len(grid))]
    table = [(t, r, c) for r in range(len(grid)) for c in range(len(grid[0]))]
    everywhere = [
        (n, r, c) for n, g in enumerate(grids) for r in range(len(g)) for c in range(len(g[0]))
    ]
    for candidates in (near, table, everywhere):
        shown = [e for e in candidates if e not in hidden and _value(grids, e) > 0]
        if shown:
            hidden.add(min(shown, key=lambda e: (_value(grids, e), e)))
            return


def _shown(grid, hidden: set, threshold: int, key_grid=None) -> SuppressedTable:
    n_rows, n_cols = len(grid) - 1, len(grid[0]) - 1

    def value(i, j):
        if (i, j) in hidden:
            return None
        if key_grid is None:
            return grid[i][j]
        return perturbed(grid[i][j], key_grid[i][j], threshold=threshold)

    shown = [[Cell(value(i, j), threshold) for j in range(n_cols + 1)] for i in range(n_rows + 1)]
    return SuppressedTable(
        cells=[row[:n_cols] for row in shown[:n_rows]],
        row_totals=[row[n_cols] for row in shown[:n_rows]],
        column_totals=shown[n_rows][:n_cols],
        total=shown[n_rows][n_cols],
    )
