"""The data migration starts each zone's sequence at the highest number already given in
each year, from references shaped like ZONE-YEAR-NNNN."""

BEFORE = [("guidance", "0003_reference_sequence")]
AFTER = [("guidance", "0004_reference_sequence_from_existing")]


def test_the_sequences_start_at_the_highest_number_given(migrate_to):
    old = migrate_to(BEFORE)
    zone = old.get_model("organisations", "Organisation").objects.create(
        name="Politiezone Oud", code="oud"
    )
    candidates = old.get_model("guidance", "Candidate")
    for reference in ("OUD-2025-0003", "OUD-2025-0011", "OUD-2026-0002", "pseudonym-9", "X-1"):
        candidates.objects.create(
            organisation=zone,
            reference=reference,
            name="",
            consent_text="ok",
            consent_given_at="2025-01-01T00:00:00Z",
            link_id=reference,
        )

    new = migrate_to(AFTER)

    sequences = new.get_model("guidance", "ReferenceSequence").objects.filter(organisation=zone.pk)
    assert dict(sequences.values_list("year", "last_number")) == {2025: 11, 2026: 2}
