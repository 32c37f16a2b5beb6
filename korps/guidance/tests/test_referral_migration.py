"""The data migration turns free-text referral partners into links to the zone's partners,
and keeps a name that matches none of them as the start of the referral's note."""

BEFORE = [
    ("guidance", "0005_candidate_record_key"),
    ("outreach", "0002_target_path_one_slash"),
]
AFTER = [("guidance", "0006_referral_partner_link")]


def test_free_text_partners_become_links_or_notes(migrate_to):
    old = migrate_to(BEFORE)
    zones = old.get_model("organisations", "Organisation").objects
    zone = zones.create(name="Politiezone Oud", code="oud")
    elsewhere = zones.create(name="Politiezone Elders", code="elders")
    partners = old.get_model("outreach", "Partner").objects
    cvo = partners.create(organisation=zone, name="CVO Scheldeland", kind="adult_education")
    partners.create(organisation=elsewhere, name="VDAB Elders", kind="job_centre")
    candidate = old.get_model("guidance", "Candidate").objects.create(
        organisation=zone,
        reference="OUD-1",
        name="",
        consent_text="ok",
        consent_given_at="2025-01-01T00:00:00Z",
        link_id="oud-1",
    )
    referrals = old.get_model("guidance", "Referral").objects
    matched = referrals.create(candidate=candidate, partner=" cvo scheldeland ", purpose="NT2")
    unknown = referrals.create(
        candidate=candidate, partner="Buurtwerk De Brug", purpose="Sport", note="Loopt goed."
    )
    other_zone = referrals.create(candidate=candidate, partner="VDAB Elders", purpose="Job")

    new = migrate_to(AFTER)

    after = {r.pk: r for r in new.get_model("guidance", "Referral").objects.all()}
    assert after[matched.pk].partner_id == cvo.pk
    assert after[unknown.pk].partner_id is None
    assert after[unknown.pk].note == "Buurtwerk De Brug\nLoopt goed."
    assert after[other_zone.pk].partner_id is None  # never another zone's partner
    assert after[other_zone.pk].note == "VDAB Elders"
