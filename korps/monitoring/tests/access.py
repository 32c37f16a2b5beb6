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


def make_invitation(world: World) -> None:
    from korps.monitoring.models import StaffInvitation, StaffMember
    from korps.organisations.tests.factories import UnitFactory

    member = StaffMember.objects.create(
        organisation=world.zone,
        staff_number="ACCESS-1",
        unit=UnitFactory(organisation=world.zone),
        grade="INP",
        start_date="2020-01-01",
    )
    world.objects["invitation"] = StaffInvitation.objects.create(
        organisation=world.zone, staff_member=member
    )


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
    Access(
        "monitoring:invitations",
        DATA_MANAGERS,
        actions=(
            Posted("action", data={"action": "reminder"}),
            Posted("letters", data={"action": "letters"}),
        ),
    ),
    Access(
        "monitoring:declaration_code",
        EVERYONE,
        kwargs=lambda w: {},
        # Every visitor posts from the same address: the guesses' limit answers 429.
        actions=(Posted("code", data={"code": "AAAA-BBBB-CCCC"}, also_ok=(400, 429)),),
        note="a staff member types the code of their letter; guesses are rate-limited",
    ),
    Access(
        "monitoring:staff_declaration",
        EVERYONE,
        setup=make_invitation,
        kwargs=lambda w: {"token": link_token(w.objects["invitation"], "declare")},
        actions=(Posted("withdraw", data={"withdraw": "1"}), Posted("save", also_ok=(400,))),
        note="the staff member's personal invitation opens their own declaration only",
    ),
]
