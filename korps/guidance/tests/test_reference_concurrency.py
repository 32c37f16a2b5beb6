"""Candidates created at the same moment in one zone get distinct numbers, on SQLite and
PostgreSQL: each creation takes the zone's sequence row under its lock in turn."""

import threading

import pytest
from django.db import connection
from django.utils import timezone

from korps.guidance.models import Candidate, ReferenceSequence
from korps.guidance.services import candidate_create
from korps.organisations.scoping import zone_scope
from korps.organisations.tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_simultaneous_creations_get_distinct_numbers():
    zone = OrganisationFactory(code="tegelijk")
    year = timezone.localdate().year
    ReferenceSequence.objects.create(organisation=zone, year=year, last_number=7)
    start = threading.Barrier(4, timeout=5)
    errors = []

    def create(name):
        try:
            start.wait()
            # A thread starts without the test's context: it runs in the zone, as a view does.
            with zone_scope(zone):
                candidate_create(organisation=zone, acting_user=None, name=name, consent_text="ok")
        except Exception as error:  # reported by the assertion below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=create, args=(f"K{i}",)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert errors == []
    assert sorted(Candidate.objects.values_list("reference", flat=True)) == [
        f"TEGELIJK-{year}-{n:04d}" for n in (8, 9, 10, 11)
    ]
    assert ReferenceSequence.objects.get(organisation=zone, year=year).last_number == 11
