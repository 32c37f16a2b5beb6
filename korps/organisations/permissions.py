"""Who may do what, in one place: the table of roles to permissions (every app's, named by
string, so nothing is imported from the apps above), the named rules about one record
(`can_read_notes(user, candidate)`, ...) and the named lists of people holding a role in a zone
(`mentors_of(zone)`, ...). Views declare a permission from PERMISSIONS; views, selectors and
services ask these functions and never compare roles themselves (`tests/test_permissions.py`
fails on a `Role.` outside organisations)."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import QuerySet

from .models import Membership, Organisation, User
from .roles import ALL_ROLES, Role

PERMISSIONS: dict[str, frozenset[Role]] = {
    # Every member of a zone has a staff home page there.
    "organisations.view_staff_home": ALL_ROLES,
    "organisations.view_members": frozenset({Role.ZONE_ADMIN, Role.DIVERSITY_MANAGER}),
    "organisations.manage_zone": frozenset({Role.ZONE_ADMIN}),
    "audit.view_log": frozenset({Role.ZONE_ADMIN}),
    # Resetting a member's second factor (they set it up again at their next log-in).
    "organisations.reset_second_factor": frozenset({Role.ZONE_ADMIN}),
    # Career site.
    "careers.edit_site": frozenset({Role.ZONE_ADMIN, Role.DIVERSITY_MANAGER, Role.RECRUITER}),
    "careers.view_leads": frozenset({Role.ZONE_ADMIN, Role.DIVERSITY_MANAGER, Role.RECRUITER}),
    # Job days. Ambassadors staff the door: they may check people in.
    "events.manage_events": frozenset({Role.ZONE_ADMIN, Role.DIVERSITY_MANAGER, Role.RECRUITER}),
    "events.check_in": frozenset(
        {Role.ZONE_ADMIN, Role.DIVERSITY_MANAGER, Role.RECRUITER, Role.AMBASSADOR}
    ),
    # Outreach.
    "outreach.manage_campaigns": frozenset(
        {Role.ZONE_ADMIN, Role.DIVERSITY_MANAGER, Role.RECRUITER}
    ),
    "outreach.view_dashboard": frozenset(
        {Role.ZONE_ADMIN, Role.DIVERSITY_MANAGER, Role.RECRUITER, Role.ANALYST}
    ),
    "outreach.manage_partners": frozenset(
        {Role.ZONE_ADMIN, Role.DIVERSITY_MANAGER, Role.RECRUITER}
    ),
    # The diversity manager oversees every question of the zone and can reassign it.
    "outreach.manage_questions": frozenset({Role.ZONE_ADMIN, Role.DIVERSITY_MANAGER}),
    # Ambassadors answer the questions routed to them.
    "outreach.answer_questions": frozenset({Role.AMBASSADOR}),
    # Guidance. Mentors see their own mentees only (can_view_candidate).
    "guidance.view_candidates": frozenset({Role.DIVERSITY_MANAGER, Role.RECRUITER, Role.MENTOR}),
    # Notes: the candidate's mentor and the diversity manager, nobody else (can_read_notes).
    "guidance.view_notes": frozenset({Role.DIVERSITY_MANAGER, Role.MENTOR}),
    "guidance.manage_candidates": frozenset({Role.DIVERSITY_MANAGER}),
    # Adding a candidate, by hand or from an interested person or a job-day sign-up: the
    # recruiter does the intake, the diversity manager assigns the mentor afterwards.
    "guidance.create_candidates": frozenset({Role.DIVERSITY_MANAGER, Role.RECRUITER}),
    "guidance.mentor": frozenset({Role.MENTOR}),
    "guidance.import_results": frozenset({Role.DIVERSITY_MANAGER, Role.RECRUITER}),
    # Monitoring; manage_data is the imports of the HR export and the population benchmark.
    "monitoring.view_reports": frozenset({Role.ANALYST, Role.DIVERSITY_MANAGER, Role.ZONE_ADMIN}),
    "monitoring.manage_data": frozenset({Role.DIVERSITY_MANAGER, Role.ZONE_ADMIN}),
    # Linking an account to its HR record decides whose declaration it makes.
    "monitoring.link_staff": frozenset({Role.ZONE_ADMIN}),
    # Complaints. Officers handle the zone's cases; the independent reviewer reads every case
    # and decision, reopens one, and alone may let a handler take a case that concerns them.
    "complaints.view_cases": frozenset({Role.COMPLAINTS_OFFICER, Role.INDEPENDENT_REVIEWER}),
    "complaints.handle_cases": frozenset({Role.COMPLAINTS_OFFICER}),
    "complaints.review_cases": frozenset({Role.INDEPENDENT_REVIEWER}),
    # Diversity plan: every member of the zone reads it; the diversity manager and the zone
    # administrator shape it. Pilots and owners follow up their own actions
    # (can_follow_up_action).
    "plan.view_plan": ALL_ROLES,
    "plan.edit_plan": frozenset({Role.ZONE_ADMIN, Role.DIVERSITY_MANAGER}),
    # The practice library is shared by every zone: every staff member reads it and may
    # submit a practice. Moderation is not a zone role (can_moderate_practices).
    "practices.view_library": ALL_ROLES,
    "practices.submit": ALL_ROLES,
    # Adopting a practice makes a to-do list (later a plan action) for the zone.
    "practices.adopt": frozenset({Role.ZONE_ADMIN, Role.DIVERSITY_MANAGER, Role.RECRUITER}),
    # Describing how the zone runs a practice, with its contact person.
    "practices.implement": frozenset({Role.ZONE_ADMIN, Role.DIVERSITY_MANAGER}),
    # Staff reports (discrimination, harassment or bullying inside the corps): every member
    # reports and reads their own; the confidential counsellor alone handles them. Complaints
    # officers and the independent reviewer never see them.
    "complaints.report_as_staff": ALL_ROLES,
    "complaints.handle_staff_reports": frozenset({Role.CONFIDENTIAL_COUNSELLOR}),
}


def register(permission: str, roles: Iterable[Role]) -> None:
    """For an app that cannot yet name its permission in the table above; prefer the table."""
    if permission in PERMISSIONS:
        raise ValueError(f"Permission {permission!r} is registered twice.")
    PERMISSIONS[permission] = frozenset(roles)


def roles_for(permission: str) -> frozenset[Role]:
    try:
        return PERMISSIONS[permission]
    except KeyError:
        raise LookupError(f"Unknown permission {permission!r}: add it to PERMISSIONS.") from None


def _active_memberships(user) -> QuerySet[Membership]:
    """Across zones by nature: a user's own memberships say which zones they may enter."""
    return Membership.objects.with_scopes_disabled().filter(
        user=user, is_active=True, user__is_active=True, organisation__isnull=False
    )


