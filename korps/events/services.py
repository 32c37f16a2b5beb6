"""Every write on events and sign-ups. Seats are counted inside a transaction that holds the
event's lock, so no number of simultaneous sign-ups or cancellations can overbook:
PostgreSQL locks the event row (SELECT ... FOR UPDATE); SQLite runs IMMEDIATE transactions,
which take the database's write lock at BEGIN."""

from dataclasses import dataclass
from datetime import datetime

from django.db import IntegrityError, transaction
from django.db.models import Q, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from korps.audit import labels
from korps.audit.services import audit_record
from korps.core.errors import DomainError
from korps.core.locks import lock_rows

from . import tasks
from .models import ACTIVE_STATUSES, MAX_SEATS_PER_SIGNUP, Event, Signup, SignupStatus


class SignupError(DomainError):
    pass


def _locked_event(event_id: int) -> Event:
    """The event, read after its row is locked (the first statement of the transaction).
    Only the event row is locked; its zone comes along for the audit row, unlocked."""
    locked = lock_rows(Event.objects.select_related("organisation").filter(pk=event_id))
    if not locked:
        raise Event.DoesNotExist
    return locked[0]


def _count(event: Event, status: str, seats: int) -> None:
    """Move `seats` into (positive) or out of (negative) the event's counter for `status`,
    on the locked row; saved by _save_counts()."""
    if status == SignupStatus.CONFIRMED:
        event.seats_confirmed += seats
    elif status == SignupStatus.WAITING:
        event.seats_waiting += seats


def _save_counts(event: Event) -> None:
    Event.objects.filter(pk=event.pk).update(
        seats_confirmed=event.seats_confirmed, seats_waiting=event.seats_waiting
    )


@transaction.atomic
def event_recount(*, event: Event) -> Event:
    """Rebuild the event's seat counters from its sign-ups."""
    event = _locked_event(event.pk)
    totals = Signup.objects.filter(event=event).aggregate(
        confirmed=Sum("seats", filter=Q(status=SignupStatus.CONFIRMED), default=0),
        waiting=Sum("seats", filter=Q(status=SignupStatus.WAITING), default=0),
    )
    event.seats_confirmed, event.seats_waiting = totals["confirmed"], totals["waiting"]
    _save_counts(event)
    return event


def _mail_on_commit(kind: str, signup_ids: list[int]) -> None:
    for signup_id in signup_ids:
        transaction.on_commit(
            lambda signup_id=signup_id: tasks.send_signup_mail.delay(signup_id, kind)
        )


def _promote_waiting(event: Event) -> list[int]:
    """Confirm waiting sign-ups in the order they came, each one that fits the free seats.
    A sign-up for 3 that does not fit does not block a later sign-up for 1 that does."""
    free = event.seats - event.seats_confirmed
    promoted = []
    if free <= 0:
        return promoted
    now = timezone.now()
    for signup in Signup.objects.filter(event=event, status=SignupStatus.WAITING).order_by(
        "created_at", "pk"
    ):
        if signup.seats <= free:
            signup.status = SignupStatus.CONFIRMED
            signup.status_changed_at = now
            signup.save(update_fields=["status", "status_changed_at"])
            _count(event, SignupStatus.WAITING, -signup.seats)
            _count(event, SignupStatus.CONFIRMED, signup.seats)
            free -= signup.seats
            promoted.append(signup.pk)
        if free == 0:
            break
    _save_counts(event)
    return promoted


