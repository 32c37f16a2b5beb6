"""Three mentors and 60 candidates with dated histories over the past two years. The language
part of the cognitive tests and the personality test fail more often than the other steps,
as they do in reality, so the monitoring module has something to find."""

import datetime as dt
import random

from django.utils import timezone

from korps.core.demo import DEMO_PASSWORD, FIRST_NAMES, LAST_NAMES, DemoContext, demo_seeder
from korps.organisations.models import User
from korps.organisations.roles import Role
from korps.organisations.services import membership_grant
from korps.outreach.models import Action, Partner

from .forms import CONSENT_TEXT
from .models import (
    Candidate,
    CandidateStatus,
    MentorProfile,
    MentorSession,
    ProcedureStep,
    Referral,
    SessionKind,
    StepAttempt,
    StepResult,
    TrackEvent,
)

MENTORS = [
    ("mentor@demo.korps.test", None, ["nl", "ar", "fr"]),
    ("mentor2@demo.korps.test", "Eline Vandenberghe", ["nl", "en"]),
    ("mentor3@demo.korps.test", "Mourad Haddou", ["nl", "fr", "tr"]),
]
# Chance to pass each selection test at an attempt.
PASS = {"cognitive": 0.55, "physical": 0.85, "personality": 0.6, "committee": 0.85, "medical": 0.9}
SOURCES = ["fb-wave1", "spotify-wave1", "jobfair-campus", "poster-cafe", "school-visit", ""]


@demo_seeder(order=50)
def seed_guidance(ctx: DemoContext) -> None:
    zone, rng = ctx.zone, ctx.random
    # The default procedure came with the zone (korps.organisations.zone_defaults).
    steps = list(ProcedureStep.objects.filter(organisation=zone))
    # The demo mentors speak Arabic and Turkish too: the zone offers them as contact languages.
    zone.contact_languages = ["nl", "fr", "en", "ar", "tr"]
    zone.save(update_fields=["contact_languages"])
    by_code = {s.code: s for s in steps}
    mentors = []
    for email, name, languages in MENTORS:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(email=email, password=DEMO_PASSWORD, full_name=name)
            membership_grant(user=user, organisation=zone, role=Role.MENTOR)
        MentorProfile.objects.create(organisation=zone, user=user, languages=languages)
        mentors.append(user)
    today = timezone.localdate()
    # Candidates came in through the outreach actions, so the campaign dashboard shows
    # applications and hires per channel.
    codes = (
        list(
            Action.objects.filter(wave__campaign__organisation=zone).values_list("code", flat=True)
        )
        or SOURCES
    )
    # Record keys (the cell-key method) from their own seeded draw, so that the demo shows
    # the same figures every time without changing the rest of its data.
    keys = random.Random("korps demo candidate keys")
    for number in range(1, 61):
        start = today - dt.timedelta(days=rng.randint(20, 700))
        candidate = Candidate.objects.create(
            record_key=keys.randrange(256),
            organisation=zone,
            reference=f"DEMO-{start.year}-{number:04d}",
            name=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
            email=f"kandidaat{number}@demo-mail.test",
            language=rng.choice(["nl"] * 4 + ["fr"]),
            source=rng.choice(codes + [""]),
            mentor=mentors[number % 3],
            consent_text=str(CONSENT_TEXT),
            consent_given_at=timezone.make_aware(dt.datetime.combine(start, dt.time(10))),
            created_at=timezone.make_aware(dt.datetime.combine(start, dt.time(10))),
        )
        _history(candidate, by_code, start, today, rng, mentors[number % 3])
    ctx.log("3 mentors and 60 candidates with their tracks")


def _at(day: dt.date):
    return timezone.make_aware(dt.datetime.combine(day, dt.time(9)))


def _history(candidate, steps, start, today, rng, mentor):
    day = start
    TrackEvent.objects.create(candidate=candidate, at=_at(day), kind="consent_given")
    MentorSession.objects.create(
        candidate=candidate,
        mentor=mentor,
        held_on=day,
        kind=SessionKind.INTAKE,
        note="Kennismaking en motivatie.",
    )
    status = CandidateStatus.PREPARING
    stopped = False
    for code in ("cognitive", "physical", "personality", "committee", "medical"):
        step = steps[code]
        passed = False
        for attempt in (1, 2):
            day += dt.timedelta(days=rng.randint(14, 60))
            if day > today:
                StepAttempt.objects.create(
                    candidate=candidate, step=step, number=attempt, planned_on=day
                )
                status = CandidateStatus.IN_SELECTION
                break
            MentorSession.objects.create(
                candidate=candidate,
                mentor=mentor,
                held_on=day - dt.timedelta(days=7),
                step=step,
                kind=SessionKind.PREPARATION,
            )
            passed = rng.random() < PASS[code]
            result = StepResult.PASSED if passed else StepResult.FAILED
            StepAttempt.objects.create(
                candidate=candidate,
                step=step,
                number=attempt,
                planned_on=day,
                result=result,
                result_on=day,
                retry_from=None
                if passed or not step.retry_wait_days
                else day + dt.timedelta(days=step.retry_wait_days),
                debriefed_at=None if passed or rng.random() < 0.3 else _at(day),
            )
            TrackEvent.objects.create(
                candidate=candidate, at=_at(day), kind="step_result", step=step, result=result
            )
            status = CandidateStatus.IN_SELECTION
            if passed:
                break
            if code == "cognitive" and rng.random() < 0.5:
                Referral.objects.create(
                    candidate=candidate,
                    partner=Partner.objects.filter(
                        organisation=candidate.organisation, name="CVO Scheldeland"
                    ).first(),
                    purpose="Nederlands en communicatie",
                    status=rng.choice(["started", "completed"]),
                )
            if not step.retry_wait_days:
                break
            day += dt.timedelta(days=step.retry_wait_days)
        if day > today:
            break
        if not passed:
            stopped = rng.random() < 0.6
            break
    else:
        status = rng.choice(
            [
                CandidateStatus.IN_RESERVE,
                CandidateStatus.IN_ACADEMY,
                CandidateStatus.IN_SERVICE,
                CandidateStatus.HIRED,
            ]
        )
    if stopped:
        status = CandidateStatus.STOPPED
        candidate.stop_reason = rng.choice(
            [
                "Zakte twee keer voor de taalproef",
                "Koos voor een andere job",
                "Procedure duurde te lang",
            ]
        )
        candidate.closed_at = _at(min(day, today))
    candidate.status = status
    if status not in (CandidateStatus.STOPPED, CandidateStatus.HIRED) and rng.random() < 0.7:
        MentorSession.objects.create(
            candidate=candidate,
            mentor=mentor,
            held_on=today - dt.timedelta(days=rng.randint(1, 18)),
            kind=SessionKind.CHECK_IN,
            note="Even bijgepraat.",
        )
    if status == CandidateStatus.HIRED:
        candidate.closed_at = _at(today)
    candidate.save()
    TrackEvent.objects.create(
        candidate=candidate, at=_at(min(day, today)), kind="status", status=status
    )
