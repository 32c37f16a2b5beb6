"""Adverse impact: the four-fifths rule together with Fisher's exact test (two-sided), as
the US Uniform Guidelines advise.

`fisher_exact_p` follows scipy.stats.fisher_exact (scipy 1.17) step by step for a 2x2 table:
the same hypergeometric distribution, the same mode, tolerance and search for the other
tail. It calls the distribution's own methods without their per-call argument checking,
which is most of scipy's time on large counts (the reports call it for every group of every
step and grade); the support checks that the public methods would make are made here once.
A property test holds it equal to scipy.stats.fisher_exact."""

from scipy.stats import hypergeom

EPSILON = 1e-14


def _other_tail(values, target: float, low: int, high: int) -> int:
    """The i between low and high with values(i) <= target < values(i + 1), for values
    that rise over the range (a binary search)."""
    while low < high:
        middle = low + (high - low) // 2
        value = values(middle)
        if value < target:
            low = middle + 1
        elif value > target:
            high = middle - 1
        else:
            return middle
    return low if values(low) <= target else low - 1


def fisher_exact_p(a: int, b: int, c: int, d: int) -> float:
    """Two-sided p-value for the 2x2 table [[a, b], [c, d]]."""
    if 0 in (a + b, c + d, a + c, b + d):
        return 1.0
    row, total, column = a + b, a + b + c + d, a + c
    # The support of the hypergeometric distribution of the top-left cell.
    lowest, highest = max(0, column - (c + d)), min(column, row)

    def pmf(x):
        if x < lowest or x > highest:
            return 0.0
        return float(hypergeom._pmf(x, total, row, column))

    def cdf(x):
        if x < lowest:
            return 0.0
        return 1.0 if x >= highest else float(hypergeom._cdf(x, total, row, column))

    def sf(x):
        if x < lowest:
            return 1.0
        return 0.0 if x >= highest else float(hypergeom._sf(x, total, row, column))

    mode = int((column + 1) * (row + 1) / (total + 2))
    exact, at_mode = pmf(a), pmf(mode)
    gamma = 1 + EPSILON
    if abs(exact - at_mode) / max(exact, at_mode) <= EPSILON:
        return 1.0
    if a < mode:
        lower = cdf(a)
        if pmf(column) > exact * gamma:
            return min(lower, 1.0)
        guess = _other_tail(lambda x: -pmf(x), -exact * gamma, mode, column)
        return min(lower + sf(guess), 1.0)
    upper = sf(a - 1)
    if pmf(0) > exact * gamma:
        return min(upper, 1.0)
    guess = _other_tail(pmf, exact * gamma, 0, mode)
    return min(upper + cdf(guess), 1.0)


class PValue(float):
    """A p-value that prints with as many decimals as it takes to agree with the flag beside
    it: 0.0475 against a limit of 0.05 is "0.048", never "0.05"; below 0.001 it is "< 0.001".
    Pages and exports format it through format() or str(), whatever precision they ask."""

    def __new__(cls, value: float, *, limit: float):
        p_value = super().__new__(cls, value)
        p_value.limit = limit
        return p_value

    def text(self) -> str:
        value = float(self)
        if value < 0.001:
            return "< 0.001"
        digits = 3
        while digits < 6 and (round(value, digits) < self.limit) != (value < self.limit):
            digits += 1
        return f"{value:.{digits}f}"

    def __format__(self, spec: str) -> str:
        return self.text()

    def __str__(self) -> str:
        return self.text()
