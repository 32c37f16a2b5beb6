"""Issue 13, item 10: results the funnel can trust. One check (korps.guidance.rules) refuses
what is impossible and asks to confirm what is unusual, in the service, the form and the
results import."""

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from korps.audit.models import AuditEntry
from korps.core.testing.imports import confirm, is_ready, problems_of
from korps.guidance import services
from korps.guidance.models import CandidateStatus, StepAttempt, StepResult
from korps.guidance.selectors import due_items
from korps.guidance.tests.factories import CandidateFactory, passed_before

pytestmark = pytest.mark.django_db


@pytest.fixture
def procedure(zone):
    return {step.code: step for step in services.procedure_install(organisation=zone)}


def record(candidate, step, result, on, user=None, **kwargs):
    return services.step_result_record(
        candidate=candidate, step=step, result=result, result_on=on, acting_user=user, **kwargs
    )


def test_a_result_dated_after_today_is_refused(zone, procedure, mentor):
    candidate = CandidateFactory(organisation=zone, mentor=mentor)

    with pytest.raises(services.GuidanceError) as refused:
        record(
            candidate,
            procedure["cognitive"],
            StepResult.PASSED,
            timezone.localdate() + dt.timedelta(days=90),
        )

    assert refused.value.code == "impossible"
    assert not StepAttempt.objects.exists()


def test_a_step_passed_before_its_prerequisite_is_refused(zone, procedure, mentor):
    candidate = CandidateFactory(organisation=zone, mentor=mentor)

    with pytest.raises(services.GuidanceError):
        record(candidate, procedure["physical"], StepResult.PASSED, dt.date(2026, 5, 1))
    record(candidate, procedure["cognitive"], StepResult.PASSED, dt.date(2026, 6, 1))
    with pytest.raises(services.GuidanceError):  # the prerequisite passed later still
        record(candidate, procedure["physical"], StepResult.PASSED, dt.date(2026, 5, 1))

    record(candidate, procedure["physical"], StepResult.PASSED, dt.date(2026, 6, 15))
    assert StepAttempt.objects.filter(candidate=candidate).count() == 2


def test_a_retry_inside_the_waiting_period_needs_a_confirmation_that_is_audited(
    zone, procedure, mentor
):
    candidate = CandidateFactory(organisation=zone, mentor=mentor)
    step = procedure["cognitive"]  # 180 days of waiting after a failure
    record(candidate, step, StepResult.FAILED, dt.date(2026, 3, 1))

    with pytest.raises(services.GuidanceError) as asked:
        record(candidate, step, StepResult.PASSED, dt.date(2026, 4, 1), user=mentor)
    assert asked.value.code == "unusual"
    assert StepAttempt.objects.filter(candidate=candidate).count() == 1

    attempt = record(
        candidate, step, StepResult.PASSED, dt.date(2026, 4, 1), user=mentor, confirmed=True
    )

    assert attempt.number == 2
    entry = AuditEntry.objects.filter(action="guidance.step.result").latest("pk")
    assert entry.data["confirmed_unusual"] == ["retry_inside_waiting_period"]


def candidate_page_post(client, candidate, **data):
    url = reverse(
        "guidance:candidate_action",
        kwargs={"zone": candidate.organisation.code, "pk": candidate.pk, "action": "result"},
    )
    return client.post(url, data)


