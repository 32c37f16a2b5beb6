import datetime as dt
from decimal import Decimal

import factory

from korps.organisations.tests.factories import OrganisationFactory
from korps.outreach.models import (
    Action,
    AmbassadorProfile,
    AmbassadorQuestion,
    Campaign,
    Channel,
    Partner,
    PartnerKind,
    Topic,
    Wave,
    new_action_code,
)


class CampaignFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Campaign

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Campagne {n}")
    starts_on = dt.date(2026, 3, 1)
    ends_on = dt.date(2026, 6, 30)
    budget = Decimal("10000")


class WaveFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Wave

    campaign = factory.SubFactory(CampaignFactory)
    name = factory.Sequence(lambda n: f"Golf {n}")
    starts_on = dt.date(2026, 3, 1)
    ends_on = dt.date(2026, 4, 30)


class ActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Action
        skip_postgeneration_save = True

    wave = factory.SubFactory(WaveFactory)
    channel = Channel.SOCIAL_AD
    date = dt.date(2026, 3, 10)
    cost = Decimal("500")
    code = factory.LazyFunction(new_action_code)


class AmbassadorProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AmbassadorProfile

    organisation = factory.SubFactory(OrganisationFactory)
    user = factory.SubFactory("korps.organisations.tests.factories.UserFactory")
    languages = factory.LazyFunction(lambda: ["nl"])
    topics = factory.LazyFunction(lambda: [Topic.WOMEN])


class AmbassadorQuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AmbassadorQuestion

    organisation = factory.SubFactory(OrganisationFactory)
    topic = Topic.WOMEN
    language = "nl"
    name = "Nora Vraag"
    email = factory.Sequence(lambda n: f"vraag{n}@mail.test")
    question = "Kan ik bij de politie met een hoofddoek?"


class PartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partner

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"CVO {n}")
    kind = PartnerKind.ADULT_EDUCATION
