import datetime as dt

import pytest
from django.conf import settings
from django.urls import reverse

from korps.audit.models import AuditEntry
from korps.core.links import link_token
from korps.disclosure.cellkey import MAX_NOISE, perturbed
from korps.guidance.models import ProcedureStep
from korps.guidance.services import step_result_record
from korps.guidance.tests.factories import CandidateFactory
from korps.monitoring.models import Declaration, PopulationFigure, StaffMember
from korps.monitoring.selectors import composition_report, funnel_report, stumbling_blocks
from korps.monitoring.services import declaration_save
from korps.monitoring.summaries import summaries_rebuild
from korps.organisations.models import Municipality, Unit


def declared_candidates(zone, step, group, passed, failed):
    # Record keys 0: every cell's key is 0, so every shown count carries the same cell-key
    # noise, PTABLE[0], whatever the draw (the figures these tests compare stay fixed).
    for index in range(passed + failed):
        candidate = CandidateFactory(organisation=zone, record_key=0)
        step_result_record(
            candidate=candidate,
            step=step,
            result="passed" if index < passed else "failed",
            result_on=dt.date(2025, 5, 1),
            acting_user=None,
        )
        declaration_save(
            organisation=zone,
            candidate=candidate,
            gender="woman",
            origin_group=group,
            consent_text="ok",
        )


@pytest.fixture
def cognitive(zone):
    return ProcedureStep.objects.create(
        organisation=zone, order=1, code="cognitive", name="Cognitive", kind="test"
    )


def test_funnel_flags_a_stumbling_block_with_scipys_figures(zone, cognitive):
    declared_candidates(zone, cognitive, "belgian", passed=30, failed=20)
    declared_candidates(zone, cognitive, "non_eu", passed=12, failed=28)

    report = funnel_report(organisation=zone)

    from scipy.stats import fisher_exact

    rows = {r[0]: r for r in report.sections[0].rows}
    row, best = rows["Non-EU origin"], rows["Belgian origin"]
    # Shown counts carry the cell-key noise; the ratio and the test are computed from them.
    assert abs(row[1].value - 40) <= MAX_NOISE and abs(row[2].value - 12) <= MAX_NOISE
    entering, passed = row[1].value, row[2].value
    best_entering, best_passed = best[1].value, best[2].value
    # The default basis, the attempts that sat the test: rate, ratio, p-value, flag last.
    assert report.sections[0].columns[5:7] == ["Ratio to the best group", "p-value"]
    assert row[5] == pytest.approx((passed / entering) / (best_passed / best_entering))
    expected = fisher_exact(
        [[passed, entering - passed], [best_passed, best_entering - best_passed]]
    ).pvalue
    assert row[6] == pytest.approx(expected, rel=1e-9)
    assert stumbling_blocks(report) == [("cognitive", "Non-EU origin")]


def test_funnel_hides_small_groups_and_their_rates(zone, cognitive):
    declared_candidates(zone, cognitive, "belgian", passed=30, failed=20)
    declared_candidates(zone, cognitive, "eu", passed=2, failed=1)

    report = funnel_report(organisation=zone)

    row = next(r for r in report.sections[0].rows if r[0] == "EU origin")
    assert row[1].suppressed and row[2].suppressed
    assert row[5] is None and row[6] is None


def test_composition_against_the_population(zone):
    unit = Unit.objects.create(organisation=zone, name="Noord", kind="district")
    town = Municipality.objects.create(organisation=zone, name="Testrode")
    for group, count in [("belgian", 600), ("eu", 150), ("non_eu", 250)]:
        PopulationFigure.objects.create(
            organisation=zone,
            municipality=town,
            origin_group=group,
            count=count,
            source="test",
            year=2024,
        )
    for index, group in enumerate(["belgian"] * 30 + ["eu"] * 10 + ["non_eu"] * 10 + [""] * 7):
        number = f"P{index:03d}"
        StaffMember.objects.create(
            organisation=zone,
            staff_number=number,
            unit=unit,
            grade="INP",
            start_date=dt.date(2020, 1, 1),
        )
        if group:
            Declaration.objects.create(
                organisation=zone,
                subject_kind="staff",
                staff_number=number,
                gender="man",
                origin_group=group,
                consent_text="ok",
            )

    summaries_rebuild(organisation=zone)  # the rows above bypassed the services

    report = composition_report(organisation=zone)

    benchmark = {row[0]: row for row in report.sections[0].rows}
    non_eu = benchmark["Non-EU origin"]
    # Shown counts carry the cell-key noise; shares and ratios follow from the shown counts.
    assert abs(non_eu[1].value - 10) <= MAX_NOISE
    known = sum(row[1].value for row in benchmark.values() if row[2] is not None)
    assert non_eu[2] == pytest.approx(non_eu[1].value / known)
    assert abs(non_eu[2] - 0.2) < 0.1
    assert non_eu[4] == pytest.approx(non_eu[2] / 0.25)
    assert abs(benchmark["Not declared"][1].value - 7) <= MAX_NOISE