def test_the_result_form_refuses_a_future_date_and_asks_to_confirm_a_retry(
    client, zone, procedure, mentor
):
    candidate = CandidateFactory(organisation=zone, mentor=mentor)
    step = procedure["cognitive"]
    client.force_login(mentor)
    future = timezone.localdate() + dt.timedelta(days=120)

    response = candidate_page_post(
        client, candidate, step=step.pk, result="passed", planned_on=future.isoformat()
    )
    assert response.status_code == 400
    assert response.context["result_form"].errors["planned_on"]
    assert response.context["result_form"].check.impossible

    record(candidate, step, StepResult.FAILED, dt.date(2026, 3, 1))
    asked = candidate_page_post(
        client, candidate, step=step.pk, result="passed", planned_on="2026-04-01"
    )
    assert asked.status_code == 400
    assert asked.context["result_form"].errors["confirm_unusual"]
    assert asked.context["result_form"].check.unusual_codes == ["retry_inside_waiting_period"]

    confirmed = candidate_page_post(
        client,
        candidate,
        step=step.pk,
        result="passed",
        planned_on="2026-04-01",
        confirm_unusual="on",
    )
    assert confirmed.status_code == 302
    assert StepAttempt.objects.filter(candidate=candidate, number=2, result="passed").exists()


def results_file(lines):
    text = "reference,step,result,date\n" + "\n".join(lines) + "\n"
    return SimpleUploadedFile("results.csv", text.encode("utf-8"), content_type="text/csv")


def test_the_import_refuses_impossible_lines_by_number_and_counts_earlier_lines(
    client, zone, procedure, recruiter
):
    CandidateFactory(organisation=zone, reference="A-1")
    CandidateFactory(organisation=zone, reference="A-2")
    future = (timezone.localdate() + dt.timedelta(days=60)).isoformat()
    client.force_login(recruiter)

    response = client.post(
        reverse("guidance:import", kwargs={"zone": zone.code}),
        {
            "file": results_file(
                [
                    "A-1,cognitive,passed,2026-03-01",
                    "A-1,physical,passed,2026-03-20",  # its prerequisite is on line 2
                    "A-2,physical,passed,2026-03-20",
                    f"A-2,cognitive,passed,{future}",
                ]
            )
        },
        follow=True,
    )

    problems = problems_of(response)
    assert set(problems) == {4, 5}
    assert "geen geslaagd resultaat" in problems[4]  # the page speaks the zone's Dutch
    assert "na vandaag" in problems[5]
    assert not StepAttempt.objects.exists()


def test_the_import_preview_shows_an_unusual_retry_and_the_confirmation_records_it(
    client, zone, procedure, recruiter
):
    candidate = CandidateFactory(organisation=zone, reference="A-1")
    passed_before(candidate, procedure["physical"], dt.date(2026, 1, 5))
    record(candidate, procedure["physical"], StepResult.FAILED, dt.date(2026, 2, 1))
    client.force_login(recruiter)
    url = reverse("guidance:import", kwargs={"zone": zone.code})

    preview = client.post(
        url, {"file": results_file(["A-1,physical,passed,2026-03-01"])}, follow=True
    )

    assert is_ready(preview)
    assert "binnen de wachttijd" in preview.text
    confirm(client, url, preview)
    assert StepAttempt.objects.get(candidate=candidate, step=procedure["physical"], number=2)
    entry = AuditEntry.objects.filter(action="guidance.step.result").latest("pk")
    assert entry.data["confirmed_unusual"] == ["retry_inside_waiting_period"]


# Issue 13, item 11: a due item disappears when a later result or status makes it moot.


def test_the_debrief_of_a_failure_since_passed_leaves_the_to_do_list(zone, procedure, mentor):
    candidate = CandidateFactory(organisation=zone, mentor=mentor, name="Reserve")
    physical = procedure["physical"]
    passed_before(candidate, physical, dt.date(2026, 1, 2))
    record(candidate, physical, StepResult.FAILED, dt.date(2026, 1, 5))
    assert ("Reserve", "debrief") in {
        (item.candidate.name, item.kind) for item in due_items(mentor=mentor, organisation=zone)
    }

    record(candidate, physical, StepResult.PASSED, dt.date(2026, 5, 1))

    assert due_items(mentor=mentor, organisation=zone) == []


