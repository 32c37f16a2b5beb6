"""About 1,100 staff over eight years with grades, promotions and leavers; a population
benchmark shaped like a Flemish city with a third of foreign origin; declarations for about
60% of staff and most guidance candidates, with answers to the zone's own questions (sexual
orientation, disability) and staff years of birth for the age bands. Candidates who failed
the cognitive tests (language knowledge included) declared a non-EU origin more often, so
the selection funnel shows the stumbling block the zones report."""

import datetime as dt
import random

from django.utils import timezone

from korps.core.demo import DemoContext, demo_seeder
from korps.guidance.models import Candidate, StepAttempt, StepResult
from korps.organisations.models import Organisation

from .forms import DECLARATION_CONSENT
from .models import (
    Declaration,
    DimensionAnswer,
    DimensionOption,
    DimensionQuestion,
    Gender,
    PopulationFigure,
    Promotion,
    StaffMember,
    SubjectKind,
)
from .summaries import summaries_rebuild

GRADES = ["AGP", "INP", "HINP", "CP", "HCP"]
POPULATION = {  # municipality: inhabitants; shares of origin below
    "Scheldeland": 262_000,
    "Bovenrode": 41_000,
    "Waterkant": 27_000,
}
ORIGIN_SHARES = {"belgian": 0.67, "eu": 0.12, "non_eu": 0.21}
# The corps is less diverse than the city, as the studies report.
STAFF_ORIGINS = [("belgian", 0.86), ("eu", 0.06), ("non_eu", 0.06), ("not_said", 0.02)]


def _pick(rng, weighted):
    roll, total = rng.random(), 0.0
    for value, weight in weighted:
        total += weight
        if roll < total:
            return value
    return weighted[-1][0]


@demo_seeder(order=60)
def seed_monitoring(ctx: DemoContext) -> None:
    rng, zone = ctx.random, ctx.zone
    today = timezone.localdate()
    units = list(ctx.units.values())
    staff, promotions, declarations = [], [], []
    # Record keys (the cell-key method) from their own seeded draw: the same demo each time.
    keys = random.Random("korps demo staff keys")
    # Years of birth and answers from draws of their own too: the rest of the demo unchanged.
    ages = random.Random("korps demo years of birth")
    for index in range(1100):
        start = today - dt.timedelta(days=rng.randint(0, 8 * 365))
        end = None
        if rng.random() < 0.18:
            end = start + dt.timedelta(days=rng.randint(120, 6 * 365))
            end = end if end < today else None
        grade = _pick(rng, [("AGP", 0.12), ("INP", 0.6), ("HINP", 0.2), ("CP", 0.08)])
        staff.append(
            StaffMember(
                organisation=zone,
                staff_number=f"D{index + 1:05d}",
                unit=units[index % len(units)],
                grade=grade,
                start_date=start,
                end_date=end,
                record_key=keys.randrange(256),
                birth_year=start.year - ages.randint(20, 45),
            )
        )
    StaffMember.objects.bulk_create(staff)
    for member in staff:
        years = ((member.end_date or today) - member.start_date).days / 365
        if member.grade in ("INP", "HINP", "CP") and years > 3 and rng.random() < 0.35:
            to = GRADES[GRADES.index(member.grade) + 1]
            promotions.append(
                Promotion(
                    staff_member=member,
                    date=member.start_date + dt.timedelta(days=int(365 * rng.uniform(2.5, years))),
                    from_grade=member.grade,
                    to_grade=to,
                )
            )
        if rng.random() < 0.6:
            declarations.append(
                Declaration(
                    organisation=zone,
                    subject_kind=SubjectKind.STAFF,
                    staff_number=member.staff_number,
                    gender=_pick(
                        rng, [(Gender.WOMAN, 0.3), (Gender.MAN, 0.68)] + [(Gender.OTHER, 1)]
                    ),
                    origin_group=_pick(rng, STAFF_ORIGINS),
                    consent_text=str(DECLARATION_CONSENT),
                )
            )
    Promotion.objects.bulk_create(promotions)
    # Each demo account is linked to an HR line without a declaration, so it can declare.
    declared = {d.staff_number for d in declarations}
    undeclared = [m for m in staff if m.staff_number not in declared and m.end_date is None]
    for user, member in zip(ctx.users.values(), undeclared, strict=False):
        member.account = user
    StaffMember.objects.bulk_update(undeclared[: len(ctx.users)], ["account"])

    # Whether each candidate ever failed the cognitive step (else passed it), then
    # declarations dealt out in a fixed pattern: those who failed lean non-EU, those who only
    # passed lean Belgian (four-fifths and Fisher flag it, the funnel counting attempts).
    last = {}
    for candidate_id, result in (
        StepAttempt.objects.filter(
            candidate__organisation=zone,
            step__code="cognitive",
            result__in=[StepResult.PASSED, StepResult.FAILED],
        )
        .order_by("number")
        .values_list("candidate_id", "result")
    ):
        if last.get(candidate_id) != StepResult.FAILED:
            last[candidate_id] = result
    failed = passed = 0
    for index, candidate in enumerate(Candidate.objects.filter(organisation=zone).order_by("pk")):
        if last.get(candidate.pk) == StepResult.FAILED:
            group = "belgian" if failed % 3 == 2 else "non_eu"
            failed += 1
        elif last.get(candidate.pk) == StepResult.PASSED:
            group = "non_eu" if passed % 4 == 0 else "belgian"
            passed += 1
        elif index % 6 == 0:
            continue  # some never declare
        else:
            group = ["belgian", "belgian", "eu", "non_eu"][index % 4]
        declarations.append(
            Declaration(
                organisation=zone,
                subject_kind=SubjectKind.CANDIDATE,
                candidate=candidate,
                gender=_pick(rng, [(Gender.WOMAN, 0.45), (Gender.MAN, 0.55)]),
                origin_group=group,
                consent_text=str(DECLARATION_CONSENT),
            )
        )
    Declaration.objects.bulk_create(declarations)
    answers = _demo_dimensions(random.Random("korps demo answers"), zone, declarations)

    figures = []
    for municipality in zone.municipalities.all():
        inhabitants = POPULATION.get(municipality.name, 20_000)
        for group, share in ORIGIN_SHARES.items():
            figures.append(
                PopulationFigure(
                    organisation=zone,
                    municipality=municipality,
                    origin_group=group,
                    count=round(inhabitants * share),
                    source="Statistiek Vlaanderen (demo figures)",
                    year=today.year - 1,
                )
            )
    PopulationFigure.objects.bulk_create(figures)
    ctx.log(
        f"monitoring: {len(staff)} staff, {len(promotions)} promotions, "
        f"{len(declarations)} declarations ({answers} answers to the zone's own questions), "
        f"{len(figures)} population figures"
    )


