"""Who may do what, in one place. Every view declares a permission from PERMISSIONS; object
access goes through access_* helpers that answer 404 alike for missing and forbidden.

Later apps add their permissions with `register()` in their AppConfig.ready(), so this module
stays the single source of truth without importing from the apps above it."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import QuerySet

from .models import Membership, Organisation
from .roles import ALL_ROLES, Role

PERMISSIONS: dict[str, frozenset[Role]] = {
    # Every member of a zone has a staff home page there.
    "organisations.view_staff_home": ALL_ROLES,
    "organisations.view_members": frozenset({Role.ZONE_ADMIN, Role.DIVERSITY_MANAGER}),
    "organisations.manage_zone": frozenset({Role.ZONE_ADMIN}),
    "audit.view_log": frozenset({Role.ZONE_ADMIN}),
}


def register(permission: str, roles: Iterable[Role]) -> None:
    if permission in PERMISSIONS:
        raise ValueError(f"Permission {permission!r} is registered twice.")
    PERMISSIONS[permission] = frozenset(roles)


def roles_for(permission: str) -> frozenset[Role]:
    try:
        return PERMISSIONS[permission]
    except KeyError:
        raise LookupError(f"Unknown permission {permission!r}: add it to PERMISSIONS.") from None


def _active_memberships(user) -> QuerySet[Membership]:
    """Across zones by nature: a user's own memberships say which zones they may enter."""
    return Membership.objects.with_scopes_disabled().filter(
        user=user, is_active=True, user__is_active=True, organisation__isnull=False
    )


def user_roles(user, organisation: Organisation) -> frozenset[Role]:
    """The user's roles in the zone, read once per request and kept on the user object."""
    if not user.is_authenticated:
        return frozenset()
    cache = user.__dict__.setdefault("_korps_roles", {})
    if organisation.pk not in cache:
        cache[organisation.pk] = frozenset(
            Role(r)
            for r in _active_memberships(user)
            .filter(organisation=organisation)
            .values_list("role", flat=True)
        )
    return cache[organisation.pk]


def has_permission(user, permission: str, organisation: Organisation) -> bool:
    return bool(user_roles(user, organisation) & roles_for(permission))


def is_member(user, organisation: Organisation) -> bool:
    return bool(user_roles(user, organisation))


def organisations_for(user, permission: str | None = None) -> QuerySet[Organisation]:
    """The zones whose data the user may see (with the permission, when one is named)."""
    if not user.is_authenticated:
        return Organisation.objects.none()
    memberships = _active_memberships(user)
    if permission is not None:
        memberships = memberships.filter(role__in=roles_for(permission))
    return Organisation.objects.filter(pk__in=memberships.values("organisation_id")).order_by(
        "name"
    )


def permissions_of(user, organisation: Organisation) -> frozenset[str]:
    roles = user_roles(user, organisation)
    return frozenset(name for name, allowed in PERMISSIONS.items() if roles & allowed)