def test_the_debrief_and_retry_of_a_selection_step_leave_once_the_candidate_is_in_the_reserve(
    zone, procedure, mentor, diversity_manager
):
    candidate = CandidateFactory(organisation=zone, mentor=mentor, name="Reserve")
    physical = procedure["physical"]
    passed_before(candidate, physical, dt.date(2026, 1, 2))
    record(candidate, physical, StepResult.FAILED, dt.date(2026, 1, 5))  # retry from April

    services.candidate_set_status(
        candidate=candidate, status=CandidateStatus.IN_RESERVE, acting_user=diversity_manager
    )

    assert due_items(mentor=mentor, organisation=zone) == []


def test_a_failure_not_yet_overtaken_stays_due(zone, procedure, mentor):
    candidate = CandidateFactory(organisation=zone, mentor=mentor, name="Waiting")
    physical = procedure["physical"]
    passed_before(candidate, physical, dt.date(2026, 1, 2))
    record(candidate, physical, StepResult.FAILED, dt.date(2026, 1, 5))

    kinds = {item.kind for item in due_items(mentor=mentor, organisation=zone)}

    assert {"debrief", "retry"} <= kinds


# Issue 12, item 13: the results import writes in bulk what the result form would write.

WHOLE_PATH = [
    ("cognitive", StepResult.PASSED, dt.date(2026, 1, 5)),
    ("physical", StepResult.PASSED, dt.date(2026, 1, 20)),
    ("personality", StepResult.FAILED, dt.date(2026, 1, 25)),
]
TO_SERVICE = [
    (code, StepResult.PASSED, dt.date(2026, 2, n + 1))
    for n, code in enumerate(
        ["cognitive", "physical", "personality", "committee", "medical", "reserve", "academy"]
    )
] + [("service", StepResult.PASSED, dt.date(2026, 3, 1))]


def _track(candidate):
    candidate.refresh_from_db()
    attempts = [
        (a.step.code, a.number, a.result, a.planned_on, a.result_on, a.retry_from)
        for a in candidate.attempts.order_by("step__order", "number")
    ]
    history = [
        (e.kind, e.step_id and e.step.code, e.status, e.result) for e in candidate.history.all()
    ]
    return candidate.status, candidate.closed_at is not None, attempts, history


@pytest.mark.parametrize("path", [WHOLE_PATH, TO_SERVICE])
def test_the_bulk_results_import_writes_what_one_result_at_a_time_writes(
    client, zone, procedure, recruiter, path
):
    one, bulk = (CandidateFactory(organisation=zone, reference=r) for r in ("ONE", "BULK"))
    for candidate in (one, bulk):  # a planned attempt takes the result, as in the form
        services.step_plan(
            candidate=candidate,
            step=procedure["cognitive"],
            planned_on=dt.date(2026, 1, 5),
            acting_user=recruiter,
        )
    for code, result, on in path:
        record(one, procedure[code], result, on, recruiter)
    client.force_login(recruiter)
    url = reverse("guidance:import", kwargs={"zone": zone.code})
    lines = [f"BULK,{code},{result},{on.isoformat()}" for code, result, on in path]
    preview = client.post(url, {"file": results_file(lines)}, follow=True)
    assert is_ready(preview), problems_of(preview)

    confirm(client, url, preview)

    assert _track(bulk) == _track(one)
    imported = AuditEntry.objects.get(action="guidance.results.imported")
    assert imported.data["lines"] == len(path)


def test_erasing_a_candidate_deletes_the_results_files_waiting_for_confirmation(
    client, zone, procedure, recruiter
):
    from korps.core.models import ImportJob, ImportPage

    erased = CandidateFactory(organisation=zone, reference="A-1", name="Naam Te Wissen")
    client.force_login(recruiter)
    url = reverse("guidance:import", kwargs={"zone": zone.code})
    preview = client.post(
        url, {"file": results_file(["A-1,cognitive,passed,2026-03-01"])}, follow=True
    )
    assert "Naam Te Wissen" in preview.text

    services.candidate_withdraw_consent(candidate=erased)

    assert not ImportJob.objects.exists() and not ImportPage.objects.exists()
