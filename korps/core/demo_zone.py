"""The demo zone itself: a fictional Flemish zone with units and one user per role. It lives in
core (not organisations) because the demo registry is core's and organisations sits below it."""

from korps.core.demo import (
    DEMO_OTHER_ZONE_CODE,
    DEMO_PASSWORD,
    DEMO_ZONE_CODE,
    DemoContext,
    demo_seeder,
)
from korps.organisations.models import UnitKind, User
from korps.organisations.roles import Role
from korps.organisations.second_factor import DEMO_TOTP_KEY
from korps.organisations.second_factor_services import second_factor_install
from korps.organisations.services import membership_grant, organisation_create, unit_create
from korps.organisations.zone_defaults import zone_create

DEMO_USERS = [
    (Role.ZONE_ADMIN, "beheerder@demo.korps.test", "Ilse Vermeulen", "Personeelsdienst"),
    (Role.DIVERSITY_MANAGER, "diversiteit@demo.korps.test", "Samira El Amrani", "Personeelsdienst"),
    (Role.RECRUITER, "rekrutering@demo.korps.test", "Tom De Smet", "Rekrutering en selectie"),
    (Role.MENTOR, "mentor@demo.korps.test", "Yusuf Demir", "Wijkteam Centrum"),
    (Role.AMBASSADOR, "ambassadeur@demo.korps.test", "Lotte Janssens", "Interventieploeg"),
    (Role.COMPLAINTS_OFFICER, "klachten@demo.korps.test", "Pieter Claes", "Interne controle"),
    (Role.INDEPENDENT_REVIEWER, "toezicht@demo.korps.test", "Hilde Wouters", None),
    (Role.ANALYST, "analist@demo.korps.test", "Kobe Peeters", "Personeelsdienst"),
    (Role.CONFIDENTIAL_COUNSELLOR, "vertrouwen@demo.korps.test", "Annelies Goossens", None),
]

UNITS = [
    ("District Noord", UnitKind.DISTRICT, None),
    ("District Zuid", UnitKind.DISTRICT, None),
    ("Ondersteuning en staf", UnitKind.DEPARTMENT, None),
    ("Wijkteam Centrum", UnitKind.TEAM, "District Noord"),
    ("Wijkteam Haven", UnitKind.TEAM, "District Noord"),
    ("Wijkteam Zuidrand", UnitKind.TEAM, "District Zuid"),
    ("Interventieploeg", UnitKind.SERVICE, "District Zuid"),
    ("Jeugd en gezin", UnitKind.SERVICE, "District Zuid"),
    ("Personeelsdienst", UnitKind.SERVICE, "Ondersteuning en staf"),
    ("Rekrutering en selectie", UnitKind.TEAM, "Personeelsdienst"),
    ("Interne controle", UnitKind.TEAM, "Ondersteuning en staf"),
]


@demo_seeder(order=0)
def seed_zone(ctx: DemoContext) -> None:
    # The demo zone starts as every new zone does: with the defaults (career site, procedure,
    # origin categories, limits for a flag); the seeders below add the zone's own data.
    ctx.zone = zone_create(
        name="Politiezone Scheldeland (demo)",
        code=DEMO_ZONE_CODE,
        default_language="nl",
        languages=["nl", "fr", "en"],
        municipalities=["Scheldeland", "Bovenrode", "Waterkant"],
    )
    for name, kind, parent in UNITS:
        ctx.units[name] = unit_create(
            organisation=ctx.zone, name=name, kind=kind, parent=ctx.units.get(parent)
        )
    for role, email, full_name, unit in DEMO_USERS:
        user = User.objects.create_user(email=email, password=DEMO_PASSWORD, full_name=full_name)
        membership_grant(user=user, organisation=ctx.zone, role=role, unit=ctx.units.get(unit))
        ctx.users[role] = user
    # A second, small zone, so the demo shows that zones never see each other's data.
    ctx.other_zone = organisation_create(
        name="Politiezone Heuvelland (demo)",
        code=DEMO_OTHER_ZONE_CODE,
        municipalities=["Heuvelland"],
    )
    other_admin = User.objects.create_user(
        email="beheerder@heuvelland.korps.test", password=DEMO_PASSWORD, full_name="Ann Maes"
    )
    membership_grant(user=other_admin, organisation=ctx.other_zone, role=Role.ZONE_ADMIN)
    ctx.log(f"{len(UNITS)} units, {len(DEMO_USERS)} staff users, and a second zone")


@demo_seeder(order=900)
def seed_second_factor(ctx: DemoContext) -> None:
    """Every demo account gets an authenticator app with the published demo key, so testers
    log in with one entry in any authenticator app (or the code `korps demo-logins` prints)."""
    users = User.objects.filter(memberships__organisation__in=[ctx.zone, ctx.other_zone])
    for user in users.distinct():
        second_factor_install(user=user, key=DEMO_TOTP_KEY)
    ctx.log("the demo key as every account's second factor")
