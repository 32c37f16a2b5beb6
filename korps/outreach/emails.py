"""The e-mails of Ask an ambassador. Every mail to a visitor comes from korps's own address:
an ambassador's address is never shown to the person who asked."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from korps.core.links import link_token
from korps.organisations.languages import page_language
from korps.organisations.permissions import diversity_managers_of

from .models import AmbassadorQuestion


def _question(question_id: int) -> AmbassadorQuestion:
    return AmbassadorQuestion.objects.select_related(
        "organisation", "ambassador__user", "answered_by"
    ).get(pk=question_id)


def _staff_url(name: str, question: AmbassadorQuestion) -> str:
    return settings.KORPS_SITE_URL + reverse(
        name, kwargs={"zone": question.organisation.code, "pk": question.pk}
    )


def answer_mail(*, question_id: int) -> None:
    question = _question(question_id)
    zone = question.organisation
    # The answer may be written in any contact language; the mail's own words stay in one
    # korps speaks.
    with translation.override(page_language(question.language, zone)):
        body = render_to_string(
            "outreach/email/answer.txt",
            {
                "question": question,
                "zone": zone,
                "first_name": question.answered_by.get_short_name() if question.answered_by else "",
                "career_url": settings.KORPS_SITE_URL
                + reverse("careers:home", kwargs={"zone": zone.code}),
                "reply_url": settings.KORPS_SITE_URL
                + reverse("outreach:thread", kwargs={"token": link_token(question, "reply")}),
            },
        )
        EmailMessage(
            subject=_("Your question to an ambassador of %(zone)s") % {"zone": zone.name},
            body=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[question.email],
        ).send()


def question_assigned_mail(*, question_id: int) -> None:
    question = _question(question_id)
    if question.ambassador is None:
        return
    user = question.ambassador.user
    with translation.override(user.language):
        body = render_to_string(
            "outreach/email/assigned.txt",
            {"question": question, "url": _staff_url("outreach_staff:answer", question)},
        )
        EmailMessage(subject=_("A visitor asks you a question"), body=body, to=[user.email]).send()


def question_unrouted_mail(*, question_id: int) -> None:
    """No ambassador takes the question's topic in its language: the diversity managers do."""
    question = _question(question_id)
    for manager in diversity_managers_of(question.organisation).distinct():
        with translation.override(manager.language):
            body = render_to_string(
                "outreach/email/unrouted.txt",
                {"question": question, "url": _staff_url("outreach_staff:answer", question)},
            )
            EmailMessage(
                subject=_("A visitor's question that no ambassador can take"),
                body=body,
                to=[manager.email],
            ).send()


def escalation_mail(*, question_id: int) -> None:
    question = _question(question_id)
    for manager in diversity_managers_of(question.organisation).distinct():
        with translation.override(manager.language):
            body = render_to_string(
                "outreach/email/escalated.txt",
                {
                    "question": question,
                    "days": settings.KORPS_AMBASSADOR_ANSWER_DAYS,
                    "url": _staff_url("outreach_staff:answer", question),
                },
            )
            EmailMessage(
                subject=_("A question for an ambassador is still unanswered"),
                body=body,
                to=[manager.email],
            ).send()
