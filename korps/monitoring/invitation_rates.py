"""The response rate per unit: where the diversity manager should encourage people to
declare. The counts pass the one disclosure control (korps.disclosure): a unit's answered,
invited-but-silent and not-yet-invited staff form one table with its margins, and a rate is
shown only where both of its counts are."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Q

from korps.disclosure.cells import Cell, rate
from korps.disclosure.tables import suppress_column, suppress_table

from .invitations import answered_filter, in_service
from .models import InvitationBatch


@dataclass(frozen=True)
class RateRow:
    unit: str
    answered: Cell
    silent: Cell  # invited, not answered
    not_invited: Cell
    staff: Cell
    rate: float | None


@dataclass(frozen=True)
class ResponseRates:
    rows: list[RateRow]
    total: RateRow
    threshold: int
    without_address: Cell  # staff in service whom no e-mail reaches: the letters to print


def response_rates(*, organisation) -> ResponseRates:
    staff = in_service(organisation).annotate(answered=answered_filter(organisation))
    counts = list(
        staff.values("unit__name")
        .annotate(
            answered_n=Count("pk", filter=Q(answered=True)),
            silent_n=Count("pk", filter=Q(answered=False, invitation__invited_at__isnull=False)),
            not_invited_n=Count(
                "pk",
                filter=Q(answered=False)
                & (Q(invitation__isnull=True) | Q(invitation__invited_at__isnull=True)),
            ),
        )
        .order_by("unit__name")
    )
    threshold = organisation.effective_suppression_threshold
    grid = [[c["answered_n"], c["silent_n"], c["not_invited_n"]] for c in counts]
    table = suppress_table(grid or [[0, 0, 0]], threshold=threshold)
    rows = [
        _row(c["unit__name"], table.cells[i], table.row_totals[i]) for i, c in enumerate(counts)
    ]
    total = _row("", table.column_totals, table.total)
    without_address = suppress_column([staff.filter(email="").count()], threshold=threshold).total
    return ResponseRates(
        rows=rows, total=total, threshold=threshold, without_address=without_address
    )


def _row(unit: str, cells: list[Cell], staff: Cell) -> RateRow:
    return RateRow(
        unit=unit,
        answered=cells[0],
        silent=cells[1],
        not_invited=cells[2],
        staff=staff,
        rate=rate(cells[0], staff),
    )


def recent_batches(*, organisation, limit: int = 10) -> list[InvitationBatch]:
    return list(InvitationBatch.objects.filter(organisation=organisation)[:limit])
