import datetime as dt

import pytest
from django.utils import timezone

from korps.core.links import link_token
from korps.guidance import services
from korps.guidance.models import (
    Candidate,
    CandidateStatus,
    MentorProfile,
    ProcedureStep,
    SessionKind,
    StepResult,
)
from korps.guidance.selectors import due_items
from korps.guidance.tests.factories import CandidateFactory, passed_before
from korps.organisations.roles import Role

pytestmark = pytest.mark.django_db


@pytest.fixture
def procedure(zone):
    return {step.code: step for step in services.procedure_install(organisation=zone)}


def test_a_candidate_is_stored_only_with_consent(zone, diversity_manager):
    with pytest.raises(services.GuidanceError):
        services.candidate_create(
            organisation=zone, acting_user=diversity_manager, name="Amina", consent_text=""
        )

    assert not Candidate.objects.exists()


def test_a_new_candidate_gets_a_reference_and_a_dated_history(zone, diversity_manager):
    candidate = services.candidate_create(
        organisation=zone,
        acting_user=diversity_manager,
        name="Amina",
        consent_text="ok",
        source="fb-wave1",
    )

    assert candidate.reference.startswith("TESTRODE-")
    assert list(candidate.history.values_list("kind", flat=True)) == ["consent_given", "status"]


def test_the_suggested_mentor_has_the_lowest_caseload_and_speaks_the_language(
    zone, member, diversity_manager
):
    busy = member(Role.MENTOR, email="busy@zone.test")
    free_dutch = member(Role.MENTOR, email="free@zone.test")
    french = member(Role.MENTOR, email="french@zone.test")
    MentorProfile.objects.create(organisation=zone, user=busy, languages=["nl", "fr"])
    MentorProfile.objects.create(organisation=zone, user=free_dutch, languages=["nl"])
    MentorProfile.objects.create(organisation=zone, user=french, languages=["fr"])
    CandidateFactory(organisation=zone, mentor=busy)
    CandidateFactory(organisation=zone, mentor=busy)
    CandidateFactory(organisation=zone, mentor=french)

    assert services.mentor_suggest(organisation=zone, language="nl") == free_dutch
    assert services.mentor_suggest(organisation=zone, language="fr") == french


def test_closed_tracks_do_not_count_in_the_caseload(zone, member):
    first = member(Role.MENTOR, email="a@zone.test", full_name="A")
    second = member(Role.MENTOR, email="b@zone.test", full_name="B")
    CandidateFactory(organisation=zone, mentor=first, status=CandidateStatus.HIRED)
    CandidateFactory(organisation=zone, mentor=second)

    assert services.mentor_suggest(organisation=zone, language="nl") == first


def test_a_failed_step_sets_the_waiting_period_and_blocks_an_early_retry(zone, procedure, mentor):
    candidate = CandidateFactory(organisation=zone, mentor=mentor)
    step = procedure["cognitive"]
    services.step_plan(
        candidate=candidate, step=step, planned_on=dt.date(2026, 3, 1), acting_user=mentor
    )

    attempt = services.step_result_record(
        candidate=candidate,
        step=step,
        result=StepResult.FAILED,
        result_on=dt.date(2026, 3, 1),
        acting_user=mentor,
    )

    assert attempt.retry_from == dt.date(2026, 3, 1) + dt.timedelta(days=step.retry_wait_days)
    with pytest.raises(services.GuidanceError):
        services.step_plan(
            candidate=candidate, step=step, planned_on=dt.date(2026, 4, 1), acting_user=mentor
        )
    again = services.step_plan(
        candidate=candidate, step=step, planned_on=attempt.retry_from, acting_user=mentor
    )
    assert again.number == 2


def test_passing_the_last_selection_step_puts_the_candidate_in_the_reserve(zone, procedure, mentor):
    candidate = CandidateFactory(organisation=zone, mentor=mentor)
    passed_before(candidate, procedure["medical"], dt.date(2026, 4, 1))

    services.step_result_record(
        candidate=candidate,
        step=procedure["medical"],
        result=StepResult.PASSED,
        result_on=dt.date(2026, 5, 1),
        acting_user=mentor,
    )

    candidate.refresh_from_db()
    assert candidate.status == CandidateStatus.IN_RESERVE
    assert candidate.history.filter(kind="status", status="in_reserve").exists()


