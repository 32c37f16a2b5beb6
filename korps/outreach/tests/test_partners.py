import datetime as dt

import pytest
from django.urls import reverse

from korps.outreach import selectors
from korps.outreach.models import Partner, PartnerContact, PartnerKind
from korps.outreach.tests.factories import PartnerFactory

pytestmark = pytest.mark.django_db


def test_a_partner_is_created_with_people_and_a_contact_log(client, zone, recruiter):
    client.force_login(recruiter)

    client.post(
        reverse("outreach_staff:partner_create", kwargs={"zone": zone.code}),
        {"name": "CVO Scheldeland", "kind": PartnerKind.ADULT_EDUCATION, "offer": "Taalcoaching"},
    )
    partner = Partner.objects.get()
    url = reverse("outreach_staff:partner", kwargs={"zone": zone.code, "pk": partner.pk})
    client.post(url, {"form": "person", "name": "Els Peeters", "email": "els@cvo.test"})
    client.post(url, {"form": "contact", "date": "2026-03-01", "note": "Infosessie gepland"})

    page = client.get(url)
    assert "Els Peeters" in page.text and "Infosessie gepland" in page.text
    assert PartnerContact.objects.get().by == recruiter


def test_keep_in_touch_lists_partners_not_contacted_recently(zone, settings, recruiter):
    settings.KORPS_PARTNER_CONTACT_DAYS = 90
    today = dt.date(2026, 6, 1)
    recent = PartnerFactory(organisation=zone, name="Recent")
    old = PartnerFactory(organisation=zone, name="Old")
    never = PartnerFactory(organisation=zone, name="Never")
    PartnerContact.objects.create(partner=recent, date=today - dt.timedelta(days=10), note="x")
    PartnerContact.objects.create(partner=old, date=today - dt.timedelta(days=200), note="x")
    PartnerContact.objects.create(partner=old, date=today - dt.timedelta(days=100), note="x")

    partners = list(selectors.partners_to_contact(organisation=zone, today=today))

    assert partners == [never, old]
    assert partners[1].last_contact == today - dt.timedelta(days=100)


def test_the_partner_list_takes_few_queries(client, zone, recruiter, django_assert_max_num_queries):
    client.force_login(recruiter)
    for _n in range(10):
        PartnerFactory(organisation=zone)
    client.get(reverse("outreach_staff:partners", kwargs={"zone": zone.code}))

    with django_assert_max_num_queries(10):
        response = client.get(reverse("outreach_staff:partners", kwargs={"zone": zone.code}))

    assert response.context["page"].paginator.count == 10
