import factory
from django.utils import timezone

from korps.guidance.models import Candidate
from korps.organisations.tests.factories import OrganisationFactory


class CandidateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Candidate

    organisation = factory.SubFactory(OrganisationFactory)
    reference = factory.Sequence(lambda n: f"REF-{n:05d}")
    name = factory.Faker("name", locale="nl_BE")
    email = factory.Sequence(lambda n: f"kandidaat{n}@mail.test")
    language = "nl"
    consent_text = "Ik ga akkoord."
    consent_given_at = factory.LazyFunction(timezone.now)
