"""Issue 13, item 13: the procedure's step names are the zone's content in every language,
and a step linked to the career site has one name on both pages."""

import pytest
from django.conf import settings
from django.urls import reverse

from korps.careers.models import SelectionStep
from korps.core.links import link_token
from korps.guidance import services
from korps.guidance.models import StepResult
from korps.guidance.tests.factories import CandidateFactory

pytestmark = pytest.mark.django_db


def test_a_french_staff_page_names_the_steps_in_french(client, zone, mentor):
    steps = {s.code: s for s in services.procedure_install(organisation=zone)}
    candidate = CandidateFactory(organisation=zone, mentor=mentor)
    client.force_login(mentor)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"

    page = client.get(reverse("guidance:candidate", kwargs={"zone": zone.code, "pk": candidate.pk}))

    assert "Épreuve physique" in page.text
    assert "Fysieke proef" not in page.text
    assert steps["physical"].names["nl"] == "Fysieke proef"


def test_a_step_linked_to_the_career_site_has_its_name_on_the_candidates_page(client, zone):
    SelectionStep.objects.create(
        organisation=zone, order=1, name={"nl": "Cognitieve proef", "fr": "Épreuve cognitive"}
    )
    steps = {s.code: s for s in services.procedure_install(organisation=zone)}
    candidate = CandidateFactory(organisation=zone)
    services.step_result_record(
        candidate=candidate,
        step=steps["cognitive"],
        result=StepResult.PASSED,
        result_on=candidate.created_at.date(),
        acting_user=None,
    )
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"

    page = client.get(reverse("guidance:self", kwargs={"token": link_token(candidate, "guidance")}))

    assert "Épreuve cognitive" in page.text
