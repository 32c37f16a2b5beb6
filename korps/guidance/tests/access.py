from korps.core.links import link_token
from korps.core.testing.access import EVERYONE, Access, Posted, World, no_kwargs, roles
from korps.organisations.roles import Role

VIEWERS = roles(Role.DIVERSITY_MANAGER, Role.RECRUITER, Role.MENTOR)
# The matrix's mentor is the candidate's mentor (make_candidate).
MANAGER = roles(Role.DIVERSITY_MANAGER)
GUIDES = roles(Role.DIVERSITY_MANAGER, Role.MENTOR)


def make_candidate(world: World) -> None:
    from korps.guidance.services import procedure_install
    from korps.guidance.tests.factories import CandidateFactory
    from korps.organisations.models import User

    procedure_install(organisation=world.zone)
    mentor = User.objects.get(memberships__organisation=world.zone, memberships__role=Role.MENTOR)
    world.objects["candidate"] = CandidateFactory(organisation=world.zone, mentor=mentor)


def candidate_kwargs(world: World) -> dict:
    return {"zone": world.zone.code, "pk": world.objects["candidate"].pk}


EXPECTATIONS = [
    Access("guidance:candidates", VIEWERS),
    Access("guidance:candidate_create", roles(Role.DIVERSITY_MANAGER, Role.RECRUITER)),
    Access(
        "guidance:candidate",
        VIEWERS,
        setup=make_candidate,
        kwargs=candidate_kwargs,
        note="a mentor only reaches their own mentees: the matrix's mentor is this one's",
    ),
    Access(
        "guidance:candidate_action",
        VIEWERS,
        setup=make_candidate,
        method="post",
        kwargs=lambda w: {**candidate_kwargs(w), "action": "result"},
        also_ok=(400,),
        actions=(
            Posted("mentor", MANAGER),
            Posted("plan", GUIDES),
            Posted("result", VIEWERS),
            Posted("session", GUIDES),
            Posted("task", GUIDES),
            Posted("task_toggle", GUIDES, also_ok=(404,)),
            Posted("referral", GUIDES),
            Posted("stop", MANAGER),
            Posted("status", MANAGER),
        ),
        note="an empty form answers 400 to those let in; a toggle naming no task, 404",
    ),
    Access(
        "guidance:import",
        roles(Role.DIVERSITY_MANAGER, Role.RECRUITER),
        actions=(Posted("confirm", data={"confirm": "1"}),),
    ),
    Access(
        "guidance:candidates_import",
        roles(Role.DIVERSITY_MANAGER, Role.RECRUITER),
        actions=(Posted("confirm", data={"confirm": "1"}),),
    ),
    Access("guidance:mentor_home", roles(Role.MENTOR)),
    Access(
        "guidance:self",
        EVERYONE,
        setup=make_candidate,
        kwargs=lambda w: {"token": link_token(w.objects["candidate"], "guidance")},
    ),
    Access(
        "guidance:self_download",
        EVERYONE,
        setup=make_candidate,
        kwargs=lambda w: {"token": link_token(w.objects["candidate"], "guidance")},
    ),
    Access("guidance:self_withdrawn", EVERYONE, kwargs=no_kwargs),
]
