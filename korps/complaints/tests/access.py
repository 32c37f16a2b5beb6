from korps.core.testing.access import EVERYONE, Access, Posted, World, roles
from korps.organisations.roles import Role

READERS = roles(Role.COMPLAINTS_OFFICER, Role.INDEPENDENT_REVIEWER)
OFFICER = roles(Role.COMPLAINTS_OFFICER)
REVIEWER = roles(Role.INDEPENDENT_REVIEWER)


def make_case(world: World) -> None:
    from korps.complaints.tests.factories import CaseFactory

    world.objects["case"] = CaseFactory(organisation=world.zone)


def case_kwargs(world: World) -> dict:
    return {"zone": world.zone.code, "pk": world.objects["case"].pk}


def publish_statistics(world: World) -> None:
    from korps.complaints.models import ComplaintsSettings

    ComplaintsSettings.objects.update_or_create(
        organisation=world.zone, defaults={"publish_statistics": True}
    )


EXPECTATIONS = [
    Access("complaints:report", EVERYONE),
    Access("complaints:report", EVERYONE, method="post", also_ok=(400,)),
    Access("complaints:follow", EVERYONE),
    Access("complaints:follow", EVERYONE, method="post", data={"code": "AAAA-BBBB"}),
    Access("complaints:follow_message", EVERYONE, method="post"),
    Access("complaints:follow_satisfaction", EVERYONE, method="post"),
    Access("complaints:receipt_pdf", EVERYONE, method="post"),
    Access("complaints:statistics", EVERYONE, setup=publish_statistics),
    Access("complaints_staff:cases", READERS),
    Access("complaints_staff:case", READERS, setup=make_case, kwargs=case_kwargs),
    Access(
        "complaints_staff:case_action",
        READERS,
        setup=make_case,
        method="post",
        kwargs=lambda w: {**case_kwargs(w), "action": "assign"},
        also_ok=(400,),
        actions=(
            Posted("assign", READERS),
            Posted("acknowledge", OFFICER),
            Posted("route", OFFICER),
            Posted("allegation", OFFICER),
            Posted("outcome", OFFICER),
            Posted("close", OFFICER),
            Posted("reopen", REVIEWER),
            Posted("message", OFFICER),
            Posted("extend", OFFICER),
            Posted("pause", OFFICER),
            Posted("resume", OFFICER),
            Posted("staff_notified", OFFICER),
        ),
        note="an empty form answers 400 to those let in; the reviewer reads, the officer handles",
    ),
]
