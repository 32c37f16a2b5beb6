from hypothesis import given, settings
from hypothesis import strategies as st

from korps.disclosure.cells import LEGEND, MARK, Cell, display, rate
from korps.disclosure.tables import protect_tables, ranges, suppress_column, suppress_table

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
    true = [[*row, sum(row)] for row in counts]
    true.append([sum(row[j] for row in true) for j in range(len(true[0]))])
    lines = [list(zip(s, t, strict=True)) for s, t in zip(shown, true, strict=True)]
    lines += [list(line) for line in zip(*lines, strict=True)]

    for line in lines:
        hidden = [value for cell, value in line if cell.suppressed]
        # A line with a hidden non-zero entry hides two (a lone hidden zero tells only that
        # it is zero, which is no small count).
        assert len(hidden) != 1 or hidden[0] == 0


@settings(max_examples=200, deadline=None)
@given(counts=tables, threshold=st.integers(min_value=1, max_value=12))
def test_shown_figures_are_the_true_counts(counts, threshold):
    result = suppress_table(counts, threshold=threshold)

    for i, row in enumerate(result.cells):
        for j, cell in enumerate(row):
            assert cell.suppressed or cell.value == counts[i][j]
        assert result.row_totals[i].suppressed or result.row_totals[i].value == sum(counts[i])


def test_every_hidden_count_carries_the_same_mark_whatever_the_reason():
    result = suppress_column([3, 20, 30], threshold=5)

    assert str(result.cells[0][0]) == MARK  # small itself
    assert str(result.cells[1][0]) == MARK  # hidden to protect the 3: no claim it is small
    assert display(result.cells[1][0]) == MARK
    assert result.cells[2][0].value == 30
    assert result.total.value == 53
    assert str(Cell(None, 10)) == MARK


def test_the_mark_has_a_legend_in_every_language():
    from django.utils import translation

    for language in ("nl", "fr", "en"):
        with translation.override(language):
            assert str(LEGEND).startswith(MARK)
    with translation.override("nl"):
        assert str(LEGEND) != "x: hidden to protect small numbers"


def test_zero_is_shown_away_from_hidden_counts():
    result = suppress_table([[0, 12], [9, 7]], threshold=5)

    assert [c.value for c in result.cells[0]] == [0, 12]


def test_zeros_beside_a_hidden_count_are_hidden_too():
    # A channel whose one hire is hidden, beside shown zeros, would say which group it is.
    result = suppress_table([[0, 1, 0], [20, 30, 40], [25, 35, 45]], threshold=5)

    assert all(cell.suppressed for cell in result.cells[0])


def test_a_higher_threshold_of_the_zone_hides_more():
    assert not suppress_column([7, 30], threshold=5).cells[0][0].suppressed
    assert suppress_column([7, 30], threshold=10).cells[0][0].suppressed


def test_the_mens_column_of_the_demo_no_longer_pins_a_hidden_count():
    # Finding 1: origin x gender, 389 men of whom 342 + 21 shown, two hidden cells adding up
    # to 26 whose bounds left one solution (a non-EU woman counted 1).
    counts = [[342, 300, 2], [21, 19, 0], [25, 1, 1], [1, 40, 0]]
    result = suppress_table(counts, threshold=5)
    shown = grid(result)
    hidden = {
        (0, i, j) for i, row in enumerate(shown) for j, cell in enumerate(row) if cell.suppressed
    }
    grids = [[[*row, sum(row)] for row in counts]]
    grids[0].append([sum(r[j] for r in grids[0]) for j in range(len(grids[0][0]))])
    small = [e for e in sorted(hidden) if 0 < grids[0][e[1]][e[2]] < 5]
    for low, high in ranges(grids, hidden, [], small):
        assert high - low >= 5


@settings(max_examples=150, deadline=None)
@given(counts=tables, threshold=st.integers(min_value=2, max_value=8))
def test_every_hidden_small_count_keeps_a_range_as_wide_as_the_threshold(counts, threshold):
    result = suppress_table(counts, threshold=threshold)
    shown = grid(result)
    grids = [[[*row, sum(row)] for row in counts]]
    grids[0].append([sum(r[j] for r in grids[0]) for j in range(len(grids[0][0]))])
    hidden = {
        (0, i, j) for i, row in enumerate(shown) for j, cell in enumerate(row) if cell.suppressed
    }
    small = [e for e in sorted(hidden) if 0 < grids[0][e[1]][e[2]] < threshold]
    for low, high in ranges(grids, hidden, [], small):
        assert high - low >= threshold


def test_linked_tables_hide_a_shared_figure_in_both():
    # The staff per origin: row totals of one table, column totals of the other.
    by_gender = [[30, 2], [40, 50]]
    by_unit = [[10, 40], [22, 50]]
    first, second = protect_tables(
        [by_gender, by_unit], threshold=5, links=[((0, 0, 2), (1, 2, 0)), ((0, 1, 2), (1, 2, 1))]
    )

    for origin in (0, 1):
        assert first.row_totals[origin].suppressed == second.column_totals[origin].suppressed


def test_a_rate_from_a_hidden_count_is_hidden():
    assert rate(Cell(None, 5), Cell(40, 5)) is None
    assert rate(Cell(10, 5), Cell(None, 5)) is None
    assert rate(Cell(10, 5), Cell(40, 5)) == 0.25
