import factory

from korps.complaints.models import Case, CaseKind
from korps.complaints.staff_models import StaffReport, StaffReportKind
from korps.organisations.tests.factories import OrganisationFactory, UserFactory


class CaseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Case

    organisation = factory.SubFactory(OrganisationFactory)
    reference = factory.Sequence(lambda n: f"2026-{n:06d}")
    kind = CaseKind.COMPLAINT
    complainant_name = factory.Faker("name", locale="nl_BE")
    complainant_email = factory.Sequence(lambda n: f"klager{n}@mail.test")
    language = "nl"
    what = "De agent sprak mij onbeleefd aan bij een verkeerscontrole."


class StaffReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StaffReport

    organisation = factory.SubFactory(OrganisationFactory)
    reporter = factory.SubFactory(UserFactory)
    kind = StaffReportKind.HARASSMENT
    what = "Een collega maakt al weken grappen over mijn hoofddoek tijdens de briefing."
