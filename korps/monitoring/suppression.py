"""Small-cell suppression: the one function every figure passes through before it leaves korps
(pages, charts, exports).

A count below the zone's threshold is shown as "<5" (primary suppression). Where a hidden
count could be recomputed from a row or column total, a second cell is hidden too (secondary
suppression): the table is seen together with its totals, and every row and column of it
that holds a hidden entry must hold at least two. Zero counts may be shown. Rates and ratios
computed from a hidden count are hidden as well."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Cell:
    """A count as it may be shown. `value` is None when the count is suppressed."""

    value: int | None
    threshold: int

    @property
    def suppressed(self) -> bool:
        return self.value is None

    def __str__(self) -> str:
        return f"<{self.threshold}" if self.value is None else str(self.value)


@dataclass(frozen=True)
class SuppressedTable:
    cells: list[list[Cell]]
    row_totals: list[Cell]
    column_totals: list[Cell]
    total: Cell


def suppress_table(counts: list[list[int]], *, threshold: int) -> SuppressedTable:
    """Suppress a table of counts with its row totals, column totals and grand total.

    The table and its margins form one grid of (rows + 1) x (columns + 1) entries in which
    every line adds up to its last entry. Any line with exactly one hidden entry would give
    it away, so the smallest other non-zero entry of that line is hidden too, until no such
    line is left. Each round hides at least one more entry, so this ends."""
    if threshold < 1:
        raise ValueError("The threshold is 1 or more.")
    n_rows = len(counts)
    n_cols = len(counts[0]) if counts else 0
    if any(len(row) != n_cols for row in counts):
        raise ValueError("Every row has the same number of columns.")
    grid = [list(row) + [sum(row)] for row in counts]
    grid.append([sum(row[j] for row in grid) for j in range(n_cols + 1)])
    hidden = [[0 < value < threshold for value in row] for row in grid]
    lines = [[(i, j) for j in range(n_cols + 1)] for i in range(n_rows + 1)]
    lines += [[(i, j) for i in range(n_rows + 1)] for j in range(n_cols + 1)]
    # How many entries each line hides, kept up to date (rows first, then columns), so that
    # a pass over the lines does not recount them.
    row_hidden = [sum(row) for row in hidden]
    col_hidden = [sum(hidden[i][j] for i in range(n_rows + 1)) for j in range(n_cols + 1)]
    changed = True
    while changed:
        changed = False
        for number, line in enumerate(lines):
            count = row_hidden[number] if number <= n_rows else col_hidden[number - n_rows - 1]
            if count != 1:
                continue
            others = [(grid[i][j], i, j) for i, j in line if not hidden[i][j] and grid[i][j] > 0]
            # A line with one hidden count always has a non-zero total to hide with it.
            _value, i, j = min(others)
            hidden[i][j] = True
            row_hidden[i] += 1
            col_hidden[j] += 1
            changed = True
    shown = [
        [Cell(None if hidden[i][j] else grid[i][j], threshold) for j in range(n_cols + 1)]
        for i in range(n_rows + 1)
    ]
    return SuppressedTable(
        cells=[row[:n_cols] for row in shown[:n_rows]],
        row_totals=[row[n_cols] for row in shown[:n_rows]],
        column_totals=shown[n_rows][:n_cols],
        total=shown[n_rows][n_cols],
    )


def suppress_column(counts: list[int], *, threshold: int) -> SuppressedTable:
    """A list of counts (one per group) with its total."""
    return suppress_table([[count] for count in counts], threshold=threshold)


def rate(numerator: Cell, denominator: Cell) -> float | None:
    """A share shown only when both counts are shown."""
    if numerator.suppressed or denominator.suppressed or not denominator.value:
        return None
    return numerator.value / denominator.value


def ratio(a: float | None, b: float | None) -> float | None:
    if a is None or b is None or not b:
        return None
    return a / b


def display(value) -> str:
    """A cell, rate or ratio for an export: suppressed ones as their mark, none as empty."""
    if isinstance(value, Cell):
        return str(value)
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)
