"""The data migration recounts the funnel's summary table per attempt: a retry no longer
takes the earlier attempt out of its month, and a no-show is no longer a withdrawal."""

import datetime as dt

BEFORE = [("monitoring", "0006_staff_record_key"), ("guidance", "0007_procedure_step_names")]
AFTER = [("monitoring", "0007_funnel_counts_per_attempt")]


def test_the_funnel_rows_are_recounted_per_attempt(migrate_to):
    old = migrate_to(BEFORE)
    zone = old.get_model("organisations", "Organisation").objects.create(
        name="Politiezone Oud", code="oud"
    )
    step = old.get_model("guidance", "ProcedureStep").objects.create(
        organisation=zone, order=1, code="medical", names={"en": "Medical"}, kind="test"
    )
    candidate = old.get_model("guidance", "Candidate").objects.create(
        organisation=zone,
        reference="OUD-2025-0001",
        name="",
        consent_text="ok",
        consent_given_at="2025-01-01T00:00:00Z",
        link_id="l1",
        record_key=7,
    )
    attempts = old.get_model("guidance", "StepAttempt")
    attempts.objects.create(
        candidate=candidate, step=step, number=1, result="failed", result_on=dt.date(2025, 5, 6)
    )
    attempts.objects.create(
        candidate=candidate, step=step, number=2, result="no_show", result_on=dt.date(2026, 2, 1)
    )
    # What the summary table held under the old rule: the last attempt, as a withdrawal.
    old.get_model("monitoring", "FunnelCount").objects.create(
        organisation=zone,
        step=step,
        origin="not_declared",
        outcome="withdrew",
        month=dt.date(2026, 2, 1),
        n=1,
        key_sum=7,
    )

    new = migrate_to(AFTER)

    rows = new.get_model("monitoring", "FunnelCount").objects.filter(organisation=zone.pk)
    assert set(rows.values_list("month", "outcome", "n", "key_sum")) == {
        (dt.date(2025, 5, 1), "failed", 1, 7),
        (dt.date(2026, 2, 1), "no_show", 1, 7),
    }
