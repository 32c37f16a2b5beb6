"""Issue 12, item 12: the HR file names units by code or path; a name two units share is
refused with its line instead of being resolved to one of them."""

from korps.monitoring.imports import staff_apply, staff_plan
from korps.monitoring.models import StaffMember
from korps.organisations.models import Unit

HEADER = "staff_number,unit,grade,start_date,end_date\n"


def two_teams_a(zone, *, codes=True):
    north = Unit.objects.create(organisation=zone, name="District North", kind="district")
    south = Unit.objects.create(organisation=zone, name="District South", kind="district")
    team_north = Unit.objects.create(
        organisation=zone,
        name="Team A",
        kind="team",
        parent=north,
        **({"code": "N-A"} if codes else {}),
    )
    team_south = Unit.objects.create(
        organisation=zone,
        name="Team A",
        kind="team",
        parent=south,
        **({"code": "S-A"} if codes else {}),
    )
    return team_north, team_south


def test_a_name_two_units_share_is_refused_with_its_line(zone):
    two_teams_a(zone, codes=False)
    raw = (HEADER + "P001,District North,INP,2020-01-06,\nP002,Team A,INP,2020-01-06,\n").encode()

    plan = staff_plan(organisation=zone, name="hr.csv", raw=raw)

    assert not plan.ok
    assert [p.line for p in plan.problems] == [3]
    message = plan.problems[0].message
    assert "Team A" in message
    assert "District North / Team A" in message and "District South / Team A" in message


def test_units_are_matched_by_path_or_code(zone, diversity_manager):
    team_north, team_south = two_teams_a(zone)
    raw = (
        HEADER
        + "P001,District South / Team A,INP,2020-01-06,\n"
        + "P002,n-a,INP,2020-01-06,\n"
        + "P003,district north/team a,INP,2020-01-06,\n"
        + "P004,District South,INP,2020-01-06,\n"
    ).encode()

    plan = staff_plan(organisation=zone, name="hr.csv", raw=raw)
    assert plan.ok, plan.problems
    staff_apply(organisation=zone, plan=plan, acting_user=diversity_manager)

    units = dict(StaffMember.objects.values_list("staff_number", "unit_id"))
    assert units["P001"] == team_south.pk
    assert units["P002"] == team_north.pk
    assert units["P003"] == team_north.pk
    assert units["P004"] == team_south.parent_id


def test_an_unknown_path_is_refused_with_its_line(zone):
    two_teams_a(zone, codes=False)
    raw = (HEADER + "P001,District East / Team A,INP,2020-01-06,\n").encode()

    plan = staff_plan(organisation=zone, name="hr.csv", raw=raw)

    assert [p.line for p in plan.problems] == [2]
    assert "District East / Team A" in plan.problems[0].message


def test_the_composition_shows_two_units_of_the_same_name_apart(zone, diversity_manager):
    from korps.monitoring.composition import composition_report

    two_teams_a(zone)
    raw = (
        HEADER
        + "P001,District South / Team A,INP,2020-01-06,\n"
        + "P002,District North / Team A,INP,2020-01-06,\n"
    ).encode()
    staff_apply(
        organisation=zone,
        plan=staff_plan(organisation=zone, name="hr.csv", raw=raw),
        acting_user=diversity_manager,
    )

    report = composition_report(organisation=zone)

    section = next(s for s in report.sections if s.key == "unit")
    labels = [str(row[0]) for row in section.rows]
    assert "District North / Team A" in labels and "District South / Team A" in labels
