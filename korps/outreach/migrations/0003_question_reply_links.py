"""Questions for ambassadors get a personal link id (the visitor replies to an answer through
`<link id>.<MAC>`, korps.core.links) and a reply follows the question it answers."""

import secrets

import django.db.models.deletion
from django.db import migrations, models

import korps.core.links


def give_each_question_a_link_id(apps, schema_editor):
    question_model = apps.get_model("outreach", "AmbassadorQuestion")
    for pk in question_model.objects.values_list("pk", flat=True).iterator():
        question_model.objects.filter(pk=pk).update(link_id=secrets.token_urlsafe(16))


class Migration(migrations.Migration):
    dependencies = [("outreach", "0002_target_path_one_slash")]

    operations = [
        migrations.AddField(
            model_name="ambassadorquestion",
            name="follows",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="replies",
                to="outreach.ambassadorquestion",
                verbose_name="in reply to",
            ),
        ),
        migrations.AddField(
            model_name="ambassadorquestion",
            name="link_id",
            field=models.CharField(default="", editable=False, max_length=32),
            preserve_default=False,
        ),
        migrations.RunPython(give_each_question_a_link_id, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="ambassadorquestion",
            name="link_id",
            field=models.CharField(
                default=korps.core.links.new_link_id, editable=False, max_length=32, unique=True
            ),
        ),
    ]