def test_passing_the_first_months_makes_a_hire(zone, procedure, mentor):
    candidate = CandidateFactory(
        organisation=zone, mentor=mentor, status=CandidateStatus.IN_SERVICE
    )
    passed_before(candidate, procedure["service"], dt.date(2026, 4, 1))

    services.step_result_record(
        candidate=candidate,
        step=procedure["service"],
        result=StepResult.PASSED,
        result_on=dt.date(2026, 5, 1),
        acting_user=mentor,
    )

    candidate.refresh_from_db()
    assert candidate.status == CandidateStatus.HIRED and candidate.closed_at


def test_the_mentor_sees_what_is_due(zone, procedure, mentor):
    today = timezone.localdate()
    soon = CandidateFactory(organisation=zone, mentor=mentor, name="Soon")
    services.step_plan(
        candidate=soon,
        step=procedure["cognitive"],
        planned_on=today + dt.timedelta(days=5),
        acting_user=mentor,
    )
    failed = CandidateFactory(organisation=zone, mentor=mentor, name="Failed")
    passed_before(failed, procedure["personality"], today)
    services.step_result_record(
        candidate=failed,
        step=procedure["personality"],
        result=StepResult.FAILED,
        result_on=today,
        acting_user=mentor,
    )
    CandidateFactory(
        organisation=zone,
        mentor=mentor,
        name="Quiet",
        created_at=timezone.now() - dt.timedelta(days=40),
    )

    items = {
        (item.candidate.name, item.kind) for item in due_items(mentor=mentor, organisation=zone)
    }

    assert ("Soon", "prepare") in items
    assert ("Failed", "debrief") in items
    assert ("Quiet", "contact") in items


def test_a_preparation_session_and_a_debrief_clear_what_was_due(zone, procedure, mentor):
    today = timezone.localdate()
    candidate = CandidateFactory(organisation=zone, mentor=mentor)
    services.step_plan(
        candidate=candidate,
        step=procedure["physical"],
        planned_on=today + dt.timedelta(days=3),
        acting_user=mentor,
    )
    services.step_result_record(
        candidate=candidate,
        step=procedure["cognitive"],
        result=StepResult.FAILED,
        result_on=today,
        acting_user=mentor,
    )

    services.session_log(
        candidate=candidate,
        mentor=mentor,
        held_on=today,
        kind=SessionKind.PREPARATION,
        step=procedure["physical"],
    )
    services.session_log(
        candidate=candidate, mentor=mentor, held_on=today, kind=SessionKind.DEBRIEF
    )

    assert due_items(mentor=mentor, organisation=zone) == []


def test_the_retry_reminder_goes_once_when_the_waiting_period_ends(
    zone, procedure, mentor, mailoutbox
):
    candidate = CandidateFactory(organisation=zone, mentor=mentor)
    step = procedure["physical"]
    passed_before(candidate, step, dt.date(2025, 12, 1))
    services.step_result_record(
        candidate=candidate,
        step=step,
        result=StepResult.FAILED,
        result_on=dt.date(2026, 1, 1),
        acting_user=mentor,
    )

    early = services.retry_reminders_send(today=dt.date(2026, 1, 15))
    on_time = services.retry_reminders_send(today=dt.date(2026, 4, 2))
    again = services.retry_reminders_send(today=dt.date(2026, 4, 3))

    assert (early, on_time, again) == (0, 1, 0)
    assert mailoutbox[0].to == [mentor.email]


