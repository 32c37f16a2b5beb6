"""A procedure step's name becomes one text per zone language, like the zone's other content.
An existing name is kept as the text in the zone's default language."""

from django.db import migrations, models


def names_from_name(apps, schema_editor):
    ProcedureStep = apps.get_model("guidance", "ProcedureStep")
    for step in ProcedureStep.objects.select_related("organisation").iterator():
        step.names = {step.organisation.default_language: step.name} if step.name else {}
        step.save(update_fields=["names"])


def name_from_names(apps, schema_editor):
    ProcedureStep = apps.get_model("guidance", "ProcedureStep")
    for step in ProcedureStep.objects.select_related("organisation").iterator():
        names = step.names or {}
        step.name = (
            names.get(step.organisation.default_language) or next(iter(names.values()), "")
        )[:120]
        step.save(update_fields=["name"])


class Migration(migrations.Migration):
    dependencies = [("guidance", "0006_referral_partner_link")]

    operations = [
        migrations.AddField(
            model_name="procedurestep",
            name="names",
            field=models.JSONField(
                blank=True,
                default=dict,
                help_text=(
                    "One name per zone language. A step linked to the career site's practice "
                    "questions is named as there, so the candidate's page and the career site "
                    "say the same."
                ),
                verbose_name="name",
            ),
        ),
        migrations.RunPython(names_from_name, name_from_names),
        migrations.RemoveField(model_name="procedurestep", name="name"),
    ]
