"""Reads of guidance, scoped: a mentor only ever reaches their own mentees."""

import datetime as dt
from dataclasses import dataclass

from django.db.models import Exists, Max, OuterRef, Q, QuerySet
from django.db.models.functions import TruncDate
from django.http import Http404
from django.utils import timezone

from korps.organisations.permissions import can_view_all_candidates

from .models import (
    CLOSED_STATUSES,
    Candidate,
    CandidateStatus,
    MentorSession,
    ProcedureStep,
    SessionKind,
    StepAttempt,
    StepKind,
    StepResult,
)

TEST_SOON_DAYS = 14
NO_CONTACT_DAYS = 21


def candidates_for(*, user, organisation) -> QuerySet[Candidate]:
    candidates = Candidate.objects.filter(organisation=organisation)
    if can_view_all_candidates(user, organisation):
        return candidates
    return candidates.filter(mentor=user)


def candidate_list(*, user, organisation, search: str = "", status: str = ""):
    candidates = candidates_for(user=user, organisation=organisation).select_related("mentor")
    if search:
        candidates = candidates.filter(
            Q(name__icontains=search) | Q(reference__icontains=search) | Q(email__icontains=search)
        )
    if status:
        candidates = candidates.filter(status=status)
    return candidates.order_by("name", "pk")


def access_candidate(*, user, organisation, pk: int) -> Candidate:
    """404 alike for a candidate that does not exist and one the user may not see."""
    candidate = (
        candidates_for(user=user, organisation=organisation)
        .select_related("mentor")
        .filter(pk=pk)
        .first()
    )
    if candidate is None:
        raise Http404
    return candidate


def procedure(*, organisation) -> list[ProcedureStep]:
    return list(
        ProcedureStep.objects.filter(organisation=organisation).select_related("career_step")
    )


def track(*, candidate: Candidate, steps: list[ProcedureStep]) -> list[dict]:
    attempts = {}
    for attempt in candidate.attempts.all():
        attempts.setdefault(attempt.step_id, []).append(attempt)
    return [{"step": step, "attempts": attempts.get(step.pk, [])} for step in steps]


PAST_SELECTION = (
    CandidateStatus.IN_RESERVE,
    CandidateStatus.IN_ACADEMY,
    CandidateStatus.IN_SERVICE,
)


def _moot() -> Q:
    """Attempts whose follow-up (a talk, a retry) a later result or status has overtaken: the
    step, or a later step of the procedure, was passed since; or the attempt was a selection
    step and the candidate is past the selection (reserve, academy, service)."""
    passed_since = StepAttempt.objects.filter(
        candidate=OuterRef("candidate"), result=StepResult.PASSED
    ).filter(
        Q(step=OuterRef("step"), number__gt=OuterRef("number"))
        | Q(step__order__gt=OuterRef("step__order"))
    )
    return Exists(passed_since) | Q(
        step__kind__in=(StepKind.TEST, StepKind.DECISION),
        candidate__status__in=PAST_SELECTION,
    )


@dataclass
class DueItem:
    candidate: Candidate
    kind: str
    step: ProcedureStep | None = None
    date: dt.date | None = None