def test_report_pages_use_a_fixed_number_of_queries(
    client, analyst, zone, cognitive, django_assert_max_num_queries
):
    declared_candidates(zone, cognitive, "belgian", passed=30, failed=20)
    client.force_login(analyst)

    with django_assert_max_num_queries(12):
        funnel = client.get(reverse("monitoring:funnel", kwargs={"zone": zone.code}))
    # The corps on a day adds a fixed few: the month's joiners, leavers and promotions, their
    # declarations and promotion histories; and every report page the zone's questions, for
    # its choice of breakdown.
    with django_assert_max_num_queries(17):
        composition = client.get(reverse("monitoring:reports", kwargs={"zone": zone.code}))

    assert funnel.status_code == 200 and composition.status_code == 200


def test_every_export_is_audited_with_its_parameters(client, diversity_manager, zone, cognitive):
    declared_candidates(zone, cognitive, "belgian", passed=30, failed=20)
    client.force_login(diversity_manager)

    for report in ("funnel", "composition"):
        for export_format in ("csv", "xlsx"):
            url = reverse(
                "monitoring:export",
                kwargs={"zone": zone.code, "report": report, "format": export_format},
            )
            assert client.get(url).status_code == 200

    entries = AuditEntry.objects.filter(
        action__startswith="monitoring.", action__endswith=".exported"
    )
    assert entries.count() == 4
    assert {e.data["format"] for e in entries} == {"csv", "xlsx"}
    assert all(e.data["threshold"] == 5 for e in entries)


def test_a_csv_export_never_shows_a_small_count(client, analyst, zone, cognitive):
    declared_candidates(zone, cognitive, "belgian", passed=30, failed=20)
    declared_candidates(zone, cognitive, "eu", passed=2, failed=1)
    client.force_login(analyst)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"

    response = client.get(
        reverse(
            "monitoring:export", kwargs={"zone": zone.code, "report": "funnel", "format": "csv"}
        )
    )

    eu_line = next(
        line
        for line in response.content.decode().splitlines()
        if "EU origin" in line and "Non" not in line
    )
    assert eu_line.split(",")[1:4] == ["x", "x", "x"]
    assert response.content.decode("utf-8-sig").startswith("x: hidden to protect small numbers")


def test_a_candidate_declares_by_personal_link_and_withdraws(client, zone):
    candidate = CandidateFactory(organisation=zone)
    url = reverse(
        "monitoring:candidate_declaration", kwargs={"token": link_token(candidate, "guidance")}
    )

    client.post(url, {"gender": "man", "origin_group": "eu", "consent": "on"})

    assert Declaration.objects.get(candidate=candidate).origin_group == "eu"
    assert client.get(url).context["declaration"].origin_group == "eu"
    client.post(url, {"withdraw": "1"})
    assert Declaration.objects.get(candidate=candidate).origin_group == ""


def test_no_declaration_without_consent(client, zone):
    candidate = CandidateFactory(organisation=zone)
    url = reverse(
        "monitoring:candidate_declaration", kwargs={"token": link_token(candidate, "guidance")}
    )

    response = client.post(url, {"gender": "man", "origin_group": "eu"})

    assert response.status_code == 400
    assert not Declaration.objects.exists()


@pytest.mark.parametrize("role", ["recruiter", "mentor", "ambassador", "complaints_officer"])
def test_other_roles_are_refused_the_reports(client, request, zone, role):
    client.force_login(request.getfixturevalue(role))

    response = client.get(reverse("monitoring:reports", kwargs={"zone": zone.code}))

    assert response.status_code == 403


def test_population_figures_are_entered_by_the_diversity_manager(client, diversity_manager, zone):
    town = Municipality.objects.create(organisation=zone, name="Testrode")
    client.force_login(diversity_manager)

    client.post(
        reverse("monitoring:population", kwargs={"zone": zone.code}),
        {
            "municipality": town.pk,
            "year": 2024,
            "origin_group": "non_eu",
            "count": 1200,
            "source": "Statbel",
        },
    )

    assert PopulationFigure.objects.get().count == 1200


