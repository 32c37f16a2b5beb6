"""Reads of the monitoring app. Counts are computed in SQL (values/annotate); Python only
arranges the aggregated rows into tables and passes every table through suppression."""

import datetime as dt
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import (
    Count,
    DateField,
    Exists,
    ExpressionWrapper,
    F,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
)
from django.db.models.functions import Coalesce, NullIf
from django.utils import timezone
from django.utils.translation import gettext as _

from korps.guidance.models import ProcedureStep, StepAttempt, StepResult

from .models import (
    NOT_DECLARED,
    NOT_SAID,
    Declaration,
    Gender,
    PopulationFigure,
    Promotion,
    StaffMember,
    SubjectKind,
    origin_groups,
)
from .statistics import fisher_exact_p
from .suppression import Cell, rate, ratio, suppress_column, suppress_table


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


def _group_labels(organisation) -> dict[str, str]:
    labels = {code: str(label) for code, label in origin_groups(organisation)}
    labels[NOT_DECLARED] = _("Not declared")
    return labels


def thresholds(organisation) -> dict:
    return {
        "ratio": getattr(organisation, "adverse_impact_ratio", None)
        or settings.KORPS_ADVERSE_IMPACT_RATIO,
        "p": getattr(organisation, "adverse_impact_p", None) or settings.KORPS_ADVERSE_IMPACT_P,
        "small": settings.KORPS_SMALL_GROUP,
    }


# Composition ------------------------------------------------------------------------------


def _with_declaration(staff):
    """Staff rows annotated with their declared origin and gender (or 'not declared')."""
    declared = Declaration.objects.filter(
        organisation=OuterRef("organisation"),
        subject_kind=SubjectKind.STAFF,
        staff_number=OuterRef("staff_number"),
        withdrawn_at__isnull=True,
    )
    return staff.annotate(
        origin=Coalesce(
            NullIf(Subquery(declared.values("origin_group")[:1]), Value("")),
            Value(NOT_DECLARED),
        ),
        declared_gender=Coalesce(
            NullIf(Subquery(declared.values("gender")[:1]), Value("")),
            Value(NOT_DECLARED),
        ),
    )


def active_staff(*, organisation, on: dt.date | None = None):
    on = on or timezone.localdate()
    return _with_declaration(
        StaffMember.objects.filter(organisation=organisation, start_date__lte=on).filter(
            Q(end_date__isnull=True) | Q(end_date__gt=on)
        )
    )


def _cross(counts: dict, rows: list[str], columns: list[str], threshold: int):
    return suppress_table(
        [[counts.get((r, c), 0) for c in columns] for r in rows], threshold=threshold
    )


def composition_report(*, organisation, on: dt.date | None = None) -> Report:
    threshold = organisation.effective_suppression_threshold
    labels = _group_labels(organisation)
    groups = list(labels)  # declared groups, "prefer not to say", then "not declared"
    known = [g for g in groups if g not in (NOT_SAID, NOT_DECLARED)]
    staff = active_staff(organisation=organisation, on=on)
    by_gender = {
        (r["origin"], r["declared_gender"]): r["n"]
        for r in staff.values("origin", "declared_gender").annotate(n=Count("id"))
    }
    by_unit = {
        (r["unit__name"], r["origin"]): r["n"]
        for r in staff.values("unit__name", "origin").annotate(n=Count("id"))
    }
    by_grade = {
        (r["grade"], r["origin"]): r["n"]
        for r in staff.values("grade", "origin").annotate(n=Count("id"))
    }
    population_year = (
        PopulationFigure.objects.filter(organisation=organisation)
        .order_by("-year")
        .values_list("year", flat=True)[:1]
    )
    population = {
        r["origin_group"]: r["n"]
        for r in PopulationFigure.objects.filter(
            organisation=organisation, year=Subquery(population_year)
        )
        .values("origin_group")
        .annotate(n=Sum("count"))
    }

    # Benchmark: shares among staff with a known origin, against the population's shares.
    per_group = [sum(by_gender.get((g, s), 0) for s in _genders()) for g in groups]
    table = suppress_column(per_group, threshold=threshold)
    counts = dict(zip(groups, (row[0] for row in table.cells), strict=True))
    known_cells = [counts[g] for g in known]
    # Shares reveal their denominator; with a hidden known group, it would give that group
    # away, so the shares are shown only when every known group is.
    shares_safe = not any(c.suppressed for c in known_cells)
    known_total = Cell(sum(c.value or 0 for c in known_cells), threshold)
    population_total = sum(population.get(g, 0) for g in known)
    benchmark = Section(
        key="benchmark",
        title=_("Active staff by origin, against the population"),
        columns=[_("Origin"), _("Staff"), _("Share"), _("Population share"), _("Ratio")],
    )
    chart = []
    for group in groups:
        share = rate(counts[group], known_total) if shares_safe and group in known else None
        population_share = (
            population.get(group, 0) / population_total
            if population_total and group in known
            else None
        )
        benchmark.rows.append(
            [labels[group], counts[group], share, population_share, ratio(share, population_share)]
        )
        if share is not None:
            chart.append({"group": labels[group], "series": _("Staff"), "share": share})
        if population_share is not None:
            chart.append(
                {"group": labels[group], "series": _("Population"), "share": population_share}
            )
    benchmark.rows.append([_("Total"), table.total, None, None, None])
    benchmark.notes.append(_("Ratio = share among staff / share in the population."))

    genders = _genders()
    gender_labels = [str(label) for _code, label in Gender.choices] + [_("Not declared")]
    sections = [
        benchmark,
        _cross_section(
            "gender",
            _("Origin and gender"),
            _("Origin"),
            [(g, labels[g]) for g in groups],
            list(zip(genders, gender_labels, strict=True)),
            by_gender,
            threshold,
        ),
        _cross_section(
            "unit",
            _("Per unit"),
            _("Unit"),
            [(u, u) for u in sorted({k[0] for k in by_unit})],
            [(g, labels[g]) for g in groups],
            by_unit,
            threshold,
        ),
        _cross_section(
            "grade",
            _("Per grade"),
            _("Grade"),
            [(g, g) for g in sorted({k[0] for k in by_grade})],
            [(g, labels[g]) for g in groups],
            by_grade,
            threshold,
        ),
    ]
    return Report(threshold=threshold, sections=sections, chart=chart)


