"""Candidate references: numbers come from the zone's sequence for the year, never from a
count, so a withdrawal (which renames the withdrawn candidate's reference) or a manual
reference can never make two candidates share one."""

import pytest
from django.urls import reverse
from django.utils import timezone

from korps.guidance import services
from korps.guidance.models import Candidate

pytestmark = pytest.mark.django_db


def create_url(zone):
    return reverse("guidance:candidate_create", kwargs={"zone": zone.code})


def new_candidate(client, zone, name, reference=""):
    return client.post(
        create_url(zone),
        {"name": name, "language": "nl", "reference": reference, "consent": "on"},
    )


def test_after_a_withdrawal_the_next_two_numbers_are_new(client, zone, diversity_manager):
    client.force_login(diversity_manager)
    for name in ("Eerste", "Tweede", "Derde"):
        assert new_candidate(client, zone, name).status_code == 302
    services.candidate_withdraw_consent(candidate=Candidate.objects.get(name="Tweede"))

    fourth = new_candidate(client, zone, "Vierde")
    fifth = new_candidate(client, zone, "Vijfde")

    assert (fourth.status_code, fifth.status_code) == (302, 302)
    year = timezone.localdate().year
    references = dict(Candidate.objects.values_list("name", "reference"))
    assert references["Vierde"] == f"TESTRODE-{year}-0004"
    assert references["Vijfde"] == f"TESTRODE-{year}-0005"
    assert len(set(references.values())) == 5


def test_an_automatic_number_skips_a_reference_given_by_hand(client, zone, diversity_manager):
    year = timezone.localdate().year
    client.force_login(diversity_manager)
    new_candidate(client, zone, "Met de hand", reference=f"TESTRODE-{year}-0001")

    response = new_candidate(client, zone, "Automatisch")

    assert response.status_code == 302
    assert Candidate.objects.get(name="Automatisch").reference == f"TESTRODE-{year}-0002"


def test_a_reference_given_twice_is_a_form_error(client, zone, diversity_manager):
    client.force_login(diversity_manager)
    new_candidate(client, zone, "Eerste", reference="WERVING-17")

    response = new_candidate(client, zone, "Tweede", reference="WERVING-17")

    assert response.status_code == 200
    assert response.context["form"].errors["reference"]
    assert "WERVING-17" in response.content.decode()  # what was typed is kept
    assert not Candidate.objects.filter(name="Tweede").exists()


def test_each_zone_and_year_counts_on_its_own(zone, other_zone, diversity_manager):
    first = services.candidate_create(
        organisation=zone, acting_user=diversity_manager, name="A", consent_text="ok"
    )
    elsewhere = services.candidate_create(
        organisation=other_zone, acting_user=diversity_manager, name="B", consent_text="ok"
    )

    year = timezone.localdate().year
    assert first.reference == f"TESTRODE-{year}-0001"
    assert elsewhere.reference == f"ELDERS-{year}-0001"


def test_the_first_number_of_a_year_follows_references_loaded_in_bulk(zone, diversity_manager):
    from korps.guidance.tests.factories import CandidateFactory

    year = timezone.localdate().year
    for number in (1, 2, 9):
        CandidateFactory(organisation=zone, reference=f"TESTRODE-{year}-{number:04d}")

    candidate = services.candidate_create(
        organisation=zone, acting_user=diversity_manager, name="Nieuw", consent_text="ok"
    )

    assert candidate.reference == f"TESTRODE-{year}-0010"


def test_in_the_demo_a_new_candidate_without_reference_is_added_twice(client):
    from django.core.management import call_command

    from korps.core.demo import DEMO_ZONE_CODE
    from korps.organisations.models import Organisation, User

    call_command("seed_demo", verbosity=0)
    zone = Organisation.objects.get(code=DEMO_ZONE_CODE)
    client.force_login(User.objects.get(email="diversiteit@demo.korps.test"))

    first = new_candidate(client, zone, "Demo een")
    second = new_candidate(client, zone, "Demo twee")

    assert (first.status_code, second.status_code) == (302, 302)
    references = Candidate.objects.filter(name__startswith="Demo ").values_list(
        "reference", flat=True
    )
    assert len(set(references)) == 2
