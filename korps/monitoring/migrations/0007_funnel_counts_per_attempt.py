"""The funnel's summary table counts every final attempt in the month of its result, with
no-shows apart from withdrawals (issue 12, items 3 and 4); it counted each candidate's last
attempt, no-shows as withdrawals. Its rows are recounted from the attempts, as
`korps rebuild-summaries` would with today's code."""

import datetime as dt

from django.db import migrations
from django.db.models import Count, Sum, Value
from django.db.models.functions import Coalesce, NullIf, TruncMonth

FINAL_RESULTS = ["passed", "failed", "withdrew", "no_show"]
UNDATED = dt.date(1900, 1, 1)


def recount(apps, schema_editor):
    FunnelCount = apps.get_model("monitoring", "FunnelCount")
    StepAttempt = apps.get_model("guidance", "StepAttempt")
    FunnelCount.objects.all().delete()
    rows = (
        StepAttempt.objects.filter(result__in=FINAL_RESULTS)
        .annotate(
            origin=Coalesce(
                NullIf("candidate__declaration__origin_group", Value("")), Value("not_declared")
            ),
            month=TruncMonth(Coalesce("result_on", "planned_on")),
        )
        .values("step__organisation_id", "step_id", "origin", "result", "month")
        .annotate(n=Count("id"), key_sum=Sum("candidate__record_key"))
        .order_by()
    )
    FunnelCount.objects.bulk_create(
        (
            FunnelCount(
                organisation_id=row["step__organisation_id"],
                step_id=row["step_id"],
                origin=row["origin"],
                outcome=row["result"],
                month=row["month"] or UNDATED,
                n=row["n"],
                key_sum=row["key_sum"] or 0,
            )
            for row in rows.iterator(chunk_size=5000)
        ),
        batch_size=1000,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("monitoring", "0006_staff_record_key"),
        ("guidance", "0007_procedure_step_names"),
    ]

    # Back: the rows stay per attempt; `korps rebuild-summaries` on the older code recounts.
    operations = [migrations.RunPython(recount, migrations.RunPython.noop)]
