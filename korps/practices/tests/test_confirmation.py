"""The yearly confirmation: the contact is asked once a year, again at most monthly; a contact
who left is replaced by the zone's diversity managers; a stale implementation is marked."""

import datetime as dt

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from korps.organisations.models import Membership
from korps.organisations.roles import Role
from korps.practices import services
from korps.practices.models import Implementation
from korps.practices.tests.factories import make_sheet


def _implementation(zone, contact, days_ago):
    implementation = services.implementation_save(
        actor=contact, zone=zone, sheet=make_sheet(), text="Zo.", language="nl", contact=contact
    )
    Implementation.objects.filter(pk=implementation.pk).update(
        last_confirmed=timezone.localdate() - dt.timedelta(days=days_ago)
    )
    return Implementation.objects.get(pk=implementation.pk)


def test_the_contact_is_asked_after_a_year_and_not_twice(member, zone):
    contact = member(Role.RECRUITER)
    due = _implementation(zone, contact, days_ago=340)
    assert not due.is_stale
    call_command("confirm_practice_implementations")
    assert [m.to for m in mail.outbox] == [[contact.email]]
    assert f"/z/{zone.code}/practices/sheet/{due.sheet.slug}/" in mail.outbox[0].body
    call_command("confirm_practice_implementations")
    assert len(mail.outbox) == 1


def test_a_recent_implementation_is_not_asked_about(member, zone):
    _implementation(zone, member(Role.RECRUITER), days_ago=100)
    call_command("confirm_practice_implementations")
    assert mail.outbox == []


def test_when_the_contact_left_the_diversity_manager_is_asked(member, zone):
    contact = member(Role.RECRUITER)
    manager = member(Role.DIVERSITY_MANAGER)
    stale = _implementation(zone, contact, days_ago=400)
    Membership.objects.filter(user=contact).update(is_active=False)
    assert stale.is_stale
    call_command("confirm_practice_implementations")
    assert [m.to for m in mail.outbox] == [[manager.email]]
