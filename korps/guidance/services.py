"""Every write of guidance. Each change to a track writes a dated TrackEvent and an audit row
in the same transaction."""

import datetime as dt

from django.db import IntegrityError, transaction
from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from korps.audit import labels
from korps.audit.services import audit_record
from korps.core.erasure import person_erase
from korps.core.errors import DomainError
from korps.core.links import link_revoke, link_token
from korps.organisations.languages import contact_languages_of, language_name, page_language
from korps.organisations.permissions import is_mentor, mentors_of
from korps.organisations.zone_defaults import DEFAULT_PROCEDURE, translations

from .aggregates import candidates_changing
from .models import (
    CLOSED_STATUSES,
    Candidate,
    CandidateStatus,
    MentorProfile,
    MentorSession,
    PreparationTask,
    ProcedureStep,
    ReferenceSequence,
    Referral,
    SessionKind,
    StepAttempt,
    StepKind,
    StepResult,
    TrackEvent,
)
from .rules import result_check, retry_from_for


class GuidanceError(DomainError):
    pass


def procedure_install(*, organisation) -> list[ProcedureStep]:
    """Give a zone the default procedure (korps.organisations.zone_defaults), its test steps
    linked to the career site's practice questions."""
    from korps.careers.models import SelectionStep

    career_steps = {s.order: s for s in SelectionStep.objects.filter(organisation=organisation)}
    steps = []
    for order, (code, name, kind, days, wait, career) in enumerate(DEFAULT_PROCEDURE, 1):
        steps.append(
            ProcedureStep.objects.create(
                organisation=organisation,
                order=order,
                code=code,
                names=translations(name, organisation),
                kind=kind,
                typical_days=days,
                retry_wait_days=wait,
                career_step=career_steps.get(career) if career else None,
            )
        )
    return steps


def procedure_default_install(organisation) -> bool:
    """The zone default (korps.organisations.zone_defaults): the default procedure, unless
    the zone has steps already."""
    if ProcedureStep.objects.filter(organisation=organisation).exists():
        return False
    procedure_install(organisation=organisation)
    return True


def _event(candidate, kind, by=None, **fields) -> TrackEvent:
    return TrackEvent.objects.create(candidate=candidate, kind=kind, by=by, **fields)


def _next_reference(organisation) -> str:
    """The next number of the zone's sequence for this year, taken under the sequence row's
    lock inside the creating transaction (SQLite's IMMEDIATE transactions hold the write lock
    already). A number someone gave by hand is skipped."""
    year = timezone.localdate().year
    prefix = f"{organisation.code.upper()}-{year}-"
    sequence, created = ReferenceSequence.objects.select_for_update().get_or_create(
        organisation=organisation, year=year
    )
    if created:  # the year's first number, or numbers loaded past this service (the demo)
        sequence.last_number = max(
            (
                int(reference.removeprefix(prefix))
                for reference in Candidate.objects.filter(
                    organisation=organisation, reference__startswith=prefix
                ).values_list("reference", flat=True)
                if reference.removeprefix(prefix).isdecimal()
            ),
            default=0,
        )
    while True:
        sequence.last_number += 1
        reference = f"{prefix}{sequence.last_number:04d}"
        if not Candidate.objects.filter(organisation=organisation, reference=reference).exists():
            break
    sequence.save(update_fields=["last_number"])
    return reference


def _reference_taken(reference: str) -> GuidanceError:
    return GuidanceError(
        _("Another candidate of the zone has the reference %(reference)s already.")
        % {"reference": reference},
        code="reference",
    )


