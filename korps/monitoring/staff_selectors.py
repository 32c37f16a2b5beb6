"""Reads about staff members' own HR records and declarations (the report selectors are in
selectors.py). A staff member reaches a record only through the account linked to it."""

from django.db.models import QuerySet

from korps.organisations.models import User

from .models import Declaration, StaffMember, SubjectKind


def staff_record_of(*, user, organisation) -> StaffMember | None:
    """The HR record linked to the user's account in the zone, if any."""
    return StaffMember.objects.filter(organisation=organisation, account=user).first()


def staff_declaration_of(*, record: StaffMember) -> Declaration | None:
    """The standing (not withdrawn) declaration for the record's staff number."""
    return Declaration.objects.filter(
        organisation=record.organisation,
        subject_kind=SubjectKind.STAFF,
        staff_number=record.staff_number,
        withdrawn_at__isnull=True,
    ).first()


def staff_linked(*, organisation) -> QuerySet[StaffMember]:
    return (
        StaffMember.objects.filter(organisation=organisation, account__isnull=False)
        .select_related("account")
        .order_by("staff_number")
    )


def zone_accounts(*, organisation) -> QuerySet[User]:
    """The accounts of the zone's active members."""
    return (
        User.objects.filter(
            is_active=True, memberships__organisation=organisation, memberships__is_active=True
        )
        .distinct()
        .order_by("full_name", "email")
    )
