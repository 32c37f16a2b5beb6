"""KPIs bound to korps's own figures (issue 16, item 2): a KPI's value is the monitoring
report's shown value for the same day, a hidden figure yields the mark and never a number,
and a parameter of another zone is refused."""

import datetime as dt

import pytest
import time_machine
from django.urls import reverse
from django.utils import translation

from korps.audit.models import AuditEntry
from korps.guidance.models import ProcedureStep
from korps.guidance.services import step_result_record
from korps.guidance.tests.factories import CandidateFactory
from korps.monitoring.composition import composition_report
from korps.monitoring.funnel import funnel_report
from korps.monitoring.imports import staff_apply, staff_plan
from korps.monitoring.retention import retention_report
from korps.monitoring.services import declaration_save
from korps.organisations.models import Unit
from korps.organisations.roles import Role
from korps.plan.kpi_selectors import kpi_status, plan_kpis
from korps.plan.kpi_services import kpi_create
from korps.plan.measures import Value, funnel_period, measure_get
from korps.plan.models import Kpi
from korps.plan.services import PlanError
from korps.plan.tests.factories import LineFactory

pytestmark = pytest.mark.django_db

TODAY = dt.date(2026, 11, 24)
travel = time_machine.travel(dt.datetime(2026, 11, 24, 12, 0), tick=False)


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def staff(zone, user, people):
    """people: [(origin group, unit, start, end or "")]; one HR import, then declarations."""
    lines = []
    for n, (_group, unit, start, end) in enumerate(people):
        Unit.objects.get_or_create(organisation=zone, name=unit, kind="district")
        lines.append(f"S{n},{unit},INP,{start},{end},,INP\n")
    raw = "staff_number,unit,grade,start_date,end_date,promotions,start_grade\n" + "".join(lines)
    plan = staff_plan(organisation=zone, name="hr.csv", raw=raw.encode())
    assert plan.ok, plan.problems
    staff_apply(organisation=zone, plan=plan, acting_user=user)
    for n, (group, *_rest) in enumerate(people):
        declaration_save(
            organisation=zone,
            staff_number=f"S{n}",
            gender="man",
            origin_group=group,
            consent_text="ok",
        )


def corps(zone, user, eu=9):
    people = [("belgian", "Noord", "2020-03-01", "")] * 14
    people += [("eu", "Zuid", "2021-03-01", "")] * eu
    people += [("non_eu", "Noord", "2021-05-01", "")] * 8
    staff(zone, user, people)


def value(zone, code, params, on=TODAY):
    return measure_get(code).value(organisation=zone, on=on, params=params)


def row(report, key, label):
    section = next(s for s in report.sections if s.key == key)
    return next(r for r in section.rows if r[0] == label)


@travel
def test_the_composition_share_is_the_reports_shown_share(zone, member):
    corps(zone, member(Role.DIVERSITY_MANAGER))
    report = composition_report(organisation=zone, on=TODAY)
    shown = row(report, "benchmark", "Non-EU origin")[2]

    found = value(zone, "monitoring.composition_share", {"group": "non_eu"})

    assert shown is not None
    assert found.value == pytest.approx(shown * 100)


@travel
def test_the_share_in_a_unit_comes_from_the_units_shown_counts(zone, member):
    corps(zone, member(Role.DIVERSITY_MANAGER))
    noord = Unit.objects.get(organisation=zone, name="Noord")
    unit_row = row(composition_report(organisation=zone, on=TODAY), "unit", "Noord")
    belgian, eu, non_eu = (cell.value for cell in unit_row[1:4])

    found = value(zone, "monitoring.composition_share", {"group": "non_eu", "unit": noord.pk})

    # Noord has no EU staff: a zero is shown (nobody to protect), so the share is reportable.
    assert found.value == pytest.approx(100 * non_eu / (belgian + eu + non_eu))


@travel
def test_a_hidden_figure_is_not_reportable_and_the_page_shows_no_number(client, zone, member):
    manager = member(Role.DIVERSITY_MANAGER)
    corps(zone, manager, eu=2)  # two EU colleagues: hidden, and so every share with them
    assert (
        row(composition_report(organisation=zone, on=TODAY), "benchmark", "Non-EU origin")[2]
        is None
    )
    line = LineFactory(plan__organisation=zone)
    kpi = kpi_create(
        actor=manager,
        line=line,
        measure="monitoring.composition_share",
        parameters={"group": "non_eu"},
        baseline_value=12.5,
        baseline_on=dt.date(2026, 1, 1),
        target_value=20,
        target_on=dt.date(2027, 12, 31),
    )

    rows = plan_kpis(plan=line.plan, today=TODAY)[line.pk]
    client.force_login(manager)
    page = client.get(reverse("plan:detail", kwargs={"zone": zone.code, "pk": line.plan.pk}))

    assert rows[0].current.suppressed and rows[0].progress is None and rows[0].on_track is None
    assert "niet publiceerbaar" in page.text  # the page speaks Dutch
    assert rows[0].kpi == kpi
    assert "achter</span>" not in page.text and "op schema</span>" not in page.text