def user_roles(user, organisation: Organisation | int) -> frozenset[Role]:
    """The user's roles in the zone (or the zone's pk), read once per request and kept on the
    user object."""
    if not user.is_authenticated:
        return frozenset()
    zone_pk = getattr(organisation, "pk", organisation)
    cache = user.__dict__.setdefault("_korps_roles", {})
    if zone_pk not in cache:
        cache[zone_pk] = frozenset(
            Role(r)
            for r in _active_memberships(user)
            .filter(organisation_id=zone_pk)
            .values_list("role", flat=True)
        )
    return cache[zone_pk]


def roles_in_order(user, organisation: Organisation) -> list[Role]:
    """The user's roles in the zone, in the order of the Role list (for display)."""
    roles = user_roles(user, organisation)
    return [role for role in Role if role in roles]


def has_permission(user, permission: str, organisation: Organisation | int) -> bool:
    return bool(user_roles(user, organisation) & roles_for(permission))


def is_member(user, organisation: Organisation) -> bool:
    return bool(user_roles(user, organisation))


def organisations_for(user, permission: str | None = None) -> QuerySet[Organisation]:
    """The zones whose data the user may see (with the permission, when one is named)."""
    if not user.is_authenticated:
        return Organisation.objects.none()
    memberships = _active_memberships(user)
    if permission is not None:
        memberships = memberships.filter(role__in=roles_for(permission))
    return Organisation.objects.filter(pk__in=memberships.values("organisation_id")).order_by(
        "name"
    )


def permissions_of(user, organisation: Organisation) -> frozenset[str]:
    roles = user_roles(user, organisation)
    return frozenset(name for name, allowed in PERMISSIONS.items() if roles & allowed)


def requires_second_factor(user) -> bool:
    """Whether the account must pass a second factor before any staff page.

    Every role reads personal data (even ambassadors read the names and e-mail addresses of
    the people who ask them questions), so the rule is: every active user with an active
    role in a zone, every back-office user and every superuser. Read once per request."""
    if not user.is_authenticated:
        return False
    if "_korps_requires_second_factor" not in user.__dict__:
        user.__dict__["_korps_requires_second_factor"] = bool(
            user.is_superuser or user.is_staff or _active_memberships(user).exists()
        )
    return user.__dict__["_korps_requires_second_factor"]


def may_reset_second_factor(actor, user, organisation: Organisation | None) -> bool:
    """Superusers may reset anyone's second factor. A zone administrator may reset it for a
    member of that zone only, and never for someone who also has a role in another zone (the
    reset would open that zone's data too), nor for a superuser or back-office user."""
    if not actor.is_authenticated or not actor.is_active:
        return False
    if actor.is_superuser:
        return True
    if organisation is None or user.is_superuser or user.is_staff:
        return False
    if not has_permission(actor, "organisations.reset_second_factor", organisation):
        return False
    zones = set(_active_memberships(user).values_list("organisation_id", flat=True))
    return zones == {organisation.pk}


# ---------------------------------------------------------------- rules about one record