@transaction.atomic
def candidate_create(
    *,
    organisation,
    acting_user,
    name: str,
    consent_text: str,
    email: str = "",
    phone: str = "",
    language: str = "nl",
    source: str = "",
    reference: str = "",
    lead=None,
    signup=None,
) -> Candidate:
    """Consent comes first: a candidate is only stored with the consent they gave."""
    if not consent_text:
        raise GuidanceError(_("Record the candidate's consent first."), code="consent")
    if language not in contact_languages_of(organisation):
        raise GuidanceError(
            _("The zone does not offer %(language)s as a contact language.")
            % {"language": language_name(language)},
            code="language",
        )
    reference = reference.strip()
    # Regardless of case: the imports match references so (results files differ in case).
    if (
        reference
        and Candidate.objects.filter(
            organisation=organisation, reference__iexact=reference
        ).exists()
    ):
        raise _reference_taken(reference)
    candidate = Candidate(
        organisation=organisation,
        reference=reference or _next_reference(organisation),
        name=name.strip(),
        email=email.strip().lower(),
        phone=phone.strip(),
        language=language,
        source=source,
        lead=lead,
        signup=signup,
        consent_text=consent_text,
        consent_given_at=timezone.now(),
    )
    candidate.full_clean()
    try:
        with transaction.atomic():
            candidate.save()
    except IntegrityError:  # the same reference given by hand at the same moment
        raise _reference_taken(candidate.reference) from None
    _event(candidate, "consent_given", by=acting_user)
    _event(candidate, "status", by=acting_user, status=candidate.status)
    audit_record(
        actor=acting_user,
        action="guidance.candidate.created",
        target=candidate,
        organisation=organisation,
        data={"source": source},
    )
    if candidate.email:
        transaction.on_commit(lambda: candidate_welcome_send(candidate_id=candidate.pk))
    return candidate


def candidate_welcome_send(*, candidate_id: int) -> None:
    """The candidate's confirmation, with the personal link to see, download and withdraw."""
    from django.conf import settings
    from django.core.mail import send_mail
    from django.template.loader import render_to_string
    from django.urls import reverse

    candidate = Candidate.objects.select_related("organisation").get(pk=candidate_id)
    token = link_token(candidate, "guidance")
    link = settings.KORPS_SITE_URL + reverse("guidance:self", kwargs={"token": token})
    with translation.override(page_language(candidate.language, candidate.organisation)):
        send_mail(
            _("Your guidance at %(zone)s") % {"zone": candidate.organisation.name},
            render_to_string("guidance/email/welcome.txt", {"candidate": candidate, "link": link}),
            None,
            [candidate.email],
        )


def mentor_caseloads(*, organisation):
    """The zone's mentors with their number of active mentees, lightest first."""

    active = ~Q(mentees__status__in=CLOSED_STATUSES) & Q(mentees__organisation=organisation)
    return (
        mentors_of(organisation)
        .annotate(caseload=Count("mentees", filter=active, distinct=True))
        .order_by("caseload", "full_name")
    )


def mentor_suggest(*, organisation, language: str):
    """The available mentor with the lowest active caseload who speaks the language; if none
    speaks it, the available mentor with the lowest caseload."""
    profiles = {p.user_id: p for p in MentorProfile.objects.filter(organisation=organisation)}
    mentors = [
        m
        for m in mentor_caseloads(organisation=organisation)
        if profiles.get(m.pk) is None or profiles[m.pk].is_available
    ]
    speaking = [m for m in mentors if profiles.get(m.pk) and language in profiles[m.pk].languages]
    return (speaking or mentors or [None])[0]


@transaction.atomic
def mentor_assign(*, candidate: Candidate, mentor, acting_user) -> Candidate:
    """A candidate outside guidance gave no consent to be guided: no mentor for them."""
    if not candidate.in_guidance:
        raise GuidanceError(
            _("This candidate is outside guidance: they did not consent to a mentor."),
            code="outside",
        )
    if not is_mentor(mentor, candidate.organisation):
        raise GuidanceError(_("This person is not a mentor in this zone."), code="mentor")
    candidate.mentor = mentor
    candidate.save(update_fields=["mentor"])
    _event(candidate, "mentor_assigned", by=acting_user)
    audit_record(
        actor=acting_user,
        action="guidance.candidate.mentor_assigned",
        target=candidate,
        organisation=candidate.organisation,
        data={"mentor": mentor.email},
    )
    return candidate


