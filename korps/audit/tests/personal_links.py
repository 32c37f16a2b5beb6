"""A zone with one record behind every kind of personal link, and the links as korps mails
them (taken from the mails, so the tests hold whatever a token looks like)."""

import re
from dataclasses import dataclass, field

from django.core import mail
from django.urls import resolve

from korps.careers.emails import lead_mail_send, story_consent_request_send
from korps.careers.models import Lead, Story
from korps.events.emails import _check_in_url, signup_mail_send
from korps.events.tests.factories import EventFactory, SignupFactory
from korps.guidance.services import candidate_welcome_send
from korps.guidance.tests.factories import CandidateFactory

LINK = re.compile(r"http://testserver(/[^\s>]+)")


@dataclass
class PersonalLinks:
    lead: Lead
    story: Story
    signup: object
    candidate: object
    paths: dict[str, str] = field(default_factory=dict)

    @property
    def tokens(self) -> set[str]:
        return {resolve(path).kwargs["token"] for path in self.paths.values()}


def _mailed_paths(send) -> list[str]:
    before = len(mail.outbox)
    send()
    return [path for message in mail.outbox[before:] for path in LINK.findall(message.body)]


def personal_links(zone) -> PersonalLinks:
    lead = Lead.objects.create(
        organisation=zone,
        name="Lea Peeters",
        email="lea@mail.test",
        language="nl",
        consent_text="Ja",
    )
    story = Story.objects.create(
        organisation=zone,
        person_name="Sam Vos",
        person_email="sam@zone.test",
        quote={"nl": "Doe het"},
        body={"nl": "Mijn verhaal"},
    )
    signup = SignupFactory(event=EventFactory(organisation=zone), name="Omar Aziz")
    candidate = CandidateFactory(organisation=zone, name="Amina Bakkali", email="amina@mail.test")
    links = PersonalLinks(lead=lead, story=story, signup=signup, candidate=candidate)
    for path in _mailed_paths(lambda: lead_mail_send(lead_id=lead.pk, kind="confirm")):
        name = resolve(path).url_name
        if name in ("lead_confirm", "lead_unsubscribe"):
            links.paths[name] = path
    (links.paths["story_consent"],) = [
        path
        for path in _mailed_paths(lambda: story_consent_request_send(story_id=story.pk))
        if resolve(path).url_name == "story_consent"
    ]
    for path in _mailed_paths(lambda: signup_mail_send(signup_id=signup.pk, kind="confirmed")):
        if resolve(path).url_name == "manage":
            links.paths["signup_manage"] = path
    links.paths["check_in_scan"] = _check_in_url(signup).removeprefix("http://testserver")
    for path in _mailed_paths(lambda: candidate_welcome_send(candidate_id=candidate.pk)):
        if resolve(path).url_name == "self":
            links.paths["candidate_self"] = path
    self_path = links.paths["candidate_self"]
    links.paths["candidate_download"] = self_path + "download/"
    links.paths["candidate_declaration"] = self_path + "declaration/"
    return links
