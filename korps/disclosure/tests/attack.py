"""The analyst's attack on what korps publishes (issue 11): every published figure is a
linear constraint on unknown true counts (whole numbers, 0 or more); an integer program
(scipy's milp, HiGHS) then looks for every hidden or derived count that only one value fits.
The attacks themselves, on what an analyst downloads, are in analyst.py.

A shown figure that may carry noise (the cell-key method) gives the constraint
value - noise <= sum <= value + noise, with the largest noise korps documents; a shown zero
is exact. Hidden figures give no constraint."""

from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

Terms = dict[int, int]


@dataclass
class Program:
    """Unknown counts (by name) and the constraints that published figures put on them."""

    noise: int = 0
    floor: int = 0  # a shown non-zero count is at least this (the threshold)
    names: dict = field(default_factory=dict)
    rows: list = field(default_factory=list)  # (terms, low, high)
    free: set = field(default_factory=set)  # variables that may be negative (net flows)

    def var(self, name, *, free: bool = False) -> int:
        number = self.names.setdefault(name, len(self.names))
        if free:
            self.free.add(number)
        return number

    def published(self, terms: Terms, shown: int | None) -> None:
        if shown is None:
            return
        slack = self.noise if shown else 0
        low = max(shown - slack, self.floor) if shown else 0
        self.rows.append((terms, low, shown + slack))

    def _constraint(self):
        matrix = np.zeros((len(self.rows), len(self.names)))
        low, high = np.zeros(len(self.rows)), np.zeros(len(self.rows))
        for number, (terms, lo, hi) in enumerate(self.rows):
            for var, coefficient in terms.items():
                matrix[number, var] += coefficient
            low[number], high[number] = lo, hi
        return LinearConstraint(matrix, low, high)

    def _solve(self, objective, constraint):
        result = milp(
            objective,
            constraints=constraint,
            integrality=np.ones(len(self.names)),
            bounds=Bounds(
                [-np.inf if v in self.free else 0 for v in range(len(self.names))], np.inf
            ),
        )
        if result.status == 3 or (result.status != 0 and "unbounded" in result.message.lower()):
            return None
        assert result.status == 0, result.message
        return result.x

    def determined(self, targets: dict, *, below: int, samples: int = 6) -> dict:
        """{name: value} of the targets (name: terms) that only one value in 1..below-1
        fits. Targets that differ between integer solutions of random objectives are left
        out first; each remaining one is minimised and maximised."""
        if not self.rows or not targets:
            return {}
        constraint = self._constraint()
        n = len(self.names)

        def value(terms, x):
            return round(sum(c * x[v] for v, c in terms.items()))

        seen = {name: set() for name in targets}
        rng = random.Random(11)
        for _sample in range(samples):
            x = self._solve(np.array([rng.uniform(-1, 1) for _ in range(n)]), constraint)
            if x is None:
                continue
            for name, terms in targets.items():
                seen[name].add(value(terms, x))
        found = {}
        for name, terms in targets.items():
            if len(seen[name]) > 1 or any(v <= 0 or v >= below for v in seen[name]):
                continue
            objective = np.zeros(n)
            for var, coefficient in terms.items():
                objective[var] += coefficient
            high = self._solve(-objective, constraint)
            if high is None:
                continue
            top = value(terms, high)
            if top >= below or top <= 0:
                continue
            low = self._solve(objective, constraint)
            if value(terms, low) == top:
                found[name] = top
        return found


def number(text: str) -> int | None:
    """A shown count, or None for a hidden one (whatever its mark)."""
    text = text.strip()
    return int(text) if text.isdigit() else None


def sections(content: bytes) -> dict[str, tuple[list[str], list[list[str]]]]:
    """{title: (columns, rows)} of a report's CSV export (a leading legend is skipped)."""
    found, block = {}, []
    for row in [*csv.reader(io.StringIO(content.decode("utf-8-sig"))), []]:
        if any(cell.strip() for cell in row):
            block.append(row)
            continue
        if len(block) >= 2:
            found[block[0][0]] = (block[1], block[2:])
        block = []
    return found


def grid(columns: list[str], rows: list[list[str]]):
    """The additive grid of a section, as (entries, has column totals): entries[i][j] with
    the row total last; None when the section is no table of counts."""
    if columns[1] in ("People", "Entering", "Sitting the test"):
        outcomes = len(columns) - 6
        return [[*row[2 : 2 + outcomes], row[1]] for row in rows], True
    if columns[0] == "Date" and columns[-1] == "Total":
        return [row[1:] for row in rows], False
    if columns[-1] == "Total" and rows and rows[-1][0] == "Total":
        return [row[1:] for row in rows], True
    if columns[1:3] == ["Staff", "Share"]:
        return [[row[1], row[1]] for row in rows], True
    return None


def zeros_beside_hidden(cells) -> bool:
    """Whether a grid shows a zero in a line that holds a hidden entry: then zeros are shown
    whatever their neighbours, and a reader knows that every hidden entry is 1 or more."""
    lines = [list(row) for row in cells] + [list(column) for column in zip(*cells, strict=True)]
    return any(
        any(number(v) == 0 for v in line) and any(number(v) is None for v in line) for line in lines
    )


def add_grid(program: Program, cells, *, totals: bool, atoms, hidden_least: int = 0) -> None:
    """The constraints of one grid: each entry is the sum of `atoms(i, j)` (terms); rows add
    up to their last entry, and (with totals) columns to the last row. A hidden entry is at
    least `hidden_least`."""
    body = cells[:-1] if totals else cells
    width = len(cells[0]) - 1

    def entry(terms, text):
        program.published(terms, number(text))
        if number(text) is None and hidden_least:
            program.rows.append((terms, hidden_least, np.inf))

    for i, row in enumerate(body):
        for j in range(width):
            entry(atoms(i, j), row[j])
        entry(_sum(atoms(i, j) for j in range(width)), row[width])
    if totals:
        for j in range(width):
            entry(_sum(atoms(i, j) for i in range(len(body))), cells[-1][j])
        whole = _sum(atoms(i, j) for i in range(len(body)) for j in range(width))
        entry(whole, cells[-1][width])


def _sum(many) -> Terms:
    total: Terms = {}
    for terms in many:
        for var, coefficient in terms.items():
            total[var] = total.get(var, 0) + coefficient
    return total


def extreme(program: Program, terms: Terms, *, largest: bool) -> int | None:
    """The largest (or least) value of a sum that the published figures allow; None when
    unbounded."""
    objective = np.zeros(len(program.names))
    for var, coefficient in terms.items():
        objective[var] += coefficient
    x = program._solve(-objective if largest else objective, program._constraint())
    return None if x is None else round(sum(c * x[v] for v, c in terms.items()))
