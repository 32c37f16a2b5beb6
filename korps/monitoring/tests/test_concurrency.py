"""Two writes for one candidate at the same moment (a step result and the candidate's own
declaration) still leave the summary tables equal to a recount, on SQLite and PostgreSQL.

An extra keeper joins guidance's registry for the test. It holds each write inside its
"before" count until the other write has reached the same point, or for at most a second. If
the writes were not taken in turn, both would count "before" from the same state and the
funnel would count the candidate twice. On SQLite the test runs DEFERRED transactions (the
`deferred_transactions` fixture), so the candidate's lock is the only thing that orders the
two writes there too: without it the test fails on SQLite as well as on PostgreSQL."""

import datetime as dt
import threading

import pytest
from django.db import connection

from korps.guidance import aggregates
from korps.guidance.models import ProcedureStep
from korps.guidance.services import step_result_record
from korps.guidance.tests.factories import CandidateFactory
from korps.monitoring.services import declaration_save
from korps.monitoring.summaries import summaries_recount, summaries_stored
from korps.organisations.scoping import zone_scope
from korps.organisations.tests.factories import OrganisationFactory

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("deferred_transactions"),
]


class MeetingKeeper:
    """Keeps nothing; makes the writes meet inside their "before" count."""

    def __init__(self):
        self.barrier = threading.Barrier(2, timeout=1)

    def count(self, candidate_ids):
        try:
            self.barrier.wait()
        except threading.BrokenBarrierError:
            pass  # the other write waits for this one's lock: as it should
        return {}

    def add(self, delta):
        pass


def test_a_result_and_a_declaration_at_once_keep_the_funnel_equal_to_a_recount(monkeypatch):
    zone = OrganisationFactory(code="tegelijk")
    step = ProcedureStep.objects.create(organisation=zone, order=1, code="cognitive", name="C")
    candidate = CandidateFactory(organisation=zone)
    step_result_record(
        candidate=candidate,
        step=step,
        result="failed",
        result_on=dt.date(2026, 3, 2),
        acting_user=None,
    )
    monkeypatch.setattr(aggregates, "KEEPERS", [MeetingKeeper(), *aggregates.KEEPERS])
    errors = []

    def run(work):
        try:
            with zone_scope(zone):  # a new thread starts without the test's scope
                work()
        except Exception as error:  # reported by the assertion below
            errors.append(error)
        finally:
            connection.close()

    threads = [
        threading.Thread(
            target=run,
            args=(
                lambda: step_result_record(
                    candidate=candidate,
                    step=step,
                    result="passed",
                    result_on=dt.date(2026, 4, 6),
                    acting_user=None,
                    confirmed=True,  # a retry of a step without a waiting period is unusual
                ),
            ),
        ),
        threading.Thread(
            target=run,
            args=(
                lambda: declaration_save(
                    organisation=zone,
                    candidate=candidate,
                    gender="woman",
                    origin_group="non_eu",
                    consent_text="ok",
                ),
            ),
        ),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert errors == []
    assert summaries_stored(organisation=zone) == summaries_recount(organisation=zone)
