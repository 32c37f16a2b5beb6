"""Issue 12: the results and candidates imports write in bulk (plain rows, korps.core.bulk)
and keep the funnel by one recount of the file's candidates before and after. What the bulk
path must still do: summaries equal to a recount after a file that fills planned attempts
and adds retries, closed periods unchanged, the history and the audit written, and nothing
written at all when a line is bad or became impossible since the preview."""

import datetime as dt

import pytest

from korps.audit.models import AuditEntry
from korps.core.bulk import rows_insert
from korps.guidance.candidate_imports import candidates_apply, candidates_plan
from korps.guidance.imports import results_apply, results_plan
from korps.guidance.models import Candidate, StepAttempt, StepResult, TrackEvent
from korps.guidance.services import GuidanceError, procedure_install, step_result_record
from korps.guidance.tests.factories import CandidateFactory
from korps.monitoring.models import FunnelCount
from korps.monitoring.periods import Period
from korps.monitoring.selectors import funnel_counts
from korps.monitoring.services import declaration_save
from korps.monitoring.summaries import summaries_recount, summaries_stored

pytestmark = pytest.mark.django_db

HEADER = "reference,step,result,date\n"


@pytest.fixture
def steps(zone):
    return {step.code: step for step in procedure_install(organisation=zone)}


def _results(zone, lines: str):
    return results_plan(organisation=zone, name="results.csv", raw=(HEADER + lines).encode())


def _funnel_rows(zone):
    return sorted(
        FunnelCount.objects.filter(organisation=zone).values_list(
            "step_id", "origin", "outcome", "month", "n", "key_sum"
        )
    )


def test_an_import_over_earlier_results_keeps_the_summaries_equal_to_a_recount(
    zone, recruiter, steps
):
    people = [CandidateFactory(organisation=zone, reference=f"SEL-{n}") for n in range(4)]
    declaration_save(
        organisation=zone,
        candidate=people[0],
        staff_number="",
        gender="woman",
        origin_group="eu",
        consent_text="ok",
    )
    cognitive, physical = steps["cognitive"], steps["physical"]
    # Earlier results, each kept in the funnel by the service: a failure (the file retries
    # it), a pass (the file adds the next step) and a planned attempt (the file fills it).
    for who, result in ((0, "failed"), (1, "passed"), (2, "passed")):
        step_result_record(
            candidate=people[who],
            step=cognitive,
            result=result,
            result_on=dt.date(2025, 1, 10),
            acting_user=None,
            confirmed=True,
        )
    planned = StepAttempt.objects.create(
        candidate=people[2], step=physical, planned_on=dt.date(2025, 3, 1)
    )
    closed = Period(last_month=dt.date(2025, 1, 1))
    before = funnel_counts(organisation=zone, period=closed)

    plan = _results(
        zone,
        "SEL-0,cognitive,passed,2025-09-01\n"
        "SEL-1,physical,failed,2025-09-02\n"
        "SEL-2,physical,passed,2025-09-03\n"
        "SEL-3,cognitive,withdrew,2025-09-04\n",
    )
    assert plan.ok, plan.problems
    assert results_apply(plan=plan, acting_user=recruiter) == 4

    assert summaries_stored(organisation=zone) == summaries_recount(organisation=zone)
    assert funnel_counts(organisation=zone, period=closed) == before
    retried = StepAttempt.objects.filter(candidate=people[0], step=cognitive).order_by("number")
    assert [(a.number, a.result) for a in retried] == [(1, "failed"), (2, "passed")]
    planned.refresh_from_db()
    assert (planned.result, planned.result_on) == (StepResult.PASSED, dt.date(2025, 9, 3))
    assert StepAttempt.objects.filter(candidate=people[2], step=physical).count() == 1
    assert (
        TrackEvent.objects.filter(candidate__in=people, kind="step_result", by=recruiter).count()
        == 4
    )
    audited = AuditEntry.objects.get(action="guidance.results.imported")
    assert audited.data == {"lines": 4, "attempts": 4, "events": audited.data["events"]}
    assert audited.data["events"] > 4  # the passes moved their candidates on


