"""The funnel's summary rows keep the sum of their candidates' record keys (the cell-key
method). Existing rows start at 0: run `korps rebuild-summaries` once after migrating, so
that the keys' sums match the candidates' (until then the noise is fixed but not keyed)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("guidance", "0005_candidate_record_key"),
        ("monitoring", "0004_staff_member_account"),
    ]

    operations = [
        migrations.AddField(
            model_name="funnelcount",
            name="key_sum",
            field=models.IntegerField(default=0),
        ),
    ]
