import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from korps.organisations.roles import Role
from korps.plan.models import ActionStatus, PlanAction
from korps.plan.tests.factories import ActionFactory, LineFactory, MilestoneFactory, PlanFactory

pytestmark = pytest.mark.django_db


def url(name, zone, **kwargs):
    return reverse(f"plan:{name}", kwargs={"zone": zone.code, **kwargs})


def test_an_empty_zone_shows_the_first_step(client, zone, diversity_manager, mentor):
    client.force_login(diversity_manager)
    page = client.get(url("home", zone)).content.decode()
    assert url("plan_create", zone) in page

    client.force_login(mentor)
    page = client.get(url("home", zone)).content.decode()
    assert url("plan_create", zone) not in page


def test_the_plan_page_runs_a_bounded_number_of_queries(
    client, zone, analyst, member, django_assert_max_num_queries
):
    plan = PlanFactory(organisation=zone)
    owners = [member(Role.MENTOR, email=f"owner{i}@testrode.test") for i in range(3)]
    for n in range(4):
        line = LineFactory(plan=plan, pilot=owners[n % 3])
        for i in range(5):
            action = ActionFactory(line=line, owner=owners[i % 3])
            MilestoneFactory(action=action)
    client.force_login(analyst)

    with django_assert_max_num_queries(14):
        response = client.get(url("home", zone))

    assert response.status_code == 200
    assert response.content.decode().count('href="/z/testrode/plan/actions/') == 20


def test_filters_show_the_late_actions_of_one_owner(client, zone, diversity_manager, mentor):
    yesterday = timezone.localdate() - dt.timedelta(days=1)
    line = LineFactory(plan__organisation=zone)
    late = ActionFactory(line=line, owner=mentor, due_on=yesterday, title="Te laat")
    ActionFactory(line=line, owner=mentor, due_on=yesterday, status=ActionStatus.DONE)
    ActionFactory(line=line, owner=diversity_manager, due_on=yesterday, title="Van een ander")
    ActionFactory(line=line, owner=mentor, title="Op tijd")
    client.force_login(diversity_manager)

    response = client.get(url("home", zone), {"status": "late", "owner": mentor.pk})

    shown = [a.title for line in response.context["board"].lines for a in line.shown_actions]
    assert shown == [late.title]


def test_unknown_filter_values_show_everything(client, zone, analyst):
    ActionFactory(line__plan__organisation=zone)
    client.force_login(analyst)

    response = client.get(url("home", zone), {"status": "<x>", "owner": "abc", "line": "-"})

    assert response.status_code == 200 and response.context["board"].shown == 1


def test_the_owner_follows_up_their_action_and_another_mentor_cannot(client, zone, mentor, member):
    action = ActionFactory(line__plan__organisation=zone, owner=mentor)
    milestone = MilestoneFactory(action=action)
    client.force_login(mentor)

    client.post(url("action_do", zone, pk=action.pk, action="status"), {"status": "in_progress"})
    client.post(
        url("action_do", zone, pk=action.pk, action="milestone_done"),
        {"milestone": milestone.pk},
    )
    page = client.get(url("action", zone, pk=action.pk)).content.decode()

    action.refresh_from_db()
    milestone.refresh_from_db()
    assert action.status == ActionStatus.IN_PROGRESS and milestone.done_on is not None
    assert "plan.action.status_changed" not in page  # the history speaks words, not codes

    client.force_login(member(Role.MENTOR, email="other@testrode.test"))
    response = client.post(
        url("action_do", zone, pk=action.pk, action="status"), {"status": "dropped"}
    )
    assert response.status_code == 403


def test_the_pilot_follows_up_the_actions_of_their_line(client, zone, ambassador):
    action = ActionFactory(line__plan__organisation=zone, line__pilot=ambassador)
    client.force_login(ambassador)

    client.post(url("action_do", zone, pk=action.pk, action="evidence_add"), {"text": "Verslag"})

    assert action.evidence.get().text == "Verslag"


