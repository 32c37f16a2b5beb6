"""The named rules about one record and the named lists of role holders, in
organisations/permissions.py; and the check that nobody compares roles elsewhere."""

import ast
from pathlib import Path

import pytest

from korps.guidance.tests.factories import CandidateFactory
from korps.organisations import permissions
from korps.organisations.roles import Role

KORPS = Path(permissions.__file__).resolve().parent.parent


def test_notes_are_for_the_candidates_mentor_and_the_diversity_manager(
    zone, member, diversity_manager, recruiter
):
    mentor = member(Role.MENTOR, email="mentor@testrode.test")
    other_mentor = member(Role.MENTOR, email="other-mentor@testrode.test")
    candidate = CandidateFactory(organisation=zone, mentor=mentor)

    assert permissions.can_read_notes(mentor, candidate)
    assert permissions.can_read_notes(diversity_manager, candidate)
    assert not permissions.can_read_notes(other_mentor, candidate)
    assert not permissions.can_read_notes(recruiter, candidate)


def test_a_mentor_sees_their_own_mentees_only(zone, member, recruiter):
    mentor = member(Role.MENTOR, email="mentor@testrode.test")
    mine = CandidateFactory(organisation=zone, mentor=mentor)
    someone_elses = CandidateFactory(organisation=zone)

    assert permissions.can_view_candidate(mentor, mine)
    assert not permissions.can_view_candidate(mentor, someone_elses)
    assert permissions.can_view_candidate(recruiter, someone_elses)


def test_a_role_in_another_zone_gives_no_rule(zone, other_zone, member):
    manager_elsewhere = member(Role.DIVERSITY_MANAGER, organisation=other_zone)
    candidate = CandidateFactory(organisation=zone)

    assert not permissions.can_view_candidate(manager_elsewhere, candidate)
    assert not permissions.can_read_notes(manager_elsewhere, candidate)


def test_role_holders_are_the_active_members_of_the_zone_with_that_role(zone, other_zone, member):
    mentor = member(Role.MENTOR, email="mentor@testrode.test")
    member(Role.MENTOR, organisation=other_zone, email="mentor@elders.test")
    gone = member(Role.MENTOR, email="gone@testrode.test")
    gone.memberships.update(is_active=False)

    assert list(permissions.mentors_of(zone)) == [mentor]
    assert permissions.is_mentor(mentor, zone)
    assert not permissions.is_mentor(gone, zone)


def role_uses(text: str, where: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(text)):
        module = getattr(node, "module", None) or ""
        if isinstance(node, ast.Name) and node.id == "Role":
            found.append(f"{where}:{node.lineno} uses Role")
        elif isinstance(node, ast.ImportFrom) and module.endswith("organisations.roles"):
            found.append(f"{where}:{node.lineno} imports the roles")
        elif (
            isinstance(node, ast.ImportFrom)
            and module.endswith("organisations.permissions")
            and any(alias.name == "register" for alias in node.names)
        ):
            found.append(f"{where}:{node.lineno} registers a permission")
    return found


def outside_organisations() -> list[Path]:
    """Code outside organisations, except tests, migrations, demo data and test helpers."""
    paths = []
    for path in sorted(KORPS.rglob("*.py")):
        parts = path.relative_to(KORPS).parts
        if parts[0] == "organisations" or {"tests", "migrations", "testing"} & set(parts):
            continue
        if path.name.startswith("demo"):
            continue  # demo data grants roles to its people
        paths.append(path)
    return paths


def test_no_role_is_compared_outside_organisations():
    """Views, selectors, services, models, e-mails and app configs ask the rules in
    organisations/permissions.py; the table of roles to permissions is there too."""
    uses = [
        use
        for path in outside_organisations()
        for use in role_uses(path.read_text(encoding="utf-8"), str(path.relative_to(KORPS)))
    ]
    assert not uses, "Move these into organisations/permissions.py:\n" + "\n".join(uses)


def test_the_role_check_sees_a_role_comparison_and_a_registration():
    source = (
        "from korps.organisations.roles import Role\n"
        "from korps.organisations.permissions import register\n"
        "def f(roles):\n"
        "    return Role.MENTOR in roles\n"
    )

    assert len(role_uses(source, "views.py")) == 3


pytestmark = pytest.mark.django_db
