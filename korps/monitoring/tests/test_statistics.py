import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import fisher_exact

from korps.monitoring.selectors import GroupOutcome, adverse_impact
from korps.monitoring.statistics import fisher_exact_p

# Tables like those a zone's funnel produces, small and large.
TABLES = [
    (3, 17, 12, 8),
    (10, 30, 25, 15),
    (0, 5, 5, 0),
    (7, 13, 9, 11),
    (40, 60, 70, 30),
    (1, 1, 1, 1),
    (12, 28, 30, 20),
]


@pytest.mark.parametrize("table", TABLES)
def test_fisher_exact_equals_scipy(table):
    a, b, c, d = table
    expected = fisher_exact([[a, b], [c, d]], alternative="two-sided").pvalue

    assert fisher_exact_p(*table) == pytest.approx(expected, rel=1e-12)


def test_ratio_and_p_value_of_a_group_against_the_best_group():
    group = GroupOutcome("non_eu", entering=40, passed=12)
    best = GroupOutcome("belgian", entering=50, passed=30)

    impact = adverse_impact(group=group, best=best)

    assert impact.ratio == pytest.approx((12 / 40) / (30 / 50))
    assert impact.p_value == pytest.approx(fisher_exact([[12, 28], [30, 20]]).pvalue, rel=1e-12)


@settings(max_examples=300, deadline=None)
@given(
    st.tuples(
        st.integers(0, 3000), st.integers(0, 3000), st.integers(0, 3000), st.integers(0, 3000)
    )
    | st.tuples(st.integers(0, 30), st.integers(0, 30), st.integers(0, 30), st.integers(0, 30))
)
def test_fisher_exact_is_scipys_on_any_table(table):
    a, b, c, d = table
    expected = fisher_exact([[a, b], [c, d]], alternative="two-sided").pvalue

    assert fisher_exact_p(*table) == pytest.approx(float(expected), rel=1e-13, abs=1e-300)
