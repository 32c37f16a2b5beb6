from korps.core.links import link_token
from korps.core.testing.access import (
    EVERYONE,
    LOGGED_IN,
    OTHER_ZONE_ADMIN,
    Access,
    Posted,
    World,
    roles,
)
from korps.organisations.roles import Role

REPORT_VIEWERS = roles(Role.ANALYST, Role.DIVERSITY_MANAGER, Role.ZONE_ADMIN)
DATA_MANAGERS = roles(Role.DIVERSITY_MANAGER, Role.ZONE_ADMIN)
MEMBERS = LOGGED_IN - {"no_membership", OTHER_ZONE_ADMIN}


def make_candidate(world: World) -> None:
    from korps.guidance.tests.factories import CandidateFactory

    world.objects["candidate"] = CandidateFactory(organisation=world.zone)


EXPECTATIONS = [
    Access("monitoring:reports", REPORT_VIEWERS),
    Access("monitoring:funnel", REPORT_VIEWERS),
    Access("monitoring:retention", REPORT_VIEWERS),
    Access("monitoring:summary", REPORT_VIEWERS),
    Access("monitoring:outreach", REPORT_VIEWERS),
    Access(
        "monitoring:export",
        REPORT_VIEWERS,
        kwargs=lambda w: {"zone": w.zone.code, "report": "funnel", "format": "csv"},
    ),
    Access(
        "monitoring:staff_import",
        DATA_MANAGERS,
        actions=(Posted("confirm", data={"confirm": "1"}),),
    ),
    Access(
        "monitoring:staff_accounts",
        roles(Role.ZONE_ADMIN),
        actions=(Posted("unlink", data={"unlink": "0"}),),
    ),
    Access("monitoring:population", DATA_MANAGERS),
    Access(
        "monitoring:population_import",
        DATA_MANAGERS,
        actions=(Posted("confirm", data={"confirm": "1"}),),
    ),
    Access(
        "monitoring:my_declaration",
        MEMBERS,
        # A member whose account is not linked to an HR record declares nothing (400).
        actions=(
            Posted("withdraw", data={"withdraw": "1"}, also_ok=(400,)),
            Posted("save", also_ok=(400,)),
        ),
        note="every member of the zone declares for themselves, and sees only their own",
    ),
    Access(
        "monitoring:candidate_declaration",
        EVERYONE,
        setup=make_candidate,
        kwargs=lambda w: {"token": link_token(w.objects["candidate"], "guidance")},
        actions=(Posted("withdraw", data={"withdraw": "1"}), Posted("save", also_ok=(400,))),
    ),
    Access(
        "monitoring:invited_declaration",
        EVERYONE,
        setup=make_candidate,
        kwargs=lambda w: {"token": link_token(w.objects["candidate"], "declaration")},
        actions=(Posted("withdraw", data={"withdraw": "1"}), Posted("save", also_ok=(400,))),
    ),
]
