"""Start each zone's sequence at the highest number korps already gave that year, read from
the references shaped like ZONE-YEAR-NNNN (references given by hand are left alone)."""

import re

from django.db import migrations


def initialise(apps, schema_editor):
    Candidate = apps.get_model("guidance", "Candidate")
    Organisation = apps.get_model("organisations", "Organisation")
    ReferenceSequence = apps.get_model("guidance", "ReferenceSequence")
    codes = dict(Organisation.objects.values_list("pk", "code"))
    highest: dict[tuple[int, int], int] = {}
    for organisation_id, reference in Candidate.objects.values_list(
        "organisation_id", "reference"
    ).iterator():
        code = codes.get(organisation_id, "")
        found = re.fullmatch(rf"{re.escape(code.upper())}-(\d{{4}})-(\d+)", reference)
        if found:
            key = (organisation_id, int(found.group(1)))
            highest[key] = max(highest.get(key, 0), int(found.group(2)))
    ReferenceSequence.objects.bulk_create(
        ReferenceSequence(organisation_id=organisation_id, year=year, last_number=number)
        for (organisation_id, year), number in highest.items()
    )


class Migration(migrations.Migration):
    dependencies = [("guidance", "0003_reference_sequence")]

    operations = [migrations.RunPython(initialise, migrations.RunPython.noop)]
