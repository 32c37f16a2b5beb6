"""The yearly mail that asks an implementation's contact to confirm it (or, when the contact
has left the zone, the zone's diversity managers)."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from .models import Implementation


def confirmation_mail(*, implementation: Implementation, recipient) -> None:
    zone, sheet = implementation.organisation, implementation.sheet
    with translation.override(recipient.language or zone.default_language):
        body = render_to_string(
            "practices/email/confirm.txt",
            {
                "recipient": recipient,
                "zone": zone,
                "sheet": sheet,
                "last_confirmed": implementation.last_confirmed,
                "url": settings.KORPS_SITE_URL
                + reverse("practices:sheet", kwargs={"zone": zone.code, "slug": sheet.slug}),
            },
        )
        EmailMessage(
            subject=_("Does %(zone)s still run this practice?") % {"zone": zone.name},
            body=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[recipient.email],
        ).send()