def _genders() -> list[str]:
    return [code for code, _label in Gender.choices] + [NOT_DECLARED]


def _cross_section(key, title, first, rows, columns, counts, threshold) -> Section:
    table = _cross(counts, [r for r, _l in rows], [c for c, _l in columns], threshold)
    section = Section(
        key=key, title=title, columns=[first, *[label for _c, label in columns], _("Total")]
    )
    for (_code, label), cells, total in zip(rows, table.cells, table.row_totals, strict=True):
        section.rows.append([label, *cells, total])
    section.rows.append([_("Total"), *table.column_totals, table.total])
    return section


# Selection funnel -------------------------------------------------------------------------

FINAL_RESULTS = [StepResult.PASSED, StepResult.FAILED, StepResult.WITHDREW, StepResult.NO_SHOW]
OUTCOMES = ["passed", "failed", "withdrew"]


@dataclass
class GroupOutcome:
    group: str
    entering: int
    passed: int


@dataclass
class AdverseImpact:
    ratio: float
    p_value: float


def adverse_impact(*, group: GroupOutcome, best: GroupOutcome) -> AdverseImpact | None:
    """The group's pass rate against the best group's, and Fisher's exact test on the 2x2
    table (passed, did not pass) of the two groups."""
    if not group.entering or not best.entering or not best.passed:
        return None
    group_rate = group.passed / group.entering
    best_rate = best.passed / best.entering
    p_value = fisher_exact_p(
        group.passed, group.entering - group.passed, best.passed, best.entering - best.passed
    )
    return AdverseImpact(ratio=group_rate / best_rate, p_value=p_value)


def funnel_counts(*, organisation) -> dict:
    """{(step_id, origin, outcome): candidates}, counting each candidate's last final
    attempt at each step; withdrawing and not showing up count as withdrawing."""
    later = StepAttempt.objects.filter(
        candidate=OuterRef("candidate"),
        step=OuterRef("step"),
        number__gt=OuterRef("number"),
        result__in=FINAL_RESULTS,
    )
    rows = (
        StepAttempt.objects.filter(step__organisation=organisation, result__in=FINAL_RESULTS)
        .filter(~Exists(later))
        .annotate(
            origin=Coalesce(
                NullIf("candidate__declaration__origin_group", Value("")), Value(NOT_DECLARED)
            )
        )
        .values("step_id", "origin", "result")
        .annotate(n=Count("id"))
    )
    counts = {}
    for row in rows:
        outcome = "withdrew" if row["result"] == StepResult.NO_SHOW else row["result"]
        key = (row["step_id"], row["origin"], outcome)
        counts[key] = counts.get(key, 0) + row["n"]
    return counts


