"""Adverse impact: the four-fifths rule together with Fisher's exact test (two-sided), as
the US Uniform Guidelines advise."""

from scipy.stats import fisher_exact


def fisher_exact_p(a: int, b: int, c: int, d: int) -> float:
    """Two-sided p-value for the 2x2 table [[a, b], [c, d]] (scipy.stats.fisher_exact)."""
    if a + b + c + d == 0:
        return 1.0
    return float(fisher_exact([[a, b], [c, d]], alternative="two-sided").pvalue)
