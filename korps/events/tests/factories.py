import datetime as dt

import factory
from django.utils import timezone

from korps.events.models import Event, EventKind, Signup, SignupStatus
from korps.organisations.tests.factories import OrganisationFactory


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    organisation = factory.SubFactory(OrganisationFactory)
    kind = EventKind.JOB_DAY
    title = factory.Sequence(lambda n: f"Jobdag {n}")
    place = "Politiehuis, Kaai 1"
    starts_at = factory.LazyFunction(lambda: timezone.now() + dt.timedelta(days=10))
    ends_at = factory.LazyAttribute(lambda event: event.starts_at + dt.timedelta(hours=2))
    seats = 10
    language = "nl"


class SignupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Signup
        skip_postgeneration_save = True

    event = factory.SubFactory(EventFactory)
    name = factory.Faker("name", locale="nl_BE")
    email = factory.Sequence(lambda n: f"kandidaat{n}@mail.test")
    seats = 1
    language = "nl"
    status = SignupStatus.CONFIRMED

    @factory.post_generation
    def recount(signup, create, extracted, **kwargs):
        # Sign-ups made here bypass the services, which keep the event's seat counters.
        if create:
            from korps.events.services import event_recount

            event_recount(event=signup.event)


def event_today(**fields) -> Event:
    """An event starting within the hour, so today at the door (unless run just before
    midnight)."""
    return EventFactory(starts_at=timezone.now() + dt.timedelta(minutes=5), **fields)
