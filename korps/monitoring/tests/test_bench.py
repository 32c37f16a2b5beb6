"""The benchmark's generator writes rows the reports can read (at a tiny scale): so that a
model change cannot silently break `make bench-monitoring`."""

import pytest

from korps.guidance.models import Candidate, StepAttempt
from korps.monitoring.management.commands.bench_monitoring import Command
from korps.monitoring.models import Declaration, Promotion, StaffMember
from korps.monitoring.selectors import funnel_counts, funnel_report
from korps.monitoring.summaries import summaries_rebuild

pytestmark = pytest.mark.django_db


def test_the_generator_writes_a_readable_national_force():
    zone = Command().generate(
        staff=60, candidates=120, results=400, units=3, years=6, declared=0.6, seed=1
    )

    assert StaffMember.objects.filter(organisation=zone).count() == 60
    assert Promotion.objects.filter(staff_member__organisation=zone).exists()
    assert Candidate.objects.filter(organisation=zone).count() == 120
    assert StepAttempt.objects.filter(candidate__organisation=zone).count() == 400
    assert Declaration.objects.filter(organisation=zone).exists()
    summaries_rebuild(organisation=zone)

    assert sum(funnel_counts(organisation=zone).values()) > 0
    assert funnel_report(organisation=zone).sections


def test_the_benchmark_counts_what_duckdb_counts_for_each_report():
    """The korps side of the comparison with DuckDB reads every report's counts (the
    retention count once named a constant that selectors no longer offers)."""
    from korps.monitoring.management.commands.bench_monitoring import (
        _composition_counts,
        _retention_counts,
    )

    zone = Command().generate(
        staff=60, candidates=40, results=80, units=2, years=6, declared=0.6, seed=2
    )
    summaries_rebuild(organisation=zone)

    assert sum(_composition_counts(zone).values()) > 0
    assert _retention_counts(zone)
