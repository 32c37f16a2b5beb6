"""Every candidate gets a random record key (the cell-key method, korps.disclosure.cellkey).
AddField gives existing rows one value for all; each then draws its own."""

import secrets

from django.db import migrations, models

import korps.disclosure.cellkey


def draw_keys(apps, schema_editor):
    Candidate = apps.get_model("guidance", "Candidate")
    batch = []
    for candidate in Candidate.objects.only("pk").iterator(chunk_size=2000):
        candidate.record_key = secrets.randbelow(256)
        batch.append(candidate)
        if len(batch) == 2000:
            Candidate.objects.bulk_update(batch, ["record_key"])
            batch = []
    Candidate.objects.bulk_update(batch, ["record_key"])


class Migration(migrations.Migration):
    dependencies = [
        ("guidance", "0004_reference_sequence_from_existing"),
    ]

    operations = [
        migrations.AddField(
            model_name="candidate",
            name="record_key",
            field=models.PositiveSmallIntegerField(
                default=korps.disclosure.cellkey.record_key, editable=False
            ),
        ),
        migrations.RunPython(draw_keys, migrations.RunPython.noop),
    ]