def test_editing_an_action_someone_else_saved_keeps_what_was_typed(client, zone, diversity_manager):
    action = ActionFactory(line__plan__organisation=zone, title="Oud")
    client.force_login(diversity_manager)
    form = client.get(url("action_edit", zone, pk=action.pk)).context["form"]
    data = {k: v for k, v in form.initial.items() if v is not None}
    data.update(title="Mijn versie", owner="", starts_on="", due_on="", status="planned")
    PlanAction.objects.filter(pk=action.pk).update(title="Hun versie", version=action.version + 1)

    response = client.post(url("action_edit", zone, pk=action.pk), data)

    assert response.status_code == 400
    assert 'value="Mijn versie"' in response.content.decode()
    action.refresh_from_db()
    assert action.title == "Hun versie"


def test_a_plan_period_that_ends_before_it_starts_is_a_message(client, zone, zone_admin):
    client.force_login(zone_admin)

    response = client.post(
        url("plan_create", zone),
        {
            "title": "Plan",
            "starts_on": "2026-12-31",
            "ends_on": "2026-01-01",
            "level_name": "spearhead",
        },
    )

    assert response.status_code == 400
    assert response.context["form"].errors["ends_on"]


def test_a_line_and_an_action_made_through_the_pages(client, zone, diversity_manager, mentor):
    plan = PlanFactory(organisation=zone, level_name="spearhead")
    client.force_login(diversity_manager)

    client.post(url("line_create", zone, pk=plan.pk), {"title": "Instroom", "pilot": mentor.pk})
    line = plan.lines.get()
    response = client.post(
        url("action_create", zone, pk=line.pk),
        {
            "title": "Begeleiding bij de selectie",
            "owner": mentor.pk,
            "due_on": "2026-06-30",
            "status": "planned",
            "origin": "network",
            "origin_note": "Advies van het netwerk diversiteit",
        },
    )

    action = line.actions.get()
    assert response.status_code == 302 and action.owner == mentor
    assert line.pilot == mentor and action.origin == "network"


def test_an_owner_who_left_the_zone_is_flagged_for_reassignment(client, zone, analyst, mentor):
    line = LineFactory(plan__organisation=zone, pilot=mentor)
    gone = ActionFactory(line=line, owner=mentor)
    finished = ActionFactory(line=line, owner=mentor, status=ActionStatus.DONE)
    mentor.memberships.update(is_active=False)
    client.force_login(analyst)

    board = client.get(url("home", zone)).context["board"]

    shown = {action.pk: action for action in board.lines[0].shown_actions}
    assert shown[gone.pk].owner_gone and not shown[finished.pk].owner_gone
    assert board.lines[0].pilot_gone


def test_the_action_page_flags_an_owner_who_left(client, zone, analyst, mentor):
    action = ActionFactory(line__plan__organisation=zone, owner=mentor)
    client.force_login(analyst)
    assert not client.get(url("action", zone, pk=action.pk)).context["owner_gone"]

    mentor.memberships.update(is_active=False)

    assert client.get(url("action", zone, pk=action.pk)).context["owner_gone"]


def test_the_action_page_runs_a_bounded_number_of_queries(
    client, zone, mentor, django_assert_max_num_queries
):
    from korps.plan import services

    action = ActionFactory(line__plan__organisation=zone, owner=mentor)
    for n in range(6):
        milestone = services.milestone_create(actor=mentor, action=action, title=f"Stap {n}")
        services.milestone_done_set(actor=mentor, milestone=milestone, done=True)
        services.evidence_add(actor=mentor, action=action, text=f"Verslag {n}")
    client.force_login(mentor)

    with django_assert_max_num_queries(16):
        response = client.get(url("action", zone, pk=action.pk))

    assert response.status_code == 200 and len(response.context["history"]) == 18
