"""Reports for a chosen period, the quarterly trend, and a zone's own limits and categories."""

import datetime as dt

import pytest
import time_machine
from django.conf import settings
from django.urls import reverse

from korps.audit.models import AuditEntry
from korps.disclosure.cellkey import MAX_NOISE, perturbed
from korps.guidance.models import ProcedureStep
from korps.guidance.services import step_result_record
from korps.guidance.tests.factories import CandidateFactory
from korps.monitoring.forms import DeclarationForm, PeriodForm
from korps.monitoring.imports import staff_apply, staff_plan
from korps.monitoring.models import MonitoringSettings, OriginCategory, StaffMember
from korps.monitoring.periods import Period, quarter_ends
from korps.monitoring.selectors import (
    composition_report,
    funnel_counts,
    funnel_report,
    retention_report,
    stumbling_blocks,
)
from korps.monitoring.services import declaration_save
from korps.monitoring.summaries import summaries_rebuild
from korps.organisations.models import Unit
from korps.organisations.roles import Role

pytestmark = pytest.mark.django_db


@pytest.fixture
def cognitive(zone):
    return ProcedureStep.objects.create(
        organisation=zone, order=1, code="cognitive", name="Cognitive", kind="test"
    )


def results(zone, step, group, day, passed, failed):
    # Record keys 0: every cell's key is 0, so every shown count carries the same cell-key
    # noise, PTABLE[0], whatever the draw (the figures these tests compare stay fixed).
    for index in range(passed + failed):
        candidate = CandidateFactory(organisation=zone, record_key=0)
        step_result_record(
            candidate=candidate,
            step=step,
            result="passed" if index < passed else "failed",
            result_on=day,
            acting_user=None,
        )
        declaration_save(
            organisation=zone,
            candidate=candidate,
            gender="man",
            origin_group=group,
            consent_text="ok",
        )


def staff(zone, lines, user):
    Unit.objects.get_or_create(organisation=zone, name="Noord", kind="district")
    raw = "staff_number,unit,grade,start_date,end_date,promotions\n" + "".join(
        f"{number},Noord,INP,{start},{end or ''},\n" for number, start, end in lines
    )
    plan = staff_plan(organisation=zone, name="hr.csv", raw=raw.encode())
    assert plan.ok, plan.problems
    staff_apply(organisation=zone, plan=plan, acting_user=user)


def keys_zero(zone):
    """Every staff member's record key 0: every cell's key is 0, so every shown count
    carries the same cell-key noise, PTABLE[0] (the figures these tests compare stay fixed)."""
    StaffMember.objects.filter(organisation=zone).update(record_key=0)
    summaries_rebuild(organisation=zone)


def shown(zone, n):
    return perturbed(n, 0, threshold=zone.effective_suppression_threshold)


def test_the_funnel_counts_only_results_dated_in_the_period(zone, cognitive):
    results(zone, cognitive, "belgian", dt.date(2024, 3, 5), passed=6, failed=0)
    results(zone, cognitive, "belgian", dt.date(2025, 3, 5), passed=2, failed=5)

    everything = funnel_counts(organisation=zone)
    last_year = funnel_counts(
        organisation=zone,
        period=Period(first_month=dt.date(2025, 1, 1), last_month=dt.date(2025, 12, 1)),
    )

    assert everything[(cognitive.pk, "belgian", "passed")] == 8
    assert last_year == {
        (cognitive.pk, "belgian", "passed"): 2,
        (cognitive.pk, "belgian", "failed"): 5,
    }


@time_machine.travel(dt.datetime(2026, 11, 24, 12, 0), tick=False)
def test_the_corps_is_counted_on_the_last_day_of_the_period(zone, member):
    user = member(Role.DIVERSITY_MANAGER)
    lines = [(f"A{n}", "2019-02-01", None) for n in range(20)]
    lines += [(f"B{n}", "2019-02-01", "2024-06-15") for n in range(6)]
    lines += [(f"C{n}", "2026-11-10", None) for n in range(7)]  # this month, before today
    staff(zone, lines, user)

    today = composition_report(organisation=zone).sections[0].rows[-1][1]
    mid_2024 = (
        composition_report(organisation=zone, period=Period(last_month=dt.date(2024, 5, 1)))
        .sections[0]
        .rows[-1][1]
    )

    # Shown counts carry the cell-key noise (at most MAX_NOISE either way).
    assert abs(today.value - 27) <= MAX_NOISE
    assert abs(mid_2024.value - 26) <= MAX_NOISE


