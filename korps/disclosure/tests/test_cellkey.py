import pytest

from korps.disclosure.cellkey import KEYS, MAX_NOISE, PTABLE, perturbed, record_key
from korps.disclosure.tables import protect_tables


def test_the_perturbation_table_is_fixed_symmetric_and_small():
    assert len(PTABLE) == KEYS
    assert sum(PTABLE) == 0
    assert max(map(abs, PTABLE)) == MAX_NOISE
    assert PTABLE.count(1) == PTABLE.count(-1) and PTABLE.count(2) == PTABLE.count(-2)


def test_the_same_cell_always_shows_the_same_figure():
    assert {perturbed(37, 1234) for _ in range(20)} == {perturbed(37, 1234)}


def test_a_zero_stays_zero_and_a_shown_count_never_looks_small():
    assert perturbed(0, 17) == 0
    for key in range(KEYS):
        assert perturbed(5, key, threshold=5) >= 5
        assert abs(perturbed(40, key) - 40) <= MAX_NOISE


def test_two_periods_one_person_apart_differ_by_noise_not_by_the_person():
    # 20 people, then the same 20 and one more: the keys' sums differ by the newcomer's key.
    keys = [record_key() for _ in range(21)]
    differences = set()
    for newcomer in range(KEYS):
        before = perturbed(20, sum(keys[:20]))
        after = perturbed(21, sum(keys[:20]) + newcomer)
        differences.add(after - before)
    assert len(differences) > 1  # the difference no longer says "one more person"


def test_record_keys_are_drawn_at_random():
    assert len({record_key() for _ in range(200)}) > 100


@pytest.mark.django_db
def test_a_new_candidate_gets_a_record_key(zone):
    from korps.guidance.tests.factories import CandidateFactory

    keys = {CandidateFactory(organisation=zone).record_key for _ in range(30)}
    assert all(0 <= key < KEYS for key in keys) and len(keys) > 1


def test_hidden_cells_are_chosen_on_the_true_counts_and_shown_ones_carry_noise():
    counts = [[3, 40, 50], [25, 30, 60], [20, 35, 70]]
    keys = [[7, 900, 12], [300, 11, 5], [8, 1000, 77]]
    (table,) = protect_tables([counts], threshold=5, keys=[keys])
    (exact,) = protect_tables([counts], threshold=5)

    assert table.cells[0][0].suppressed
    shown = 0
    for i, row in enumerate(table.cells):
        for j, cell in enumerate(row):
            assert cell.suppressed == exact.cells[i][j].suppressed
            if not cell.suppressed:
                assert cell.value == perturbed(counts[i][j], keys[i][j], threshold=5)
                shown += 1
    assert shown
    assert table.total.value == perturbed(sum(map(sum, counts)), sum(map(sum, keys)), threshold=5)
