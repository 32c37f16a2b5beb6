"""The population benchmark the composition report compares the corps with: per municipality
its latest year (or its latest up to a chosen year), and within one municipality and year
either its totals or, when it has none, its figures per gender, never both."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from .models import PopulationFigure


def _figures(organisation, year: int | None) -> list[dict]:
    """The rows the benchmark counts: per municipality, its latest year up to `year`; within
    it, the totals (gender empty) if there are any, else the figures per gender."""
    rows = PopulationFigure.objects.filter(organisation=organisation)
    if year is not None:
        rows = rows.filter(year__lte=year)
    rows = list(
        rows.order_by().values(
            "municipality_id",
            "municipality__name",
            "year",
            "origin_group",
            "gender",
            "count",
            "source",
        )
    )
    latest, with_totals = {}, set()
    for row in rows:
        town = row["municipality_id"]
        latest[town] = max(latest.get(town, 0), row["year"])
    for row in rows:
        if row["year"] == latest[row["municipality_id"]] and not row["gender"]:
            with_totals.add(row["municipality_id"])
    return [
        row
        for row in rows
        if row["year"] == latest[row["municipality_id"]]
        and (not row["gender"]) == (row["municipality_id"] in with_totals)
    ]


def benchmark_counts(*, organisation, year: int | None = None) -> dict[str, int]:
    """{origin group: people} of the zone's municipalities (see _figures)."""
    counts = {}
    for row in _figures(organisation, year):
        counts[row["origin_group"]] = counts.get(row["origin_group"], 0) + row["count"]
    return counts


@dataclass(frozen=True)
class BenchmarkDescription:
    sources: list[str]
    municipalities: list[tuple[str, int]]  # (name, year), by name

    @property
    def years(self) -> list[int]:
        return sorted({year for _name, year in self.municipalities})

    def __str__(self) -> str:
        places = ", ".join(f"{name} ({year})" for name, year in self.municipalities)
        return _("Population benchmark: %(places)s; source: %(sources)s.") % {
            "places": places,
            "sources": ", ".join(self.sources),
        }


def benchmark_description(organisation, *, year: int | None = None) -> BenchmarkDescription | None:
    """What the benchmark is made of: its sources, and each municipality with the year
    counted; None when the zone has no population figures (up to `year`)."""
    rows = _figures(organisation, year)
    if not rows:
        return None
    return BenchmarkDescription(
        sources=sorted({row["source"] for row in rows}),
        municipalities=sorted({(row["municipality__name"], row["year"]) for row in rows}),
    )
