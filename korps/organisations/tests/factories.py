import factory

from korps.organisations.models import Membership, Organisation, Unit, UnitKind, User
from korps.organisations.roles import Role


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ["code"]

    name = factory.Sequence(lambda n: f"Politiezone Test {n}")
    code = factory.Sequence(lambda n: f"zone-{n}")
    default_language = "nl"
    languages = factory.LazyFunction(lambda: ["nl", "fr", "en"])


class UnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Unit

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Team {n}")
    kind = UnitKind.TEAM


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ["email"]
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@zone.test")
    full_name = factory.Faker("name", locale="nl_BE")
    password = factory.django.Password("korps-test-password")


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = Role.RECRUITER
