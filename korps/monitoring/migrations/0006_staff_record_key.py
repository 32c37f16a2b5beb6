"""Every staff member gets a random record key and the staff flows keep the sum of their
people's keys (the cell-key method, korps.disclosure.cellkey). AddField gives existing staff
one key for all; each then draws its own. Existing flow rows start at 0: run
`korps rebuild-summaries` once after migrating."""

import secrets

from django.db import migrations, models

import korps.disclosure.cellkey


def draw_keys(apps, schema_editor):
    StaffMember = apps.get_model("monitoring", "StaffMember")
    batch = []
    for member in StaffMember.objects.only("pk").iterator(chunk_size=2000):
        member.record_key = secrets.randbelow(256)
        batch.append(member)
        if len(batch) == 2000:
            StaffMember.objects.bulk_update(batch, ["record_key"])
            batch = []
    StaffMember.objects.bulk_update(batch, ["record_key"])


class Migration(migrations.Migration):
    dependencies = [
        ("monitoring", "0005_funnel_key_sum"),
    ]

    operations = [
        migrations.AddField(
            model_name="staffflow",
            name="key_sum",
            field=models.IntegerField(default=0),
        ),
        migrations.AddField(
            model_name="staffmember",
            name="record_key",
            field=models.PositiveSmallIntegerField(
                default=korps.disclosure.cellkey.record_key, editable=False
            ),
        ),
        migrations.RunPython(draw_keys, migrations.RunPython.noop),
    ]