def funnel_report(*, organisation) -> Report:
    threshold = organisation.effective_suppression_threshold
    limits = thresholds(organisation)
    labels = _group_labels(organisation)
    groups = list(labels)
    counts = funnel_counts(organisation=organisation)
    steps = list(ProcedureStep.objects.filter(organisation=organisation).order_by("order"))
    sections, chart = [], []
    for step in steps:
        raw = {g: [counts.get((step.pk, g, o), 0) for o in OUTCOMES] for g in groups}
        if not any(sum(v) for v in raw.values()):
            continue
        section = _impact_section(
            key=step.code,
            title=step.name,
            groups=groups,
            labels=labels,
            raw=raw,
            people_title=_("Entering"),
            outcome_titles=[_("Passing"), _("Failing"), _("Withdrawing")],
            rate_title=_("Pass rate"),
            flag_title=_("Stumbling block"),
            threshold=threshold,
            limits=limits,
        )
        sections.append(section)
        chart += _rate_points(section, step.name, groups, labels)
    return Report(threshold=threshold, sections=sections, chart=chart)


def stumbling_blocks(report: Report) -> list[tuple[str, str]]:
    """(step, group) pairs flagged in a funnel report."""
    yes = _("yes")
    return [
        (section.key, row[0])
        for section in report.sections
        for row in section.rows
        if isinstance(row[-1], str) and row[-1].startswith(yes)
    ]


# Retention and promotion -----------------------------------------------------------------

RETENTION_YEARS = (1, 3)
# Promotion is measured among staff in service for at least this long.
PROMOTION_YEARS = 3


def _impact_section(
    *,
    key,
    title,
    groups,
    labels,
    raw,
    outcome_titles,
    rate_title,
    threshold,
    limits,
    people_title=None,
    flag_title=None,
) -> Section:
    """One table of outcomes per group (the first outcome is the good one: passing, staying,
    being promoted), with the rate of the good outcome, its ratio to the best group's and
    Fisher's exact test, all through suppression. Used by the funnel and retention."""
    compared = [g for g in groups if g not in (NOT_SAID, NOT_DECLARED)]
    table = suppress_table([raw[g] for g in groups], threshold=threshold)
    rates = {
        g: rate(cells[0], total)
        for g, cells, total in zip(groups, table.cells, table.row_totals, strict=True)
    }
    outcomes = {g: GroupOutcome(g, sum(raw[g]), raw[g][0]) for g in compared if sum(raw[g])}
    # The best group is the best of those whose rate may be shown: a comparison with a
    # hidden rate would give it away.
    best = max(
        (o for o in outcomes.values() if rates[o.group] is not None),
        key=lambda o: o.passed / o.entering,
        default=None,
    )
    section = Section(
        key=key,
        title=title,
        columns=[
            _("Origin"),
            people_title or _("People"),
            *outcome_titles,
            rate_title,
            _("Ratio to the best group"),
            _("p-value"),
            flag_title or _("Flag"),
        ],
    )
    for g, cells, total in zip(groups, table.cells, table.row_totals, strict=True):
        impact = None
        if g in outcomes and best is not None and rates[g] is not None:
            impact = adverse_impact(group=outcomes[g], best=best)
        flag = ""
        if impact is not None and g != best.group:
            if impact.ratio < limits["ratio"] and impact.p_value < limits["p"]:
                flag = _("yes")
        if g in outcomes and outcomes[g].entering < limits["small"]:
            flag = (flag + " " if flag else "") + _("too small to tell")
        section.rows.append(
            [
                labels[g],
                total,
                *cells,
                rates[g],
                impact.ratio if impact else None,
                impact.p_value if impact else None,
                flag,
            ]
        )
    section.rows.append(
        [
            _("Total"),
            table.total,
            *table.column_totals,
            rate(table.column_totals[0], table.total),
            None,
            None,
            "",
        ]
    )
    return section


def _rate_points(section: Section, label: str, groups, labels) -> list[dict]:
    """Chart points: the rates that may be shown, of the compared (declared) groups."""
    rate_index = len(section.columns) - 4
    compared = {labels[g] for g in groups if g not in (NOT_SAID, NOT_DECLARED)}
    return [
        {"step": str(label), "group": row[0], "rate": row[rate_index]}
        for row in section.rows[:-1]
        if row[0] in compared and row[rate_index] is not None
    ]


