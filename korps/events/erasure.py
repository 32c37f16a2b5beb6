"""What the events app erases of a person (see korps.core.erasure): the sign-up a candidate
came from. The seats, status, dates and source code stay, so the event's counters and the
campaign counts remain right; no reminder or follow-up goes out to the erased sign-up."""

from django.utils import timezone

from .models import Signup


def signup_erase(signup: Signup) -> int:
    now = timezone.now()
    signup.name = ""
    signup.email = f"erased-{signup.pk}@invalid"
    signup.phone = ""
    signup.accessibility_needs = ""
    signup.reminder_sent_at = signup.reminder_sent_at or now
    signup.followup_sent_at = signup.followup_sent_at or now
    signup.save(
        update_fields=[
            "name",
            "email",
            "phone",
            "accessibility_needs",
            "reminder_sent_at",
            "followup_sent_at",
        ]
    )
    return 1


def candidate_signup_erase(candidate) -> int:
    """The events eraser of a candidate: the job-day sign-up they came from, if any."""
    if candidate.signup_id is None:
        return 0
    return signup_erase(Signup.objects.select_for_update().get(pk=candidate.signup_id))
