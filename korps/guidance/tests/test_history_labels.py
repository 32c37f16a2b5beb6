"""The candidate page speaks in words: history kinds, statuses, results and the source are
shown translated, never as codes (issue 13, item 4)."""

import pytest
from django.urls import reverse
from django.utils import timezone

from korps.guidance import services
from korps.guidance.models import CandidateStatus, StepResult, TrackEvent
from korps.guidance.tests.factories import CandidateFactory

pytestmark = pytest.mark.django_db


def test_the_history_shows_translated_labels_not_codes(client, zone, diversity_manager):
    step = services.procedure_install(organisation=zone)[0]
    candidate = CandidateFactory(organisation=zone)
    TrackEvent.objects.create(candidate=candidate, kind="consent_given")
    TrackEvent.objects.create(
        candidate=candidate, kind="step_result", step=step, result=StepResult.FAILED
    )
    TrackEvent.objects.create(candidate=candidate, kind="status", status=CandidateStatus.IN_RESERVE)
    client.force_login(diversity_manager)

    page = client.get(reverse("guidance:candidate", kwargs={"zone": zone.code, "pk": candidate.pk}))

    history = page.text[page.text.index('id="history-title"') :]
    for code in ("consent_given", "step_result", "in_reserve", "· failed"):
        assert code not in history
    assert "Toestemming gegeven" in history
    assert "Niet geslaagd" in history


def test_the_candidate_page_names_the_campaign_not_the_code(client, zone, diversity_manager):
    from korps.outreach.models import Action, Campaign, Channel, Wave

    today = timezone.localdate()
    campaign = Campaign.objects.create(
        organisation=zone, name="Instroom 2027", starts_on=today, ends_on=today
    )
    wave = Wave.objects.create(campaign=campaign, name="Golf 1", starts_on=today, ends_on=today)
    action = Action.objects.create(wave=wave, channel=Channel.choices[0][0], date=today)
    candidate = CandidateFactory(organisation=zone, source=action.code)
    client.force_login(diversity_manager)

    page = client.get(reverse("guidance:candidate", kwargs={"zone": zone.code, "pk": candidate.pk}))

    assert "Instroom 2027 · Golf 1" in page.text
    assert action.code not in page.text
