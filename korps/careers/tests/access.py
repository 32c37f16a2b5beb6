from korps.core.links import link_token
from korps.core.testing.access import EVERYONE, Access, Posted, World, roles
from korps.organisations.roles import Role

EDITORS = roles(Role.ZONE_ADMIN, Role.DIVERSITY_MANAGER, Role.RECRUITER)


def make_site(world: World) -> None:
    from korps.careers.demo import install_career_site
    from korps.careers.models import Criterion, Lead, PracticeQuestion, SelectionStep, Story

    install_career_site(world.zone)
    world.objects["step"] = SelectionStep.objects.filter(organisation=world.zone).first()
    world.objects["question"] = PracticeQuestion.objects.filter(
        topic__step=world.objects["step"]
    ).first()
    world.objects["criterion"] = Criterion.objects.filter(job__organisation=world.zone).first()
    world.objects["story"] = Story.objects.create(
        organisation=world.zone,
        person_name="Sam",
        person_email="sam@zone.test",
        quote={"nl": "Ja"},
        body={"nl": "Verhaal"},
        consent_given_at="2026-01-01T00:00Z",
    )
    world.objects["lead"] = Lead.objects.create(
        organisation=world.zone, name="Lea", email="lea@mail.test", language="nl", consent_text="ok"
    )


EXPECTATIONS = [
    Access("careers:home", EVERYONE, setup=make_site),
    Access("careers:self_check", EVERYONE, setup=make_site),
    Access("careers:selection", EVERYONE, setup=make_site),
    Access("careers:practice", EVERYONE, setup=make_site),
    Access(
        "careers:practice_start",
        EVERYONE,
        setup=make_site,
        method="post",
        kwargs=lambda w: {"zone": w.zone.code, "step": w.objects["step"].pk},
    ),
    Access(
        "careers:practice_round",
        EVERYONE,
        setup=make_site,
        note="without a round in the session it sends the visitor to the start",
    ),
    Access("careers:stories", EVERYONE, setup=make_site),
    Access(
        "careers:story",
        EVERYONE,
        setup=make_site,
        kwargs=lambda w: {"zone": w.zone.code, "pk": w.objects["story"].pk},
    ),
    Access("careers:interest", EVERYONE, setup=make_site),
    Access("careers:interest_sent", EVERYONE, setup=make_site),
    Access(
        "careers:lead_confirm",
        EVERYONE,
        setup=make_site,
        kwargs=lambda w: {"token": link_token(w.objects["lead"], "confirm")},
    ),
    Access(
        "careers:lead_unsubscribe",
        EVERYONE,
        setup=make_site,
        kwargs=lambda w: {"token": link_token(w.objects["lead"], "unsubscribe")},
    ),
    Access(
        "careers:story_consent",
        EVERYONE,
        setup=make_site,
        kwargs=lambda w: {"token": link_token(w.objects["story"], "consent")},
        actions=(
            Posted("decision", data={"decision": "give"}),
            Posted("decision", data={"decision": "withdraw"}),
        ),
    ),
    Access("careers_staff:overview", EDITORS, setup=make_site),
    Access(
        "careers_staff:text_edit",
        EDITORS,
        setup=make_site,
        kwargs=lambda w: {"zone": w.zone.code, "key": "welcome"},
    ),
    Access("careers_staff:step_create", EDITORS, setup=make_site),
    Access(
        "careers_staff:step_edit",
        EDITORS,
        setup=make_site,
        kwargs=lambda w: {"zone": w.zone.code, "pk": w.objects["step"].pk},
    ),
    Access(
        "careers_staff:step_move",
        EDITORS,
        setup=make_site,
        method="post",
        kwargs=lambda w: {"zone": w.zone.code, "pk": w.objects["step"].pk, "direction": "down"},
    ),
    Access(
        "careers_staff:questions",
        EDITORS,
        setup=make_site,
        kwargs=lambda w: {"zone": w.zone.code, "step": w.objects["step"].pk},
    ),
    Access(
        "careers_staff:question_create",
        EDITORS,
        setup=make_site,
        kwargs=lambda w: {"zone": w.zone.code, "step": w.objects["step"].pk},
    ),
    Access(
        "careers_staff:question_edit",
        EDITORS,
        setup=make_site,
        kwargs=lambda w: {
            "zone": w.zone.code,
            "step": w.objects["step"].pk,
            "pk": w.objects["question"].pk,
        },
    ),
    Access(
        "careers_staff:criterion_edit",
        EDITORS,
        setup=make_site,
        kwargs=lambda w: {"zone": w.zone.code, "pk": w.objects["criterion"].pk},
    ),
    Access("careers_staff:story_create", EDITORS, setup=make_site),
    Access(
        "careers_staff:story_withdraw",
        EDITORS,
        setup=make_site,
        method="post",
        kwargs=lambda w: {"zone": w.zone.code, "pk": w.objects["story"].pk},
    ),
    Access("careers_staff:leads", EDITORS, setup=make_site),
    Access("careers_staff:leads_csv", EDITORS, setup=make_site),
    Access("careers_staff:leads_xlsx", EDITORS, setup=make_site),
    Access(
        "careers_staff:lead",
        EDITORS,
        setup=make_site,
        kwargs=lambda w: {"zone": w.zone.code, "pk": w.objects["lead"].pk},
    ),
    Access(
        "careers_staff:lead_contacted",
        EDITORS,
        setup=make_site,
        method="post",
        kwargs=lambda w: {"zone": w.zone.code, "pk": w.objects["lead"].pk},
    ),
]
