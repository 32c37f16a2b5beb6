import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import fisher_exact

from korps.monitoring.selectors import GroupOutcome, adverse_impact
from korps.monitoring.statistics import PValue, fisher_exact_p

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


def test_a_ratio_of_exactly_four_fifths_is_not_below_the_limit():
    """Issue 12, item 1: non-EU 48/80 against Belgian 75/100 is 0.8 exactly; floats make it
    0.7999999999999999, which was flagged. The flag compares the counts' exact fraction."""
    impact = adverse_impact(
        group=GroupOutcome("non_eu", entering=80, passed=48),
        best=GroupOutcome("belgian", entering=100, passed=75),
    )

    assert impact.ratio < 0.8  # the float still says below: that was the bug
    assert not impact.is_adverse(ratio_limit=0.8, p_limit=1.0)
    assert impact.is_adverse(ratio_limit=0.81, p_limit=1.0)


@pytest.mark.parametrize(
    ("p_value", "shown"),
    [
        (0.0475, "0.048"),
        (0.0499, "0.0499"),
        (0.05004, "0.050"),
        (0.0004, "< 0.001"),
        (0.3, "0.300"),
    ],
)
def test_a_p_value_is_shown_with_the_digits_that_agree_with_its_flag(p_value, shown):
    """Issue 12, item 6: p = 0.0475 was shown as "0.05" next to "yes"."""
    p = PValue(p_value, limit=0.05)

    assert f"{p:.2f}" == f"{p:.3f}" == str(p) == shown
