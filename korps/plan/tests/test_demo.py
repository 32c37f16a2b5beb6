import datetime as dt

import pytest
from django.core.management import call_command

from korps.core.demo import DEMO_ZONE_CODE
from korps.plan.models import ActionStatus, LineOfAction, PlanAction

pytestmark = pytest.mark.django_db


def test_the_demo_plan_has_four_piloted_lines_and_actions_in_every_state():
    call_command("seed_demo", verbosity=0)

    lines = LineOfAction.objects.filter(plan__organisation__code=DEMO_ZONE_CODE)
    actions = list(PlanAction.objects.filter(line__in=lines))
    assert lines.count() == 4 and all(line.pilot_id for line in lines)
    assert {a.status for a in actions} == set(ActionStatus.values)
    assert all(a.owner_id for a in actions)
    assert any(a.is_late for a in actions)


def test_the_demo_plan_has_two_kpis_read_from_the_live_figures():
    from korps.plan.kpi_selectors import plan_kpis
    from korps.plan.models import Plan

    call_command("seed_demo", verbosity=0)
    plan = Plan.objects.get(organisation__code=DEMO_ZONE_CODE)

    rows = [row for found in plan_kpis(plan=plan, today=dt.date.today()).values() for row in found]

    assert {row.kpi.measure for row in rows} == {
        "monitoring.composition_share",
        "monitoring.funnel_ratio",
    }
    assert all(row.measure is not None for row in rows)
