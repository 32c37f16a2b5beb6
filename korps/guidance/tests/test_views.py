import datetime as dt
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook

from korps.audit.models import AuditEntry
from korps.core.links import link_token
from korps.core.testing.imports import confirm, is_ready, problems_of
from korps.events.tests.factories import EventFactory, SignupFactory
from korps.guidance import services
from korps.guidance.models import Candidate, SessionKind, StepAttempt, StepResult
from korps.guidance.tests.factories import CandidateFactory
from korps.organisations.roles import Role

pytestmark = pytest.mark.django_db


@pytest.fixture
def procedure(zone):
    return {step.code: step for step in services.procedure_install(organisation=zone)}


def detail(candidate):
    return reverse(
        "guidance:candidate", kwargs={"zone": candidate.organisation.code, "pk": candidate.pk}
    )


def test_a_mentor_cannot_open_another_mentors_mentee(client, zone, member):
    mine = member(Role.MENTOR, email="mine@zone.test")
    theirs = member(Role.MENTOR, email="theirs@zone.test")
    candidate = CandidateFactory(organisation=zone, mentor=theirs)
    client.force_login(mine)

    assert client.get(detail(candidate)).status_code == 404
    assert (
        client.post(
            reverse(
                "guidance:candidate_action",
                kwargs={"zone": zone.code, "pk": candidate.pk, "action": "session"},
            )
        ).status_code
        == 404
    )


def test_a_mentor_lists_only_own_mentees(client, zone, member):
    mine = member(Role.MENTOR, email="mine@zone.test")
    theirs = member(Role.MENTOR, email="theirs@zone.test")
    CandidateFactory(organisation=zone, mentor=mine, name="Eigen Kandidaat")
    CandidateFactory(organisation=zone, mentor=theirs, name="Andere Kandidaat")
    client.force_login(mine)

    response = client.get(reverse("guidance:candidates", kwargs={"zone": zone.code}))

    assert "Eigen Kandidaat" in response.text and "Andere Kandidaat" not in response.text


def test_a_recruiter_sees_the_status_but_not_the_notes(client, zone, recruiter, mentor, procedure):
    candidate = CandidateFactory(organisation=zone, mentor=mentor)
    services.session_log(
        candidate=candidate,
        mentor=mentor,
        held_on=dt.date(2026, 1, 5),
        kind=SessionKind.INTAKE,
        note="Geheime nota over motivatie",
    )
    client.force_login(recruiter)

    response = client.get(detail(candidate))

    assert response.status_code == 200
    assert candidate.get_status_display() in response.text
    assert "Geheime nota" not in response.text


def test_the_mentor_and_the_diversity_manager_read_the_notes(
    client, zone, mentor, diversity_manager, procedure
):
    candidate = CandidateFactory(organisation=zone, mentor=mentor)
    services.session_log(
        candidate=candidate,
        mentor=mentor,
        held_on=dt.date(2026, 1, 5),
        kind=SessionKind.INTAKE,
        note="Geheime nota over motivatie",
    )
    for user in (mentor, diversity_manager):
        client.force_login(user)
        assert "Geheime nota" in client.get(detail(candidate)).text


def test_every_read_of_a_candidate_is_audited(client, zone, mentor, procedure):
    candidate = CandidateFactory(organisation=zone, mentor=mentor)
    client.force_login(mentor)

    client.get(detail(candidate))

    entry = AuditEntry.objects.get(action="guidance.candidate.read")
    assert (entry.actor, entry.target_id) == (mentor, str(candidate.pk))


def test_a_job_day_attendee_becomes_a_candidate_with_the_source(client, zone, diversity_manager):
    signup = SignupFactory(
        event=EventFactory(organisation=zone), name="Amina Bakkali", source="fb-wave1"
    )
    client.force_login(diversity_manager)
    url = reverse("guidance:candidate_create", kwargs={"zone": zone.code})

    form = client.get(url, {"signup": signup.pk})
    response = client.post(
        f"{url}?signup={signup.pk}",
        {
            "name": "Amina Bakkali",
            "email": signup.email,
            "language": "nl",
            "source": "fb-wave1",
            "consent": "on",
        },
    )

    assert 'value="Amina Bakkali"' in form.text
    candidate = Candidate.objects.get()
    assert response.status_code == 302
    assert (candidate.signup, candidate.source) == (signup, "fb-wave1")


def test_without_consent_nothing_is_stored_and_the_form_keeps_its_values(
    client, zone, diversity_manager
):
    client.force_login(diversity_manager)

    response = client.post(
        reverse("guidance:candidate_create", kwargs={"zone": zone.code}),
        {"name": "Amina Bakkali", "language": "nl"},
    )

    assert response.status_code == 200
    assert 'value="Amina Bakkali"' in response.text
    assert not Candidate.objects.exists()


