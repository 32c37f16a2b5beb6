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
) -> QuerySet[Case]:
    """The zone's cases for the handler's list, open ones first and by what is due."""
    cases = Case.objects.filter(organisation=organisation).select_related("handler")
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
        .select_related("handler")
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


def _with_ancestors(units: list[Unit]) -> set[int]:
    """The units and every unit above them."""
    found = set()
    for unit in units:
        found.update(u.pk for u in unit.path())
    return found


def handler_units(user, organisation: Organisation) -> set[int]:
    """The units a person belongs to in the zone: their memberships' units and the unit of
    their own record in the workforce register."""
    units = [
        m.unit
        for m in Membership.objects.filter(
            organisation=organisation, user=user, is_active=True, unit__isnull=False
        ).select_related("unit")
    ]
    units += [
        s.unit
        for s in StaffMember.objects.filter(organisation=organisation, account=user).select_related(
            "unit"
        )
    ]
    return {u.pk for u in units}


def handler_concerned(user, case: Case) -> bool:
    """Whether the case concerns the person: they are among the staff concerned by one of its
    allegations, or the unit concerned (or a concerned staff member's unit) is one of theirs
    or lies under one of theirs."""
    zone = case.organisation
    allegations = Allegation.objects.filter(case=case).select_related("unit")
    staff = StaffMember.objects.filter(
        organisation=zone, pk__in=allegations.values("staff_concerned")
    ).select_related("unit")
    if any(member.account_id == user.pk for member in staff):
        return True
    own = handler_units(user, zone)
    if not own:
        return False
    concerned_units = [a.unit for a in allegations if a.unit_id] + [m.unit for m in staff]
    return bool(own & _with_ancestors(concerned_units))