def can_moderate_practices(user) -> bool:
    """Moderators of the practice library act for the whole instance, like site operators:
    a superuser, or an active user given the `practices.moderate_practices` permission (in
    the back office, directly or through a group). No zone role makes a moderator."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or user.has_perm("practices.moderate_practices")


def still_members(pairs: Iterable[tuple[int, int]]) -> set[tuple[int, int]]:
    """Of (user pk, zone pk) pairs, those whose user is active and holds an active role in
    that zone; one query for any number of pairs."""
    pairs = set(pairs)
    if not pairs:
        return set()
    # Across zones by nature: the library lists every zone's implementation and its contact.
    rows = Membership.objects.with_scopes_disabled().filter(
        is_active=True,
        user__is_active=True,
        user_id__in={user for user, _zone in pairs},
        organisation_id__in={zone for _user, zone in pairs},
    )
    return pairs & set(rows.values_list("user_id", "organisation_id"))


def has_left_zone(user, organisation: Organisation | int) -> bool:
    """Whether the person no longer works for the zone: no account, a closed account, or no
    active role there (an implementation's contact who left is marked)."""
    if user is None or not user.is_active:
        return True
    return not user_roles(user, organisation)


def can_view_all_candidates(user, organisation: Organisation | int) -> bool:
    """The diversity manager and whoever imports results see every candidate of the zone."""
    return has_permission(user, "guidance.manage_candidates", organisation) or has_permission(
        user, "guidance.import_results", organisation
    )


def can_view_candidate(user, candidate) -> bool:
    """Every candidate for those who see all; a mentor sees their own mentees."""
    zone = candidate.organisation_id
    if not has_permission(user, "guidance.view_candidates", zone):
        return False
    return can_view_all_candidates(user, zone) or candidate.mentor_id == user.pk


def can_guide(user, candidate) -> bool:
    """Planning steps, recording results and logging sessions: the candidate's mentor or the
    diversity manager."""
    return (
        has_permission(user, "guidance.manage_candidates", candidate.organisation_id)
        or candidate.mentor_id == user.pk
    )


def can_read_notes(user, candidate) -> bool:
    """Notes are for the candidate's mentor and the diversity manager, nobody else."""
    return has_permission(user, "guidance.view_notes", candidate.organisation_id) and can_guide(
        user, candidate
    )


def can_record_results(user, candidate) -> bool:
    return can_guide(user, candidate) or has_permission(
        user, "guidance.import_results", candidate.organisation_id
    )


def can_handle_case(user, case) -> bool:
    """Acknowledging, recording contact, allegations, deciding and closing: the zone's
    complaints officers. (Whether the case concerns the handler is the complaints app's
    check, on assignment.)"""
    return has_permission(user, "complaints.handle_cases", case.organisation_id)


def can_review_case(user, case) -> bool:
    """Reopening a case and overriding the independence check: the independent reviewer."""
    return has_permission(user, "complaints.review_cases", case.organisation_id)


def can_follow_up_action(user, action, organisation: Organisation | int) -> bool:
    """Changing a plan action's status, its milestones and its evidence: whoever edits the
    plan, the action's owner and the pilot of its line of action, while they are members of
    the zone."""
    if has_permission(user, "plan.edit_plan", organisation):
        return True
    if not is_member(user, organisation):
        return False
    return user.pk in (action.owner_id, action.line.pilot_id)


# ---------------------------------------------------------------- who holds a role in a zone


def _holders(organisation, role: Role) -> QuerySet[User]:
    return User.objects.filter(
        memberships__organisation=organisation,
        memberships__role=role,
        memberships__is_active=True,
        is_active=True,
    )


def members_of(organisation) -> QuerySet[User]:
    """Active users with an active role in the zone (who may pilot or own a plan action)."""
    return User.objects.filter(
        memberships__organisation=organisation,
        memberships__is_active=True,
        is_active=True,
    ).distinct()


def ambassadors_of(organisation) -> QuerySet[User]:
    """Active users who are an ambassador in the zone (questions are routed to them)."""
    return _holders(organisation, Role.AMBASSADOR)


def mentors_of(organisation) -> QuerySet[User]:
    """Active users who are a mentor in the zone (candidates are assigned to them)."""
    return _holders(organisation, Role.MENTOR)


def diversity_managers_of(organisation) -> QuerySet[User]:
    """Active users who are the zone's diversity manager (escalations go to them)."""
    return _holders(organisation, Role.DIVERSITY_MANAGER)


def complaints_officers_of(organisation) -> QuerySet[User]:
    """Active users who are a complaints officer in the zone (cases are assigned to them)."""
    return _holders(organisation, Role.COMPLAINTS_OFFICER)


def independent_reviewers_of(organisation) -> QuerySet[User]:
    """Active users who are the zone's independent reviewer (late cases are escalated to
    them)."""
    return _holders(organisation, Role.INDEPENDENT_REVIEWER)


def is_ambassador(user, organisation) -> bool:
    return ambassadors_of(organisation).filter(pk=user.pk).exists()


def is_mentor(user, organisation) -> bool:
    return mentors_of(organisation).filter(pk=user.pk).exists()


def lead_owners_of(organisation) -> QuerySet[User]:
    """Active members of the zone who see its interested people: who may own a lead."""
    return User.objects.filter(
        memberships__organisation=organisation,
        memberships__role__in=roles_for("careers.view_leads"),
        memberships__is_active=True,
        is_active=True,
    ).distinct()
