"""The e-mails of a sign-up, in the person's language, with an .ics file for the calendar."""

import io

import segno
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from korps.core.links import link_token

from .models import Signup

WITH_CALENDAR = {"confirmed", "promoted", "moved", "reminder"}


def subject_for(kind: str, signup: Signup) -> str:
    title = signup.event.title
    return {
        "confirmed": _("You are signed up: %(title)s"),
        "waiting": _("You are on the waiting list: %(title)s"),
        "promoted": _("A seat came free, you are in: %(title)s"),
        "moved": _("An extra session was added, you have a seat: %(title)s"),
        "cancelled": _("Your sign-up is cancelled: %(title)s"),
        "reminder": _("See you soon: %(title)s"),
        "followup": _("Thank you, and what comes next: %(title)s"),
        "already": _("You are already signed up: %(title)s"),
    }[kind] % {"title": title}


def calendar_file(signup: Signup) -> bytes:
    event = signup.event
    calendar = Calendar()
    calendar.add("prodid", "-//korps//events//")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    entry = CalendarEvent()
    entry.add("uid", f"korps-event-{event.pk}-signup-{signup.pk}@korps")
    entry.add("dtstamp", timezone.now())
    entry.add("dtstart", event.starts_at)
    entry.add("dtend", event.ends_at)
    entry.add("summary", event.title)
    entry.add("location", event.place or event.online_url)
    if event.online_url:
        entry.add("url", event.online_url)
    entry.add("description", event.description)
    calendar.add_component(entry)
    return calendar.to_ical()


def _png(url: str) -> bytes:
    """A QR code of the check-in address: staff at the door scan it with a phone."""
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=6, border=2)
    return buffer.getvalue()


def signup_mail_send(*, signup_id: int, kind: str) -> None:
    signup = Signup.objects.select_related("event", "event__organisation").get(pk=signup_id)
    event = signup.event
    zone = event.organisation
    with translation.override(signup.language or zone.default_language):
        context = {
            "signup": signup,
            "event": event,
            "zone": zone,
            "kind": kind,
            "starts": timezone.localtime(event.starts_at),
            "ends": timezone.localtime(event.ends_at),
            "manage_url": settings.KORPS_SITE_URL
            + reverse("events:manage", kwargs={"token": link_token(signup, "manage")}),
            "career_url": settings.KORPS_SITE_URL
            + reverse("careers:home", kwargs={"zone": zone.code}),
            "interest_url": settings.KORPS_SITE_URL
            + reverse("careers:interest", kwargs={"zone": zone.code})
            + (f"?src={signup.source}" if signup.source else ""),
            "attended": signup.checked_in_at is not None,
        }
        body = render_to_string(f"events/email/{kind}.txt", context)
        message = EmailMultiAlternatives(
            subject=subject_for(kind, signup), body=body, to=[signup.email]
        )
        if kind in WITH_CALENDAR:
            message.attach("event.ics", calendar_file(signup), "text/calendar; method=PUBLISH")
            message.attach("check-in.png", _png(_check_in_url(signup)), "image/png")
        message.send()


def _check_in_url(signup: Signup) -> str:
    return settings.KORPS_SITE_URL + reverse(
        "events_staff:check_in_scan",
        kwargs={"zone": signup.event.organisation.code, "token": link_token(signup, "checkin")},
    )
