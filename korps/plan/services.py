"""Every write on the diversity plan, each in one transaction with its audit row.

`action_from_practice()` is the bridge for the practice library (an app above this one): it
puts an adopted practice into the zone's current plan as an action, its checklist as
milestones."""

import datetime as dt

from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from korps.audit.services import audit_record
from korps.core.errors import DomainError
from korps.core.locks import lock_rows
from korps.organisations.models import Organisation
from korps.organisations.permissions import members_of

from .models import (
    ActionOrigin,
    ActionStatus,
    Evidence,
    LevelName,
    LineOfAction,
    Milestone,
    Plan,
    PlanAction,
)
from .selectors import plan_for_new_work

PLAN_FIELDS = ("title", "starts_on", "ends_on", "level_name")
LINE_FIELDS = ("title", "description", "pilot", "order")
ACTION_FIELDS = ("title", "description", "owner", "starts_on", "due_on", "status", "origin")
ACTION_FIELDS += ("origin_note", "origin_url")


class PlanError(DomainError):
    pass


def _zone(action: PlanAction) -> Organisation:
    return action.line.plan.organisation


def _check_member(user, organisation_id: int, field: str) -> None:
    """A pilot or an owner is an active member of the zone."""
    if user is not None and not members_of(organisation_id).filter(pk=user.pk).exists():
        raise PlanError(_("Choose someone who works in this zone."), code=field)


def _check_period(starts_on, ends_on, *, message) -> None:
    if starts_on and ends_on and ends_on < starts_on:
        raise PlanError(message, code="period")


def _changed(instance, fields: dict) -> list[str]:
    """Sets the fields on the instance and returns the names of those that changed."""
    changed = []
    for name, value in fields.items():
        attname = instance._meta.get_field(name).attname
        old = getattr(instance, attname)
        new = value.pk if attname.endswith("_id") and value is not None else value
        if old != new:
            changed.append(name)
        setattr(instance, name, value)
    return changed


# ---------------------------------------------------------------- plans and lines


@transaction.atomic
def plan_create(
    *, actor, organisation: Organisation, title: str, starts_on, ends_on, level_name: str
) -> Plan:
    _check_period(starts_on, ends_on, message=_("The period must end after it starts."))
    plan = Plan.objects.create(
        organisation=organisation,
        title=title.strip(),
        starts_on=starts_on,
        ends_on=ends_on,
        level_name=level_name,
    )
    audit_record(actor=actor, action="plan.plan.created", target=plan, organisation=organisation)
    return plan


@transaction.atomic
def plan_update(*, actor, plan: Plan, **fields) -> Plan:
    fields = {k: v for k, v in fields.items() if k in PLAN_FIELDS}
    changed = _changed(plan, fields)
    _check_period(plan.starts_on, plan.ends_on, message=_("The period must end after it starts."))
    plan.save()
    audit_record(
        actor=actor,
        action="plan.plan.updated",
        target=plan,
        organisation=plan.organisation,
        data={"fields": changed},
    )
    return plan


@transaction.atomic
def line_create(
    *, actor, plan: Plan, title: str, description: str = "", pilot=None, order: int | None = None
) -> LineOfAction:
    _check_member(pilot, plan.organisation_id, "pilot")
    if order is None:
        order = LineOfAction.objects.filter(plan=plan).count() + 1
    line = LineOfAction.objects.create(
        plan=plan, title=title.strip(), description=description.strip(), pilot=pilot, order=order
    )
    audit_record(
        actor=actor, action="plan.line.created", target=line, organisation=plan.organisation
    )
    return line


@transaction.atomic
def line_update(*, actor, line: LineOfAction, **fields) -> LineOfAction:
    fields = {k: v for k, v in fields.items() if k in LINE_FIELDS}
    if "pilot" in fields:
        _check_member(fields["pilot"], line.plan.organisation_id, "pilot")
    changed = _changed(line, fields)
    line.save()
    audit_record(
        actor=actor,
        action="plan.line.updated",
        target=line,
        organisation=line.plan.organisation,
        data={"fields": changed},
    )
    return line