def signup_create(
    *,
    event_id: int,
    name: str,
    email: str,
    seats: int = 1,
    phone: str = "",
    accessibility_needs: str = "",
    language: str = "nl",
    source: str = "",
    acting_user=None,
) -> Signup:
    """Confirm the sign-up if its seats are free, else put it on the waiting list. Without
    `acting_user` the person signs up on the public page, while sign-up is open; staff
    (`acting_user`) may add a sign-up until the event starts."""
    if not 1 <= seats <= MAX_SEATS_PER_SIGNUP:
        raise SignupError(
            _("You can sign up for 1 to %(max)s people.") % {"max": MAX_SEATS_PER_SIGNUP},
            code="seats",
        )
    email = email.strip().lower()
    try:
        with transaction.atomic():
            event = _locked_event(event_id)
            if acting_user is None and not event.signup_is_open():
                raise SignupError(_("Sign-up for this event is closed."), code="closed")
            if event.starts_at <= timezone.now():
                raise SignupError(_("This event has started."), code="started")
            if Signup.objects.filter(event=event, email=email, status__in=ACTIVE_STATUSES).exists():
                raise SignupError(
                    _(
                        "This e-mail address is already signed up for this event. Check your "
                        "mailbox for the confirmation, with a link to change or cancel."
                    ),
                    code="duplicate",
                )
            free = event.seats - event.seats_confirmed
            status = SignupStatus.CONFIRMED if seats <= free else SignupStatus.WAITING
            signup = Signup(
                event=event,
                name=name.strip(),
                email=email,
                phone=phone.strip(),
                seats=seats,
                accessibility_needs=accessibility_needs.strip(),
                language=language,
                source=source[:40],
                status=status,
            )
            # The constraints are the database's to enforce; checking them here costs a query
            # inside the event's lock.
            signup.full_clean(exclude=["event"], validate_unique=False, validate_constraints=False)
            signup.save()
            _count(event, status, seats)
            _save_counts(event)
            audit_record(
                actor=acting_user,
                action="events.signup.created",
                target=signup,
                organisation=event.organisation,
                data={"status": status, "seats": seats, "by_staff": acting_user is not None},
            )
            _mail_on_commit(status, [signup.pk])
    except IntegrityError:
        # The unique constraint caught a double submit racing with itself.
        raise SignupError(
            _("This e-mail address is already signed up for this event."), code="duplicate"
        ) from None
    return signup


@transaction.atomic
def signup_link_resend(*, event_id: int, email: str) -> None:
    """Someone tried to sign up again with an address that is already signed up: the
    address gets its personal link again, by e-mail only, so that the sign-up form never
    tells whether an address is signed up. Nothing happens for an address without an active
    sign-up."""
    signup = (
        Signup.objects.filter(
            event_id=event_id, email=email.strip().lower(), status__in=ACTIVE_STATUSES
        )
        .select_related("event__organisation")
        .first()
    )
    if signup is None:
        return
    audit_record(
        actor=None,
        action="events.signup.link_resent",
        target=signup,
        organisation=signup.event.organisation,
    )
    _mail_on_commit("already", [signup.pk])


@transaction.atomic
def signup_cancel(*, signup: Signup, acting_user=None) -> tuple[Signup, list[int]]:
    """Cancel a sign-up (or leave the waiting list), by its personal link (the person holding
    it is the actor) or by staff on the person's behalf (`acting_user`). Returns the sign-up
    and the ids of the waiting sign-ups promoted into the freed seats."""
    event = _locked_event(signup.event_id)
    # The sign-up was read before the lock: read it again under it.
    signup.refresh_from_db()
    if signup.status == SignupStatus.CANCELLED:
        return signup, []
    if event.starts_at <= timezone.now():
        raise SignupError(
            _("This event has started; it can no longer be cancelled."), code="started"
        )
    was = signup.status
    signup.status = SignupStatus.CANCELLED
    signup.status_changed_at = timezone.now()
    signup.save(update_fields=["status", "status_changed_at"])
    _count(event, was, -signup.seats)
    _save_counts(event)
    promoted = _promote_waiting(event) if was == SignupStatus.CONFIRMED else []
    audit_record(
        actor=acting_user,
        actor_label="" if acting_user is not None else labels.SIGNUP,
        action="events.signup.cancelled",
        target=signup,
        organisation=event.organisation,
        data={"was": was, "promoted": promoted},
    )
    _mail_on_commit("cancelled", [signup.pk])
    _mail_on_commit("promoted", promoted)
    return signup, promoted


EDITABLE_FIELDS = [
    "kind",
    "title",
    "description",
    "language",
    "place",
    "online_url",
    "starts_at",
    "ends_at",
    "seats",
    "signup_opens_at",
    "signup_closes_at",
    "overflow_threshold",
    "is_published",
]


@transaction.atomic
def event_create(*, organisation, acting_user, extra_session_of=None, **fields) -> Event:
    event = Event(
        organisation=organisation,
        extra_session_of=extra_session_of,
        **{k: v for k, v in fields.items() if k in EDITABLE_FIELDS},
    )
    event.full_clean()
    event.save()
    audit_record(
        actor=acting_user, action="events.event.created", target=event, organisation=organisation
    )
    return event