STATUS_AFTER_PASSING = {
    StepKind.RESERVE: CandidateStatus.IN_RESERVE,
    StepKind.ACADEMY: CandidateStatus.IN_ACADEMY,
    StepKind.SERVICE: CandidateStatus.IN_SERVICE,
}


def _set_status(candidate: Candidate, status: str, acting_user, reason: str = "") -> None:
    if candidate.status == status:
        return
    candidate.status = status
    fields = ["status"]
    if status in CLOSED_STATUSES:
        candidate.closed_at = timezone.now()
        candidate.stop_reason = reason
        fields += ["closed_at", "stop_reason"]
    candidate.save(update_fields=fields)
    _event(candidate, "status", by=acting_user, status=status)


@transaction.atomic
def candidate_set_status(
    *, candidate: Candidate, status: str, acting_user, reason: str = ""
) -> Candidate:
    if status == CandidateStatus.STOPPED and not reason:
        raise GuidanceError(_("Say why the track stops."), code="reason")
    _set_status(candidate, status, acting_user, reason)
    audit_record(
        actor=acting_user,
        action="guidance.candidate.status_changed",
        target=candidate,
        organisation=candidate.organisation,
        data={"status": status},
    )
    return candidate


@transaction.atomic
def step_plan(
    *, candidate: Candidate, step: ProcedureStep, planned_on: dt.date, acting_user
) -> StepAttempt:
    last = candidate.attempts.filter(step=step).order_by("-number").first()
    if last and last.result == StepResult.PLANNED:
        last.planned_on = planned_on
        last.save(update_fields=["planned_on"])
        attempt = last
    else:
        if (
            last
            and last.result == StepResult.FAILED
            and (not last.retry_from or planned_on < last.retry_from)
        ):
            raise GuidanceError(
                _("A retry is only possible from %(date)s.") % {"date": last.retry_from}
                if last.retry_from
                else _("This step cannot be retried after a failure."),
                code="retry",
            )
        attempt = StepAttempt.objects.create(
            candidate=candidate,
            step=step,
            number=(last.number + 1) if last else 1,
            planned_on=planned_on,
        )
    _event(candidate, "step_planned", by=acting_user, step=step, result=StepResult.PLANNED)
    if step.kind in (StepKind.TEST, StepKind.DECISION) and candidate.status in (
        CandidateStatus.ORIENTATION,
        CandidateStatus.PREPARING,
    ):
        _set_status(candidate, CandidateStatus.IN_SELECTION, acting_user)
    audit_record(
        actor=acting_user,
        action="guidance.step.planned",
        target=candidate,
        organisation=candidate.organisation,
        data={"step": step.code},
    )
    return attempt


@transaction.atomic
def step_result_record(
    *,
    candidate: Candidate,
    step: ProcedureStep,
    result: str,
    result_on: dt.date,
    acting_user,
    confirmed: bool = False,
) -> StepAttempt:
    """Record a result on the latest attempt of the step (a new attempt if it has one).
    Refuses what rules.result_check finds impossible, and what it finds unusual unless
    `confirmed`; a confirmed unusual result says so in its audit row."""
    with candidates_changing([candidate.pk]):
        # Checked under the candidate's lock, so two results at once are checked in turn.
        check = result_check(candidate=candidate, step=step, result=result, result_on=result_on)
        if check.impossible:
            raise GuidanceError(" ".join(check.impossible), code="impossible")
        if check.unusual and not confirmed:
            raise GuidanceError(" ".join(check.unusual), code="unusual")
        attempt = candidate.attempts.filter(step=step).order_by("-number").first()
        if attempt is None or attempt.result not in (StepResult.PLANNED, StepResult.POSTPONED):
            attempt = StepAttempt(
                candidate=candidate, step=step, number=(attempt.number + 1) if attempt else 1
            )
        attempt.result = result
        attempt.result_on = result_on
        attempt.retry_from = retry_from_for(step, result, result_on)
        attempt.save()
    _event(candidate, "step_result", by=acting_user, step=step, result=result)
    if result == StepResult.PASSED:
        following = ProcedureStep.objects.filter(
            organisation=candidate.organisation, order__gt=step.order
        ).first()
        if step.kind == StepKind.SERVICE:
            _set_status(candidate, CandidateStatus.HIRED, acting_user)
        elif following and following.kind in STATUS_AFTER_PASSING:
            _set_status(candidate, STATUS_AFTER_PASSING[following.kind], acting_user)
        elif candidate.status in (CandidateStatus.ORIENTATION, CandidateStatus.PREPARING):
            _set_status(candidate, CandidateStatus.IN_SELECTION, acting_user)
    audit_record(
        actor=acting_user,
        action="guidance.step.result",
        target=candidate,
        organisation=candidate.organisation,
        data={"step": step.code, "result": result}
        | ({"confirmed_unusual": check.unusual_codes} if check.unusual else {}),
    )
    return attempt