def test_a_bad_line_refuses_the_whole_file_and_names_its_line(zone, recruiter, steps):
    CandidateFactory(organisation=zone, reference="SEL-1")
    funnel = _funnel_rows(zone)

    plan = _results(
        zone,
        "SEL-1,cognitive,passed,2025-09-01\n"
        "SEL-404,cognitive,passed,2025-09-01\n"
        "SEL-1,physical,passed,not a date\n",
    )

    assert not plan.ok
    assert [p.line for p in plan.problems] == [3, 4]
    with pytest.raises(ValueError):
        results_apply(plan=plan, acting_user=recruiter)
    assert not StepAttempt.objects.exists()
    assert not TrackEvent.objects.filter(kind="step_result").exists()
    assert _funnel_rows(zone) == funnel


def test_a_line_made_impossible_since_the_preview_refuses_the_whole_file(zone, recruiter, steps):
    first, second = (CandidateFactory(organisation=zone, reference=f"SEL-{n}") for n in (1, 2))
    step_result_record(
        candidate=second,
        step=steps["cognitive"],
        result="passed",
        result_on=dt.date(2025, 1, 10),
        acting_user=None,
        confirmed=True,
    )
    plan = _results(zone, "SEL-1,cognitive,passed,2025-09-01\nSEL-2,physical,passed,2025-09-02\n")
    assert plan.ok, plan.problems
    # Since the preview, the pass the physical test follows was corrected to a failure.
    StepAttempt.objects.filter(candidate=second).update(result=StepResult.FAILED)
    attempts, funnel = StepAttempt.objects.count(), _funnel_rows(zone)

    with pytest.raises(GuidanceError):
        results_apply(plan=plan, acting_user=recruiter)

    assert StepAttempt.objects.count() == attempts
    assert not StepAttempt.objects.filter(candidate=first).exists()
    assert _funnel_rows(zone) == funnel
    assert not AuditEntry.objects.filter(action="guidance.results.imported").exists()


def test_imported_candidates_get_the_defaults_bulk_create_gave_them(zone, recruiter):
    plan = candidates_plan(
        organisation=zone,
        name="candidates.csv",
        raw=b"reference,name,email\nSEL-1,Ann Peeters,ann@example.org\nSEL-2,Bert Claes,\n",
    )
    counts = candidates_apply(organisation=zone, plan=plan, acting_user=recruiter)

    assert counts["created"] == 2 and counts["without_email"] == 1
    created = list(Candidate.objects.filter(organisation=zone).order_by("reference"))
    assert [(c.reference, c.name, c.email) for c in created] == [
        ("SEL-1", "Ann Peeters", "ann@example.org"),
        ("SEL-2", "Bert Claes", ""),
    ]
    assert len({c.link_id for c in created}) == 2 and all(c.link_id for c in created)
    assert all(0 <= c.record_key < 256 for c in created)
    assert all(c.created_at.tzinfo is not None for c in created)
    assert {c.status for c in created} == {"orientation"}
    assert {c.language for c in created} == {zone.default_language}
    assert TrackEvent.objects.filter(candidate__in=created, kind="status").count() == 2


def test_rows_insert_writes_dates_and_times_the_orm_reads_back(zone, steps):
    candidate = CandidateFactory(organisation=zone)
    rows_insert(
        StepAttempt,
        ["candidate_id", "step_id", "number", "result", "result_on", "retry_from"],
        [(candidate.pk, steps["cognitive"].pk, 1, "failed", dt.date(2025, 2, 28), None)],
    )
    attempt = StepAttempt.objects.get(candidate=candidate)
    assert (attempt.result_on, attempt.retry_from, attempt.planned_on) == (
        dt.date(2025, 2, 28),
        None,
        None,
    )
    at = dt.datetime(2025, 2, 28, 23, 30, tzinfo=dt.UTC)
    rows_insert(TrackEvent, ["candidate_id", "at", "kind"], [(candidate.pk, at, "status")])
    event = TrackEvent.objects.get(candidate=candidate, kind="status", at=at)
    assert (event.status, event.result, event.step_id, event.by_id) == ("", "", None, None)