def results_file(lines, name="results.csv"):
    text = "reference,step,result,date\n" + "\n".join(lines) + "\n"
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")


def test_an_import_with_one_bad_line_imports_nothing_and_names_the_line(
    client, zone, recruiter, procedure
):
    CandidateFactory(organisation=zone, reference="A-1")
    CandidateFactory(organisation=zone, reference="A-2")
    client.force_login(recruiter)
    url = reverse("guidance:import", kwargs={"zone": zone.code})

    response = client.post(
        url,
        {
            "file": results_file(
                [
                    "A-1,cognitive,passed,2026-03-01",
                    "A-2,cognitive,failed,31/02/2026",
                    "A-9,physical,passed,2026-03-02",
                ]
            )
        },
        follow=True,
    )

    problems = problems_of(response)
    assert set(problems) == {3, 4}
    assert "31/02/2026" in problems[3]
    assert "A-9" in problems[4]
    assert not StepAttempt.objects.exists()


def test_an_import_is_previewed_then_written_on_confirmation(client, zone, recruiter, procedure):
    candidate = CandidateFactory(organisation=zone, reference="A-1")
    client.force_login(recruiter)
    url = reverse("guidance:import", kwargs={"zone": zone.code})

    preview = client.post(
        url, {"file": results_file(["A-1,cognitive,niet geslaagd,01/03/2026"])}, follow=True
    )
    assert is_ready(preview)
    assert not StepAttempt.objects.exists()

    confirm(client, url, preview)

    attempt = StepAttempt.objects.get(candidate=candidate)
    assert (attempt.result, attempt.result_on) == (StepResult.FAILED, dt.date(2026, 3, 1))


def test_an_import_reads_xlsx_and_reports_a_missing_column(client, zone, recruiter, procedure):
    CandidateFactory(organisation=zone, reference="A-1")
    workbook = Workbook()
    workbook.active.append(["reference", "step", "date"])
    workbook.active.append(["A-1", "cognitive", "2026-03-01"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    client.force_login(recruiter)

    response = client.post(
        reverse("guidance:import", kwargs={"zone": zone.code}),
        {"file": SimpleUploadedFile("results.xlsx", buffer.getvalue())},
        follow=True,
    )

    assert "result" in problems_of(response)[1]


def test_the_candidate_sees_downloads_and_withdraws(client, zone, mentor, procedure):
    candidate = CandidateFactory(organisation=zone, mentor=mentor, name="Amina Bakkali")
    page = reverse("guidance:self", kwargs={"token": link_token(candidate, "guidance")})

    assert "Amina Bakkali" in client.get(page).text
    download = client.get(
        reverse("guidance:self_download", kwargs={"token": link_token(candidate, "guidance")})
    )
    assert download.json()["name"] == "Amina Bakkali"

    client.post(page)

    candidate.refresh_from_db()
    assert candidate.name == ""
    assert client.get(page).status_code == 404


def test_the_candidate_list_is_bounded(
    client, zone, diversity_manager, mentor, django_assert_max_num_queries
):
    for _ in range(40):
        CandidateFactory(organisation=zone, mentor=mentor)
    client.force_login(diversity_manager)

    with django_assert_max_num_queries(12):
        response = client.get(reverse("guidance:candidates", kwargs={"zone": zone.code}))

    assert response.status_code == 200


def test_the_candidate_page_is_bounded(
    client, zone, diversity_manager, mentor, procedure, django_assert_max_num_queries
):
    candidate = CandidateFactory(organisation=zone, mentor=mentor)
    for step in procedure.values():
        services.step_plan(
            candidate=candidate, step=step, planned_on=dt.date(2026, 6, 1), acting_user=mentor
        )
    client.force_login(diversity_manager)

    with django_assert_max_num_queries(30):
        assert client.get(detail(candidate)).status_code == 200


def test_the_mentor_home_is_bounded(client, zone, mentor, procedure, django_assert_max_num_queries):
    for _ in range(20):
        CandidateFactory(organisation=zone, mentor=mentor)
    client.force_login(mentor)

    with django_assert_max_num_queries(15):
        assert (
            client.get(reverse("guidance:mentor_home", kwargs={"zone": zone.code})).status_code
            == 200
        )


def test_the_candidates_own_page_offers_the_voluntary_declaration(client, zone, procedure):
    candidate = CandidateFactory(organisation=zone)

    response = client.get(
        reverse("guidance:self", kwargs={"token": link_token(candidate, "guidance")})
    )

    assert f"/my-guidance/{link_token(candidate, 'guidance')}/declaration/" in response.text