# ---------------------------------------------------------------- actions


@transaction.atomic
def action_create(
    *,
    actor,
    line: LineOfAction,
    title: str,
    description: str = "",
    owner=None,
    starts_on=None,
    due_on=None,
    status: str = ActionStatus.PLANNED,
    origin: str = ActionOrigin.PLAN,
    origin_note: str = "",
    origin_url: str = "",
    milestones: list[str] | tuple = (),
) -> PlanAction:
    """A new action under the line, with its milestones (titles, in order)."""
    zone = line.plan.organisation
    _check_member(owner, zone.pk, "owner")
    _check_period(starts_on, due_on, message=_("The due date must come after the start."))
    action = PlanAction.objects.create(
        line=line,
        title=title.strip(),
        description=description.strip(),
        owner=owner,
        starts_on=starts_on,
        due_on=due_on,
        status=status,
        origin=origin,
        origin_note=origin_note.strip(),
        origin_url=origin_url.strip(),
    )
    titles = [t.strip()[:300] for t in milestones if t and t.strip()]
    Milestone.objects.bulk_create(
        Milestone(action=action, title=t, order=i) for i, t in enumerate(titles, 1)
    )
    audit_record(
        actor=actor,
        action="plan.action.created",
        target=action,
        organisation=zone,
        data={"origin": origin, "milestones": len(titles)},
    )
    return action


def _locked_action(action: PlanAction) -> PlanAction:
    locked = lock_rows(PlanAction.objects.filter(pk=action.pk))
    if not locked:
        raise PlanAction.DoesNotExist
    fresh = locked[0]
    fresh.line = action.line
    return fresh


@transaction.atomic
def action_update(*, actor, action: PlanAction, version: int, **fields) -> PlanAction:
    """Saves the form's fields if nobody saved the action since the form was opened
    (`version`); otherwise refuses, so that neither person's change is lost unseen."""
    current = _locked_action(action)
    if current.version != version:
        raise PlanError(
            _(
                "Someone else changed this action while you were editing it. Your changes "
                "are still in the form: compare them with the action and save again."
            ),
            code="stale",
        )
    fields = {k: v for k, v in fields.items() if k in ACTION_FIELDS}
    if "owner" in fields:
        _check_member(fields["owner"], _zone(current).pk, "owner")
    changed = _changed(current, fields)
    _check_period(
        current.starts_on, current.due_on, message=_("The due date must come after the start.")
    )
    current.version += 1
    current.save()
    audit_record(
        actor=actor,
        action="plan.action.updated",
        target=current,
        organisation=_zone(current),
        data={"fields": changed},
    )
    return current


@transaction.atomic
def action_status_set(*, actor, action: PlanAction, status: str) -> PlanAction:
    if status not in ActionStatus.values:
        raise PlanError(_("Choose one of the statuses."), code="status")
    current = _locked_action(action)
    old = current.status
    if old == status:
        return current
    current.status = status
    current.version += 1
    current.save(update_fields=["status", "version"])
    audit_record(
        actor=actor,
        action="plan.action.status_changed",
        target=current,
        organisation=_zone(current),
        data={"from": old, "to": status},
    )
    return current


# ---------------------------------------------------------------- milestones and evidence


@transaction.atomic
def milestone_create(*, actor, action: PlanAction, title: str, due_on=None) -> Milestone:
    order = Milestone.objects.filter(action=action).count() + 1
    milestone = Milestone.objects.create(
        action=action, title=title.strip(), due_on=due_on, order=order
    )
    audit_record(
        actor=actor,
        action="plan.milestone.created",
        target=milestone,
        organisation=_zone(action),
        data={"action": action.pk},
    )
    return milestone


@transaction.atomic
def milestone_update(*, actor, milestone: Milestone, title: str, due_on=None) -> Milestone:
    changed = _changed(milestone, {"title": title.strip(), "due_on": due_on})
    milestone.save(update_fields=["title", "due_on"])
    audit_record(
        actor=actor,
        action="plan.milestone.updated",
        target=milestone,
        organisation=_zone(milestone.action),
        data={"action": milestone.action_id, "fields": changed},
    )
    return milestone


