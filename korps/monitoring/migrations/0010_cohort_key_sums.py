"""The cohort summary tables (StaffCohort, GradeCohort) keep, with each count, the sum of its
people's record keys, so that retention and promotion show their counts with the cell-key
noise as composition and the funnel do. Existing rows start at 0: run
`korps rebuild-summaries` once after migrating, so that the sums match the staff's keys."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("monitoring", "0009_staff_invitations"),
    ]

    operations = [
        migrations.AddField(
            model_name="gradecohort",
            name="held_key_sum",
            field=models.IntegerField(default=0, verbose_name="sum of record keys: held the grade"),
        ),
        migrations.AddField(
            model_name="gradecohort",
            name="promoted_key_sum",
            field=models.IntegerField(default=0, verbose_name="sum of record keys: promoted"),
        ),
        migrations.AddField(
            model_name="staffcohort",
            name="left_1y_key_sum",
            field=models.IntegerField(default=0, verbose_name="sum of record keys: left within one year"),
        ),
        migrations.AddField(
            model_name="staffcohort",
            name="left_3y_key_sum",
            field=models.IntegerField(default=0, verbose_name="sum of record keys: left within three years"),
        ),
        migrations.AddField(
            model_name="staffcohort",
            name="promoted_key_sum",
            field=models.IntegerField(default=0, verbose_name="sum of record keys: promoted"),
        ),
        migrations.AddField(
            model_name="staffcohort",
            name="started_key_sum",
            field=models.IntegerField(default=0, verbose_name="sum of record keys: started"),
        ),
    ]