@transaction.atomic
def session_log(
    *,
    candidate: Candidate,
    mentor,
    held_on: dt.date,
    kind: str,
    note: str = "",
    step: ProcedureStep | None = None,
) -> MentorSession:
    session = MentorSession.objects.create(
        candidate=candidate, mentor=mentor, held_on=held_on, kind=kind, note=note.strip(), step=step
    )
    if kind == SessionKind.DEBRIEF:
        # A debrief is the follow-up talk of every failed or abandoned step not yet talked over.
        candidate.attempts.filter(
            result__in=[StepResult.FAILED, StepResult.WITHDREW, StepResult.NO_SHOW],
            debriefed_at__isnull=True,
        ).update(debriefed_at=timezone.now())
    if kind == SessionKind.PREPARATION and candidate.status == CandidateStatus.ORIENTATION:
        _set_status(candidate, CandidateStatus.PREPARING, mentor)
    _event(candidate, "session", by=mentor)
    audit_record(
        actor=mentor,
        action="guidance.session.logged",
        target=candidate,
        organisation=candidate.organisation,
        data={"kind": kind},
    )
    return session


@transaction.atomic
def task_add(
    *, candidate: Candidate, step: ProcedureStep, title: str, due_on=None, acting_user
) -> PreparationTask:
    task = PreparationTask.objects.create(
        candidate=candidate, step=step, title=title.strip(), due_on=due_on
    )
    audit_record(
        actor=acting_user,
        action="guidance.task.added",
        target=candidate,
        organisation=candidate.organisation,
    )
    return task


@transaction.atomic
def task_toggle(*, task: PreparationTask, acting_user) -> PreparationTask:
    task.done_at = None if task.done_at else timezone.now()
    task.save(update_fields=["done_at"])
    audit_record(
        actor=acting_user,
        action="guidance.task.toggled",
        target=task.candidate,
        organisation=task.candidate.organisation,
    )
    return task


@transaction.atomic
def referral_save(
    *, candidate: Candidate, acting_user, referral: Referral | None = None, **fields
) -> Referral:
    referral = referral or Referral(candidate=candidate)
    for name, value in fields.items():
        setattr(referral, name, value)
    referral.updated_on = timezone.localdate()
    referral.full_clean()
    referral.save()
    audit_record(
        actor=acting_user,
        action="guidance.referral.saved",
        target=candidate,
        organisation=candidate.organisation,
        data={"status": referral.status},
    )
    return referral