def test_pseudonymisation_removes_every_personal_field_and_keeps_the_steps(zone, procedure, mentor):
    candidate = CandidateFactory(
        organisation=zone,
        mentor=mentor,
        phone="0470 00 00 00",
        source="poster",
        status=CandidateStatus.STOPPED,
        stop_reason="Verhuisd",
        closed_at=timezone.now() - dt.timedelta(days=800),
    )
    services.step_result_record(
        candidate=candidate,
        step=procedure["cognitive"],
        result=StepResult.FAILED,
        result_on=dt.date(2024, 1, 1),
        acting_user=mentor,
    )
    services.session_log(
        candidate=candidate,
        mentor=mentor,
        held_on=dt.date(2024, 1, 2),
        kind=SessionKind.DEBRIEF,
        note="Persoonlijke nota",
    )
    before = {f.name: getattr(candidate, f.name) for f in Candidate._meta.concrete_fields}

    assert services.candidates_pseudonymise(months=24) == 1
    assert services.candidates_pseudonymise(months=24) == 0

    candidate.refresh_from_db()
    after = {f.name: getattr(candidate, f.name) for f in Candidate._meta.concrete_fields}
    kept = {
        "id",
        "organisation",
        "language",
        "source",
        "mentor",
        "status",
        "consent_text",
        "consent_given_at",
        "consent_withdrawn_at",
        "created_at",
        "closed_at",
        "record_key",  # random, not personal: keeps the published counts' noise the same
    }
    changed = {"pseudonymised_at"}
    # Every field is either kept on purpose or personal, so that a field added later has to
    # be placed in one of the two lists here.
    personal = {f.name for f in Candidate._meta.concrete_fields} - kept - changed
    assert personal == {
        "reference",
        "name",
        "email",
        "phone",
        "lead",
        "signup",
        "link_id",
        "stop_reason",
    }
    for name in personal:
        assert after[name] != before[name] or not before[name], name
        assert after[name] in ("", None) or name in ("reference", "link_id"), name
    for name in kept:
        assert after[name] == before[name], name
    assert candidate.attempts.get().result == StepResult.FAILED
    assert candidate.sessions.get().note == ""


def test_withdrawing_consent_erases_at_once(zone, procedure, mentor):
    candidate = CandidateFactory(organisation=zone, mentor=mentor, name="Amina")

    services.candidate_withdraw_consent(candidate=candidate)

    candidate.refresh_from_db()
    assert candidate.name == "" and candidate.status == CandidateStatus.STOPPED
    assert candidate.consent_withdrawn_at is not None


def test_the_procedure_links_the_tests_to_the_practice_questions(zone):
    from korps.careers.demo import install_career_site

    install_career_site(zone)
    services.procedure_install(organisation=zone)

    cognitive = ProcedureStep.objects.get(organisation=zone, code="cognitive")
    assert cognitive.career_step.order == 1


def test_stopping_prompts_a_closing_talk(zone, procedure, mentor, diversity_manager):
    candidate = CandidateFactory(organisation=zone, mentor=mentor, name="Gestopt")

    services.candidate_set_status(
        candidate=candidate,
        status=CandidateStatus.STOPPED,
        reason="Andere job",
        acting_user=diversity_manager,
    )

    assert [(i.candidate.name, i.kind) for i in due_items(mentor=mentor, organisation=zone)] == [
        ("Gestopt", "debrief")
    ]
    services.session_log(
        candidate=candidate, mentor=mentor, held_on=timezone.localdate(), kind=SessionKind.DEBRIEF
    )
    assert due_items(mentor=mentor, organisation=zone) == []


@pytest.mark.django_db(transaction=True)
def test_a_new_candidate_gets_the_personal_link_by_mail(zone, diversity_manager, mailoutbox):
    candidate = services.candidate_create(
        organisation=zone,
        acting_user=diversity_manager,
        name="Amina",
        email="amina@mail.test",
        consent_text="ok",
    )

    assert f"/my-guidance/{link_token(candidate, 'guidance')}/" in mailoutbox[0].body


def test_the_campaign_dashboard_counts_applications_and_hires_per_source(zone):
    from korps.outreach.selectors import source_outcomes

    CandidateFactory(organisation=zone, source="fb-wave1")
    CandidateFactory(organisation=zone, source="fb-wave1", status=CandidateStatus.HIRED)
    CandidateFactory(organisation=zone, source="poster")

    outcomes = source_outcomes(organisation=zone, codes=["fb-wave1", "radio"])

    assert outcomes == {
        "fb-wave1": {"applications": 2, "hires": 1},
        "radio": {"applications": 0, "hires": 0},
    }
