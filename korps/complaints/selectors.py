"""Reads of cases: the handler's list, one case with everything on its page, and the check
whether a case concerns a person (independence). Every query names its zone."""

from __future__ import annotations

from django.db.models import F, Prefetch, Q, QuerySet

from korps.monitoring.models import StaffMember
from korps.organisations.models import Membership, Organisation, Unit

from .models import OPEN_STATUSES, Allegation, Case, CaseMessage, ComplaintCategory

# What is due first: the nearest deadline among a case's open clocks (Case.next_due_on, kept
# by deadlines.case_due_refresh), cases with nothing due last, then the oldest.
DUE_ORDER = (F("next_due_on").asc(nulls_last=True), "received_at", "pk")


def case_list(
    *,
    organisation: Organisation,
    search: str = "",
    status: str = "",
    kind: str = "",
    handler: int | None = None,
    category: int | None = None,
    hide_concerning=None,
) -> QuerySet[Case]:
    """The zone's cases for the handler's list, by what is due. `hide_concerning` (a user)
    leaves out the cases about that person or their units: a complaints officer never sees
    them; the independent reviewer sees every case."""
    cases = Case.objects.filter(organisation=organisation).select_related("handler")
    if hide_concerning is not None:
        # Except the cases assigned to that person (by the reviewer's override).
        cases = cases.exclude(
            Q(pk__in=cases_concerning(hide_concerning, organisation))
            & ~Q(handler_id=hide_concerning.pk)
        )
    if status == "open":
        cases = cases.filter(status__in=OPEN_STATUSES)
    elif status:
        cases = cases.filter(status=status)
    if kind:
        cases = cases.filter(kind=kind)
    if handler:
        cases = cases.filter(handler_id=handler)
    if category:
        cases = cases.filter(
            pk__in=Allegation.objects.filter(
                case__organisation=organisation, category_id=category
            ).values("case_id")
        )
    if search:
        cases = cases.filter(
            Q(reference__icontains=search)
            | Q(complainant_name__icontains=search)
            | Q(what__icontains=search)
            | Q(where__icontains=search)
        )
    return cases.order_by(*DUE_ORDER)


def case_detail(*, organisation: Organisation, pk: int) -> Case:
    """One case of the zone with its allegations (categories, units, staff), thread and
    attachments in a fixed number of queries; Case.DoesNotExist for another zone's."""
    return (
        Case.objects.filter(organisation=organisation, pk=pk)
        .select_related("handler", "satisfaction")
        .prefetch_related(
            Prefetch(
                "allegations",
                queryset=Allegation.objects.select_related("category", "unit").prefetch_related(
                    "staff_concerned"
                ),
            ),
            Prefetch("messages", queryset=CaseMessage.objects.select_related("author")),
            "attachments",
            "extensions",
            "pauses",
        )
        .get()
    )


def categories_of(organisation: Organisation) -> QuerySet[ComplaintCategory]:
    return ComplaintCategory.objects.filter(organisation=organisation, is_active=True)


def handler_units(user, organisation: Organisation) -> set[int]:
    """The units a person belongs to in the zone: their memberships' units and the unit of
    their own record in the workforce register."""
    units = set(
        Membership.objects.filter(
            organisation=organisation, user=user, is_active=True, unit__isnull=False
        ).values_list("unit_id", flat=True)
    )
    units |= set(
        StaffMember.objects.filter(organisation=organisation, account=user).values_list(
            "unit_id", flat=True
        )
    )
    return units


def units_at_or_below(organisation: Organisation, units: set[int]) -> set[int]:
    """The units and every unit under them (a zone has a few hundred units at most, read in
    one query)."""
    children: dict[int | None, list[int]] = {}
    for pk, parent in Unit.objects.filter(organisation=organisation).values_list("pk", "parent"):
        children.setdefault(parent, []).append(pk)
    found, todo = set(), list(units)
    while todo:
        unit = todo.pop()
        if unit not in found:
            found.add(unit)
            todo.extend(children.get(unit, []))
    return found


def concerning(user, organisation: Organisation) -> Q:
    """Allegations that concern the person: they are among its staff concerned, or the unit
    concerned (or a concerned staff member's unit) is one of theirs or lies under one."""
    units = units_at_or_below(organisation, handler_units(user, organisation))
    return (
        Q(staff_concerned__account=user)
        | Q(unit_id__in=units)
        | Q(staff_concerned__unit_id__in=units)
    )


def cases_concerning(user, organisation: Organisation) -> QuerySet:
    """The pks of the zone's cases that concern the person, as a subquery."""
    return (
        Allegation.objects.filter(case__organisation=organisation)
        .filter(concerning(user, organisation))
        .values("case_id")
    )


def handler_concerned(user, case: Case) -> bool:
    """Whether the case concerns the person (see `concerning`)."""
    return Allegation.objects.filter(case=case).filter(concerning(user, case.organisation)).exists()
