from korps.core.testing.access import LOGGED_IN, Access, no_kwargs, roles
from korps.organisations.roles import Role
from korps.organisations.tests.factories import MembershipFactory, UserFactory


def _member_with_second_factor(world):
    from korps.core.testing.clients import confirmed_totp_device

    user = UserFactory(email=f"reset-me@{world.zone.code}.test")
    MembershipFactory(user=user, organisation=world.zone, role=Role.MENTOR)
    confirmed_totp_device(user)
    world.objects["reset_me"] = user


EXPECTATIONS = [
    Access("organisations:second_factor", LOGGED_IN, kwargs=no_kwargs),
    Access(
        "organisations:second_factor_verify",
        LOGGED_IN,
        kwargs=no_kwargs,
        note="a verified session goes straight on to the page it asked for",
    ),
    Access(
        "organisations:second_factor_set_up",
        LOGGED_IN,
        kwargs=no_kwargs,
        note="a user with an app already is sent to their own page, never a second set-up",
    ),
    Access(
        "organisations:recovery_codes",
        LOGGED_IN,
        kwargs=no_kwargs,
        note="without codes just made it sends the user to their own page",
    ),
    Access(
        "organisations:member_second_factor_reset",
        roles(Role.ZONE_ADMIN),
        kwargs=lambda world: {"zone": world.zone.code, "user_id": world.objects["reset_me"].pk},
        method="post",
        setup=_member_with_second_factor,
    ),
]
