"""Referrals point at one of the zone's partners (outreach) instead of a free-text name. An
existing name that matches a partner of the candidate's zone (ignoring case and surrounding
spaces) becomes the link; otherwise the text is kept at the start of the referral's note."""

import django.db.models.deletion
from django.db import migrations, models


def link_partners(apps, schema_editor):
    Referral = apps.get_model("guidance", "Referral")
    Partner = apps.get_model("outreach", "Partner")
    partners = {}
    for partner in Partner.objects.all().order_by("pk"):
        partners.setdefault((partner.organisation_id, partner.name.strip().lower()), partner)
    for referral in Referral.objects.select_related("candidate").iterator():
        text = (referral.partner_text or "").strip()
        if not text:
            continue
        partner = partners.get((referral.candidate.organisation_id, text.lower()))
        if partner is not None:
            referral.partner = partner
        else:
            referral.note = f"{text}\n{referral.note}".strip()[:2000]
        referral.save(update_fields=["partner", "note"])


def unlink_partners(apps, schema_editor):
    Referral = apps.get_model("guidance", "Referral")
    for referral in Referral.objects.select_related("partner").iterator():
        referral.partner_text = referral.partner.name if referral.partner else ""
        referral.save(update_fields=["partner_text"])


class Migration(migrations.Migration):
    dependencies = [
        ("guidance", "0005_candidate_record_key"),
        ("outreach", "0002_target_path_one_slash"),
    ]

    operations = [
        migrations.RenameField("referral", "partner", "partner_text"),
        migrations.AlterField(
            model_name="referral",
            name="partner_text",
            field=models.CharField(blank=True, max_length=200),
        ),
        migrations.AddField(
            model_name="referral",
            name="partner",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="referrals",
                to="outreach.partner",
                verbose_name="partner",
            ),
        ),
        migrations.RunPython(link_partners, unlink_partners),
        migrations.RemoveField("referral", "partner_text"),
    ]