@transaction.atomic
def milestone_done_set(*, actor, milestone: Milestone, done: bool, on=None) -> Milestone:
    """Marks the milestone done (today, or `on`) or open again."""
    done_on = (on or timezone.localdate()) if done else None
    if (milestone.done_on is not None) == done:
        return milestone
    milestone.done_on = done_on
    milestone.save(update_fields=["done_on"])
    audit_record(
        actor=actor,
        action="plan.milestone.done" if done else "plan.milestone.reopened",
        target=milestone,
        organisation=_zone(milestone.action),
        data={"action": milestone.action_id},
    )
    return milestone


@transaction.atomic
def evidence_add(*, actor, action: PlanAction, url: str = "", text: str = "") -> Evidence:
    url, text = url.strip(), text.strip()
    if not url and not text:
        raise PlanError(_("Give a link or a short text."), code="empty")
    evidence = Evidence.objects.create(
        action=action, url=url, text=text, added_by=actor if actor.is_authenticated else None
    )
    audit_record(
        actor=actor,
        action="plan.evidence.added",
        target=evidence,
        organisation=_zone(action),
        data={"action": action.pk},
    )
    return evidence


# ---------------------------------------------------------------- the practice library's bridge


def _adopted_practices_line(actor, plan: Plan) -> LineOfAction:
    """The plan's line for adopted practices, found by its title in the zone's language, or
    made at the end of the plan."""
    with translation.override(plan.organisation.default_language):
        title = gettext("Adopted practices")
    line = LineOfAction.objects.filter(plan=plan, title__iexact=title).first()
    if line is None:
        line = line_create(actor=actor, plan=plan, title=title)
    return line


@transaction.atomic
def action_from_practice(
    *,
    actor,
    organisation: Organisation,
    title: str,
    checklist: list[str],
    contacts: list[str],
    practice_url: str,
) -> PlanAction:
    """An action in the zone's current plan (the one whose period covers today, else the next
    one to start; without either, a new plan for the current calendar year), under its line
    "Adopted practices" (made when missing), owned by the actor when they work in the zone,
    with the checklist as milestones and the practice's contacts in the origin note. A
    practice already in the zone's plan (and not dropped) gives that action again."""
    # One adoption at a time per zone, so two at once do not make two plans for the year.
    lock_rows(Organisation.objects.filter(pk=organisation.pk))
    # A practice the zone already took up (and did not drop) is not taken up twice.
    earlier = (
        PlanAction.objects.filter(
            line__plan__organisation=organisation,
            origin=ActionOrigin.PRACTICE,
            origin_url=practice_url,
        )
        .exclude(status=ActionStatus.DROPPED)
        .first()
    )
    if earlier is not None:
        return earlier
    today = timezone.localdate()
    plan = plan_for_new_work(organisation=organisation, today=today)
    if plan is None:
        with translation.override(organisation.default_language):
            plan_title = gettext("Diversity plan %(year)s") % {"year": today.year}
        plan = Plan.objects.create(
            organisation=organisation,
            title=plan_title,
            starts_on=dt.date(today.year, 1, 1),
            ends_on=dt.date(today.year, 12, 31),
            level_name=LevelName.LINE_OF_ACTION,
        )
        audit_record(
            actor=actor,
            action="plan.plan.created",
            target=plan,
            organisation=organisation,
            data={"from_practice": True},
        )
    line = _adopted_practices_line(actor, plan)
    owner = actor if members_of(organisation).filter(pk=actor.pk).exists() else None
    contact_lines = [c.strip() for c in contacts if c and c.strip()]
    return action_create(
        actor=actor,
        line=line,
        title=title,
        owner=owner,
        origin=ActionOrigin.PRACTICE,
        origin_note="\n".join(contact_lines),
        origin_url=practice_url,
        milestones=checklist,
    )
