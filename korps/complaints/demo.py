"""A year of complaints in the demo zone, in every state: new ones waiting for an
acknowledgement, cases in conversation, mediation and investigation, and closed ones with an
outcome per allegation, some with the complainant's two answers. Some are anonymous; one of
them opens with the published demo receipt code (DEMO_RECEIPT_CODE)."""

import datetime as dt

from django.utils import timezone

from korps.core.demo import FIRST_NAMES, LAST_NAMES, DemoContext, demo_seeder
from korps.monitoring.models import StaffMember
from korps.organisations.roles import Role

from .models import (
    Allegation,
    Answer,
    Case,
    CaseKind,
    CaseMessage,
    CaseStatus,
    Channel,
    ComplaintCategory,
    ComplaintsSettings,
    Ground,
    Outcome,
    Route,
    SatisfactionAnswer,
    receipt_digest,
)

DEMO_RECEIPT_CODE = "DEMO-KLHT-2026-ABCD"
CASES = 60
STORIES = [
    (
        CaseKind.COMPLAINT,
        "incivility",
        "",
        "De agent aan het loket reageerde kortaf en lachte me uit.",
    ),
    (CaseKind.COMPLAINT, "service", "", "Mijn aangifte van fietsdiefstal werd nooit opgevolgd."),
    (
        CaseKind.DISCRIMINATION,
        "discrimination",
        Ground.ORIGIN,
        "Bij een controle werden alleen mijn vrienden en ik gefouilleerd, omdat we er "
        "'buitenlands' uitzien.",
    ),
    (
        CaseKind.DISCRIMINATION,
        "discrimination",
        Ground.RELIGION,
        "De inspecteur maakte een opmerking over mijn hoofddoek.",
    ),
    (
        CaseKind.COMPLAINT,
        "intervention",
        "",
        "Bij de aanhouding van mijn buurman werd mijn deur beschadigd.",
    ),
    (
        CaseKind.COMPLAINT,
        "force",
        "",
        "Ik werd hardhandig tegen de auto gedrukt terwijl ik meewerkte.",
    ),
    (
        CaseKind.HATE_INCIDENT,
        "other",
        Ground.SEXUAL_ORIENTATION,
        "Wij werden uitgescholden op straat; de ploeg ter plaatse nam het niet ernstig.",
    ),
    (CaseKind.PRAISE, "", "", "De wijkagent hielp mijn moeder na haar val, heel vriendelijk."),
]
OUTCOMES = [
    Outcome.RESOLVED,
    Outcome.RESOLVED,
    Outcome.NOT_UPHELD,
    Outcome.PARTLY,
    Outcome.UPHELD,
    Outcome.UNDETERMINED,
    Outcome.WITHDRAWN,
]


