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


# ---------------------------------------------------------------- staff reports

MEMBERS = frozenset(role.value for role in Role)
COUNSELLOR = roles(Role.CONFIDENTIAL_COUNSELLOR)


def make_staff_report(world: World) -> None:
    from korps.complaints.tests.factories import StaffReportFactory

    world.objects["staff_report"] = StaffReportFactory(organisation=world.zone)


def staff_report_kwargs(world: World) -> dict:
    return {"zone": world.zone.code, "pk": world.objects["staff_report"].pk}


EXPECTATIONS += [
    Access("complaints_staff:staff_report_home", MEMBERS),
    Access("complaints_staff:staff_report_home", MEMBERS, method="post", also_ok=(400,)),
    Access("complaints_staff:staff_reports", COUNSELLOR),
    Access(
        "complaints_staff:staff_report",
        MEMBERS,
        setup=make_staff_report,
        kwargs=staff_report_kwargs,
        also_ok=(404,),
        note="only its reporter and the confidential counsellor read a report; to every "
        "other member of the zone it does not exist (404), never a complaints officer's",
    ),
    Access(
        "complaints_staff:staff_report_action",
        MEMBERS,
        setup=make_staff_report,
        method="post",
        kwargs=lambda w: {**staff_report_kwargs(w), "action": "hear"},
        also_ok=(400, 404),
        actions=(
            Posted("hear", MEMBERS),
            Posted("close", MEMBERS),
            Posted("message", MEMBERS),
        ),
        note="404 to every member but the reporter and the counsellor; an empty form 400",
    ),
]
