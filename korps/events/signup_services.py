"""Changes to a sign-up after it was made: staff adding one for someone who phones, the
number of seats changed (by the person or by staff on their behalf), the ticket sent again.
Seats are counted under the event's lock, as in events.services."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from korps.audit import labels
from korps.audit.services import audit_record

from .models import MAX_SEATS_PER_SIGNUP, Signup, SignupStatus
from .services import (
    SignupError,
    _count,
    _locked_event,
    _mail_on_commit,
    _promote_waiting,
    _save_counts,
    signup_create,
)


def signup_add_by_staff(
    *,
    event_id: int,
    acting_user,
    name: str,
    email: str,
    seats: int = 1,
    phone: str = "",
    accessibility_needs: str = "",
    language: str = "nl",
) -> Signup:
    """A sign-up staff take by phone or at a desk: the same seats and waiting list as the
    public page, also after public sign-up closed (until the event starts). The person gets
    the same e-mail, with their personal link."""
    return signup_create(
        event_id=event_id,
        name=name,
        email=email,
        seats=seats,
        phone=phone,
        accessibility_needs=accessibility_needs,
        language=language,
        acting_user=acting_user,
    )


def _actor_label(acting_user) -> str:
    return "" if acting_user is not None else labels.SIGNUP


@transaction.atomic
def signup_change_seats(*, signup: Signup, seats: int, acting_user) -> tuple[Signup, list[int]]:
    """Change the number of people of a sign-up. A confirmed sign-up keeps its seats and may
    take more only if they are free; seats it gives back go to the waiting list at once. A
    waiting sign-up keeps its place in line. `acting_user` is None when the person does it by
    their personal link. Returns the sign-up and the ids of waiting sign-ups promoted."""
    if not 1 <= seats <= MAX_SEATS_PER_SIGNUP:
        raise SignupError(
            _("You can sign up for 1 to %(max)s people.") % {"max": MAX_SEATS_PER_SIGNUP},
            code="seats",
        )
    event = _locked_event(signup.event_id)
    signup.refresh_from_db()
    if signup.status == SignupStatus.CANCELLED:
        raise SignupError(_("This sign-up is cancelled."), code="cancelled")
    if event.starts_at <= timezone.now():
        raise SignupError(_("This event has started."), code="started")
    before = signup.seats
    if seats == before:
        return signup, []
    if (
        signup.status == SignupStatus.CONFIRMED
        and seats - before > event.seats - event.seats_confirmed
    ):
        raise SignupError(
            _("Only %(free)s more seats are free.") % {"free": event.seats - event.seats_confirmed},
            code="seats",
        )
    signup.seats = seats
    signup.save(update_fields=["seats"])
    _count(event, signup.status, seats - before)
    _save_counts(event)
    promoted = _promote_waiting(event)
    audit_record(
        actor=acting_user,
        actor_label=_actor_label(acting_user),
        action="events.signup.seats_changed",
        target=signup,
        organisation=event.organisation,
        data={"from": before, "to": seats},
    )
    _mail_on_commit("promoted", promoted)
    signup.refresh_from_db()
    return signup, promoted


@transaction.atomic
def signup_ticket_resend(*, signup: Signup, acting_user) -> None:
    """Mail the confirmation (with the calendar file and the check-in QR code) or the
    waiting-list mail again, as it stands now."""
    signup.refresh_from_db()
    if signup.status == SignupStatus.CANCELLED:
        raise SignupError(_("This sign-up is cancelled."), code="cancelled")
    audit_record(
        actor=acting_user,
        actor_label=_actor_label(acting_user),
        action="events.signup.ticket_resent",
        target=signup,
        organisation=signup.event.organisation,
    )
    _mail_on_commit(signup.status, [signup.pk])
