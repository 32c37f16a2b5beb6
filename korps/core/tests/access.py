from korps.core.testing.access import (
    EVERYONE,
    LOGGED_IN,
    OTHER_ZONE_ADMIN,
    Access,
    Posted,
    no_kwargs,
    roles,
)
from korps.organisations.roles import ALL_ROLES, Role

EXPECTATIONS = [
    Access("core:home", EVERYONE, kwargs=no_kwargs),
    Access("core:staff_home", LOGGED_IN, kwargs=no_kwargs),
    Access("core:zone_home", roles(*ALL_ROLES)),
    Access("core:members", roles(Role.ZONE_ADMIN, Role.DIVERSITY_MANAGER)),
    Access(
        "core:member_invite",
        roles(Role.ZONE_ADMIN),
        actions=(Posted("invite", data={}, also_ok=(400,)),),
        note="posted empty, the form is refused with 400 and nobody is invited",
    ),
    Access("login", EVERYONE, kwargs=no_kwargs),
    Access("logout", EVERYONE, kwargs=no_kwargs, method="post"),
    Access("password_change", LOGGED_IN, kwargs=no_kwargs),
    Access("password_change_done", LOGGED_IN, kwargs=no_kwargs),
    Access("password_reset", EVERYONE, kwargs=no_kwargs),
    Access("password_reset_done", EVERYONE, kwargs=no_kwargs),
    Access(
        "password_reset_confirm",
        EVERYONE,
        kwargs=lambda world: {"uidb64": "MQ", "token": "set-password"},
        note="an unknown link shows the 'expired link' page",
    ),
    Access("password_reset_complete", EVERYONE, kwargs=no_kwargs),
    Access("set_language", EVERYONE, kwargs=no_kwargs, method="post", data={"language": "fr"}),
    Access("javascript-catalog", EVERYONE, kwargs=no_kwargs),
    Access(
        "admin:*",
        roles(Role.ZONE_ADMIN) | {OTHER_ZONE_ADMIN},
        samples=(
            ("admin:index", no_kwargs),
            ("admin:organisations_membership_changelist", no_kwargs),
            ("admin:organisations_unit_changelist", no_kwargs),
            ("admin:audit_auditentry_changelist", no_kwargs),
        ),
        note="the back office is for zone administrators (and site operators); each sees only "
        "their own zones' rows, which organisations/tests/test_admin.py checks",
    ),
]
