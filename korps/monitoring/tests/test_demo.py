import pytest
from django.core.management import call_command

from korps.monitoring.breakdowns import breakdown_of
from korps.monitoring.models import Declaration, StaffMember
from korps.monitoring.selectors import composition_report, funnel_report, stumbling_blocks
from korps.organisations.models import Organisation

pytestmark = pytest.mark.django_db


def test_the_demo_shows_the_cognitive_step_as_a_stumbling_block():
    call_command("seed_demo", verbosity=0)
    zone = Organisation.objects.get(code="demo")

    report = funnel_report(organisation=zone)

    assert StaffMember.objects.filter(organisation=zone).count() == 1100
    assert Declaration.objects.filter(subject_kind="staff").count() > 550
    cognitive = next(s for s in report.sections if s.key == "cognitive")
    non_eu = dict(
        zip(
            cognitive.columns,
            next(r for r in cognitive.rows if r[0] == "Non-EU origin"),
            strict=True,
        )
    )
    assert non_eu["Ratio to the best group"] < 0.8 and non_eu["p-value"] < 0.05
    assert ("cognitive", "Non-EU origin") in stumbling_blocks(report)
    # The zone's own questions and the age bands have figures to show (issue 12, item 14).
    for key in ("q-orientation", "q-disability", "age"):
        groups = composition_report(
            organisation=zone, breakdown=breakdown_of(zone, key, "composition")
        ).sections[0]
        assert sum(1 for row in groups.rows[:-1] if not row[1].suppressed) >= 2, key
