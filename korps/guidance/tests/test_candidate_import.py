"""Issue 12, item 8: every candidate of the zone, not only those in guidance. A candidates
file is checked entirely, previewed and written at once; each new candidate is invited to
declare by their own link; their results are imported and counted in the funnel."""

import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from korps.audit.models import AuditEntry
from korps.core.testing import imports as imports_page
from korps.guidance import services
from korps.guidance.candidate_imports import candidates_apply, candidates_plan
from korps.guidance.imports import results_apply, results_plan
from korps.guidance.models import Candidate
from korps.guidance.tests.factories import CandidateFactory

pytestmark = pytest.mark.django_db

HEADER = "reference,name,email,language,source\n"


@pytest.fixture
def procedure(zone):
    return {step.code: step for step in services.procedure_install(organisation=zone)}


def plan_of(zone, lines: str):
    return candidates_plan(organisation=zone, name="kandidaten.csv", raw=(HEADER + lines).encode())


def test_one_bad_line_imports_no_candidate_and_names_the_line(zone):
    CandidateFactory(organisation=zone, reference="SEL-1")
    with translation.override("en"):
        plan = plan_of(
            zone,
            "SEL-2,Ann Peeters,ann@example.org,nl,\n"
            "SEL-3,Bert Claes,not-an-address,nl,\n"
            "SEL-2,Ann Peeters bis,,nl,\n"
            "SEL-4,,,nl,\n"
            "SEL-5,Chris Maes,,xx,\n",
        )

    assert not plan.ok
    assert [p.line for p in plan.problems] == [3, 4, 5, 6]
    assert "not-an-address" in plan.problems[0].message
    assert "line 2" in plan.problems[1].message
    assert Candidate.objects.count() == 1


def test_candidates_outside_guidance_are_created_and_invited_by_their_own_link(
    zone, recruiter, client, django_capture_on_commit_callbacks
):
    guided = CandidateFactory(organisation=zone, reference="SEL-1", name="In Guidance")
    plan = plan_of(
        zone,
        "SEL-1,Someone Else,other@example.org,nl,\n"
        "SEL-2,Ann Peeters,ANN@example.org,nl,jobday\n"
        "SEL-3,Bert Claes,,fr,\n",
    )
    assert plan.ok, plan.problems

    with django_capture_on_commit_callbacks(execute=True):
        counts = candidates_apply(organisation=zone, plan=plan, acting_user=recruiter)

    assert counts == {"created": 2, "updated": 0, "known": 1, "mailed": 1, "without_email": 1}
    guided.refresh_from_db()
    assert guided.name == "In Guidance" and guided.in_guidance
    ann = Candidate.objects.get(reference="SEL-2")
    assert (ann.name, ann.email, ann.source, ann.in_guidance) == (
        "Ann Peeters",
        "ann@example.org",
        "jobday",
        False,
    )
    assert [m.to for m in mail.outbox] == [["ann@example.org"]]
    path = re.search(r"https?://\S+(/\S*declaration\S*)", mail.outbox[0].body).group(1)
    token = path.rstrip("/").split("/")[-1]
    # The token is nowhere in the audit trail.
    assert not any(token in str(entry.data) for entry in AuditEntry.objects.all())
    assert AuditEntry.objects.filter(action="guidance.candidates.imported").count() == 1
    # The link opens the declaration, not the guidance page of someone outside guidance.
    assert client.get(path).status_code == 200
    assert client.get(reverse("guidance:self", kwargs={"token": token})).status_code == 404

    # The same file again changes nothing and mails nobody again.
    with django_capture_on_commit_callbacks(execute=True):
        again = candidates_apply(
            organisation=zone,
            plan=plan_of(
                zone,
                "SEL-1,Someone Else,other@example.org,nl,\n"
                "SEL-2,Ann Peeters,ANN@example.org,nl,jobday\n"
                "SEL-3,Bert Claes,,fr,\n",
            ),
            acting_user=recruiter,
        )
    assert again == {"created": 0, "updated": 0, "known": 3, "mailed": 0, "without_email": 0}
    assert len(mail.outbox) == 1


