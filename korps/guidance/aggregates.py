"""Counts that apps above guidance keep over candidates' step results (the monitoring
funnel). Guidance does not know them; every write to a candidate's attempts runs inside
`candidates_changing`, which asks each registered keeper for the candidates' share of its
counts before and after the write and hands it the difference, in the same transaction."""

from collections.abc import Iterable
from contextlib import contextmanager
from typing import Protocol

from korps.core.locks import lock_rows

from .models import Candidate


class AggregateKeeper(Protocol):
    def count(self, candidate_ids: list[int]) -> dict:
        """The candidates' share of the kept counts: {key: number}."""

    def add(self, delta: dict) -> None:
        """Add these (possibly negative) numbers to the kept counts."""


KEEPERS: list[AggregateKeeper] = []


def register_aggregate_keeper(keeper: AggregateKeeper) -> None:
    if keeper not in KEEPERS:
        KEEPERS.append(keeper)


def difference(after: dict, before: dict) -> dict:
    delta = {key: after.get(key, 0) - before.get(key, 0) for key in after.keys() | before.keys()}
    return {key: value for key, value in delta.items() if value}


@contextmanager
def candidates_changing(candidate_ids: Iterable[int]):
    """Inside a transaction, around the reads and writes of the change. The candidates' rows
    are locked first, so that two writes for one candidate (a result and a declaration, say)
    count their before and after in turn rather than both from the same before."""
    ids = sorted(set(candidate_ids))
    lock_rows(Candidate.objects.filter(pk__in=ids))
    before = [(keeper, keeper.count(ids)) for keeper in KEEPERS]
    yield
    for keeper, counted in before:
        delta = difference(keeper.count(ids), counted)
        if delta:
            keeper.add(delta)
