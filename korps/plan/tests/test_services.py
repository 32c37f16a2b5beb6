import datetime as dt

import pytest
from django.utils import timezone, translation
from django.utils.translation import gettext

from korps.audit.models import AuditEntry
from korps.organisations.roles import Role
from korps.plan import services
from korps.plan.models import ActionOrigin, ActionStatus, LineOfAction, Plan, PlanAction
from korps.plan.tests.factories import ActionFactory, LineFactory, PlanFactory

pytestmark = pytest.mark.django_db

CHECKLIST = ["Ambassadeurs kiezen", "Affiche laten ontwerpen", "Evaluatie met focusgroep"]


def adopt(actor, zone, title="Lokale wervingscampagne"):
    return services.action_from_practice(
        actor=actor,
        organisation=zone,
        title=title,
        checklist=CHECKLIST,
        contacts=["Dienst diversiteit, diversiteit@zone.test"],
        practice_url="https://korps.test/z/testrode/practices/3/",
    )


def test_adopting_a_practice_without_a_plan_starts_this_years_plan(zone, diversity_manager):
    action = adopt(diversity_manager, zone)

    plan = Plan.objects.get(organisation=zone)
    year = timezone.localdate().year
    assert (plan.starts_on, plan.ends_on) == (dt.date(year, 1, 1), dt.date(year, 12, 31))
    with translation.override(zone.default_language):
        assert action.line.title == gettext("Adopted practices")
    assert action.line.plan == plan
    assert action.origin == ActionOrigin.PRACTICE
    assert action.origin_url == "https://korps.test/z/testrode/practices/3/"
    assert "diversiteit@zone.test" in action.origin_note
    assert action.owner == diversity_manager
    assert [m.title for m in action.milestones.all()] == CHECKLIST
    codes = set(AuditEntry.objects.filter(organisation=zone).values_list("action", flat=True))
    assert {"plan.plan.created", "plan.line.created", "plan.action.created"} <= codes


def test_adopting_goes_into_the_current_plan_and_reuses_its_line(zone, diversity_manager):
    today = timezone.localdate()
    PlanFactory(
        organisation=zone,
        starts_on=today - dt.timedelta(days=800),
        ends_on=today - dt.timedelta(days=400),
    )
    current = PlanFactory(
        organisation=zone,
        starts_on=today - dt.timedelta(days=10),
        ends_on=today + dt.timedelta(days=300),
    )
    LineFactory(plan=current, title="Werving")

    first, second = adopt(diversity_manager, zone), adopt(diversity_manager, zone, "Mentoring")

    assert first.line.plan == current and second.line == first.line
    assert Plan.objects.filter(organisation=zone).count() == 2
    assert LineOfAction.objects.filter(plan=current).count() == 2


def test_adopting_by_someone_outside_the_zone_leaves_the_action_without_owner(
    zone, other_zone, member
):
    outsider = member(Role.DIVERSITY_MANAGER, organisation=other_zone)

    action = adopt(outsider, zone)

    assert action.owner is None


def test_an_owner_must_work_in_the_zone(zone, other_zone, member):
    line = LineFactory(plan__organisation=zone)
    outsider = member(Role.MENTOR, organisation=other_zone)

    with pytest.raises(services.PlanError):
        services.action_create(actor=outsider, line=line, title="Iets", owner=outsider)

    assert not PlanAction.objects.exists()


def test_an_edit_on_an_older_copy_is_refused_and_the_other_change_kept(zone, diversity_manager):
    action = ActionFactory(line__plan__organisation=zone, title="Oud")
    opened_by_both = action.version
    services.action_update(
        actor=diversity_manager, action=action, version=opened_by_both, title="Eerste"
    )

    with pytest.raises(services.PlanError) as refused:
        services.action_update(
            actor=diversity_manager, action=action, version=opened_by_both, title="Tweede"
        )

    assert refused.value.code == "stale"
    action.refresh_from_db()
    assert action.title == "Eerste" and action.version == opened_by_both + 1


def test_a_due_date_before_the_start_is_refused(zone, diversity_manager):
    line = LineFactory(plan__organisation=zone)
    today = timezone.localdate()

    with pytest.raises(services.PlanError):
        services.action_create(
            actor=diversity_manager,
            line=line,
            title="Achterstevoren",
            starts_on=today,
            due_on=today - dt.timedelta(days=1),
        )


def test_late_means_due_before_today_and_not_done_or_dropped(zone):
    yesterday = timezone.localdate() - dt.timedelta(days=1)
    line = LineFactory(plan__organisation=zone)

    def late(status, due_on=yesterday):
        return ActionFactory(line=line, status=status, due_on=due_on).is_late

    assert late(ActionStatus.PLANNED) and late(ActionStatus.IN_PROGRESS)
    assert not late(ActionStatus.DONE) and not late(ActionStatus.DROPPED)
    assert not late(ActionStatus.PLANNED, due_on=timezone.localdate())
    assert not late(ActionStatus.PLANNED, due_on=None)


def test_a_status_change_is_audited_with_before_and_after(zone, mentor):
    action = ActionFactory(line__plan__organisation=zone, owner=mentor)

    services.action_status_set(actor=mentor, action=action, status=ActionStatus.DONE)

    entry = AuditEntry.objects.get(action="plan.action.status_changed")
    assert entry.actor == mentor and entry.organisation == zone
    assert entry.data == {"from": "planned", "to": "done"}
    action.refresh_from_db()
    assert action.status == ActionStatus.DONE


def test_evidence_needs_a_link_or_a_text(zone, diversity_manager):
    action = ActionFactory(line__plan__organisation=zone)

    with pytest.raises(services.PlanError):
        services.evidence_add(actor=diversity_manager, action=action, url=" ", text="  ")

    assert not action.evidence.exists()
