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


def passed_before(candidate, step, on):
    """Record a pass, dated `on`, of every step of the procedure before `step`: a result of
    `step` on or after that day is then possible (see korps.guidance.rules)."""
    from korps.guidance.models import ProcedureStep, StepResult
    from korps.guidance.services import step_result_record

    for earlier in ProcedureStep.objects.filter(
        organisation=candidate.organisation, order__lt=step.order
    ).order_by("order"):
        step_result_record(
            candidate=candidate,
            step=earlier,
            result=StepResult.PASSED,
            result_on=on,
            acting_user=None,
        )
