"""The shape every monitoring report shares (sections of suppressed cells) and the small
helpers the reports build their tables with."""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext as _

from .models import (
    NOT_DECLARED,
    Gender,
    MonitoringSettings,
    origin_groups,
)
from .periods import Period
from .summaries import (
    add_counts,
)


@dataclass
class Section:
    """One table of a report, ready for the page and the exports: every figure in `rows` is
    a suppressed Cell, a rate or ratio (None when hidden), or text."""

    key: str
    title: str
    columns: list[str]
    rows: list[list] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class Report:
    threshold: int
    sections: list[Section]
    chart: list[dict] = field(default_factory=list)  # only figures that may be shown
    trend: list[dict] = field(default_factory=list)  # shares per quarter, the same way
    period: Period = field(default_factory=Period)
    notes: list[str] = field(default_factory=list)  # what the report counts, above its tables


def folded_counts(counts: dict, labels: dict, at: int) -> dict:
    """Counts whose origin (the key's item `at`) is no longer one of the zone's categories
    (it changed them) count as not declared, so that totals stay whole."""
    folded = {}
    for key, value in counts.items():
        if key[at] not in labels:
            key = (*key[:at], NOT_DECLARED, *key[at + 1 :])
        add_counts(folded, {key: value})
    return folded


def group_labels(organisation) -> dict[str, str]:
    labels = {code: str(label) for code, label in origin_groups(organisation)}
    labels[NOT_DECLARED] = _("Not declared")
    return labels


def thresholds(organisation) -> dict:
    """The zone's limits for a flag, else korps's settings."""
    own = MonitoringSettings.objects.filter(organisation=organisation).first()
    return {
        "ratio": (own and own.adverse_impact_ratio) or settings.KORPS_ADVERSE_IMPACT_RATIO,
        "p": (own and own.adverse_impact_p) or settings.KORPS_ADVERSE_IMPACT_P,
        "small": (own and own.small_group) or settings.KORPS_SMALL_GROUP,
    }


def count_matrix(counts: dict, rows, columns, *, at: int | None = None) -> list[list[int]]:
    """The counts of a table (or, where they are (n, key sum) pairs, item `at` of them)."""

    def value(key):
        found = counts.get(key, 0)
        if isinstance(found, tuple):
            return found[at or 0]
        return found

    return [[value((r, c)) for c, _l in columns] for r, _l in rows]


def equal_links(matrices, links):
    """The links whose two figures are equal (a table without rows has no totals to link)."""

    def value(entry):
        t, i, j = entry
        grid = [[*row, sum(row)] for row in matrices[t]]
        width = len(matrices[t][0]) if matrices[t] else 0
        grid.append([sum(row[c] for row in grid) for c in range(width + 1)])
        return grid[i][j] if i < len(grid) and j < len(grid[i]) else None

    return [(a, b) for a, b in links if value(a) is not None and value(a) == value(b)]


def gender_codes() -> list[str]:
    return [code for code, _label in Gender.choices] + [NOT_DECLARED]


def cross_section(key, title, first, rows, columns, table) -> Section:
    section = Section(
        key=key, title=title, columns=[first, *[label for _c, label in columns], _("Total")]
    )
    for (_code, label), cells, total in zip(rows, table.cells, table.row_totals, strict=True):
        section.rows.append([label, *cells, total])
    section.rows.append([_("Total"), *table.column_totals, table.total])
    return section