@transaction.atomic
def event_update(*, event: Event, acting_user, **fields) -> tuple[Event, list[int]]:
    """Change an event. More seats promote waiting people at once; fewer seats than are
    already confirmed are refused."""
    locked = _locked_event(event.pk)
    for name, value in fields.items():
        if name in EDITABLE_FIELDS:
            setattr(locked, name, value)
    taken = locked.seats_confirmed
    if locked.seats < taken:
        raise SignupError(
            _("%(taken)s seats are already confirmed; the event cannot have fewer seats.")
            % {"taken": taken},
            code="seats",
        )
    locked.full_clean()
    locked.save(update_fields=EDITABLE_FIELDS)
    promoted = _promote_waiting(locked)
    audit_record(
        actor=acting_user,
        action="events.event.changed",
        target=locked,
        organisation=locked.organisation,
        data={"promoted": promoted},
    )
    _mail_on_commit("promoted", promoted)
    return locked, promoted


@dataclass
class ExtraSession:
    event: Event
    moved: list[int]


@transaction.atomic
def event_add_extra_session(
    *,
    event: Event,
    acting_user,
    starts_at: datetime,
    ends_at: datetime,
    seats: int,
    place: str | None = None,
    move_waiting: bool = True,
) -> ExtraSession:
    """Add a session like `event` at another time and give its seats to the people on the
    waiting list, first come first served, without their signing up again."""
    original = _locked_event(event.pk)
    extra = Event(
        organisation=original.organisation,
        kind=original.kind,
        title=original.title,
        description=original.description,
        language=original.language,
        place=original.place if place is None else place,
        online_url=original.online_url,
        starts_at=starts_at,
        ends_at=ends_at,
        seats=seats,
        overflow_threshold=original.overflow_threshold,
        extra_session_of=original,
        is_published=original.is_published,
    )
    extra.full_clean()
    extra.save()
    moved = []
    if move_waiting:
        free = seats
        now = timezone.now()
        for signup in Signup.objects.filter(event=original, status=SignupStatus.WAITING).order_by(
            "created_at", "pk"
        ):
            if signup.seats <= free:
                signup.moved_from = original
                signup.event = extra
                signup.status = SignupStatus.CONFIRMED
                signup.status_changed_at = now
                signup.save(update_fields=["moved_from", "event", "status", "status_changed_at"])
                _count(original, SignupStatus.WAITING, -signup.seats)
                _count(extra, SignupStatus.CONFIRMED, signup.seats)
                free -= signup.seats
                moved.append(signup.pk)
            if free == 0:
                break
        _save_counts(original)
        _save_counts(extra)
    audit_record(
        actor=acting_user,
        action="events.event.extra_session_added",
        target=extra,
        organisation=original.organisation,
        data={"extra_session_of": original.pk, "moved": moved},
    )
    _mail_on_commit("moved", moved)
    return ExtraSession(event=extra, moved=moved)


@transaction.atomic
def event_copy(*, event: Event, acting_user, starts_at: datetime, ends_at: datetime) -> Event:
    fields = {name: getattr(event, name) for name in EDITABLE_FIELDS}
    fields.update(
        starts_at=starts_at,
        ends_at=ends_at,
        signup_opens_at=None,
        signup_closes_at=None,
        is_published=False,
    )
    return event_create(organisation=event.organisation, acting_user=acting_user, **fields)


def _claim(signup_id: int, field: str) -> bool:
    """Mark a mail as sent exactly once, even when two schedulers run at the same time."""
    return bool(
        Signup.objects.filter(pk=signup_id, **{f"{field}__isnull": True}).update(
            **{field: timezone.now()}
        )
    )


def reminders_send(*, now: datetime | None = None, hours_ahead: int = 48) -> int:
    """Remind confirmed people of events starting within `hours_ahead`. Idempotent."""
    now = now or timezone.now()
    due = Signup.objects.filter(
        status=SignupStatus.CONFIRMED,
        reminder_sent_at__isnull=True,
        event__starts_at__gt=now,
        event__starts_at__lte=now + timezone.timedelta(hours=hours_ahead),
    ).values_list("pk", flat=True)
    sent = 0
    for signup_id in list(due):
        if _claim(signup_id, "reminder_sent_at"):
            tasks.send_signup_mail.delay(signup_id, "reminder")
            sent += 1
    return sent


def followups_send(*, now: datetime | None = None) -> int:
    """After an event: next steps to those who came, a 'we missed you' to those who did not.
    Idempotent."""
    now = now or timezone.now()
    due = Signup.objects.filter(
        status=SignupStatus.CONFIRMED,
        followup_sent_at__isnull=True,
        event__ends_at__lte=now,
        event__ends_at__gte=now - timezone.timedelta(days=14),
    ).values_list("pk", flat=True)
    sent = 0
    for signup_id in list(due):
        if _claim(signup_id, "followup_sent_at"):
            tasks.send_signup_mail.delay(signup_id, "followup")
            sent += 1
    return sent
