"""Finding 3 of issue 10: a personal-link token is a credential. It never reaches the audit
trail (rows or page) nor a log, and what the link holder does is audited as theirs."""

import logging
from types import SimpleNamespace

import pytest
from django.db import connection
from django.urls import reverse

from korps.audit import labels
from korps.audit.models import AuditEntry
from korps.core.testing.clients import VerifiedClient

from .personal_links import personal_links

pytestmark = pytest.mark.django_db


def visit_every_personal_link(client, staff_client, links):
    """Everything a link holder can do, plus the door staff's scan, plus wrong and mistyped
    links (404s, which Django logs with their path)."""
    paths = links.paths
    for name in ("lead_confirm", "lead_unsubscribe", "story_consent", "signup_manage"):
        assert client.get(paths[name]).status_code == 200, name
    client.post(paths["lead_confirm"])
    client.post(paths["story_consent"], {"decision": "give"})
    client.post(paths["story_consent"], {"decision": "withdraw"})
    assert client.get(paths["candidate_self"]).status_code == 200
    assert client.get(paths["candidate_download"]).status_code == 200
    assert client.get(paths["candidate_declaration"]).status_code == 200
    client.post(
        paths["candidate_declaration"], {"gender": "man", "origin_group": "eu", "consent": "on"}
    )
    assert staff_client.get(paths["check_in_scan"]).status_code == 200
    staff_client.post(paths["check_in_scan"])
    for token in links.tokens:
        assert client.get(f"/my-guidance/{token}x/").status_code == 404
        assert client.get(f"/my-guidance/{token}/nothing-here/").status_code == 404
        assert client.get(f"/signup/{token}0/").status_code == 404
    client.post(paths["signup_manage"])
    client.post(paths["lead_unsubscribe"])
    client.post(paths["candidate_self"])


def audit_pages(client, zone) -> str:
    pages, number = [], 1
    while True:
        response = client.get(reverse("audit:log", kwargs={"zone": zone.code}), {"page": number})
        pages.append(response.text)
        if f"page={number + 1}" not in response.text:
            return "\n".join(pages)
        number += 1


def test_no_token_in_the_audit_trail_the_audit_page_or_the_logs(
    client, zone, zone_admin, recruiter, caplog
):
    links = personal_links(zone)
    staff_client = VerifiedClient()
    staff_client.force_login(recruiter)
    caplog.set_level(logging.INFO)

    visit_every_personal_link(client, staff_client, links)
    client.force_login(zone_admin)
    trail = audit_pages(client, zone)

    rows = [str(row) for row in AuditEntry.objects.values_list()]
    assert AuditEntry.objects.filter(request_path__contains="/my-guidance/").exists()
    assert any(record.getMessage().startswith("Not Found") for record in caplog.records)
    for token in links.tokens:
        assert token not in trail
        assert not [row for row in rows if token in row]
        assert token not in caplog.text
        assert not [r for r in caplog.records if token in r.getMessage()]


def test_a_404_on_a_personal_link_logs_no_token(client, zone, caplog):
    links = personal_links(zone)
    token = links.tokens.pop()

    with caplog.at_level(logging.INFO):
        client.get(f"/my-guidance/{token}x/")
        client.get(f"/my-guidance/{token}/download/more/")

    messages = [record.getMessage() for record in caplog.records]
    assert [m for m in messages if m.startswith("Not Found: /my-guidance/")]
    assert not [m for m in messages if token in m]


def test_actions_through_a_personal_link_name_the_link_holder_and_the_record(client, zone):
    links = personal_links(zone)
    paths = links.paths

    client.post(paths["lead_confirm"])
    client.post(paths["story_consent"], {"decision": "give"})
    client.get(paths["candidate_download"])
    client.post(
        paths["candidate_declaration"], {"gender": "man", "origin_group": "eu", "consent": "on"}
    )
    client.post(paths["signup_manage"])
    client.post(paths["candidate_self"])

    def entry(action):
        return AuditEntry.objects.get(action=action)

    assert entry("careers.lead.confirmed").actor_label == labels.LEAD
    assert entry("careers.lead.confirmed").target_id == str(links.lead.pk)
    assert entry("careers.story.consent_given").actor_label == labels.STORY_AUTHOR
    assert entry("events.signup.cancelled").actor_label == labels.SIGNUP
    assert entry("events.signup.cancelled").target_id == str(links.signup.pk)
    downloaded = entry("guidance.candidate.downloaded_by_self")
    assert (downloaded.actor_label, downloaded.target_id) == (
        labels.CANDIDATE,
        str(links.candidate.pk),
    )
    assert entry("monitoring.declaration.saved").actor_label == labels.CANDIDATE
    assert entry("guidance.candidate.consent_withdrawn").actor_label == labels.CANDIDATE


def test_the_audit_page_names_the_link_holder_in_the_readers_language(client, zone, zone_admin):
    links = personal_links(zone)
    client.get(links.paths["candidate_download"])
    client.force_login(zone_admin)

    response = client.get(
        reverse("audit:log", kwargs={"zone": zone.code}), headers={"accept-language": "nl"}
    )

    assert "kandidaat (persoonlijke link)" in response.text
    assert "candidate (personal link)" not in response.text


def test_old_audit_rows_holding_a_token_show_it_redacted(client, zone, zone_admin):
    token = personal_links(zone).tokens.pop()
    AuditEntry(
        organisation=zone,
        action="guidance.candidate.read_by_self",
        request_method="GET",
        request_path=f"/my-guidance/{token}/",
    ).save()
    client.force_login(zone_admin)

    response = client.get(reverse("audit:log", kwargs={"zone": zone.code}))

    assert "/my-guidance/…/" in response.text
    assert token not in response.text


def test_the_migration_redacts_tokens_in_old_audit_rows(zone):
    from importlib import import_module

    from django.apps import apps

    migration = import_module("korps.audit.migrations.0003_redact_personal_link_tokens")
    token = personal_links(zone).tokens.pop()
    old = AuditEntry(organisation=zone, action="x.y.read", request_path=f"/signup/{token}/")
    old.save()
    other = AuditEntry(organisation=zone, action="x.y.read", request_path="/z/testrode/audit/")
    other.save()

    # What the migration uses of Django's schema editor: its connection.
    migration.redact_request_paths(apps, SimpleNamespace(connection=connection))

    old.refresh_from_db()
    other.refresh_from_db()
    assert old.request_path == "/signup/…/"
    assert other.request_path == "/z/testrode/audit/"
