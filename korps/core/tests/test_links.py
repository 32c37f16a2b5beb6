"""Personal links (korps.core.links): never stored in clear, resolved only with the right MAC
for the right purpose, rebuilt for later mails, revoked with a new link id."""

import datetime as dt

import pytest
from django.core import mail
from django.db import connection
from django.http import Http404
from django.test import override_settings
from django.urls import resolve
from django.utils import timezone

from korps.audit.tests.personal_links import LINK, personal_links
from korps.events.models import Signup, SignupStatus
from korps.events.services import reminders_send
from korps.events.tests.factories import EventFactory, SignupFactory
from korps.guidance.models import Candidate
from korps.guidance.tests.factories import CandidateFactory

pytestmark = pytest.mark.django_db

TABLES = ("careers_lead", "careers_story", "events_signup", "guidance_candidate")


def every_stored_value() -> list[str]:
    values = []
    with connection.cursor() as cursor:
        for table in (*TABLES, "audit_auditentry"):
            cursor.execute(f"SELECT * FROM {table}")  # noqa: S608 (fixed table names)
            values += [str(value) for row in cursor.fetchall() for value in row]
    return values


def test_no_token_is_stored_in_clear(client, zone):
    links = personal_links(zone)
    for path in links.paths.values():
        client.get(path)

    stored = every_stored_value()

    assert len(links.tokens) >= 4
    for token in links.tokens:
        secret_part = token.rpartition(".")[2]
        assert not [value for value in stored if token in value or secret_part in value]


def test_a_wrong_mac_a_malformed_token_and_an_unknown_link_answer_404_alike(client, zone):
    from korps.core.links import link_resolve, link_token

    candidate = CandidateFactory(organisation=zone)
    token = link_token(candidate, "guidance")
    link_id, _, mac = token.partition(".")
    other = CandidateFactory(organisation=zone)
    forged = [
        f"{link_id}.{mac[:-1]}{'A' if mac[-1] != 'A' else 'B'}",  # wrong MAC
        f"{link_id}.{link_token(other, 'guidance').partition('.')[2]}",  # another's MAC
        link_token(candidate, "manage"),  # another purpose
        link_id,  # no MAC
        f"{link_id}.",
        f".{mac}",
        "unknown-link-id." + mac,
        "…",
    ]

    assert link_resolve(Candidate, "guidance", token) == candidate
    for wrong in forged:
        with pytest.raises(Http404):
            link_resolve(Candidate, "guidance", wrong)
        assert client.get(f"/my-guidance/{wrong}/").status_code == 404, wrong


def test_links_mailed_before_a_key_rotation_still_open_with_the_fallback_key(zone):
    from korps.core.links import link_resolve, link_token

    candidate = CandidateFactory(organisation=zone)
    with override_settings(SECRET_KEY="an-old-key-" + "o" * 50):
        token = link_token(candidate, "guidance")

    with override_settings(
        SECRET_KEY="a-new-key-" + "n" * 50, SECRET_KEY_FALLBACKS=["an-old-key-" + "o" * 50]
    ):
        assert link_resolve(Candidate, "guidance", token) == candidate
    with override_settings(SECRET_KEY="a-new-key-" + "n" * 50, SECRET_KEY_FALLBACKS=[]):
        with pytest.raises(Http404):
            link_resolve(Candidate, "guidance", token)


def test_the_reminder_48_hours_ahead_carries_a_working_manage_link(client, zone):
    event = EventFactory(organisation=zone, starts_at=timezone.now() + dt.timedelta(hours=30))
    signup = SignupFactory(event=event, name="Omar Aziz")
    mail.outbox.clear()

    assert reminders_send() == 1

    (path,) = [p for p in LINK.findall(mail.outbox[0].body) if resolve(p).url_name == "manage"]
    response = client.get(path)
    assert response.status_code == 200
    assert event.title in response.text
    client.post(path)
    signup.refresh_from_db()
    assert signup.status == SignupStatus.CANCELLED


def test_the_check_in_code_cannot_cancel_the_sign_up(client, zone, recruiter):
    links = personal_links(zone)
    check_in_token = resolve(links.paths["check_in_scan"]).kwargs["token"]
    manage_token = resolve(links.paths["signup_manage"]).kwargs["token"]

    assert check_in_token != manage_token
    assert client.post(f"/signup/{check_in_token}/").status_code == 404
    assert Signup.objects.get().status == SignupStatus.CONFIRMED
    client.force_login(recruiter)
    scan_with_manage = links.paths["check_in_scan"].replace(check_in_token, manage_token)
    assert client.get(scan_with_manage).status_code == 404


def test_withdrawing_consent_revokes_the_candidates_link(client, zone):
    links = personal_links(zone)
    assert client.get(links.paths["candidate_self"]).status_code == 200

    client.post(links.paths["candidate_self"])

    assert client.get(links.paths["candidate_self"]).status_code == 404
    assert client.get(links.paths["candidate_declaration"]).status_code == 404