def due_items(*, mentor, organisation, today: dt.date | None = None) -> list[DueItem]:
    """What a mentor should do this week: prepare a test coming within 14 days, contact a
    mentee not seen for 21 days, hold the follow-up talk of a failed step, and plan a retry
    whose waiting period is over."""
    today = today or timezone.localdate()
    mentees = Candidate.objects.filter(organisation=organisation, mentor=mentor).exclude(
        status__in=CLOSED_STATUSES
    )
    items: list[DueItem] = []

    prepared = MentorSession.objects.filter(
        candidate=OuterRef("candidate"),
        step=OuterRef("step"),
        kind=SessionKind.PREPARATION,
        held_on__gte=today - dt.timedelta(days=60),
    )
    for attempt in (
        StepAttempt.objects.filter(
            candidate__in=mentees,
            result=StepResult.PLANNED,
            planned_on__gte=today,
            planned_on__lte=today + dt.timedelta(days=TEST_SOON_DAYS),
        )
        .annotate(prepared=Exists(prepared))
        .filter(prepared=False)
        .select_related("candidate", "step__career_step")
    ):
        items.append(DueItem(attempt.candidate, "prepare", attempt.step, attempt.planned_on))

    for attempt in (
        StepAttempt.objects.filter(
            candidate__in=mentees,
            result__in=[StepResult.FAILED, StepResult.WITHDREW, StepResult.NO_SHOW],
            debriefed_at__isnull=True,
        )
        .exclude(_moot())
        .select_related("candidate", "step__career_step")
    ):
        items.append(DueItem(attempt.candidate, "debrief", attempt.step, attempt.result_on))

    later = StepAttempt.objects.filter(
        candidate=OuterRef("candidate"), step=OuterRef("step"), number__gt=OuterRef("number")
    )
    for attempt in (
        StepAttempt.objects.filter(
            candidate__in=mentees,
            result=StepResult.FAILED,
            retry_from__lte=today,
        )
        .annotate(retried=Exists(later))
        .filter(retried=False)
        .exclude(_moot())
        .select_related("candidate", "step__career_step")
    ):
        items.append(DueItem(attempt.candidate, "retry", attempt.step, attempt.retry_from))

    for candidate in mentees.annotate(last_session=Max("sessions__held_on")).filter(
        Q(last_session__lt=today - dt.timedelta(days=NO_CONTACT_DAYS))
        | Q(
            last_session__isnull=True,
            created_at__lt=timezone.now() - dt.timedelta(days=NO_CONTACT_DAYS),
        )
    ):
        items.append(DueItem(candidate, "contact", None, candidate.last_session))

    # Someone who stopped in the last month gets a closing talk too.
    debriefed_after_stop = MentorSession.objects.filter(
        candidate=OuterRef("pk"), kind=SessionKind.DEBRIEF, held_on__gte=OuterRef("closed_day")
    )
    for candidate in (
        Candidate.objects.filter(
            organisation=organisation,
            mentor=mentor,
            status=CandidateStatus.STOPPED,
            closed_at__gte=timezone.now() - dt.timedelta(days=30),
            pseudonymised_at__isnull=True,
        )
        .annotate(closed_day=TruncDate("closed_at"))
        .annotate(talked=Exists(debriefed_after_stop))
        .filter(talked=False)
    ):
        items.append(DueItem(candidate, "debrief", None, timezone.localdate(candidate.closed_at)))

    order = {"debrief": 0, "prepare": 1, "retry": 2, "contact": 3}
    return sorted(items, key=lambda item: (order[item.kind], item.date or today))


def candidate_origins(*, organisation, limit: int = 20) -> dict:
    """Recent interested people and job-day attendees who are not candidates yet."""
    from korps.careers.models import Lead
    from korps.events.models import Signup, SignupStatus

    taken = Candidate.objects.filter(organisation=organisation)
    leads = (
        Lead.objects.filter(
            organisation=organisation, confirmed_at__isnull=False, unsubscribed_at__isnull=True
        )
        .exclude(pk__in=taken.filter(lead__isnull=False).values("lead"))
        .order_by("-created_at")
    )
    signups = (
        Signup.objects.filter(event__organisation=organisation, status=SignupStatus.CONFIRMED)
        .exclude(pk__in=taken.filter(signup__isnull=False).values("signup"))
        .select_related("event")
        .order_by("-event__starts_at", "name")
    )
    return {"origin_leads": leads[:limit], "origin_signups": signups[:limit]}


def outcomes_by_source(*, organisation, codes) -> dict[str, dict[str, int]]:
    """For the outreach dashboard: candidates (applications) and hires per source code."""
    from django.db.models import Count

    rows = (
        Candidate.objects.filter(organisation=organisation, source__in=codes)
        .values("source")
        .annotate(
            applications=Count("pk"),
            hires=Count("pk", filter=Q(status=CandidateStatus.HIRED)),
        )
    )
    return {
        row["source"]: {"applications": row["applications"], "hires": row["hires"]} for row in rows
    }


# Candidates in these statuses still need a mentor; later ones are past guidance.
NEEDS_MENTOR = (
    CandidateStatus.ORIENTATION,
    CandidateStatus.PREPARING,
    CandidateStatus.IN_SELECTION,
)


def candidates_waiting_for_mentor(*, organisation) -> QuerySet[Candidate]:
    """Candidates still in guidance without a mentor, the longest waiting first."""
    return Candidate.objects.filter(
        organisation=organisation, mentor__isnull=True, status__in=NEEDS_MENTOR
    ).order_by("created_at", "pk")
