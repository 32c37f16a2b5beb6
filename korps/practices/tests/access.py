from korps.core.testing.access import Access, Posted, World, roles
from korps.organisations.roles import ALL_ROLES, Role

STAFF = roles(*ALL_ROLES)
ADOPTERS = roles(Role.ZONE_ADMIN, Role.DIVERSITY_MANAGER, Role.RECRUITER)
IMPLEMENTERS = roles(Role.ZONE_ADMIN, Role.DIVERSITY_MANAGER)
# Moderation is no zone role: the setups below make the matrix zone's administrator a
# moderator (a site operator's decision), so that one visitor gets in and every other is
# refused, the other zone's administrator included.
MODERATOR = roles(Role.ZONE_ADMIN)


def make_moderator(world: World) -> None:
    from korps.organisations.models import Membership
    from korps.practices.services import moderator_set

    membership = Membership.objects.filter(organisation=world.zone, role=Role.ZONE_ADMIN).first()
    moderator_set(user=membership.user, moderator=True)


def make_sheet_and_moderator(world: World) -> None:
    make_sheet(world)
    make_moderator(world)


def make_sheet(world: World) -> None:
    from korps.practices import services
    from korps.practices.tests.factories import make_sheet as sheet_made

    sheet = sheet_made()
    world.objects["sheet"] = sheet
    world.objects["implementation"] = services.implementation_save(
        actor=None, zone=world.zone, sheet=sheet, text="Zo doen wij het.", language="nl"
    )
    world.objects["adoption"] = services.todo_list_create(actor=None, zone=world.zone, sheet=sheet)


def zone_sheet(world: World) -> dict:
    return {"zone": world.zone.code, "slug": world.objects["sheet"].slug}


def zone_adoption(world: World) -> dict:
    return {"zone": world.zone.code, "pk": world.objects["adoption"].pk}


def sheet_only(world: World) -> dict:
    return {"slug": world.objects["sheet"].slug}


EXPECTATIONS = [
    Access("practices:library", STAFF, setup=make_sheet),
    Access("practices:submit", STAFF),
    Access(
        "practices:submit",
        STAFF,
        method="post",
        data={"title": ""},
        also_ok=(400,),
        note="an empty form is shown again to those let in",
    ),
    Access("practices:mine", STAFF),
    Access("practices:adoptions", ADOPTERS, setup=make_sheet),
    Access("practices:adoption", ADOPTERS, setup=make_sheet, kwargs=zone_adoption),
    Access(
        "practices:adoption",
        ADOPTERS,
        setup=make_sheet,
        kwargs=zone_adoption,
        method="post",
        data={"item": "0"},
    ),
    Access("practices:sheet", STAFF, setup=make_sheet, kwargs=zone_sheet),
    Access("practices:adopt", ADOPTERS, setup=make_sheet, kwargs=zone_sheet, method="post"),
    Access(
        "practices:edit",
        STAFF,
        setup=make_sheet,
        kwargs=zone_sheet,
        also_ok=(404,),
        note="only the submitter edits a sheet: for everyone else it is not found",
    ),
    Access(
        "practices:appeal",
        STAFF,
        setup=make_sheet,
        kwargs=zone_sheet,
        method="post",
        data={"reason": "Graag opnieuw bekijken."},
    ),
    Access("practices:implementation", IMPLEMENTERS, setup=make_sheet, kwargs=zone_sheet),
    Access(
        "practices:implementation",
        IMPLEMENTERS,
        setup=make_sheet,
        kwargs=zone_sheet,
        method="post",
        data={"text": ""},
        also_ok=(400,),
    ),
    Access("practices:confirm", IMPLEMENTERS, setup=make_sheet, kwargs=zone_sheet, method="post"),
    Access(
        "practices_moderation:queue",
        MODERATOR,
        setup=make_sheet_and_moderator,
        kwargs=lambda world: {},
    ),
    Access(
        "practices_moderation:sheet", MODERATOR, setup=make_sheet_and_moderator, kwargs=sheet_only
    ),
    Access(
        "practices_moderation:sheet",
        MODERATOR,
        setup=make_sheet_and_moderator,
        kwargs=sheet_only,
        method="post",
        data={"to_status": "declined", "reason": ""},
        also_ok=(400,),
        note="declining without a reason is refused with the form shown again (400)",
        actions=(Posted("verdict", data={"verdict": "recommend"}, also_ok=(302,)),),
    ),
]
