from korps.core.links import link_token
from korps.core.testing.access import EVERYONE, Access, Posted, World, roles
from korps.organisations.roles import Role

MANAGERS = roles(Role.ZONE_ADMIN, Role.DIVERSITY_MANAGER, Role.RECRUITER)
DOOR = MANAGERS | roles(Role.AMBASSADOR)


def make_event(world: World) -> None:
    from korps.events.tests.factories import EventFactory, SignupFactory

    event = EventFactory(organisation=world.zone)
    world.objects["event"] = event
    world.objects["signup"] = SignupFactory(event=event)


def zone_event(world: World) -> dict:
    return {"zone": world.zone.code, "pk": world.objects["event"].pk}


EXPECTATIONS = [
    Access("events:list", EVERYONE),
    Access("events:signup", EVERYONE, setup=make_event, kwargs=zone_event),
    Access(
        "events:manage",
        EVERYONE,
        setup=make_event,
        kwargs=lambda w: {"token": link_token(w.objects["signup"], "manage")},
    ),
    Access(
        "events:manage",
        EVERYONE,
        setup=make_event,
        method="post",
        kwargs=lambda w: {"token": link_token(w.objects["signup"], "manage")},
        actions=(
            Posted("seats", data={"action": "seats", "seats": "2"}),
            Posted("resend", data={"action": "resend"}),
            Posted("cancel", data={"action": "cancel"}),
        ),
    ),
    Access("events_staff:signup_create", MANAGERS, setup=make_event, kwargs=zone_event),
    Access(
        "events_staff:signup",
        MANAGERS,
        setup=make_event,
        kwargs=lambda w: {**zone_event(w), "signup": w.objects["signup"].pk},
    ),
    Access(
        "events_staff:signup",
        MANAGERS,
        setup=make_event,
        method="post",
        kwargs=lambda w: {**zone_event(w), "signup": w.objects["signup"].pk},
        actions=(
            Posted("seats", data={"action": "seats", "seats": "2"}),
            Posted("resend", data={"action": "resend"}),
            Posted("cancel", data={"action": "cancel"}),
        ),
    ),
    Access("events_staff:list", DOOR),
    Access("events_staff:create", MANAGERS),
    Access("events_staff:detail", DOOR, setup=make_event, kwargs=zone_event),
    Access("events_staff:edit", MANAGERS, setup=make_event, kwargs=zone_event),
    Access("events_staff:copy", MANAGERS, setup=make_event, kwargs=zone_event),
    Access("events_staff:export_csv", MANAGERS, setup=make_event, kwargs=zone_event),
    Access("events_staff:export_xlsx", MANAGERS, setup=make_event, kwargs=zone_event),
    Access(
        "events_staff:extra_session",
        MANAGERS,
        setup=make_event,
        kwargs=zone_event,
        method="post",
        also_ok=(400,),
        note="an empty form answers 400 to those let in",
        data={"seats": ""},
    ),
    Access(
        "events_staff:check_in",
        DOOR,
        setup=make_event,
        method="post",
        kwargs=lambda w: {**zone_event(w), "signup": w.objects["signup"].pk},
        actions=(
            Posted("undo", data={"undo": "1"}),
            Posted("override", data={"override": "1"}),
        ),
    ),
    Access(
        "events_staff:close_attendance", DOOR, setup=make_event, kwargs=zone_event, method="post"
    ),
    Access(
        "events_staff:check_in_scan",
        DOOR,
        setup=make_event,
        kwargs=lambda w: {"zone": w.zone.code, "token": link_token(w.objects["signup"], "checkin")},
    ),
    Access(
        "events_staff:check_in_scan",
        DOOR,
        setup=make_event,
        method="post",
        kwargs=lambda w: {"zone": w.zone.code, "token": link_token(w.objects["signup"], "checkin")},
        actions=(Posted("override", data={"override": "1"}),),
    ),
]
