"""Adverse impact: a group's rate against the best group's (the four-fifths rule) and Fisher's
exact test, and the report section that shows both per group."""

from dataclasses import dataclass
from fractions import Fraction

from django.utils.translation import gettext as _

from korps.disclosure.cells import rate
from korps.disclosure.tables import protect_tables

from .models import (
    NOT_DECLARED,
    NOT_SAID,
)
from .report import Section
from .statistics import PValue, fisher_exact_p


@dataclass
class GroupOutcome:
    group: str
    entering: int
    passed: int


@dataclass
class AdverseImpact:
    ratio: float
    p_value: float
    # The same ratio as an exact fraction of the counts, for the comparison with the limit:
    # 48/80 against 75/100 is four-fifths exactly, which floats compute as 0.7999999999999999.
    exact_ratio: Fraction

    def is_adverse(self, *, ratio_limit, p_limit) -> bool:
        """Below both limits; the ratio compared exactly (a ratio equal to the limit is not
        below it)."""
        return self.exact_ratio < Fraction(str(ratio_limit)) and self.p_value < p_limit


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
    return AdverseImpact(
        ratio=group_rate / best_rate,
        p_value=p_value,
        exact_ratio=Fraction(group.passed * best.entering, group.entering * best.passed),
    )


def impact_section(
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
    keys=None,
    group_title=None,
    compared=None,
) -> Section:
    """One table of outcomes per group (the first outcome is the good one: passing, staying,
    being promoted), with the rate of the good outcome, its ratio to the best group's and
    Fisher's exact test, all through suppression. Used by the funnel and retention. With
    `keys` (the sums of the people's record keys, as `raw`), shown counts carry the cell-key
    noise, and the rate, ratio and test are computed from the shown counts. A breakdown
    other than origin (breakdowns.py) names its column (`group_title`) and the groups it
    compares (`compared`)."""
    mixed_note = compared is not None and any(g not in compared for g in groups)
    if compared is None:
        compared = [g for g in groups if g not in (NOT_SAID, NOT_DECLARED)]
    table = protect_tables(
        [[raw[g] for g in groups]],
        threshold=threshold,
        keys=[[keys[g] for g in groups]] if keys else None,
    )[0]
    rates = {
        g: rate(cells[0], total)
        for g, cells, total in zip(groups, table.cells, table.row_totals, strict=True)
    }
    outcomes = {
        g: GroupOutcome(g, total.value, cells[0].value)
        for g, cells, total in zip(groups, table.cells, table.row_totals, strict=True)
        if g in compared and rates[g] is not None
    }
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
            group_title or _("Origin"),
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
            if impact.is_adverse(ratio_limit=limits["ratio"], p_limit=limits["p"]):
                flag = _("yes")
        # The caveat tells that a count is below a limit: only said of a shown count.
        if g in outcomes and not total.suppressed and total.value < limits["small"]:
            flag = (flag + " " if flag else "") + _("too small to tell")
        section.rows.append(
            [
                labels[g],
                total,
                *cells,
                rates[g],
                impact.ratio if impact else None,
                PValue(impact.p_value, limit=limits["p"]) if impact else None,
                flag,
            ]
        )
    if mixed_note:
        section.notes.append(
            _(
                "“Prefer not to say”, “not declared” and “not known” are counted, with their "
                "rate, but get no ratio to the best group and no test: each mixes people of "
                "every group, so a comparison would say nothing about any one group."
            )
        )
    elif NOT_SAID in groups and NOT_DECLARED in groups:
        section.notes.append(
            _(
                "“%(not_said)s” and “%(not_declared)s” are counted, with their rate, but get "
                "no ratio to the best group and no test: each mixes people of every origin, "
                "so a comparison would say nothing about the chances of any one group."
            )
            % {"not_said": labels[NOT_SAID], "not_declared": labels[NOT_DECLARED]}
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


def rate_points(section: Section, label: str, groups, labels, compared=None) -> list[dict]:
    """Chart points: the rates that may be shown, of the compared (declared) groups."""
    rate_index = len(section.columns) - 4
    if compared is None:
        compared = [g for g in groups if g not in (NOT_SAID, NOT_DECLARED)]
    compared = {labels[g] for g in compared}
    return [
        {"step": str(label), "group": row[0], "rate": row[rate_index]}
        for row in section.rows[:-1]
        if row[0] in compared and row[rate_index] is not None
    ]