def test_retention_and_promotion_per_group_with_scipys_figures(zone):
    from scipy.stats import fisher_exact

    from korps.monitoring.models import Promotion
    from korps.monitoring.selectors import retention_report

    unit = Unit.objects.create(organisation=zone, name="Zuid", kind="district")
    start = dt.date(2020, 1, 1)
    people = [("belgian", 40, 6, 20), ("non_eu", 20, 8, 6)]  # group, staff, left, promoted
    number = 0
    for group, staff, left, promoted in people:
        for index in range(staff):
            number += 1
            member = StaffMember.objects.create(
                organisation=zone,
                staff_number=f"R{number:03d}",
                unit=unit,
                grade="INP",
                start_date=start,
                end_date=start + dt.timedelta(days=200) if index < left else None,
                record_key=0,  # every cell's key is 0: its noise is fixed, whatever the draw
            )
            Declaration.objects.create(
                organisation=zone,
                subject_kind="staff",
                staff_number=member.staff_number,
                origin_group=group,
                consent_text="ok",
            )
            if index >= left and index < left + promoted:
                Promotion.objects.create(
                    staff_member=member, date=dt.date(2023, 1, 1), from_grade="INP", to_grade="HINP"
                )

    summaries_rebuild(organisation=zone)  # the rows above bypassed the services

    report = retention_report(organisation=zone, on=dt.date(2026, 1, 1))

    one_year = next(s for s in report.sections if s.key == "retention_1")
    rows = {r[0]: r for r in one_year.rows}
    row, best = rows["Non-EU origin"], rows["Belgian origin"]
    # Shown counts carry the cell-key noise; the ratio and the test are computed from them.
    shown = (row[1].value, row[2].value, row[3].value)
    threshold = zone.effective_suppression_threshold
    assert shown == tuple(perturbed(n, 0, threshold=threshold) for n in (20, 12, 8))
    people, stayed = row[1].value, row[2].value
    best_people, best_stayed = best[1].value, best[2].value
    assert row[5] == pytest.approx((stayed / people) / (best_stayed / best_people))
    expected = fisher_exact([[stayed, people - stayed], [best_stayed, best_people - best_stayed]])
    assert row[6] == pytest.approx(expected.pvalue, rel=1e-12)
    promotion = next(s for s in report.sections if s.key == "promotion")
    row = next(r for r in promotion.rows if r[0] == "Non-EU origin")
    assert row[2].value == perturbed(6, 0, threshold=threshold)


def test_the_programme_summary_lists_the_flags_and_exports_to_pdf(client, analyst, zone, cognitive):
    from korps.monitoring.selectors import summary_report

    declared_candidates(zone, cognitive, "belgian", passed=30, failed=20)
    declared_candidates(zone, cognitive, "non_eu", passed=12, failed=28)
    client.force_login(analyst)

    report = summary_report(organisation=zone)
    response = client.get(
        reverse(
            "monitoring:export", kwargs={"zone": zone.code, "report": "summary", "format": "pdf"}
        )
    )

    flags = next(s for s in report.sections if s.key == "flags")
    assert [row[1] for row in flags.rows] == ["Non-EU origin"]
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")
    assert AuditEntry.objects.filter(action="monitoring.summary.exported").exists()


def test_outreach_channels_split_by_declared_origin(zone):
    from korps.guidance.models import CandidateStatus
    from korps.monitoring.selectors import outreach_report
    from korps.outreach.tests.factories import ActionFactory

    poster = ActionFactory(wave__campaign__organisation=zone, channel="poster")
    for index in range(12):
        candidate = CandidateFactory(
            organisation=zone,
            source=poster.code,
            status=CandidateStatus.HIRED if index < 6 else CandidateStatus.PREPARING,
        )
        declaration_save(
            organisation=zone,
            candidate=candidate,
            gender="woman",
            origin_group="non_eu",
            consent_text="ok",
            acting_user=None,
        )

    report = outreach_report(organisation=zone)

    candidates = next(s for s in report.sections if s.key == "candidates")
    non_eu = candidates.columns.index("Non-EU origin")
    poster_row = next(r for r in candidates.rows if r[0] == "Poster")
    # Shown counts carry the cell-key noise (at most MAX_NOISE either way).
    assert abs(poster_row[non_eu].value - 12) <= MAX_NOISE
    hires = next(s for s in report.sections if s.key == "hires")
    assert abs(next(r for r in hires.rows if r[0] == "Poster")[non_eu].value - 6) <= MAX_NOISE
