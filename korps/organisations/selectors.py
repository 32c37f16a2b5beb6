from dataclasses import dataclass
from datetime import datetime

from django.db.models import Exists, OuterRef, QuerySet
from django.http import Http404
from django.utils.translation import gettext as _
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from .models import UNIT_PATH_SEPARATOR, Membership, Organisation, Unit, User


def organisation_get_by_code(*, code: str) -> Organisation | None:
    return Organisation.objects.filter(code=code).first()


def access_member(*, organisation: Organisation, pk: int) -> User:
    """A user with an active role in the zone; 404 alike for a missing user and for someone
    who is not (or no longer) a member there."""
    member = (
        User.objects.filter(
            pk=pk, memberships__organisation=organisation, memberships__is_active=True
        )
        .distinct()
        .first()
    )
    if member is None:
        raise Http404
    return member


def membership_list(*, organisation: Organisation, search: str = "") -> QuerySet[Membership]:
    memberships = (
        Membership.objects.filter(organisation=organisation)
        .select_related("user", "unit")
        .annotate(
            has_second_factor=Exists(
                TOTPDevice.objects.filter(user=OuterRef("user"), confirmed=True)
            )
        )
    )
    if search:
        memberships = memberships.filter(user__full_name__icontains=search) | memberships.filter(
            user__email__icontains=search
        )
    return memberships.order_by("user__full_name", "role")


def unit_tree(*, organisation: Organisation) -> list[tuple[Unit, int]]:
    """The zone's units in tree order, each with its depth, from one query."""
    units = list(Unit.objects.filter(organisation=organisation).order_by("name"))
    children: dict[int | None, list[Unit]] = {}
    for unit in units:
        children.setdefault(unit.parent_id, []).append(unit)
    ordered: list[tuple[Unit, int]] = []

    def walk(parent_id, depth):
        for unit in children.get(parent_id, []):
            ordered.append((unit, depth))
            walk(unit.pk, depth + 1)

    walk(None, 0)
    return ordered


def unit_paths(*, organisation: Organisation) -> dict[Unit, str]:
    """{unit: its path from the top of the tree, e.g. "District North / Team A"}, from one
    query: two units of the same name under different parents are told apart by it."""
    units = {u.pk: u for u in Unit.objects.filter(organisation=organisation)}
    paths = {}
    for unit in units.values():
        names, parent = [unit.name], units.get(unit.parent_id)
        while parent is not None and len(names) <= len(units):
            names.insert(0, parent.name)
            parent = units.get(parent.parent_id)
        paths[unit] = UNIT_PATH_SEPARATOR.join(names)
    return paths


def _unit_key(text: str) -> str:
    """A unit's code or path as compared: case and spaces around "/" do not count."""
    return "/".join(part.strip() for part in text.lower().split("/"))


class UnitMatcher:
    """Finds the unit an imported line names: by its code, by its path from the top of the
    tree ("District North / Team A"), or by its name when no other unit of the zone bears
    it. A name several units bear is refused: which one was meant would be a guess."""

    def __init__(self, organisation: Organisation):
        units = unit_paths(organisation=organisation)
        self.by_code = {u.code.strip().lower(): u for u in units if u.code.strip()}
        self.by_path, self.by_name, self._found = {}, {}, {}
        for unit, path in units.items():
            self.by_path[_unit_key(path)] = (unit, path)
            self.by_name.setdefault(unit.name.strip().lower(), []).append(path)

    def find(self, text: str) -> tuple[Unit | None, str]:
        """(the unit, "") or (None, why not). Each text is looked up once: an import names
        the same few hundred units on tens of thousands of lines."""
        if text not in self._found:
            self._found[text] = self._find(text)
        return self._found[text]

    def _find(self, text: str) -> tuple[Unit | None, str]:
        key = _unit_key(text)
        if key in self.by_code:
            return self.by_code[key], ""
        if key in self.by_path:
            return self.by_path[key][0], ""
        paths = self.by_name.get(text.strip().lower(), [])
        if len(paths) == 1:
            return self.by_path[_unit_key(paths[0])][0], ""
        if len(paths) > 1:
            return None, _(
                "unit %(unit)r is ambiguous: %(count)s units bear that name (%(paths)s); "
                "give the unit's code or its path"
            ) % {"unit": text, "count": len(paths), "paths": "; ".join(sorted(paths))}
        return None, _("unknown unit %(unit)r") % {"unit": text}


@dataclass(frozen=True)
class SecondFactorStatus:
    is_on: bool
    since: datetime | None
    last_used: datetime | None
    recovery_codes_left: int


def second_factor_status(*, user) -> SecondFactorStatus:
    """Whether the user has a confirmed authenticator app, and how many recovery codes are
    left (each works once)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    left = StaticToken.objects.filter(device__user=user, device__confirmed=True).count()
    return SecondFactorStatus(
        is_on=device is not None,
        since=device.created_at if device else None,
        last_used=device.last_used_at if device else None,
        recovery_codes_left=left,
    )


def users_managed_by(*, zones: QuerySet[Organisation]) -> QuerySet[User]:
    """The people whose every role, active or ended, is in `zones`: the only accounts a zone
    administrator may change or give a role to. Anyone who also holds (or held) a role in
    another zone, and every site operator, stays out: otherwise an administrator of one zone
    could take over an account that opens another zone."""
    return (
        User.objects.filter(is_superuser=False, memberships__organisation__in=zones)
        # Every zone's memberships, not only the scope's: a role elsewhere is what excludes.
        .exclude(
            memberships__in=Membership.objects.with_scopes_disabled().exclude(
                organisation__in=zones
            )
        )
        .distinct()
    )


def users_with_a_role_in(*, zones: QuerySet[Organisation]) -> QuerySet[User]:
    """The people holding (or having held) a role in one of `zones`, site operators aside."""
    return User.objects.filter(is_superuser=False, memberships__organisation__in=zones).distinct()
