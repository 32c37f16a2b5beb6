from korps.core.links import link_token
from korps.core.testing.access import EVERYONE, Access, Posted, World, roles
from korps.organisations.roles import Role

MANAGERS = roles(Role.ZONE_ADMIN, Role.DIVERSITY_MANAGER, Role.RECRUITER)
VIEWERS = MANAGERS | roles(Role.ANALYST)
QUESTION_MANAGERS = roles(Role.ZONE_ADMIN, Role.DIVERSITY_MANAGER)
AMBASSADORS = roles(Role.AMBASSADOR)


def make_campaign(world: World) -> None:
    from korps.outreach.tests.factories import ActionFactory, PartnerFactory

    action = ActionFactory(wave__campaign__organisation=world.zone, code=f"{world.zone.code}1")
    world.objects["action"] = action
    world.objects["partner"] = PartnerFactory(organisation=world.zone)


def make_question(world: World) -> None:
    """A question routed to the ambassador of the matrix zone, so that they may open it."""
    from korps.organisations.models import User
    from korps.outreach.tests.factories import (
        AmbassadorProfileFactory,
        AmbassadorQuestionFactory,
    )

    profile = AmbassadorProfileFactory(
        organisation=world.zone, user=User.objects.get(email="ambassador@matrix.test")
    )
    world.objects["question"] = AmbassadorQuestionFactory(
        organisation=world.zone, ambassador=profile
    )


def campaign(world: World) -> dict:
    return {"zone": world.zone.code, "pk": world.objects["action"].wave.campaign.pk}


def wave(world: World) -> dict:
    return {"zone": world.zone.code, "pk": world.objects["action"].wave.pk}


def action(world: World) -> dict:
    return {"zone": world.zone.code, "pk": world.objects["action"].pk}


def partner(world: World) -> dict:
    return {"zone": world.zone.code, "pk": world.objects["partner"].pk}


def question(world: World) -> dict:
    return {"zone": world.zone.code, "pk": world.objects["question"].pk}


def answered_question(world: World) -> None:
    from korps.outreach.models import QuestionStatus
    from korps.outreach.tests.factories import AmbassadorQuestionFactory

    world.objects["answered"] = AmbassadorQuestionFactory(
        organisation=world.zone, status=QuestionStatus.ANSWERED, answer="Ja."
    )


EXPECTATIONS = [
    Access(
        "outreach:thread",
        EVERYONE,
        setup=answered_question,
        kwargs=lambda w: {"token": link_token(w.objects["answered"], "reply")},
        actions=(Posted("reply", data={"reply": "En nog een vraag?"}, also_ok=(400,)),),
        note="one open reply at a time: after the first reply, another is refused with 400",
    ),
    Access(
        "outreach:track",
        EVERYONE,
        setup=make_campaign,
        kwargs=lambda w: {"code": w.objects["action"].code},
    ),
    Access("outreach:ask", EVERYONE),
    Access("outreach:ask_sent", EVERYONE),
    Access("outreach_staff:campaigns", VIEWERS),
    Access("outreach_staff:campaign_create", MANAGERS),
    Access("outreach_staff:campaign", VIEWERS, setup=make_campaign, kwargs=campaign),
    Access("outreach_staff:campaign_edit", MANAGERS, setup=make_campaign, kwargs=campaign),
    Access("outreach_staff:wave_create", MANAGERS, setup=make_campaign, kwargs=campaign),
    Access("outreach_staff:dashboard", VIEWERS, setup=make_campaign, kwargs=campaign),
    Access("outreach_staff:dashboard_csv", VIEWERS, setup=make_campaign, kwargs=campaign),
    Access("outreach_staff:dashboard_xlsx", VIEWERS, setup=make_campaign, kwargs=campaign),
    Access("outreach_staff:compare", VIEWERS, setup=make_campaign, kwargs=campaign),
    Access("outreach_staff:wave_edit", MANAGERS, setup=make_campaign, kwargs=wave),
    Access("outreach_staff:action_create", MANAGERS, setup=make_campaign, kwargs=wave),
    Access("outreach_staff:action_edit", MANAGERS, setup=make_campaign, kwargs=action),
    Access("outreach_staff:action_qr", VIEWERS, setup=make_campaign, kwargs=action),
    Access(
        "outreach_staff:action_qr_download",
        VIEWERS,
        setup=make_campaign,
        kwargs=lambda w: {**action(w), "kind": "png"},
    ),
    Access(
        "outreach_staff:reach_import", MANAGERS, actions=(Posted("confirm", data={"confirm": "1"}),)
    ),
    Access("outreach_staff:questions", QUESTION_MANAGERS),
    Access("outreach_staff:my_questions", AMBASSADORS),
    Access(
        "outreach_staff:answer",
        QUESTION_MANAGERS | AMBASSADORS,
        setup=make_question,
        kwargs=question,
    ),
    Access(
        "outreach_staff:reassign",
        QUESTION_MANAGERS,
        setup=make_question,
        kwargs=question,
        method="post",
        note="an empty form redirects back with a message",
    ),
    Access("outreach_staff:partners", MANAGERS),
    Access("outreach_staff:partner_create", MANAGERS),
    Access("outreach_staff:partners_keep_in_touch", MANAGERS),
    Access(
        "outreach_staff:partner",
        MANAGERS,
        setup=make_campaign,
        kwargs=partner,
        actions=(
            Posted("form", data={"form": "person"}, also_ok=(400,)),
            Posted("contact", also_ok=(400,)),
        ),
    ),
    Access("outreach_staff:partner_edit", MANAGERS, setup=make_campaign, kwargs=partner),
]
