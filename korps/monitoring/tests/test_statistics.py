import pytest

from korps.monitoring.selectors import GroupOutcome, adverse_impact
from korps.monitoring.statistics import fisher_exact_p

# Two-sided p-values from scipy.stats.fisher_exact (scipy 1.17.1) on the same tables. scipy
# itself is not a dependency: the pinned 1.18.1 needs Python 3.12 and korps runs on 3.11.
SCIPY = [
    ((3, 17, 12, 8), 0.007911693673651405),
    ((10, 30, 25, 15), 0.0014328738241224238),
    ((0, 5, 5, 0), 0.007936507936507938),
    ((7, 13, 9, 11), 0.7475272825662146),
    ((40, 60, 70, 30), 3.304592989272319e-05),
    ((1, 1, 1, 1), 1.0),
    ((12, 28, 30, 20), 0.0058643631314502535),
]


@pytest.mark.parametrize(("table", "expected"), SCIPY)
def test_fisher_exact_equals_scipy(table, expected):
    assert fisher_exact_p(*table) == pytest.approx(expected, rel=1e-9)


def test_ratio_and_p_value_of_a_group_against_the_best_group():
    group = GroupOutcome("non_eu", entering=40, passed=12)
    best = GroupOutcome("belgian", entering=50, passed=30)

    impact = adverse_impact(group=group, best=best)

    assert impact.ratio == pytest.approx((12 / 40) / (30 / 50))
    assert impact.p_value == pytest.approx(0.0058643631314502535, rel=1e-9)
