"""Reads of the diversity plan. Every query names its zone."""

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Count, Q, QuerySet

from korps.audit.models import AuditEntry
from korps.organisations.models import Organisation, User
from korps.organisations.permissions import members_of

from .models import OPEN_STATUSES, ActionStatus, LineOfAction, Milestone, Plan, PlanAction

# The status filter's extra value: open actions past their due date.
LATE = "late"


def plan_list(*, organisation: Organisation) -> QuerySet[Plan]:
    return Plan.objects.filter(organisation=organisation).order_by("-starts_on", "pk")


def plan_get(*, organisation: Organisation, pk: int) -> Plan | None:
    return Plan.objects.filter(organisation=organisation, pk=pk).first()


def plan_for_new_work(*, organisation: Organisation, today: dt.date) -> Plan | None:
    """The plan whose period covers today (the latest to start), else the next to start."""
    plans = Plan.objects.filter(organisation=organisation)
    return (
        plans.filter(starts_on__lte=today, ends_on__gte=today).order_by("-starts_on", "pk").first()
        or plans.filter(starts_on__gt=today).order_by("starts_on", "pk").first()
    )


def plan_to_show(*, organisation: Organisation, today: dt.date) -> Plan | None:
    """The plan the plan page opens on: the current one, else the next, else the latest."""
    return (
        plan_for_new_work(organisation=organisation, today=today)
        or plan_list(organisation=organisation).first()
    )


def line_get(*, organisation: Organisation, pk: int) -> LineOfAction | None:
    return (
        LineOfAction.objects.filter(plan__organisation=organisation, pk=pk)
        .select_related("plan__organisation", "pilot")
        .first()
    )


def action_get(*, organisation: Organisation, pk: int) -> PlanAction | None:
    return (
        PlanAction.objects.filter(line__plan__organisation=organisation, pk=pk)
        .select_related("line__plan__organisation", "line__pilot", "owner")
        .first()
    )


def milestone_get(*, action: PlanAction, pk: int) -> Milestone | None:
    milestone = Milestone.objects.filter(action=action, pk=pk).first()
    if milestone is not None:
        milestone.action = action
    return milestone


def zone_people(*, organisation: Organisation) -> QuerySet[User]:
    """Who may pilot a line or own an action: the zone's active members."""
    return members_of(organisation).order_by("full_name", "pk")


@dataclass
class Board:
    """A plan's lines, each with the actions that pass the filters."""

    plan: Plan
    lines: list[LineOfAction]
    filtered: bool
    counts: dict = field(default_factory=dict)

    @property
    def shown(self) -> int:
        return sum(len(line.shown_actions) for line in self.lines)


def plan_board(
    *,
    plan: Plan,
    today: dt.date,
    status: str = "",
    owner: int | None = None,
    line: int | None = None,
    member_ids: frozenset[int] = frozenset(),
) -> Board:
    """The plan page in two queries: the lines (with their pilots) and the actions that pass
    the filters (with owners and milestone counts). `status` is an ActionStatus or LATE.
    An open action whose owner, or a line whose pilot, is not among `member_ids` (the zone's
    active members) is marked `owner_gone` / `pilot_gone`: to be reassigned."""
    lines = list(LineOfAction.objects.filter(plan=plan).select_related("pilot"))
    actions = PlanAction.objects.filter(line__plan=plan).select_related("owner")
    if status == LATE:
        actions = actions.filter(due_on__lt=today, status__in=OPEN_STATUSES)
    elif status in ActionStatus.values:
        actions = actions.filter(status=status)
    if owner:
        actions = actions.filter(owner_id=owner)
    if line:
        actions = actions.filter(line_id=line)
    actions = actions.annotate(
        milestones_total=Count("milestones"),
        milestones_done=Count("milestones", filter=Q(milestones__done_on__isnull=False)),
    ).order_by("due_on", "pk")
    by_line: dict[int, list[PlanAction]] = {}
    for action in actions:
        action.late = action.is_late_on(today)
        action.owner_gone = (
            action.owner_id is not None
            and action.owner_id not in member_ids
            and action.status in OPEN_STATUSES
        )
        by_line.setdefault(action.line_id, []).append(action)
    for item in lines:
        item.shown_actions = by_line.get(item.pk, [])
        item.pilot_gone = item.pilot_id is not None and item.pilot_id not in member_ids
    filtered = bool(status or owner or line)
    if line:
        lines = [item for item in lines if item.pk == line]
    return Board(plan=plan, lines=lines, filtered=filtered)


def action_history(*, organisation: Organisation, action: PlanAction, limit: int = 50) -> list:
    """The action's entries in the audit trail, with those of its milestones and evidence,
    newest first."""
    return list(
        AuditEntry.objects.filter(organisation=organisation)
        .filter(
            Q(target_type="plan.planaction", target_id=str(action.pk))
            | Q(target_type__in=("plan.milestone", "plan.evidence"), data__action=action.pk)
        )
        .order_by("-at", "-id")[:limit]
    )
