"""Interested people as a workflow: one lead per confirmed address, follow-up by staff,
one click to a candidate."""

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from korps.audit.models import AuditEntry
from korps.careers.demo import install_career_site
from korps.careers.models import Job, Lead
from korps.organisations.roles import Role

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


def make_lead(zone, **fields):
    return Lead.objects.create(
        organisation=zone,
        **{"name": "Lea", "email": "lea@mail.test", "language": "nl", "consent_text": "ok"}
        | fields,
    )


def test_the_lead_page_shows_the_question_and_the_job_and_is_an_audited_read(
    client, site, recruiter
):
    job = Job.objects.filter(organisation=site).first()
    lead = make_lead(site, job=job, message="Mag ik met een bril solliciteren?")
    client.force_login(recruiter)

    page = client.get(staff_url("lead", site, pk=lead.pk))

    assert page.status_code == 200
    assert "Mag ik met een bril solliciteren?" in page.text
    assert job.name["nl"] in page.text
    assert reverse("guidance:candidate_create", kwargs={"zone": site.code}) in page.text
    read = AuditEntry.objects.get(action="careers.lead.read")
    assert (read.actor, read.target_id) == (recruiter, str(lead.pk))


def test_the_list_shows_the_question_the_job_and_links_to_the_lead(client, site, recruiter):
    job = Job.objects.filter(organisation=site).first()
    lead = make_lead(site, job=job, message="Hoe zwaar is de fysieke proef?")
    client.force_login(recruiter)

    page = client.get(staff_url("leads", site))

    assert "Hoe zwaar is de fysieke proef?" in page.text
    assert job.name["nl"] in page.text
    assert staff_url("lead", site, pk=lead.pk) in page.text


def test_an_empty_list_says_where_people_come_from(client, site, recruiter):
    client.force_login(recruiter)

    page = client.get(staff_url("leads", site))

    assert "interesseformulier" in page.text


def test_a_long_name_without_spaces_is_cut_in_the_list_and_may_wrap(client, site, recruiter):
    make_lead(site, name="A" * 120)
    client.force_login(recruiter)

    page = client.get(staff_url("leads", site))

    assert "A" * 120 + "<" not in page.text
    css = (settings.BASE_DIR / "korps/core/static/korps/css/korps.css").read_text()
    assert "overflow-wrap: anywhere" in css


def test_staff_take_up_a_lead_with_owner_date_and_notes_audited(client, site, recruiter):
    lead = make_lead(site)
    client.force_login(recruiter)

    response = client.post(
        staff_url("lead", site, pk=lead.pk),
        {"owner": recruiter.pk, "contacted_on": "2026-11-30", "notes": "Belt terug na examens"},
    )

    assert response.status_code == 302
    lead.refresh_from_db()
    assert (lead.owner, str(lead.contacted_on), lead.notes) == (
        recruiter,
        "2026-11-30",
        "Belt terug na examens",
    )
    entry = AuditEntry.objects.get(action="careers.lead.followed_up")
    assert entry.actor == recruiter
    assert "Belt terug" not in str(entry.data)


def test_the_owner_must_be_a_colleague_of_the_zone(client, site, recruiter, member, other_zone):
    outsider = member(Role.RECRUITER, organisation=other_zone)
    lead = make_lead(site)
    client.force_login(recruiter)

    response = client.post(staff_url("lead", site, pk=lead.pk), {"owner": outsider.pk})

    assert response.status_code == 200
    lead.refresh_from_db()
    assert lead.owner is None


def test_a_contact_date_in_the_future_is_refused_with_a_message(client, site, recruiter):
    lead = make_lead(site)
    client.force_login(recruiter)

    response = client.post(staff_url("lead", site, pk=lead.pk), {"contacted_on": "2099-01-01"})

    assert response.status_code == 200
    assert 'value="2099-01-01"' in response.text
    lead.refresh_from_db()
    assert lead.contacted_on is None


def test_contacted_today_in_one_click_takes_the_lead(client, site, recruiter):
    lead = make_lead(site)
    client.force_login(recruiter)

    client.post(staff_url("lead_contacted", site, pk=lead.pk))

    lead.refresh_from_db()
    assert (lead.owner, lead.contacted_on) == (recruiter, timezone.localdate())
    assert client.get(staff_url("leads", site) + "?status=new").text.count("Lea") == 0


def test_the_export_of_the_filtered_list_is_audited(client, site, recruiter):
    make_lead(site, name="Lea", message="Vraag")
    make_lead(site, name="Bram", email="bram@mail.test", contacted_on=timezone.localdate())
    client.force_login(recruiter)

    response = client.get(staff_url("leads_csv", site) + "?status=new")

    assert response.status_code == 200
    body = response.content.decode("utf-8-sig")
    assert "Lea" in body and "Vraag" in body and "Bram" not in body
    assert AuditEntry.objects.filter(action="careers.leads.exported", actor=recruiter).exists()
    assert client.get(staff_url("leads_xlsx", site)).status_code == 200


def test_the_source_column_shows_the_campaign_and_action_not_the_code(
    client, site, recruiter, django_assert_max_num_queries
):
    from korps.outreach.models import Action, Campaign, Channel, Wave

    today = timezone.localdate()
    campaign = Campaign.objects.create(
        organisation=site, name="Instroom 2027", starts_on=today, ends_on=today
    )
    wave = Wave.objects.create(campaign=campaign, name="Golf 1", starts_on=today, ends_on=today)
    action = Action.objects.create(
        wave=wave, channel=Channel.choices[0][0], date=timezone.localdate()
    )
    for n in range(20):
        make_lead(site, name=f"Lead {n}", email=f"l{n}@mail.test", source=action.code)
    client.force_login(recruiter)

    with django_assert_max_num_queries(13):
        page = client.get(staff_url("leads", site))

    assert "Instroom 2027 · Golf 1" in page.text
    assert action.code not in page.text
