"""Interested people as a workflow: one lead per confirmed address, follow-up by staff,
one click to a candidate."""

import pytest
from django.urls import reverse
from django.utils import timezone

from korps.audit.models import AuditEntry
from korps.careers.demo import install_career_site
from korps.careers.models import Job, Lead

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(zone):
    install_career_site(zone)
    return zone


def staff_url(name, zone, **kwargs):
    return reverse(f"careers_staff:{name}", kwargs={"zone": zone.code, **kwargs})


def interest(client, zone, **fields):
    return client.post(
        reverse("careers:interest", kwargs={"zone": zone.code}),
        {"name": "Yasmina", "email": "yasmina@mail.test", "contact_by": "email", "consent": "on"}
        | fields,
    )


# Mails leave when the transaction commits, so this test runs with real commits.
@pytest.mark.django_db(transaction=True)
def test_sending_the_form_again_with_a_confirmed_address_updates_the_lead_quietly(
    client, site, mailoutbox
):
    """Given a confirmed lead, the same address again makes no second lead and no mail; the
    visitor sees the same answer as anyone (nothing revealed)."""
    first = interest(client, site)
    lead = Lead.objects.get()
    lead.confirmed_at = timezone.now()
    lead.save(update_fields=["confirmed_at"])
    job = Job.objects.filter(organisation=site).first()
    mails_before = len(mailoutbox)

    again = interest(client, site, email="Yasmina@Mail.test", message="Nog een vraag", job=job.pk)

    assert again.status_code == first.status_code == 302
    assert again["Location"] == first["Location"]
    assert len(mailoutbox) == mails_before
    lead = Lead.objects.get()
    assert (lead.message, lead.job) == ("Nog een vraag", job)
    assert AuditEntry.objects.filter(action="careers.lead.updated", target_id=str(lead.pk)).exists()


def test_a_recruiter_turns_a_lead_into_a_candidate(client, site, recruiter):
    lead = Lead.objects.create(
        organisation=site,
        name="Lea",
        email="lea@mail.test",
        language="nl",
        source="fb-wave2",
        consent_text="ok",
    )
    client.force_login(recruiter)

    create = reverse("guidance:candidate_create", kwargs={"zone": site.code})
    page = client.get(f"{create}?lead={lead.pk}")

    assert page.status_code == 200
    assert 'value="Lea"' in page.text
    assert 'value="fb-wave2"' in page.text