# The zone's own questions (Belgian zones name LGBTQIA+ target groups), with the share of
# each answer among the people who answer; about two in three answer each question.
DEMO_QUESTIONS = [
    (
        "orientation",
        {"nl": "Seksuele oriëntatie", "fr": "Orientation sexuelle", "en": "Sexual orientation"},
        [
            ("lgbtqia", {"nl": "LGBTQIA+", "fr": "LGBTQIA+", "en": "LGBTQIA+"}, 0.08),
            (
                "hetero",
                {"nl": "Heteroseksueel", "fr": "Hétérosexuel·le", "en": "Heterosexual"},
                0.86,
            ),
        ],
    ),
    (
        "disability",
        {
            "nl": "Handicap of chronische ziekte",
            "fr": "Handicap ou maladie chronique",
            "en": "Disability or chronic illness",
        },
        [
            ("yes", {"nl": "Ja", "fr": "Oui", "en": "Yes"}, 0.07),
            ("no", {"nl": "Nee", "fr": "Non", "en": "No"}, 0.88),
        ],
    ),
]


def _demo_dimensions(rng, zone, declarations) -> int:
    """The demo zone's own questions, and answers for about two in three declarations (the
    rest of those who answer prefer not to say)."""
    answers = []
    for order, (code, label, options) in enumerate(DEMO_QUESTIONS):
        question = DimensionQuestion.objects.create(
            organisation=zone, order=order, code=code, label=label
        )
        made = [
            DimensionOption.objects.create(question=question, order=n, code=c, label=text)
            for n, (c, text, _share) in enumerate(options)
        ]
        weighted = [(o, share) for o, (_c, _t, share) in zip(made, options, strict=True)]
        for declaration in declarations:
            if rng.random() < 0.65:
                answers.append(
                    DimensionAnswer(
                        declaration=declaration,
                        question=question,
                        option=_pick(rng, [*weighted, (None, 1)]),
                    )
                )
    DimensionAnswer.objects.bulk_create(answers)
    return len(answers)


@demo_seeder(order=1000)
def rebuild_summaries(ctx: DemoContext) -> None:
    """The demo loads its facts in bulk, past the services that keep the summary tables."""
    for zone in Organisation.objects.all():
        summaries_rebuild(organisation=zone)
