"""Issue 13, item 12: referrals link one of the zone's partners; a zone offers contact
languages beyond the interface languages, for candidates, mentor suggestion and the
ask-an-ambassador form."""

import pytest
from django.urls import reverse

from korps.guidance import services
from korps.guidance.models import Candidate, MentorProfile, Referral
from korps.guidance.tests.factories import CandidateFactory
from korps.organisations.roles import Role
from korps.organisations.tests.factories import OrganisationFactory
from korps.outreach.models import AmbassadorQuestion, Topic
from korps.outreach.tests.factories import AmbassadorProfileFactory, PartnerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def arabic_zone(zone):
    zone.contact_languages = ["nl", "fr", "en", "ar", "tr"]
    zone.save(update_fields=["contact_languages"])
    return zone


def test_an_arabic_speaking_candidate_is_added_and_gets_the_arabic_speaking_mentor(
    client, arabic_zone, member, diversity_manager
):
    dutch = member(Role.MENTOR, email="nl@zone.test", full_name="A Dutch")
    arabic = member(Role.MENTOR, email="ar@zone.test", full_name="B Arabic")
    MentorProfile.objects.create(organisation=arabic_zone, user=dutch, languages=["nl"])
    MentorProfile.objects.create(organisation=arabic_zone, user=arabic, languages=["nl", "ar"])
    client.force_login(diversity_manager)

    response = client.post(
        reverse("guidance:candidate_create", kwargs={"zone": arabic_zone.code}),
        {"name": "Samira El Idrissi", "language": "ar", "consent": "on"},
    )

    assert response.status_code == 302
    candidate = Candidate.objects.get()
    assert candidate.language == "ar"
    assert services.mentor_suggest(organisation=arabic_zone, language="ar") == arabic
    page = client.get(response.url)
    assert "Arabisch" in page.text  # the language by its Dutch name, not the code


def test_without_a_choice_the_contact_languages_are_the_interface_languages(
    zone, diversity_manager
):
    with pytest.raises(services.GuidanceError):
        services.candidate_create(
            organisation=zone,
            acting_user=diversity_manager,
            name="Samira",
            consent_text="ok",
            language="ar",
        )
    assert not Candidate.objects.exists()


def test_the_ambassador_form_offers_the_zones_contact_languages(client, arabic_zone, member):
    user = member(Role.AMBASSADOR, email="amb@zone.test")
    turkish = AmbassadorProfileFactory(
        organisation=arabic_zone, user=user, languages=["nl", "tr"], topics=[Topic.WOMEN]
    )
    url = reverse("outreach:ask", kwargs={"zone": arabic_zone.code})

    form = client.get(url)
    response = client.post(
        url,
        {
            "topic": Topic.WOMEN,
            "language": "tr",
            "name": "Elif",
            "email": "elif@mail.test",
            "question": "Kan ik in het Turks een vraag stellen?",
        },
    )

    assert 'value="tr"' in form.text and 'value="ar"' in form.text
    assert response.status_code == 302
    assert AmbassadorQuestion.objects.get().ambassador == turkish


def test_a_referral_links_one_of_the_zones_partners(client, zone, mentor):
    candidate = CandidateFactory(organisation=zone, mentor=mentor)
    own = PartnerFactory(organisation=zone, name="CVO Scheldeland")
    other = PartnerFactory(organisation=OrganisationFactory(code="elders"), name="CVO Elders")
    client.force_login(mentor)
    url = reverse(
        "guidance:candidate_action",
        kwargs={"zone": zone.code, "pk": candidate.pk, "action": "referral"},
    )
    data = {"purpose": "Nederlands", "status": "proposed", "note": ""}

    refused = client.post(url, {**data, "partner": other.pk})
    saved = client.post(url, {**data, "partner": own.pk})

    assert refused.status_code == 400
    assert saved.status_code == 302
    assert Referral.objects.get().partner == own