def candidate_erase(candidate: Candidate) -> int:
    """Guidance's eraser of a candidate (see korps.core.erasure): names, contact data, the
    links to the lead and the sign-up, notes, tasks and referrals. The dated step results,
    the history and the source code stay, without a name. The reference and the personal
    link become `pseudonym-<id>` and `erased-<id>`, so the old link stops working."""
    candidate.name = ""
    candidate.email = ""
    candidate.phone = ""
    candidate.stop_reason = ""
    candidate.lead = None
    candidate.signup = None
    candidate.reference = f"pseudonym-{candidate.pk}"
    link_revoke(candidate)
    candidate.pseudonymised_at = timezone.now()
    candidate.save()
    return (
        1
        + candidate.sessions.update(note="")
        + candidate.referrals.update(note="", partner=None, purpose="")
        + candidate.tasks.update(title="")
    )


@transaction.atomic
def candidate_withdraw_consent(*, candidate: Candidate) -> Candidate:
    """The candidate ends the guidance with their personal link: what every app holds about
    them goes at once (their declaration, the lead and sign-up they came from, names, notes),
    the link stops working; the dated step results and the source code stay, without a name.
    One audit row lists what each app erased."""
    candidate = Candidate.objects.select_for_update().get(pk=candidate.pk)
    candidate.consent_withdrawn_at = timezone.now()
    candidate.save(update_fields=["consent_withdrawn_at"])
    _set_status(candidate, CandidateStatus.STOPPED, None, "consent withdrawn")
    person_erase(
        kind="candidate",
        person=candidate,
        actor_label=labels.CANDIDATE,
        organisation=candidate.organisation,
        action="guidance.candidate.consent_withdrawn",
    )
    return candidate


def candidates_pseudonymise(*, months: int = 24, now=None) -> int:
    """Erase the candidates whose tracks closed more than `months` ago, in every app (see
    candidate_withdraw_consent), and the candidates outside guidance (whose tracks nobody
    closes) added that long ago with no result or planned step since. Idempotent:
    pseudonymised candidates are left alone."""
    now = now or timezone.now()
    cutoff = now - dt.timedelta(days=round(months * 30.44))
    recent = StepAttempt.objects.filter(candidate=OuterRef("pk")).filter(
        Q(result_on__gte=cutoff.date()) | Q(planned_on__gte=cutoff.date())
    )
    done = 0
    for candidate_id in Candidate.objects.filter(
        Q(closed_at__lt=cutoff)
        | Q(consent_given_at__isnull=True, created_at__lt=cutoff) & ~Exists(recent),
        pseudonymised_at__isnull=True,
    ).values_list("pk", flat=True):
        with transaction.atomic():
            candidate = Candidate.objects.select_for_update().get(pk=candidate_id)
            person_erase(
                kind="candidate",
                person=candidate,
                organisation=candidate.organisation,
                action="guidance.candidate.pseudonymised",
            )
            done += 1
    return done


def retry_reminders_send(*, today=None) -> int:
    """Mail the mentor when a mentee's waiting period after a failure ends. Idempotent."""
    from django.core.mail import send_mail

    today = today or timezone.localdate()
    due = (
        StepAttempt.objects.filter(
            result=StepResult.FAILED,
            retry_from__lte=today,
            retry_reminded_at__isnull=True,
            candidate__mentor__isnull=False,
            candidate__pseudonymised_at__isnull=True,
        )
        .exclude(candidate__status__in=CLOSED_STATUSES)
        .select_related("candidate", "candidate__mentor", "step")
    )
    sent = 0
    for attempt in due:
        if not StepAttempt.objects.filter(pk=attempt.pk, retry_reminded_at__isnull=True).update(
            retry_reminded_at=timezone.now()
        ):
            continue
        if attempt.candidate.attempts.filter(step=attempt.step, number__gt=attempt.number).exists():
            continue
        mentor = attempt.candidate.mentor
        with translation.override(mentor.language):
            send_mail(
                _("%(name)s may retry %(step)s")
                % {"name": attempt.candidate.name, "step": attempt.step.name},
                _(
                    "The waiting period after the failed attempt is over: %(name)s can book "
                    "%(step)s again. Plan a preparation session."
                )
                % {"name": attempt.candidate.name, "step": attempt.step.name},
                None,
                [mentor.email],
            )
        sent += 1
    return sent
