from korps.core.testing.access import Access, Posted, World, roles
from korps.organisations.roles import ALL_ROLES, Role

STAFF = roles(*ALL_ROLES)
ADOPTERS = roles(Role.ZONE_ADMIN, Role.DIVERSITY_MANAGER, Role.RECRUITER)
IMPLEMENTERS = roles(Role.ZONE_ADMIN, Role.DIVERSITY_MANAGER)
# Moderation is no zone role: none of the matrix's visitors is a moderator
# (korps/practices/tests/test_moderation.py lets one in).
NOBODY = frozenset()


def make_sheet(world: World) -> None:
    from korps.practices import services
    from korps.practices.tests.factories import make_sheet as sheet_made

    sheet = sheet_made()
    world.objects["sheet"] = sheet
    world.objects["implementation"] = services.implementation_save(
        actor=None, zone=world.zone, sheet=sheet, text="Zo doen wij het.", language="nl"
    )
    world.objects["adoption"] = services.sheet_adopt(actor=None, zone=world.zone, sheet=sheet)


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
    Access("practices_moderation:queue", NOBODY, kwargs=lambda world: {}),
    Access("practices_moderation:sheet", NOBODY, setup=make_sheet, kwargs=sheet_only),
    Access(
        "practices_moderation:sheet",
        NOBODY,
        setup=make_sheet,
        kwargs=sheet_only,
        method="post",
        data={"to_status": "declined", "reason": ""},
        actions=(Posted("verdict", data={"verdict": "recommend"}),),
    ),
]
