"""The demo zone's career site: texts, two jobs with their criteria, the selection steps with
their question banks, and two stories with consent."""

from django.utils import timezone

from korps.core.demo import DemoContext, demo_seeder

from . import defaults
from .models import (
    Criterion,
    CriterionAnswer,
    Job,
    PracticeChoice,
    PracticeQuestion,
    PracticeTopic,
    SelectionStep,
    SiteText,
    Story,
)


def install_career_site(zone) -> None:
    """Give a zone the default career site (also usable for a new real zone)."""
    for key, text in defaults.SITE_TEXTS.items():
        SiteText.objects.create(organisation=zone, key=key, title=text["title"], body=text["body"])
    for order, job_data in enumerate(defaults.JOBS, start=1):
        job = Job.objects.create(
            organisation=zone,
            slug=job_data["slug"],
            name=job_data["name"],
            summary=job_data.get("summary", {}),
            order=order,
        )
        for c_order, criterion_data in enumerate(job_data["criteria"], start=1):
            criterion = Criterion.objects.create(
                job=job,
                order=c_order,
                question=criterion_data["question"],
                explanation=criterion_data.get("explanation", {}),
            )
            CriterionAnswer.objects.bulk_create(
                [
                    CriterionAnswer(
                        criterion=criterion,
                        order=a_order,
                        label=answer["label"],
                        outcome=answer["outcome"],
                        advice=answer.get("advice") or {},
                    )
                    for a_order, answer in enumerate(criterion_data["answers"], start=1)
                ]
            )
    for order, step_data in enumerate(defaults.SELECTION_STEPS, start=1):
        step = SelectionStep.objects.create(
            organisation=zone,
            order=order,
            name=step_data["name"],
            what_it_tests=step_data.get("what_it_tests", {}),
            duration=step_data.get("duration", {}),
            preparation=step_data.get("preparation", {}),
        )
        for topic_data in step_data.get("topics", []):
            topic = PracticeTopic.objects.create(step=step, name=topic_data["name"])
            for question_data in topic_data["questions"]:
                question = PracticeQuestion.objects.create(
                    topic=topic,
                    test_language=topic_data.get("test_language", ""),
                    text=question_data["text"],
                    explanation=question_data.get("explanation", {}),
                )
                PracticeChoice.objects.bulk_create(
                    [
                        PracticeChoice(
                            question=question,
                            order=c_order,
                            text=choice["text"],
                            is_correct=choice["correct"],
                        )
                        for c_order, choice in enumerate(question_data["choices"], start=1)
                    ]
                )


@demo_seeder(order=20)
def seed_career_site(ctx: DemoContext) -> None:
    # The default career site came with the zone (korps.organisations.zone_defaults).
    now = timezone.now()
    for story_data in defaults.STORIES:
        Story.objects.create(
            organisation=ctx.zone,
            person_name=story_data["person_name"],
            person_email=story_data["email"],
            unit=ctx.units.get(story_data.get("unit")),
            job_title=story_data["job_title"],
            quote=story_data["quote"],
            body=story_data["body"],
            photo_description=story_data.get("photo_description", {}),
            consent_text=defaults.CONSENT_TEXTS["story"]["nl"],
            consent_given_at=now,
        )
    questions = PracticeQuestion.objects.filter(topic__step__organisation=ctx.zone).count()
    ctx.log(f"career site with {questions} practice questions and {len(defaults.STORIES)} stories")
