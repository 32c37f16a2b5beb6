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


def door_search(signups: QuerySet[Signup], search: str) -> QuerySet[Signup]:
    """The sign-ups whose name or e-mail address holds `search` (any case)."""
    search = search.strip()
    if not search:
        return signups
    return signups.filter(Q(name__icontains=search) | Q(email__icontains=search))


def overflow_suggested(event) -> bool:
    return event.waiting_list_is_long and event.starts_at > timezone.now()


def waiting_position(signup: Signup) -> int | None:
    """The sign-up's place in line on the waiting list (1 is next), or None if not waiting."""
    if signup.status != SignupStatus.WAITING:
        return None
    ahead = Q(created_at__lt=signup.created_at) | Q(created_at=signup.created_at, pk__lt=signup.pk)
    return (
        Signup.objects.filter(event_id=signup.event_id, status=SignupStatus.WAITING)
        .filter(ahead)
        .count()
        + 1
    )


def staff_signup_get(*, event: Event, pk: int) -> Signup | None:
    return Signup.objects.filter(event=event, pk=pk).select_related("event").first()


def overflowing_events(*, organisation):
    """Coming events whose waiting list reached the threshold for an extra session (the
    same rule as Event.waiting_list_is_long, in SQL), soonest first."""
    return Event.objects.filter(
        organisation=organisation,
        starts_at__gt=timezone.now(),
        seats_waiting__gt=0,
        seats_waiting__gte=F("overflow_threshold"),
    ).order_by("starts_at", "pk")