@time_machine.travel(dt.datetime(2026, 11, 24, 12, 0), tick=False)
def test_the_composition_has_a_trend_per_quarter(zone, member):
    user = member(Role.DIVERSITY_MANAGER)
    staff(zone, [(f"A{n}", "2025-01-15", None) for n in range(10)], user)
    staff(zone, [(f"B{n}", "2025-08-01", None) for n in range(5)], user)

    report = composition_report(organisation=zone, period=Period(first_month=dt.date(2025, 1, 1)))

    trend = next(s for s in report.sections if s.key == "trend")
    totals = {row[0]: row[-1].value for row in trend.rows}
    expected = {
        "2025-03-31": 10,
        "2025-06-30": 10,
        "2025-09-30": 15,
        "2025-12-31": 15,
        "2026-03-31": 15,
        "2026-06-30": 15,
        "2026-09-30": 15,
        "2026-11-24": 15,
    }
    assert list(totals) == list(expected)
    assert all(abs(totals[day] - n) <= MAX_NOISE for day, n in expected.items())
    # The same people give the same figure (the cell-key method): no noise between them.
    assert totals["2025-03-31"] == totals["2025-06-30"]
    assert len({totals[day] for day in list(expected)[2:]}) == 1


def test_quarter_ends_between_two_days():
    assert quarter_ends(dt.date(2025, 2, 1), dt.date(2025, 12, 30)) == [
        dt.date(2025, 3, 31),
        dt.date(2025, 6, 30),
        dt.date(2025, 9, 30),
    ]


def test_retention_follows_the_staff_who_started_in_the_period(zone, member):
    user = member(Role.DIVERSITY_MANAGER)
    staff(zone, [(f"A{n}", "2019-03-01", None) for n in range(8)], user)
    staff(zone, [(f"B{n}", "2021-03-01", "2021-09-01") for n in range(9)], user)
    keys_zero(zone)

    in_2021 = retention_report(
        organisation=zone,
        period=Period(first_month=dt.date(2021, 1, 1), last_month=dt.date(2021, 12, 1)),
    )

    first_year = in_2021.sections[0]
    assert first_year.rows[-1][1].value == shown(zone, 9)  # people
    assert first_year.rows[-1][3].value == shown(zone, 9)  # left


def test_a_zone_sets_its_own_limits_for_a_flag(zone, cognitive):
    results(zone, cognitive, "belgian", dt.date(2025, 5, 1), passed=30, failed=20)
    results(zone, cognitive, "non_eu", dt.date(2025, 5, 1), passed=12, failed=28)
    assert stumbling_blocks(funnel_report(organisation=zone))

    # The ratio is 0.5 on the true counts, and above 0.35 with any noise on the shown ones.
    MonitoringSettings.objects.create(organisation=zone, adverse_impact_ratio=0.3)

    assert stumbling_blocks(funnel_report(organisation=zone)) == []


def test_a_zone_with_its_own_origin_categories_offers_and_reports_them(zone, cognitive):
    OriginCategory.objects.create(
        organisation=zone, order=1, code="nl", label={"en": "Dutch origin", "nl": "Nederlands"}
    )
    OriginCategory.objects.create(
        organisation=zone, order=2, code="migration", label={"en": "Migration background"}
    )

    choices = dict(DeclarationForm(organisation=zone).fields["origin_group"].choices)
    results(zone, cognitive, "migration", dt.date(2025, 5, 1), passed=5, failed=5)

    assert list(choices) == ["nl", "migration", "not_said"]
    rows = {row[0]: row for row in funnel_report(organisation=zone).sections[0].rows}
    assert abs(rows["Migration background"][1].value - 10) <= MAX_NOISE  # cell-key noise


