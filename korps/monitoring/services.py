"""Writes of the monitoring app: each in one transaction, each with its audit row. Audit rows
never hold what a person declared, only that they declared or withdrew."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from korps.audit.services import audit_record
from korps.core.errors import DomainError
from korps.guidance.aggregates import candidates_changing
from korps.organisations.models import Membership

from .dimensions import answers_erase, answers_replace
from .models import Declaration, PopulationFigure, StaffMember, SubjectKind
from .summaries import staff_changing


def _declaration_for(*, organisation, candidate=None, staff_number: str = "") -> Declaration:
    if candidate is not None:
        found = Declaration.objects.select_for_update().filter(candidate=candidate).first()
        return found or Declaration(
            organisation=organisation, subject_kind=SubjectKind.CANDIDATE, candidate=candidate
        )
    found = (
        Declaration.objects.select_for_update()
        .filter(
            organisation=organisation, subject_kind=SubjectKind.STAFF, staff_number=staff_number
        )
        .first()
    )
    return found or Declaration(
        organisation=organisation, subject_kind=SubjectKind.STAFF, staff_number=staff_number
    )


def _summaries_kept(*, organisation, candidate_id=None, staff_number: str = ""):
    """The reports' counts follow the person's declared group. Entered before the
    declaration is read: it locks the person's candidate row (or the zone's row) first."""
    if candidate_id is not None:
        return candidates_changing([candidate_id])
    return staff_changing(organisation=organisation, staff_numbers=[staff_number])


@transaction.atomic
def declaration_save(
    *,
    organisation,
    gender: str,
    origin_group: str,
    consent_text: str,
    candidate=None,
    staff_number: str = "",
    acting_user=None,
    via_link: bool = False,
    answers: dict | None = None,
) -> Declaration:
    """Record (or replace) a person's own declaration, for a candidate or a staff number
    (`via_link`: through the staff member's personal invitation), with their answers to the
    zone's own questions ({question: option, or None for "prefer not to say"}): they
    replace the earlier answers; a question left out is not answered."""
    with _summaries_kept(
        organisation=organisation,
        candidate_id=candidate.pk if candidate is not None else None,
        staff_number=staff_number,
    ):
        declaration = _declaration_for(
            organisation=organisation, candidate=candidate, staff_number=staff_number
        )
        declaration.gender = gender
        declaration.origin_group = origin_group
        declaration.consent_text = consent_text
        declaration.consent_given_at = timezone.now()
        declaration.withdrawn_at = None
        if staff_number:
            declaration.declared_by = acting_user
            declaration.via_link = via_link
        declaration.full_clean()
        declaration.save()
        answers_replace(declaration=declaration, answers=answers or {})
    audit_record(
        actor=acting_user,
        action="monitoring.declaration.saved",
        target=declaration,
        organisation=organisation,
        data={"subject_kind": declaration.subject_kind},
    )
    return declaration


@transaction.atomic
def declaration_withdraw(*, declaration: Declaration, acting_user=None) -> Declaration:
    """Withdrawal erases what was declared at once, the answers to the zone's own questions
    included; only the dates remain."""
    declaration.gender = ""
    declaration.origin_group = ""
    declaration.withdrawn_at = timezone.now()
    with _summaries_kept(
        organisation=declaration.organisation,
        candidate_id=declaration.candidate_id,
        staff_number=declaration.staff_number,
    ):
        declaration.save(update_fields=["gender", "origin_group", "withdrawn_at"])
        answers_erase(declaration=declaration)
    audit_record(
        actor=acting_user,
        action="monitoring.declaration.withdrawn",
        target=declaration,
        organisation=declaration.organisation,
        data={"subject_kind": declaration.subject_kind},
    )
    return declaration


def candidate_declaration_erase(candidate) -> int:
    """The monitoring eraser of a candidate (see korps.core.erasure): their declaration is
    deleted, withdrawn or not, and the funnel counts follow in the same transaction."""
    with candidates_changing([candidate.pk]):
        deleted, _by_model = Declaration.objects.filter(candidate=candidate).delete()
    return deleted


class MonitoringError(DomainError):
    pass


def staff_account_link(*, staff_member: StaffMember, account) -> bool:
    """Link the account to the HR record (and away from any other record of the zone), inside
    the caller's transaction and its `staff_changing` block. A declaration for the number made
    from another account is erased: it was never verified as the person's own. Returns
    whether anything changed."""
    if staff_member.account_id == account.pk:
        return False
    organisation = staff_member.organisation
    StaffMember.objects.filter(organisation=organisation, account=account).exclude(
        pk=staff_member.pk
    ).update(account=None)
    staff_member.account = account
    staff_member.save(update_fields=["account"])
    unverified = Declaration.objects.filter(
        organisation=organisation,
        subject_kind=SubjectKind.STAFF,
        staff_number=staff_member.staff_number,
    ).exclude(declared_by=account)
    # One made through the person's own invitation (link or letter code) is theirs.
    unverified.exclude(via_link=True).delete()
    return True


@transaction.atomic
def staff_member_link_account(*, staff_member: StaffMember, account, acting_user) -> StaffMember:
    """A zone administrator links a member's account to their HR record. Never their own
    account (an administrator could otherwise take a colleague's HR record and declare in
    their name; their own link comes from the HR export's e-mail column or another
    administrator), and never a record already linked to someone else (unlink it first)."""
    organisation = staff_member.organisation
    if acting_user is not None and account.pk == acting_user.pk:
        raise MonitoringError(
            _(
                "You cannot link your own account. The HR export's e-mail column or another "
                "zone administrator links it."
            ),
            code="account",
        )
    if not Membership.objects.filter(
        user=account, organisation=organisation, is_active=True, user__is_active=True
    ).exists():
        raise MonitoringError(_("This account is not a member of the zone."), code="account")
    staff_member = StaffMember.objects.select_for_update().get(pk=staff_member.pk)
    if staff_member.account_id not in (None, account.pk):
        raise MonitoringError(
            _("This HR record is linked to another account. Remove that link first."),
            code="account",
        )
    with staff_changing(organisation=organisation, staff_numbers=[staff_member.staff_number]):
        staff_account_link(staff_member=staff_member, account=account)
    audit_record(
        actor=acting_user,
        action="monitoring.staff.account_linked",
        target=staff_member,
        organisation=organisation,
        data={"account": account.pk},
    )
    return staff_member


@transaction.atomic
def staff_member_unlink_account(*, staff_member: StaffMember, acting_user) -> StaffMember:
    staff_member = StaffMember.objects.select_for_update().get(pk=staff_member.pk)
    account_id = staff_member.account_id
    staff_member.account = None
    staff_member.save(update_fields=["account"])
    audit_record(
        actor=acting_user,
        action="monitoring.staff.account_unlinked",
        target=staff_member,
        organisation=staff_member.organisation,
        data={"account": account_id},
    )
    return staff_member


@transaction.atomic
def population_figure_save(
    *,
    organisation,
    municipality,
    origin_group: str,
    gender: str,
    count: int,
    source: str,
    year: int,
    acting_user,
) -> PopulationFigure:
    """Enter a benchmark figure; the same municipality, year, group and gender is replaced."""
    figure, created = PopulationFigure.objects.update_or_create(
        organisation=organisation,
        municipality=municipality,
        year=year,
        origin_group=origin_group,
        gender=gender,
        defaults={"count": count, "source": source},
    )
    audit_record(
        actor=acting_user,
        action="monitoring.population.saved",
        target=figure,
        organisation=organisation,
        data={"year": year, "origin_group": origin_group, "count": count, "created": created},
    )
    return figure


def report_exported(*, acting_user, organisation, report: str, export_format: str, params: dict):
    audit_record(
        actor=acting_user,
        action=f"monitoring.{report}.exported",
        organisation=organisation,
        data={"format": export_format, **params},
    )
