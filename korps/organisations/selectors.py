from django.db.models import QuerySet

from .models import Membership, Organisation, Unit, User


def organisation_get_by_code(*, code: str) -> Organisation | None:
    return Organisation.objects.filter(code=code).first()


def membership_list(*, organisation: Organisation, search: str = "") -> QuerySet[Membership]:
    memberships = Membership.objects.filter(organisation=organisation).select_related(
        "user", "unit"
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


def users_managed_by(*, zones: QuerySet[Organisation]) -> QuerySet[User]:
    """The people whose every role, active or ended, is in `zones`: the only accounts a zone
    administrator may change or give a role to. Anyone who also holds (or held) a role in
    another zone, and every site operator, stays out: otherwise an administrator of one zone
    could take over an account that opens another zone."""
    return (
        User.objects.filter(is_superuser=False, memberships__organisation__in=zones)
        .exclude(memberships__in=Membership.objects.exclude(organisation__in=zones))
        .distinct()
    )


def users_with_a_role_in(*, zones: QuerySet[Organisation]) -> QuerySet[User]:
    """The people holding (or having held) a role in one of `zones`, site operators aside."""
    return User.objects.filter(is_superuser=False, memberships__organisation__in=zones).distinct()
