from korps.core.links import link_token
from korps.core.testing.access import EVERYONE, Access, World, no_kwargs, roles
from korps.organisations.roles import Role

VIEWERS = roles(Role.DIVERSITY_MANAGER, Role.RECRUITER, Role.MENTOR)


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
    Access("guidance:candidate_create", roles(Role.DIVERSITY_MANAGER)),
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
        note="an empty result form answers 400 to those let in",
    ),
    Access("guidance:import", roles(Role.DIVERSITY_MANAGER, Role.RECRUITER)),
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