def test_a_period_with_its_months_the_wrong_way_round_is_refused():
    form = PeriodForm({"start": "2025-06", "end": "2025-01"})

    assert not form.is_valid()
    assert form.period() == Period()


def test_the_page_keeps_the_chosen_period_in_its_exports(client, member, zone, cognitive):
    client.force_login(member(Role.ANALYST))
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"

    page = client.get(
        reverse("monitoring:funnel", kwargs={"zone": zone.code}), {"start": "2025-01"}
    )
    export = client.get(
        reverse(
            "monitoring:export", kwargs={"zone": zone.code, "report": "funnel", "format": "csv"}
        ),
        {"start": "2025-01", "end": "2025-12"},
    )

    assert page.status_code == 200
    assert 'value="2025-01"' in page.content.decode()
    assert "?start=2025-01" in page.content.decode()
    assert "2025-01-2025-12" in export["Content-Disposition"]
    entry = AuditEntry.objects.get(action="monitoring.funnel.exported")
    assert entry.data["start"] == "2025-01"
    assert entry.data["end"] == "2025-12"


def test_declarations_in_a_category_the_zone_dropped_count_as_not_declared(zone, cognitive):
    results(zone, cognitive, "eu", dt.date(2025, 5, 1), passed=6, failed=0)
    OriginCategory.objects.create(organisation=zone, order=1, code="nl", label={"en": "Dutch"})

    rows = {row[0]: row for row in funnel_report(organisation=zone).sections[0].rows}

    # The same six people: the same cell key, so the same shown figure (with its noise).
    assert abs(rows["Not declared"][1].value - 6) <= MAX_NOISE
    assert rows["Total"][1].value == rows["Not declared"][1].value


@time_machine.travel(dt.datetime(2026, 11, 24, 12, 0), tick=False)
def test_promotion_out_of_each_grade_per_group_with_scipys_figures(zone, member):
    from scipy.stats import fisher_exact

    user = member(Role.DIVERSITY_MANAGER)
    Unit.objects.get_or_create(organisation=zone, name="Noord", kind="district")
    lines = []
    for group, people, promoted in (("belgian", 40, 20), ("non_eu", 30, 5)):
        for n in range(people):
            number = f"{group}{n}"
            if n < promoted:
                lines.append(f"{number},Noord,HINP,2018-03-01,,2021-06-01:HINP,INP\n")
            else:
                lines.append(f"{number},Noord,INP,2018-03-01,,,\n")
            declaration_save(
                organisation=zone,
                staff_number=number,
                gender="man",
                origin_group=group,
                consent_text="ok",
            )
    raw = "staff_number,unit,grade,start_date,end_date,promotions,start_grade\n" + "".join(lines)
    plan = staff_plan(organisation=zone, name="hr.csv", raw=raw.encode())
    staff_apply(organisation=zone, plan=plan, acting_user=user)
    keys_zero(zone)

    report = retention_report(organisation=zone)

    inp = next(s for s in report.sections if s.key == "grade_INP")
    rows = {r[0]: r for r in inp.rows}
    row, best = rows["Non-EU origin"], rows["Belgian origin"]
    # Shown counts carry the cell-key noise; the ratio and the test are computed from them.
    assert (row[1].value, row[2].value) == (shown(zone, 30), shown(zone, 5))
    people, promoted = row[1].value, row[2].value
    best_people, best_promoted = best[1].value, best[2].value
    assert (best_people, best_promoted) == (shown(zone, 40), shown(zone, 20))
    assert row[5] == pytest.approx((promoted / people) / (best_promoted / best_people))
    table = [[promoted, people - promoted], [best_promoted, best_people - best_promoted]]
    assert row[6] == pytest.approx(fisher_exact(table).pvalue)
    hinp = next(s for s in report.sections if s.key == "grade_HINP")
    # Held by everyone promoted, none out of it yet.
    assert hinp.rows[-1][1].value == shown(zone, 25)
