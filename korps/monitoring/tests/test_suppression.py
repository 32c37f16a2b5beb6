from hypothesis import given, settings
from hypothesis import strategies as st

from korps.monitoring.suppression import Cell, rate, suppress_column, suppress_table

tables = st.integers(min_value=1, max_value=5).flatmap(
    lambda cols: st.lists(
        st.lists(st.integers(min_value=0, max_value=40), min_size=cols, max_size=cols),
        min_size=1,
        max_size=6,
    )
)


def grid(result):
    rows = [[*cells, total] for cells, total in zip(result.cells, result.row_totals, strict=True)]
    return [*rows, [*result.column_totals, result.total]]


@settings(max_examples=300, deadline=None)
@given(counts=tables, threshold=st.integers(min_value=1, max_value=12))
def test_no_shown_figure_is_below_the_threshold(counts, threshold):
    result = suppress_table(counts, threshold=threshold)

    for line in grid(result):
        for cell in line:
            assert cell.suppressed or cell.value == 0 or cell.value >= threshold


@settings(max_examples=300, deadline=None)
@given(counts=tables, threshold=st.integers(min_value=1, max_value=12))
def test_no_hidden_figure_can_be_recomputed_from_the_totals(counts, threshold):
    shown = grid(suppress_table(counts, threshold=threshold))
    columns = [list(column) for column in zip(*shown, strict=True)]

    for line in shown + columns:
        hidden = sum(cell.suppressed for cell in line)
        # The last entry of each line is its total: a line with a hidden entry hides two.
        assert hidden == 0 or hidden >= 2


@settings(max_examples=200, deadline=None)
@given(counts=tables, threshold=st.integers(min_value=1, max_value=12))
def test_shown_figures_are_the_true_counts(counts, threshold):
    result = suppress_table(counts, threshold=threshold)

    for i, row in enumerate(result.cells):
        for j, cell in enumerate(row):
            assert cell.suppressed or cell.value == counts[i][j]
        assert result.row_totals[i].suppressed or result.row_totals[i].value == sum(counts[i])


def test_a_small_count_is_shown_with_the_threshold():
    result = suppress_column([3, 20, 30], threshold=5)

    assert str(result.cells[0][0]) == "<5"
    assert result.cells[1][0].suppressed  # the smallest other count hides with it
    assert result.cells[2][0].value == 30
    assert result.total.value == 53


def test_zero_is_shown():
    result = suppress_table([[0, 12], [9, 7]], threshold=5)

    assert [c.value for c in result.cells[0]] == [0, 12]


def test_a_higher_threshold_of_the_zone_hides_more():
    assert not suppress_column([7, 30], threshold=5).cells[0][0].suppressed
    assert str(suppress_column([7, 30], threshold=10).cells[0][0]) == "<10"


def test_a_rate_from_a_hidden_count_is_hidden():
    assert rate(Cell(None, 5), Cell(40, 5)) is None
    assert rate(Cell(10, 5), Cell(None, 5)) is None
    assert rate(Cell(10, 5), Cell(40, 5)) == 0.25
