"""Withdrawing consent in guidance erases the candidate in every app, in one transaction:
their declaration is deleted and no longer counted, the summary tables stay equal to a
recount, and one audit row says what each app erased (counts only)."""

import datetime as dt

import pytest
from django.urls import reverse

from korps.audit.models import AuditEntry
from korps.careers.models import Lead
from korps.core.links import link_token
from korps.events.tests.factories import SignupFactory
from korps.guidance import services as guidance
from korps.guidance.models import Candidate
from korps.guidance.tests.factories import CandidateFactory
from korps.monitoring.models import Declaration, FunnelCount
from korps.monitoring.services import declaration_save, declaration_withdraw
from korps.monitoring.summaries import summaries_recount, summaries_stored

pytestmark = pytest.mark.django_db


@pytest.fixture
def candidate(zone):
    steps = guidance.procedure_install(organisation=zone)
    candidate = CandidateFactory(organisation=zone, name="Amina Bakkali")
    guidance.step_result_record(
        candidate=candidate,
        step=steps[0],
        result="passed",
        result_on=dt.date(2026, 3, 2),
        acting_user=None,
    )
    declaration_save(
        organisation=zone,
        candidate=candidate,
        gender="woman",
        origin_group="non_eu",
        consent_text="ok",
    )
    return candidate


def counted(zone, origin):
    rows = FunnelCount.objects.filter(organisation=zone, origin=origin)
    return sum(rows.values_list("n", flat=True))


def test_withdrawing_consent_erases_the_declaration_and_its_count(client, zone, candidate):
    assert counted(zone, "non_eu") == 1

    response = client.post(
        reverse("guidance:self", kwargs={"token": link_token(candidate, "guidance")}), follow=True
    )

    assert response.status_code == 200
    assert "no longer counted" in response.text or "niet meer meegeteld" in response.text
    assert not Declaration.objects.filter(candidate=candidate).exists()
    assert counted(zone, "non_eu") == 0
    assert summaries_stored(organisation=zone) == summaries_recount(organisation=zone)


def test_one_audit_row_lists_what_each_app_erased(zone, candidate):
    lead = Lead.objects.create(
        organisation=zone,
        name="Amina Bakkali",
        email="amina@mail.test",
        language="nl",
        consent_text="ok",
    )
    signup = SignupFactory(event__organisation=zone, name="Amina Bakkali", email="amina@mail.test")
    Candidate.objects.filter(pk=candidate.pk).update(lead=lead, signup=signup)

    guidance.candidate_withdraw_consent(candidate=candidate)

    entry = AuditEntry.objects.get(action="guidance.candidate.consent_withdrawn")
    assert entry.data == {
        "kind": "candidate",
        "erased": {
            "careers": 1,
            "events": 1,
            "monitoring": 1,
            "core.import_jobs": 0,
            "guidance": 1,
        },
    }
    assert "Amina" not in str(entry.data) + entry.target_label
    lead.refresh_from_db()
    signup.refresh_from_db()
    assert (lead.name, lead.email, lead.unsubscribed_at is not None) == (
        "",
        f"unsubscribed-{lead.pk}@invalid",
        True,
    )
    assert (signup.name, signup.email) == ("", f"erased-{signup.pk}@invalid")


def test_a_withdrawn_declaration_row_goes_too(zone, candidate):
    declaration_withdraw(declaration=Declaration.objects.get(candidate=candidate))

    guidance.candidate_withdraw_consent(candidate=candidate)

    assert not Declaration.objects.filter(candidate=candidate).exists()
    assert summaries_stored(organisation=zone) == summaries_recount(organisation=zone)


def test_pseudonymisation_erases_in_every_app(zone, candidate):
    Candidate.objects.filter(pk=candidate.pk).update(
        status="stopped", closed_at=dt.datetime(2023, 1, 1, tzinfo=dt.UTC)
    )

    assert guidance.candidates_pseudonymise(months=24) == 1

    assert not Declaration.objects.filter(candidate=candidate).exists()
    assert summaries_stored(organisation=zone) == summaries_recount(organisation=zone)
    assert (
        AuditEntry.objects.get(action="guidance.candidate.pseudonymised").data["erased"][
            "monitoring"
        ]
        == 1
    )


def test_after_a_withdrawal_no_audit_row_names_the_candidate(client, zone, candidate, recruiter):
    """Found by an outside probe: the candidate's full name stayed in the audit rows of every
    read and write before the withdrawal, and the audit trail cannot be changed. People
    without an account are named there by a reference only."""
    client.force_login(recruiter)
    client.get(reverse("guidance:candidate", kwargs={"zone": zone.code, "pk": candidate.pk}))
    guidance.candidate_withdraw_consent(candidate=candidate)

    rows = AuditEntry.objects.filter(organisation=zone)
    assert rows.filter(target_id=str(candidate.pk)).exists()
    assert not [row for row in rows if "Amina" in row.target_label + str(row.data)]