def test_results_of_candidates_outside_guidance_are_imported_and_counted_in_the_funnel(
    zone, recruiter, procedure
):
    from korps.monitoring.funnel import funnel_counts

    CandidateFactory(organisation=zone, reference="SEL-1")
    candidates_apply(
        organisation=zone,
        plan=plan_of(zone, "SEL-2,Ann Peeters,,nl,\nSEL-3,Bert Claes,,nl,\n"),
        acting_user=recruiter,
    )
    raw = (
        b"reference,step,result,date\n"
        b"SEL-1,cognitive,passed,2026-03-01\n"
        b"SEL-2,cognitive,passed,2026-03-01\n"
        b"SEL-3,cognitive,failed,2026-03-01\n"
    )

    plan = results_plan(organisation=zone, name="resultaten.csv", raw=raw)
    assert plan.ok, plan.problems
    results_apply(plan=plan, acting_user=recruiter)

    counts = funnel_counts(organisation=zone)
    step = procedure["cognitive"].pk
    entered = sum(n for (step_id, _o, _out), n in counts.items() if step_id == step)
    assert entered == 3


def test_the_candidates_page_imports_a_file_after_a_preview(client, zone, recruiter):
    client.force_login(recruiter)
    url = reverse("guidance:candidates_import", kwargs={"zone": zone.code})
    upload = SimpleUploadedFile(
        "kandidaten.csv", (HEADER + "SEL-2,Ann Peeters,,nl,\n").encode(), "text/csv"
    )

    preview = imports_page.upload(client, url, upload)
    assert preview.status_code == 200 and imports_page.is_ready(preview)
    assert "Ann Peeters" in preview.content.decode()
    assert not Candidate.objects.exists()

    done = imports_page.confirm(client, url, preview)

    assert done.status_code == 302
    assert Candidate.objects.get().reference == "SEL-2"


def test_a_candidate_outside_guidance_gets_no_mentor(zone, recruiter, mentor):
    candidates_apply(
        organisation=zone, plan=plan_of(zone, "SEL-2,Ann Peeters,,nl,\n"), acting_user=recruiter
    )
    candidate = Candidate.objects.get()

    with pytest.raises(services.GuidanceError):
        services.mentor_assign(candidate=candidate, mentor=mentor, acting_user=recruiter)

    candidate.refresh_from_db()
    assert candidate.mentor is None


def test_a_reference_of_an_imported_candidate_given_again_in_the_form_is_a_form_error(
    client, zone, recruiter
):
    """Issue 12 said a duplicate reference gave HTTP 500: it is a form error, also when the
    first candidate came from a file and the second reference differs only in case (the
    imports match references regardless of case)."""
    candidates_apply(
        organisation=zone, plan=plan_of(zone, "SEL-2,Ann Peeters,,nl,\n"), acting_user=recruiter
    )
    client.force_login(recruiter)

    response = client.post(
        reverse("guidance:candidate_create", kwargs={"zone": zone.code}),
        {"name": "Tweede", "language": "nl", "reference": "sel-2", "consent": "on"},
    )

    assert response.status_code == 200
    assert response.context["form"].errors["reference"]
    assert Candidate.objects.count() == 1


def test_candidates_outside_guidance_are_pseudonymised_two_years_after_their_last_result(
    zone, recruiter, procedure
):
    import datetime as dt

    from django.utils import timezone

    from korps.guidance.models import StepAttempt, StepResult

    candidates_apply(
        organisation=zone,
        plan=plan_of(zone, "SEL-2,Ann Peeters,,nl,\nSEL-3,Bert Claes,,nl,\n"),
        acting_user=recruiter,
    )
    now = timezone.now()
    Candidate.objects.update(created_at=now - dt.timedelta(days=900))
    old, recent = Candidate.objects.order_by("reference")
    for candidate, days in ((old, 800), (recent, 100)):
        StepAttempt.objects.create(
            candidate=candidate,
            step=procedure["cognitive"],
            result=StepResult.FAILED,
            result_on=(now - dt.timedelta(days=days)).date(),
        )

    assert services.candidates_pseudonymise(now=now) == 1

    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.pseudonymised_at is not None and old.name == ""
    assert recent.pseudonymised_at is None and recent.name == "Bert Claes"
