"""Personal links become `<link id>.<MAC>` (korps.core.links): the clear token column becomes
the link id and every row gets a fresh random one, so no clear token stays in the database.
Links mailed before this migration stop working (the people concerned ask for a new mail)."""

import secrets

from django.db import migrations, models

import korps.core.links


def replace_clear_tokens(apps, schema_editor):
    for name in ("Candidate",):
        model = apps.get_model("guidance", name)
        for pk in model.objects.values_list("pk", flat=True).iterator():
            model.objects.filter(pk=pk).update(link_id=secrets.token_urlsafe(16))


class Migration(migrations.Migration):
    dependencies = [("guidance", "0001_initial")]

    operations = [
        migrations.RenameField(model_name="candidate", old_name="token", new_name="link_id"),
        migrations.RunPython(replace_clear_tokens, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="candidate",
            name="link_id",
            field=models.CharField(
                default=korps.core.links.new_link_id, editable=False, max_length=32, unique=True
            ),
        ),
    ]
