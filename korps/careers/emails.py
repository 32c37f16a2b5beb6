from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from korps.core.links import link_token

from .models import Lead, Story


def _absolute(name: str, **kwargs) -> str:
    return settings.KORPS_SITE_URL + reverse(name, kwargs=kwargs)


def lead_mail_send(*, lead_id: int, kind: str) -> None:
    lead = Lead.objects.select_related("organisation").get(pk=lead_id)
    if lead.unsubscribed_at:
        return
    zone = lead.organisation
    with translation.override(lead.language or zone.default_language):
        context = {
            "lead": lead,
            "zone": zone,
            "confirm_url": _absolute("careers:lead_confirm", token=link_token(lead, "confirm")),
            "unsubscribe_url": _absolute(
                "careers:lead_unsubscribe", token=link_token(lead, "unsubscribe")
            ),
            "career_url": _absolute("careers:home", zone=zone.code),
        }
        subject = {
            "confirm": _("Please confirm your e-mail address"),
            "welcome": _("Thank you: we will contact you about the next steps"),
        }[kind]
        body = render_to_string(f"careers/email/lead_{kind}.txt", context)
        EmailMessage(
            subject=subject,
            body=body,
            to=[lead.email],
            headers={"List-Unsubscribe": f"<{context['unsubscribe_url']}>"},
        ).send()


def story_consent_request_send(*, story_id: int) -> None:
    story = Story.objects.select_related("organisation").get(pk=story_id)
    zone = story.organisation
    with translation.override(zone.default_language):
        body = render_to_string(
            "careers/email/story_consent.txt",
            {
                "story": story,
                "zone": zone,
                "consent_url": _absolute(
                    "careers:story_consent", token=link_token(story, "consent")
                ),
            },
        )
        EmailMessage(
            subject=_("May we publish your story on the career site?"),
            body=body,
            to=[story.person_email],
        ).send()
