"""Adverse impact: the four-fifths rule together with Fisher's exact test (two-sided), as
the US Uniform Guidelines advise. Fisher's test is computed exactly from the hypergeometric
distribution, with the same definition of "as or more extreme" as scipy.stats.fisher_exact."""

from math import comb


def fisher_exact_p(a: int, b: int, c: int, d: int) -> float:
    """Two-sided p-value for the 2x2 table [[a, b], [c, d]]."""
    row1, col1, n = a + b, a + c, a + b + c + d
    if n == 0:
        return 1.0
    low, high = max(0, col1 - (n - row1)), min(row1, col1)

    def weight(x: int) -> int:
        return comb(row1, x) * comb(n - row1, col1 - x)

    observed = weight(a)
    # scipy counts tables whose probability is within a relative 1e-7 of the observed one.
    extreme = sum(
        w for x in range(low, high + 1) if (w := weight(x)) * 10**7 <= observed * (10**7 + 1)
    )
    return min(1.0, extreme / comb(n, col1))
