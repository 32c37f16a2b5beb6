import datetime as dt

import factory

from korps.organisations.tests.factories import OrganisationFactory
from korps.plan.models import LineOfAction, Milestone, Plan, PlanAction


class PlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Plan

    organisation = factory.SubFactory(OrganisationFactory)
    title = factory.Sequence(lambda n: f"Diversiteitsplan {n}")
    starts_on = factory.LazyFunction(lambda: dt.date(dt.date.today().year, 1, 1))
    ends_on = factory.LazyFunction(lambda: dt.date(dt.date.today().year, 12, 31))


class LineFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LineOfAction

    plan = factory.SubFactory(PlanFactory)
    title = factory.Sequence(lambda n: f"Actielijn {n}")
    order = factory.Sequence(lambda n: n)


class ActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PlanAction

    line = factory.SubFactory(LineFactory)
    title = factory.Sequence(lambda n: f"Actie {n}")
    due_on = factory.LazyFunction(lambda: dt.date.today() + dt.timedelta(days=30))


class MilestoneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Milestone

    action = factory.SubFactory(ActionFactory)
    title = factory.Sequence(lambda n: f"Mijlpaal {n}")