@demo_seeder(order=70)
def seed_complaints(ctx: DemoContext) -> None:
    zone, rng = ctx.zone, ctx.random
    # The demo zone publishes its statistics (the flag is off by default).
    ComplaintsSettings.objects.update_or_create(
        organisation=zone, defaults={"publish_statistics": True}
    )
    officer = ctx.users[Role.COMPLAINTS_OFFICER]
    categories = {c.code: c for c in ComplaintCategory.objects.filter(organisation=zone)}
    # The officer works in Interne controle; the cases concern the other units' staff.
    staff = list(
        StaffMember.objects.filter(organisation=zone, end_date__isnull=True)
        .exclude(unit__name="Interne controle")
        .order_by("staff_number")[:80]
    )
    now = timezone.now()
    for n in range(CASES):
        kind, category, ground, what = STORIES[n % len(STORIES)]
        received = now - dt.timedelta(days=rng.randint(1, 365), hours=rng.randint(0, 10))
        if n == 0:  # the demo code's case: anonymous, closed, its two questions unanswered
            received = now - dt.timedelta(days=90)
        age = (now - received).days
        anonymous = n % 5 == 0
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        case = Case(
            organisation=zone,
            kind=kind,
            channel=rng.choice([Channel.ONLINE, Channel.ONLINE, Channel.DESK, Channel.PHONE]),
            anonymous=anonymous,
            complainant_name="" if anonymous else name,
            complainant_email="" if anonymous else f"klager{n}@voorbeeld.test",
            receipt_digest=receipt_digest(DEMO_RECEIPT_CODE if n == 0 else f"demo-case-{n}"),
            language=rng.choice(["nl", "nl", "nl", "fr", "en"]),
            what=what,
            where=rng.choice(["Stationsplein", "Markt", "Havenlaan", "Onthaal commissariaat"]),
            received_at=received,
            handler=officer if age > 3 else None,
        )
        if kind == CaseKind.PRAISE:
            case.route = Route.LOGGED
            case.acknowledged_at = received + dt.timedelta(days=1)
            case.status = CaseStatus.CLOSED
            case.decided_at = case.closed_at = case.acknowledged_at
            case.closing_reason = "Uw compliment is doorgegeven aan de betrokken ploeg. Bedankt!"
        elif age > 3:
            case.acknowledged_at = received + dt.timedelta(days=rng.randint(1, 4))
            case.status = CaseStatus.ACKNOWLEDGED
            if age > 10:
                case.route = (
                    Route.INVESTIGATION
                    if anonymous
                    else rng.choice([Route.CONVERSATION, Route.CONVERSATION, Route.MEDIATION])
                )
                if not anonymous:
                    case.first_contact_at = received + dt.timedelta(days=rng.randint(3, 12))
                case.status = CaseStatus.IN_HANDLING
            # Most older cases are closed; a few stay open past their deadline (late).
            if age > 60 and n % 7 != 3:
                case.status = CaseStatus.CLOSED
                case.decided_at = case.closed_at = received + dt.timedelta(days=rng.randint(14, 55))
                case.closing_reason = (
                    "Na het gesprek met u en de betrokken medewerker sluiten we de klacht af; "
                    "de redenen per klachtonderdeel staan hieronder."
                )
        case.save()
        case.reference = f"{case.received_at:%Y}-{case.pk:06d}"
        case.save(update_fields=["reference"])
        if kind == CaseKind.PRAISE or not case.acknowledged_at:
            continue
        allegation = Allegation.objects.create(
            case=case, category=categories[category], ground=ground
        )
        if staff:
            allegation.staff_concerned.set([staff[n % len(staff)]])
        if case.status == CaseStatus.CLOSED:
            outcome = OUTCOMES[n % len(OUTCOMES)]
            if case.route in (Route.CONVERSATION, Route.MEDIATION) and n % 2:
                outcome = Outcome.RESOLVED
            allegation.outcome = outcome
            allegation.outcome_reasons = "Toegelicht in het gesprek en in de brief."
            allegation.decided_at = case.decided_at
            if outcome in (Outcome.UPHELD, Outcome.PARTLY):
                allegation.lesson_organisation = "Opleiding bejegening opnemen in de briefing."
            allegation.save()
            if n % 3:
                SatisfactionAnswer.objects.create(
                    case=case,
                    taken_seriously=rng.choice([Answer.YES, Answer.YES, Answer.PARTLY, Answer.NO]),
                    trust_restored=rng.choice([Answer.YES, Answer.PARTLY, Answer.NO]),
                    answered_at=case.closed_at + dt.timedelta(days=3),
                )
        if case.route:
            CaseMessage.objects.create(
                case=case,
                author=officer,
                body="Bedankt voor uw melding. We nemen contact op om een gesprek te plannen.",
                sent_at=case.acknowledged_at,
            )
    _seed_clocks(zone, now)
    ctx.log(f"{CASES} complaints over the past year (demo receipt code {DEMO_RECEIPT_CODE})")


def _seed_clocks(zone, now: dt.datetime) -> None:
    """The oldest open case was extended once (with both notices), the newest handled one
    waits for the complainant (paused); then every case gets its next due date for the list."""
    from .deadlines import case_due_refresh
    from .models import OPEN_STATUSES, CaseExtension, CasePause

    open_cases = list(
        Case.objects.filter(organisation=zone, status__in=OPEN_STATUSES).order_by("received_at")
    )
    if len(open_cases) >= 2:
        extended, paused = open_cases[0], open_cases[-1]
        granted = extended.received_at + dt.timedelta(days=40)
        CaseExtension.objects.create(
            case=extended,
            granted_at=granted,
            days=28,
            reason="We wachten op de verklaring van een getuige.",
            notice_sent_to_complainant_at=granted,
            notice_sent_to_staff_at=granted,
        )
        CasePause.objects.create(
            case=paused,
            started_at=max(paused.received_at, now - dt.timedelta(days=2)),
            reason="De klager is op reis en vroeg het gesprek na zijn terugkeer te plannen.",
        )
    for case in Case.objects.filter(organisation=zone):
        case_due_refresh(case, now=now)
