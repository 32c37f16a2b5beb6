"""The door: checking people in on the event's day, and closing attendance after it."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from korps.audit.services import audit_record

from .models import Event, Signup, SignupStatus
from .services import SignupError


@transaction.atomic
def signup_check_in(
    *, signup: Signup, acting_user, undo: bool = False, override: bool = False
) -> Signup:
    """Check a confirmed person in at the door (or undo it). Only on the event's day (in the
    zone's time zone), unless staff explicitly override it; the audit row says so."""
    if signup.status != SignupStatus.CONFIRMED:
        raise SignupError(_("Only confirmed sign-ups can be checked in."), code="status")
    on_the_day = signup.event.is_on()
    if not undo and not on_the_day and not override:
        raise SignupError(
            _(
                "Check-in is only possible on the day of the event. Check in anyway only if "
                "this person really came."
            ),
            code="not_today",
        )
    signup.checked_in_at = None if undo else timezone.now()
    signup.no_show = False
    signup.save(update_fields=["checked_in_at", "no_show"])
    audit_record(
        actor=acting_user,
        action="events.signup.check_in_undone" if undo else "events.signup.checked_in",
        target=signup,
        organisation=signup.event.organisation,
        data={} if undo or on_the_day else {"override": True},
    )
    return signup


@transaction.atomic
def event_close_attendance(*, event: Event, acting_user) -> int:
    """After the event: every confirmed sign-up that was not checked in is a no-show."""
    no_shows = Signup.objects.filter(
        event=event, status=SignupStatus.CONFIRMED, checked_in_at__isnull=True
    ).update(no_show=True)
    Event.objects.filter(pk=event.pk).update(attendance_closed_at=timezone.now())
    audit_record(
        actor=acting_user,
        action="events.event.attendance_closed",
        target=event,
        organisation=event.organisation,
        data={"no_shows": no_shows},
    )
    return no_shows