def retention_report(*, organisation, on: dt.date | None = None) -> Report:
    """Who stays 1 and 3 years after starting, and who is promoted, per declared group."""
    on = on or timezone.localdate()
    threshold = organisation.effective_suppression_threshold
    limits = thresholds(organisation)
    labels = _group_labels(organisation)
    groups = list(labels)
    staff = _with_declaration(StaffMember.objects.filter(organisation=organisation))
    sections, chart = [], []
    for years in RETENTION_YEARS:
        span = dt.timedelta(days=round(365.25 * years))
        left_early = Q(
            end_date__isnull=False,
            end_date__lt=ExpressionWrapper(F("start_date") + span, output_field=DateField()),
        )
        rows = (
            staff.filter(start_date__lte=on - span)
            .values("origin")
            .annotate(started=Count("id"), left=Count("id", filter=left_early))
        )
        counts = {row["origin"]: (row["started"], row["left"]) for row in rows}
        raw = {
            g: [counts.get(g, (0, 0))[0] - counts.get(g, (0, 0))[1], counts.get(g, (0, 0))[1]]
            for g in groups
        }
        if not any(sum(v) for v in raw.values()):
            continue
        section = _impact_section(
            key=f"retention_{years}",
            title=_("Still in service %(years)s year(s) after starting") % {"years": years},
            groups=groups,
            labels=labels,
            raw=raw,
            outcome_titles=[_("Stayed"), _("Left")],
            rate_title=_("Stay rate"),
            threshold=threshold,
            limits=limits,
        )
        sections.append(section)
        chart += _rate_points(section, section.title, groups, labels)
    promoted = Promotion.objects.filter(staff_member=OuterRef("pk"))
    span = dt.timedelta(days=round(365.25 * PROMOTION_YEARS))
    rows = (
        staff.filter(start_date__lte=on - span)
        .annotate(was_promoted=Exists(promoted))
        .values("origin")
        .annotate(people=Count("id"), promoted=Count("id", filter=Q(was_promoted=True)))
    )
    counts = {row["origin"]: (row["people"], row["promoted"]) for row in rows}
    raw = {
        g: [counts.get(g, (0, 0))[1], counts.get(g, (0, 0))[0] - counts.get(g, (0, 0))[1]]
        for g in groups
    }
    if any(sum(v) for v in raw.values()):
        section = _impact_section(
            key="promotion",
            title=_("Promoted at least once (staff in service for %(years)s years or more)")
            % {"years": PROMOTION_YEARS},
            groups=groups,
            labels=labels,
            raw=raw,
            outcome_titles=[_("Promoted"), _("Not promoted")],
            rate_title=_("Promotion rate"),
            threshold=threshold,
            limits=limits,
        )
        sections.append(section)
        chart += _rate_points(section, section.title, groups, labels)
    return Report(threshold=threshold, sections=sections, chart=chart)


# Programme summary ----------------------------------------------------------------------


def summary_report(*, organisation) -> Report:
    """One page for the management and the city council: the corps against the population,
    and every flag the other reports raise. Built from those reports, so it shows nothing
    they would not."""
    composition = composition_report(organisation=organisation)
    funnel = funnel_report(organisation=organisation)
    retention = retention_report(organisation=organisation)
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
    flags.notes.append(
        _("A flag needs a ratio below %(ratio)s to the best group and p below %(p)s.")
        % {"ratio": thresholds(organisation)["ratio"], "p": thresholds(organisation)["p"]}
    )
    sections = [s for s in composition.sections if s.key == "benchmark"] + [flags]
    return Report(threshold=composition.threshold, sections=sections, chart=composition.chart)


# Outreach by group ----------------------------------------------------------------------


def outreach_report(*, organisation) -> Report:
    """The outreach channels' candidates and hires, split by declared origin: which channels
    reach which groups, up to the hire. Candidates carry the action code they came in with."""
    from korps.guidance.models import Candidate, CandidateStatus
    from korps.outreach.models import Action, Channel

    threshold = organisation.effective_suppression_threshold
    labels = _group_labels(organisation)
    groups = list(labels)
    channel_of = dict(
        Action.objects.filter(wave__campaign__organisation=organisation).values_list(
            "code", "channel"
        )
    )
    rows = (
        Candidate.objects.filter(organisation=organisation, source__in=list(channel_of))
        .annotate(
            origin=Coalesce(NullIf("declaration__origin_group", Value("")), Value(NOT_DECLARED))
        )
        .values("source", "origin")
        .annotate(n=Count("id"), hired=Count("id", filter=Q(status=CandidateStatus.HIRED)))
    )
    candidates, hires = {}, {}
    for row in rows:
        key = (channel_of[row["source"]], row["origin"])
        candidates[key] = candidates.get(key, 0) + row["n"]
        hires[key] = hires.get(key, 0) + row["hired"]
    channels = [
        (code, str(label))
        for code, label in Channel.choices
        if any(k[0] == code for k in candidates)
    ]
    columns = [(g, labels[g]) for g in groups]
    sections = []
    if channels:
        sections = [
            _cross_section(
                "candidates",
                _("Candidates per channel and origin"),
                _("Channel"),
                channels,
                columns,
                candidates,
                threshold,
            ),
            _cross_section(
                "hires",
                _("Hires per channel and origin"),
                _("Channel"),
                channels,
                columns,
                hires,
                threshold,
            ),
        ]
    return Report(threshold=threshold, sections=sections)
