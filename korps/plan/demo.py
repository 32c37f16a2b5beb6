"""The demo zone's diversity plan: four lines of action drawn from the practice sheets
(a local recruitment campaign, guidance towards and through selection, an open corps culture,
retention and promotion), each with a pilot, and actions in every state, one of them late."""

import datetime as dt

from django.utils import timezone

from korps.core.demo import DemoContext, demo_seeder
from korps.organisations.roles import Role

from . import kpi_services, services
from .models import ActionOrigin, ActionStatus, LevelName

S = ActionStatus

# (line title, description, pilot's role, [(action title, owner's role, start and due in days
# from today, status, origin, milestones, of which done)])
LINES = [
    (
        "Werven in de eigen buurt",
        "Laagdrempelig vertellen hoe je bij de politie aan de slag gaat, met de eigen "
        "medewerkers in beeld en ambassadeurs die hun netwerk aanspreken.",
        Role.RECRUITER,
        [
            (
                "Campagne met eigen collega's in beeld",
                Role.RECRUITER,
                (-200, -60),
                S.DONE,
                ActionOrigin.PRACTICE,
                ["Collega's vragen", "Fotoshoot", "Campagne online"],
                3,
            ),
            (
                "Netwerk van ambassadeurs uitbouwen",
                Role.AMBASSADOR,
                (-90, 120),
                S.IN_PROGRESS,
                ActionOrigin.PLAN,
                ["Twintig ambassadeurs", "Vorming voor ambassadeurs", "Eerste terugkomdag"],
                1,
            ),
            (
                "Infoavonden in de wijkcentra",
                Role.RECRUITER,
                (-45, -5),
                S.IN_PROGRESS,
                ActionOrigin.NETWORK,
                ["Zalen vastleggen", "Avonden aankondigen"],
                1,
            ),
        ],
    ),
    (
        "Begeleiding naar en door de selectie",
        "Kandidaten krijgen vanaf hun inschrijving hulp bij de proeven, een mentor tijdens de "
        "opleiding en een aanspreekpunt in hun eerste maanden.",
        Role.MENTOR,
        [
            (
                "Oefensessies voor de selectieproeven",
                Role.MENTOR,
                (-150, 30),
                S.IN_PROGRESS,
                ActionOrigin.PRACTICE,
                ["Oefenmateriaal klaar", "Vier sessies per jaar ingepland"],
                2,
            ),
            (
                "Taalondersteuning met het centrum voor volwassenenonderwijs",
                Role.DIVERSITY_MANAGER,
                (30, 200),
                S.PLANNED,
                ActionOrigin.SURVEY,
                ["Afspraak met het centrum", "Eerste groep"],
                0,
            ),
        ],
    ),
    (
        "Een open korpscultuur",
        "Een veilig werkklimaat en draagvlak in het hele korps, gedragen door de korpsleiding.",
        Role.DIVERSITY_MANAGER,
        [
            (
                "Vorming omgaan met diversiteit voor leidinggevenden",
                Role.DIVERSITY_MANAGER,
                (-120, 60),
                S.IN_PROGRESS,
                ActionOrigin.COMPLAINT,
                ["Programma met de opleider", "Eerste reeks", "Tweede reeks"],
                1,
            ),
            (
                "Focusgroep over de wervingscampagne",
                Role.ANALYST,
                (-100, -30),
                S.DROPPED,
                ActionOrigin.PLAN,
                [],
                0,
            ),
        ],
    ),
    (
        "Behoud en doorgroei",
        "Wie binnenkomt, blijft en groeit door: gelijke kansen bij bevordering en aandacht "
        "voor wie het korps verlaat.",
        Role.ZONE_ADMIN,
        [
            (
                "Vertrekgesprekken met elke vertrekker",
                Role.ZONE_ADMIN,
                (10, 150),
                S.PLANNED,
                ActionOrigin.NETWORK,
                ["Vragenlijst opstellen", "Eerste halfjaar samenvatten"],
                0,
            ),
        ],
    ),
]


@demo_seeder(order=70)
def seed_plan(ctx: DemoContext) -> None:
    today = timezone.localdate()
    manager = ctx.users[Role.DIVERSITY_MANAGER]
    plan = services.plan_create(
        actor=manager,
        organisation=ctx.zone,
        title=f"Diversiteitsplan {today.year}",
        starts_on=dt.date(today.year, 1, 1),
        ends_on=dt.date(today.year, 12, 31),
        level_name=LevelName.LINE_OF_ACTION,
    )
    actions = 0
    for title, description, pilot, items in LINES:
        line = services.line_create(
            actor=manager, plan=plan, title=title, description=description, pilot=ctx.users[pilot]
        )
        for name, owner, (start, due), status, origin, milestones, done in items:
            action = services.action_create(
                actor=manager,
                line=line,
                title=name,
                owner=ctx.users[owner],
                starts_on=today + dt.timedelta(days=start),
                due_on=today + dt.timedelta(days=due),
                origin=origin,
                milestones=milestones,
            )
            for milestone in list(action.milestones.all())[:done]:
                milestone.action = action
                services.milestone_done_set(
                    actor=ctx.users[owner],
                    milestone=milestone,
                    done=True,
                    on=today + dt.timedelta(days=min(start + 20, 0)),
                )
            if status != S.PLANNED:
                services.action_status_set(actor=ctx.users[owner], action=action, status=status)
            if status == S.DONE:
                services.evidence_add(
                    actor=ctx.users[owner],
                    action=action,
                    text="Campagne liep acht weken; 140 geïnteresseerden via het formulier.",
                )
            actions += 1
    kpis = seed_kpis(manager, plan, today)
    ctx.log(
        f"a diversity plan with {len(LINES)} lines of action, {actions} actions and {kpis} KPIs"
    )


# (line's position, measure, parameters, baseline, target): the baselines are typed, as the
# summary tables are rebuilt after this seeder; the current values are read live.
KPIS = [
    (0, "monitoring.composition_share", {"group": "non_eu"}, 5.0, 10.0),
    (1, "monitoring.funnel_ratio", {"group": "non_eu", "step": "cognitive"}, 0.6, 0.8),
]


def seed_kpis(manager, plan, today) -> int:
    lines = list(plan.lines.order_by("order", "pk"))
    for position, measure, parameters, baseline, target in KPIS:
        kpi_services.kpi_create(
            actor=manager,
            line=lines[position],
            measure=measure,
            parameters=parameters,
            baseline_value=baseline,
            baseline_on=plan.starts_on,
            target_value=target,
            target_on=dt.date(today.year + 2, 12, 31),
        )
    return len(KPIS)
