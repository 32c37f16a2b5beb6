from django.db.models import Count, F, Q, QuerySet
from django.utils import timezone

from .models import Event, Signup, SignupStatus

# Seat figures (seats_confirmed, seats_waiting) are the event's own counters, kept by the
# services: pages never count sign-ups to show them.


def _with_attendance(events: QuerySet[Event]) -> QuerySet[Event]:
    confirmed = Q(signups__status=SignupStatus.CONFIRMED)
    return events.annotate(
        attended=Count("signups", filter=confirmed & Q(signups__checked_in_at__isnull=False)),
        no_shows=Count("signups", filter=confirmed & Q(signups__no_show=True)),
    )


def public_event_list(*, organisation, now=None) -> QuerySet[Event]:
    now = now or timezone.now()
    return Event.objects.filter(
        organisation=organisation, is_published=True, starts_at__gt=now
    ).order_by("starts_at")


def public_event_get(*, organisation, pk: int) -> Event | None:
    return Event.objects.filter(organisation=organisation, is_published=True, pk=pk).first()


def staff_event_list(*, organisation, search: str = "", period: str = "upcoming"):
    events = Event.objects.filter(organisation=organisation)
    now = timezone.now()
    if period == "upcoming":
        events = events.filter(ends_at__gte=now).order_by("starts_at")
    elif period == "past":
        events = events.filter(ends_at__lt=now).order_by("-starts_at")
    else:
        events = events.order_by("-starts_at")
    if search:
        events = events.filter(Q(title__icontains=search) | Q(place__icontains=search))
    return _with_attendance(events)


def staff_event_get(*, organisation, pk: int) -> Event | None:
    return _with_attendance(Event.objects.filter(organisation=organisation, pk=pk)).first()


def event_signups(*, event: Event) -> QuerySet[Signup]:
    return Signup.objects.filter(event=event).order_by("created_at", "pk")


def overflow_suggested(event) -> bool:
    return event.seats_waiting >= event.overflow_threshold and event.starts_at > timezone.now()


def overflowing_events(*, organisation):
    """Coming events whose waiting list reached the threshold for an extra session (the
    same rule as overflow_suggested, in SQL), soonest first."""
    return Event.objects.filter(
        organisation=organisation,
        starts_at__gt=timezone.now(),
        overflow_threshold__gt=0,
        seats_waiting__gte=F("overflow_threshold"),
    ).order_by("starts_at", "pk")
