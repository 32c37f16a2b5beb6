"""Counts that apps above guidance keep over candidates' step results (the monitoring
funnel). Guidance does not know them; every write to a candidate's attempts runs inside
`candidates_changing`, which asks each registered keeper for the candidates' share of its
counts before and after the write and hands it the difference, in the same transaction."""

from collections.abc import Iterable
from contextlib import contextmanager
from typing import Protocol

from korps.core.locks import lock_keys

from .models import Candidate


class AggregateKeeper(Protocol):
    def count(self, candidate_ids: list[int]) -> dict:
        """The candidates' share of the kept counts: {key: number}."""

    def add(self, delta: dict) -> None:
        """Add these (possibly negative) numbers to the kept counts."""


KEEPERS: list[AggregateKeeper] = []
LOCK_SLICE = 10_000


def register_aggregate_keeper(keeper: AggregateKeeper) -> None:
    if keeper not in KEEPERS:
        KEEPERS.append(keeper)


def difference(after: dict, before: dict) -> dict:
    """after - before, key by key; a count may be a number or a tuple of numbers (a count
    with the sum of its members' record keys, say)."""
    delta = {}
    for key in after.keys() | before.keys():
        a, b = after.get(key), before.get(key)
        if isinstance(a, tuple) or isinstance(b, tuple):
            width = len(a if a is not None else b)
            a, b = a or (0,) * width, b or (0,) * width
            value = tuple(x - y for x, y in zip(a, b, strict=True))
            if any(value):
                delta[key] = value
        elif (a or 0) - (b or 0):
            delta[key] = (a or 0) - (b or 0)
    return delta


@contextmanager
def candidates_changing(candidate_ids: Iterable[int]):
    """Inside a transaction, around the reads and writes of the change. The candidates' rows
    are locked first, so that two writes for one candidate (a result and a declaration, say)
    count their before and after in turn rather than both from the same before."""
    ids = sorted(set(candidate_ids))
    # In slices: SQLite takes at most 32,766 parameters in a statement (an import locks more).
    for start in range(0, len(ids), LOCK_SLICE):
        lock_keys(Candidate.objects.filter(pk__any_of=ids[start : start + LOCK_SLICE]))
    before = [(keeper, keeper.count(ids)) for keeper in KEEPERS]
    yield
    for keeper, counted in before:
        delta = difference(keeper.count(ids), counted)
        if delta:
            keeper.add(delta)
