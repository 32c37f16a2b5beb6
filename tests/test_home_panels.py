"""The staff home pages show what needs the user today, each panel in a bounded number of
queries and with an empty state (issue 13, item 3). Measured on SQLite: 16 queries for the
diversity manager's home with one lead, candidate and question; 18 with thirty of each (the
stumbling-block panel reads the funnel summaries in a fixed number of queries)."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from korps.audit.models import AuditEntry
from korps.careers.models import Lead
from korps.guidance.tests.factories import CandidateFactory
from korps.outreach.models import QuestionStatus
from korps.outreach.tests.factories import AmbassadorQuestionFactory

pytestmark = pytest.mark.django_db


def home(client, zone):
    return client.get(reverse("core:zone_home", kwargs={"zone": zone.code}))


def make_lead(zone, n, **fields):
    return Lead.objects.create(
        organisation=zone,
        name=f"Persoon {n}",
        email=f"p{n}@mail.test",
        language="nl",
        consent_text="ok",
        **fields,
    )


def test_the_recruiters_home_lists_new_leads_and_the_late_ones(client, zone, recruiter):
    late = make_lead(zone, 1, created_at=timezone.now() - dt.timedelta(days=10))
    make_lead(zone, 2)
    make_lead(zone, 3, contacted_on=timezone.localdate())
    client.force_login(recruiter)

    page = home(client, zone)

    assert "Persoon 1" in page.text and "Persoon 2" in page.text
    assert "Persoon 3" not in page.text
    assert reverse("careers_staff:lead", kwargs={"zone": zone.code, "pk": late.pk}) in page.text
    assert AuditEntry.objects.filter(action="careers.leads.read", actor=recruiter).exists()


def test_the_diversity_managers_home_shows_what_needs_them(client, zone, diversity_manager):
    make_lead(zone, 1)
    waiting = CandidateFactory(organisation=zone, name="Nora Wacht")
    CandidateFactory(organisation=zone, name="Met Mentor", mentor=diversity_manager)
    AmbassadorQuestionFactory(organisation=zone, status=QuestionStatus.ESCALATED)
    client.force_login(diversity_manager)

    page = home(client, zone)

    assert "Persoon 1" in page.text
    assert "Nora Wacht" in page.text and "Met Mentor" not in page.text
    assert reverse("guidance:candidate", kwargs={"zone": zone.code, "pk": waiting.pk}) in page.text
    assert "?status=escalated" in page.text


def test_the_home_panels_say_so_when_nothing_waits(client, zone, diversity_manager):
    client.force_login(diversity_manager)

    page = home(client, zone)

    for text in (
        "Niemand wacht op contact.",
        "Elke kandidaat in begeleiding heeft een mentor.",
        "Elke vraag heeft haar antwoord.",
    ):
        assert text in page.text


@pytest.mark.parametrize("rows", [1, 30])
def test_the_home_page_runs_a_bounded_number_of_queries(
    client, zone, diversity_manager, rows, django_assert_max_num_queries
):
    for n in range(rows):
        make_lead(zone, n)
        CandidateFactory(organisation=zone)
        AmbassadorQuestionFactory(organisation=zone)
    client.force_login(diversity_manager)

    with django_assert_max_num_queries(20):
        assert home(client, zone).status_code == 200


def test_the_diversity_managers_home_shows_the_funnels_stumbling_blocks(
    client, zone, diversity_manager, django_assert_max_num_queries
):
    from korps.guidance.services import procedure_install, step_result_record
    from korps.monitoring.services import declaration_save

    step = next(s for s in procedure_install(organisation=zone) if s.code == "cognitive")
    for group, passed, failed in (("belgian", 30, 20), ("non_eu", 12, 28)):
        for index in range(passed + failed):
            candidate = CandidateFactory(organisation=zone, mentor=diversity_manager)
            step_result_record(
                candidate=candidate,
                step=step,
                result="passed" if index < passed else "failed",
                result_on=dt.date(2026, 5, 1),
                acting_user=None,
            )
            declaration_save(
                organisation=zone,
                candidate=candidate,
                gender="man",
                origin_group=group,
                consent_text="ok",
            )
    client.force_login(diversity_manager)

    with django_assert_max_num_queries(20):
        page = home(client, zone)

    panel = page.text[page.text.index('id="stumbling-panel"') :]
    assert step.name in panel[:1000]
    assert "EU" in panel[:1000]


def test_the_recruiters_home_shows_job_days_that_overflow(client, zone, recruiter):
    from korps.events.tests.factories import EventFactory

    soon = timezone.now() + dt.timedelta(days=5)
    full = EventFactory(organisation=zone, title="Jobavond Vol", starts_at=soon)
    EventFactory(organisation=zone, title="Jobavond Rustig", starts_at=soon)
    # The counter is kept by the sign-up services; set here as they would leave it.
    type(full).objects.filter(pk=full.pk).update(seats_waiting=full.overflow_threshold)
    client.force_login(recruiter)

    page = home(client, zone)

    panel = page.text[page.text.index('id="overflow-panel"') :][:1500]
    assert "Jobavond Vol" in panel and "Jobavond Rustig" not in panel
