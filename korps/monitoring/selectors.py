"""Reads of the monitoring app. The reports read the summary tables (summaries.py), which
the services keep in the same transactions as the facts, so they never scan the raw rows at
national scale; Python only arranges aggregated rows into tables and passes every table
through suppression.

Each report lives in its own module (composition, funnel, retention; report.py and impact.py
hold what they share); this module names them all for the views and exports, and holds the
two reports built from the others: the programme summary and outreach by group."""

from django.db.models import Count, Q, Sum, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import gettext as _

from korps.disclosure.tables import protect_tables

from .benchmark import BenchmarkDescription, benchmark_counts, benchmark_description  # noqa: F401
from .composition import (  # noqa: F401
    STAFF_COLUMNS,
    TREND_QUARTERS,
    active_staff,
    composition_report,
    staff_cells_on,
    staff_counts_on,
)
from .funnel import (  # noqa: F401
    BASES,
    DEFAULT_BASIS,
    funnel_cells,
    funnel_counts,
    funnel_report,
    stumbling_blocks,
)
from .impact import (  # noqa: F401
    AdverseImpact,
    GroupOutcome,
    adverse_impact,
    impact_section,
    rate_points,
)
from .models import (
    NOT_DECLARED,
)
from .periods import Period
from .report import (  # noqa: F401
    Report,
    Section,
    count_matrix,
    cross_section,
    equal_links,
    folded_counts,
    gender_codes,
    group_labels,
    thresholds,
)
from .retention import (  # noqa: F401
    PROMOTION_YEARS,
    RETENTION_YEARS,
    cohort_counts,
    retention_report,
)
from .summaries import (
    add_counts,
)

# Programme summary ----------------------------------------------------------------------


def summary_report(*, organisation, period: Period | None = None) -> Report:
    """One page for the management and the city council: the corps against the population,
    its trend, and every flag the other reports raise. Built from those reports, so it shows
    nothing they would not."""
    period = period or Period()
    composition = composition_report(organisation=organisation, period=period)
    funnel = funnel_report(organisation=organisation, period=period)
    retention = retention_report(organisation=organisation, period=period)
    flags = Section(
        key="flags",
        title=_("Where a group falls behind"),
        columns=[_("Measure"), _("Group"), _("Ratio to the best group"), _("p-value")],
    )
    for report in (funnel, retention):
        for section in report.sections:
            for row in section.rows:
                if isinstance(row[-1], str) and row[-1].startswith(_("yes")):
                    flags.rows.append([f"{section.title}", row[0], row[-3], row[-2]])
    if not flags.rows:
        flags.notes.append(
            _(
                "No group falls behind significantly in the selection, retention "
                "or promotion, as far as the numbers can tell."
            )
        )
    limits = thresholds(organisation)
    flags.notes.append(
        _("A flag needs a ratio below %(ratio)s to the best group and p below %(p)s.")
        % {"ratio": limits["ratio"], "p": limits["p"]}
    )
    sections = [s for s in composition.sections if s.key in ("benchmark", "trend")] + [flags]
    return Report(
        threshold=composition.threshold,
        sections=sections,
        chart=composition.chart,
        trend=composition.trend,
        period=period,
    )


# Outreach by group ----------------------------------------------------------------------


def outreach_report(*, organisation, period: Period | None = None) -> Report:
    """The outreach channels' candidates and hires, split by declared origin: which channels
    reach which groups, up to the hire. Candidates carry the action code they came in with."""
    from korps.guidance.models import Candidate, CandidateStatus
    from korps.outreach.models import Action, Channel

    period = period or Period()
    threshold = organisation.effective_suppression_threshold
    labels = group_labels(organisation)
    groups = list(labels)
    candidates = Candidate.objects.filter(organisation=organisation)
    if period.first_day():
        candidates = candidates.filter(created_at__date__gte=period.first_day())
    if period.last_month:
        candidates = candidates.filter(created_at__date__lte=period.last_day())
    channel_of = dict(
        Action.objects.filter(wave__campaign__organisation=organisation).values_list(
            "code", "channel"
        )
    )
    rows = (
        candidates.filter(source__in=list(channel_of))
        .annotate(
            origin=Coalesce(NullIf("declaration__origin_group", Value("")), Value(NOT_DECLARED))
        )
        .values("source", "origin")
        .annotate(
            n=Count("id"),
            hired=Count("id", filter=Q(status=CandidateStatus.HIRED)),
            keys=Sum("record_key"),
            hired_keys=Sum("record_key", filter=Q(status=CandidateStatus.HIRED)),
        )
    )
    # (people, sum of their record keys): shown with the cell-key noise, as the funnel.
    candidates, hires = {}, {}
    for row in rows:
        origin = row["origin"] if row["origin"] in labels else NOT_DECLARED
        key = (channel_of[row["source"]], origin)
        add_counts(candidates, {key: (row["n"], row["keys"] or 0)})
        add_counts(hires, {key: (row["hired"], row["hired_keys"] or 0)})
    channels = [
        (code, str(label))
        for code, label in Channel.choices
        if any(k[0] == code for k in candidates)
    ]
    columns = [(g, labels[g]) for g in groups]
    sections = []
    if channels:
        candidate_table, hire_table = protect_tables(
            [count_matrix(candidates, channels, columns), count_matrix(hires, channels, columns)],
            threshold=threshold,
            keys=[
                count_matrix(candidates, channels, columns, at=1),
                count_matrix(hires, channels, columns, at=1),
            ],
        )
        sections = [
            cross_section(
                "candidates",
                _("Candidates per channel and origin"),
                _("Channel"),
                channels,
                columns,
                candidate_table,
            ),
            cross_section(
                "hires",
                _("Hires per channel and origin"),
                _("Channel"),
                channels,
                columns,
                hire_table,
            ),
        ]
    return Report(threshold=threshold, sections=sections, period=period)
