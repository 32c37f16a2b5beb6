"""Finding 4 of issue 10 (outside the back office): pages that show personal records write an
audit row naming who read what; on a personal link, the link holder."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from korps.audit import labels
from korps.audit.models import AuditEntry
from korps.careers.models import Lead
from korps.events.tests.factories import EventFactory, SignupFactory
from korps.guidance.models import StepAttempt, StepResult
from korps.guidance.services import procedure_install
from korps.guidance.tests.factories import CandidateFactory

from .personal_links import personal_links

pytestmark = pytest.mark.django_db


def candidate_form(zone):
    return reverse("guidance:candidate_create", kwargs={"zone": zone.code})


def confirmed_lead(zone, **fields):
    return Lead.objects.create(
        organisation=zone,
        name=fields.pop("name", "Lea Peeters"),
        email="lea@mail.test",
        language="nl",
        consent_text="Ja",
        confirmed_at=timezone.now(),
        **fields,
    )


def test_the_candidate_form_prefilled_from_a_lead_is_an_audited_read(
    client, zone, diversity_manager
):
    lead = confirmed_lead(zone)
    client.force_login(diversity_manager)

    response = client.get(candidate_form(zone), {"lead": lead.pk})

    assert 'value="Lea Peeters"' in response.text
    entry = AuditEntry.objects.get(target_type="careers.lead")
    assert (entry.actor, entry.target_id) == (diversity_manager, str(lead.pk))


def test_the_candidate_form_prefilled_from_a_sign_up_is_an_audited_read(
    client, zone, diversity_manager
):
    signup = SignupFactory(event=EventFactory(organisation=zone), name="Omar Aziz")
    client.force_login(diversity_manager)

    client.get(candidate_form(zone), {"signup": signup.pk})

    entry = AuditEntry.objects.get(target_type="events.signup")
    assert (entry.actor, entry.target_id) == (diversity_manager, str(signup.pk))


def test_the_list_of_recent_leads_and_attendees_is_an_audited_read(client, zone, diversity_manager):
    lead = confirmed_lead(zone)
    signup = SignupFactory(event=EventFactory(organisation=zone), name="Omar Aziz")
    client.force_login(diversity_manager)

    response = client.get(candidate_form(zone))

    assert "Lea Peeters" in response.text and "Omar Aziz" in response.text
    entry = AuditEntry.objects.get(actor=diversity_manager)
    assert entry.data == {"leads": [lead.pk], "signups": [signup.pk]}


def test_the_check_in_scan_page_is_an_audited_read(client, zone, recruiter):
    links = personal_links(zone)
    client.force_login(recruiter)

    response = client.get(links.paths["check_in_scan"])

    assert links.signup.name in response.text
    entry = AuditEntry.objects.get(actor=recruiter)
    assert (entry.target_type, entry.target_id) == ("events.signup", str(links.signup.pk))


def test_the_candidates_declaration_page_is_an_audited_read_by_the_link_holder(client, zone):
    links = personal_links(zone)

    client.get(links.paths["candidate_declaration"])

    entry = AuditEntry.objects.get()
    assert (entry.actor, entry.actor_label) == (None, labels.CANDIDATE)
    assert (entry.target_type, entry.target_id) == ("guidance.candidate", str(links.candidate.pk))


@pytest.mark.parametrize(
    ("page", "holder", "target"),
    [
        ("signup_manage", labels.SIGNUP, "signup"),
        ("story_consent", labels.STORY_AUTHOR, "story"),
    ],
)
def test_a_personal_page_showing_a_name_is_an_audited_read_by_the_link_holder(
    client, zone, page, holder, target
):
    """Found by an outside probe: the sign-up's manage page and the story's consent page
    show a name and were read without an audit row."""
    links = personal_links(zone)

    client.get(links.paths[page])

    entry = AuditEntry.objects.get()
    assert (entry.actor, entry.actor_label) == (None, holder)
    assert entry.target_id == str(getattr(links, target).pk)


def test_the_mentors_home_panel_is_an_audited_read(client, zone, mentor):
    candidate = CandidateFactory(organisation=zone, mentor=mentor, name="Amina Bakkali")
    step = procedure_install(organisation=zone)[0]
    StepAttempt.objects.create(
        candidate=candidate,
        step=step,
        result=StepResult.PLANNED,
        planned_on=timezone.localdate() + dt.timedelta(days=3),
    )
    client.force_login(mentor)

    response = client.get(reverse("core:zone_home", kwargs={"zone": zone.code}))

    assert "Amina Bakkali" in response.text
    entry = AuditEntry.objects.get(actor=mentor)
    assert entry.action == "guidance.candidates.listed"
    assert entry.data["ids"] == [candidate.pk]
