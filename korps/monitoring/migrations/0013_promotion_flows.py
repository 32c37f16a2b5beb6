"""Promotion reads its population from the summary table PromotionFlow (how each person's
share of the promotion population changes by day) instead of the register; GradeCohort,
which nothing read any more, is gone. The new table starts empty: run
`korps rebuild-summaries` once after migrating."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('monitoring', '0012_dimensions_and_birth_year'),
        ('organisations', '0004_verbose_names'),
    ]

    operations = [
        migrations.CreateModel(
            name='PromotionFlow',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('day', models.DateField(verbose_name='day')),
                ('origin', models.CharField(max_length=20, verbose_name='origin')),
                ('grade', models.CharField(max_length=40, verbose_name='grade')),
                ('held', models.IntegerField(default=0, verbose_name='held the grade')),
                ('promoted_out', models.IntegerField(default=0, verbose_name='promoted out of the grade')),
                ('people', models.IntegerField(default=0, verbose_name='number of people')),
                ('promoted', models.IntegerField(default=0, verbose_name='promoted')),
                ('held_key_sum', models.IntegerField(default=0, verbose_name='sum of record keys: held the grade')),
                ('promoted_out_key_sum', models.IntegerField(default=0, verbose_name='sum of record keys: promoted out of the grade')),
                ('people_key_sum', models.IntegerField(default=0, verbose_name='sum of record keys')),
                ('promoted_key_sum', models.IntegerField(default=0, verbose_name='sum of record keys: promoted')),
                ('organisation', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='organisations.organisation', verbose_name='zone')),
            ],
            options={
                'verbose_name': 'promotion flow',
                'verbose_name_plural': 'promotion flows',
            },
        ),
        migrations.DeleteModel(
            name='GradeCohort',
        ),
        migrations.AddConstraint(
            model_name='promotionflow',
            constraint=models.UniqueConstraint(fields=('organisation', 'day', 'origin', 'grade'), name='promotion_flow_unique'),
        ),
    ]