@travel
def test_the_funnel_ratio_is_the_reports_ratio_to_the_best_group(zone):
    step = ProcedureStep.objects.create(
        organisation=zone, order=1, code="language", name="Language", kind="test"
    )
    for group, passed, failed in (("belgian", 20, 8), ("eu", 10, 6), ("non_eu", 9, 14)):
        for n in range(passed + failed):
            candidate = CandidateFactory(organisation=zone, record_key=n)
            declaration_save(
                organisation=zone,
                candidate=candidate,
                gender="man",
                origin_group=group,
                consent_text="ok",
            )
            step_result_record(
                candidate=candidate,
                step=step,
                result="passed" if n < passed else "failed",
                result_on=dt.date(2026, 6, 1),
                acting_user=None,
                confirmed=True,
            )
    report = funnel_report(organisation=zone, period=funnel_period(TODAY))
    shown = row(report, "language", "Non-EU origin")[-3]

    found = value(zone, "monitoring.funnel_ratio", {"group": "non_eu", "step": "language"})

    assert shown is not None and found.value == pytest.approx(shown)
    assert found.value < 0.8


@travel
def test_retention_is_the_reports_stay_rate(zone, member):
    people = [("belgian", "Noord", "2023-02-01", "")] * 12
    people += [("non_eu", "Noord", "2023-02-01", "")] * 7
    people += [("non_eu", "Noord", "2023-02-01", "2023-09-01")] * 6
    staff(zone, member(Role.DIVERSITY_MANAGER), people)
    shown = row(retention_report(organisation=zone, on=TODAY), "retention_1", "Non-EU origin")[-4]

    found = value(zone, "monitoring.retention_1y", {"group": "non_eu"})

    assert shown is not None and found.value == pytest.approx(shown * 100)


@travel
def test_a_unit_or_step_of_another_zone_is_refused(zone, other_zone, member):
    elsewhere = Unit.objects.create(organisation=other_zone, name="Elders", kind="district")
    ProcedureStep.objects.create(
        organisation=other_zone, order=1, code="language", name="Taal", kind="test"
    )
    line = LineFactory(plan__organisation=zone)
    common = {
        "actor": member(Role.DIVERSITY_MANAGER),
        "line": line,
        "baseline_value": 10,
        "baseline_on": dt.date(2026, 1, 1),
        "target_value": 15,
        "target_on": dt.date(2027, 12, 31),
    }

    with pytest.raises(PlanError) as unit:
        kpi_create(
            measure="monitoring.composition_share",
            parameters={"group": "non_eu", "unit": elsewhere.pk},
            **common,
        )
    with pytest.raises(PlanError) as step:
        kpi_create(
            measure="monitoring.funnel_ratio",
            parameters={"group": "non_eu", "step": "language"},
            **common,
        )
    with pytest.raises(PlanError) as past:
        kpi_create(
            measure="monitoring.retention_1y",
            parameters={"group": "non_eu"},
            **{**common, "target_on": dt.date(2026, 6, 1)},
        )

    assert (unit.value.code, step.value.code, past.value.code) == ("unit", "step", "target_on")
    assert not Kpi.objects.exists()


def test_on_track_compares_with_the_straight_path_from_baseline_to_target():
    kpi = Kpi(
        baseline_value=10,
        baseline_on=dt.date(2026, 1, 1),
        target_value=20,
        target_on=dt.date(2027, 1, 1),
        direction="up",
    )
    halfway = dt.date(2026, 7, 2)

    expected, progress, on_track = kpi_status(kpi, Value(14), halfway)
    _e, _p, ahead = kpi_status(kpi, Value(16), halfway)
    _e, beyond, _t = kpi_status(kpi, Value(25), halfway)

    assert expected == pytest.approx(15, abs=0.05)
    assert progress == pytest.approx(0.4) and on_track is False and ahead is True
    assert beyond == 1.0  # clamped to 100%


@travel
def test_an_editor_adds_a_kpi_from_the_form_with_its_audit_row(client, zone, member):
    manager = member(Role.DIVERSITY_MANAGER)
    corps(zone, manager)
    line = LineFactory(plan__organisation=zone)
    client.force_login(manager)
    url = reverse("plan:kpi_create", kwargs={"zone": zone.code, "pk": line.pk})

    form = client.get(url)
    response = client.post(
        url,
        {
            "measure": "monitoring.composition_share",
            "group": "non_eu",
            "baseline_on": "2026-01-01",
            "target_value": "30",
            "target_on": "2027-12-31",
            "direction": "up",
        },
    )
    bad = client.post(url, {"measure": "monitoring.funnel_ratio", "group": "non_eu"})

    assert form.status_code == 200
    assert response.status_code == 302, response.content.decode()[:3000]
    kpi = Kpi.objects.get()
    # The baseline left empty is the measure's figure on the baseline date.
    assert (
        kpi.baseline_value == value(zone, kpi.measure, kpi.parameters, on=dt.date(2026, 1, 1)).value
    )
    assert AuditEntry.objects.filter(action="plan.kpi.created", target_id=str(kpi.pk)).exists()
    assert bad.status_code == 400 and Kpi.objects.count() == 1


@travel
def test_the_plan_page_computes_each_report_once(
    client, zone, member, django_assert_max_num_queries
):
    manager = member(Role.DIVERSITY_MANAGER)
    corps(zone, manager)
    line = LineFactory(plan__organisation=zone)
    for group in ("belgian", "eu", "non_eu", "belgian", "eu"):
        kpi_create(
            actor=manager,
            line=line,
            measure="monitoring.composition_share",
            parameters={"group": group},
            baseline_value=10,
            baseline_on=dt.date(2026, 1, 1),
            target_value=100,
            target_on=dt.date(2027, 12, 31),
        )
    client.force_login(manager)
    url = reverse("plan:detail", kwargs={"zone": zone.code, "pk": line.plan.pk})
    client.get(url)
    with django_assert_max_num_queries(60):
        page = client.get(url)

    assert page.text.count("op schema</span>") + page.text.count("achter</span>") == 5
