import datetime as dt

from korps.core.testing.access import Access, Posted, World, roles
from korps.organisations.roles import ALL_ROLES, Role

READERS = frozenset(role.value for role in ALL_ROLES)
EDITORS = roles(Role.ZONE_ADMIN, Role.DIVERSITY_MANAGER)


def make_plan(world: World) -> None:
    from korps.plan.models import Kpi
    from korps.plan.tests.factories import ActionFactory, MilestoneFactory

    action = ActionFactory(line__plan__organisation=world.zone)
    world.objects["plan"] = action.line.plan
    world.objects["line"] = action.line
    world.objects["action"] = action
    world.objects["milestone"] = MilestoneFactory(action=action)
    world.objects["kpi"] = Kpi.objects.create(
        line=action.line,
        measure="monitoring.composition_share",
        parameters={"group": "non_eu"},
        baseline_value=10,
        baseline_on=dt.date(2026, 1, 1),
        target_value=15,
        target_on=dt.date(2030, 12, 31),
    )


def zone_plan(world: World) -> dict:
    return {"zone": world.zone.code, "pk": world.objects["plan"].pk}


def zone_line(world: World) -> dict:
    return {"zone": world.zone.code, "pk": world.objects["line"].pk}


def zone_action(world: World) -> dict:
    return {"zone": world.zone.code, "pk": world.objects["action"].pk}


def follow_up(world: World, action: str) -> dict:
    return {**zone_action(world), "action": action}


EXPECTATIONS = [
    Access("plan:home", READERS),
    Access("plan:home", READERS, setup=make_plan),
    Access("plan:detail", READERS, setup=make_plan, kwargs=zone_plan),
    Access("plan:plan_create", EDITORS),
    Access("plan:plan_edit", EDITORS, setup=make_plan, kwargs=zone_plan),
    Access("plan:line_create", EDITORS, setup=make_plan, kwargs=zone_plan),
    Access("plan:line_edit", EDITORS, setup=make_plan, kwargs=zone_line),
    Access("plan:action_create", EDITORS, setup=make_plan, kwargs=zone_line),
    Access("plan:kpi_create", EDITORS, setup=make_plan, kwargs=zone_line),
    Access(
        "plan:kpi_delete",
        EDITORS,
        setup=make_plan,
        method="post",
        kwargs=lambda w: {"zone": w.zone.code, "pk": w.objects["kpi"].pk},
        also_ok=(404,),
        note="the matrix's first editor removes the KPI; the next one finds it gone",
    ),
    Access("plan:action", READERS, setup=make_plan, kwargs=zone_action),
    Access("plan:action_edit", EDITORS, setup=make_plan, kwargs=zone_action),
    Access(
        "plan:action_do",
        EDITORS,
        setup=make_plan,
        method="post",
        kwargs=lambda w: follow_up(w, "status"),
        also_ok=(400,),
        note="owners and pilots follow up their own actions too (can_follow_up_action); the "
        "matrix's visitors own none",
        actions=(
            Posted("status", data={"status": "in_progress"}),
            Posted("milestone_add", data={"title": "Mijlpaal"}),
            # A milestone that is not there: a message, not an error page.
            Posted("milestone_done", data={"milestone": "0"}),
            Posted("milestone_reopen", data={"milestone": "x"}),
            Posted("evidence_add", data={"text": "Verslag van de eerste sessie"}),
        ),
    ),
]
