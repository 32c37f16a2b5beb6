from django.db.models import Count, Prefetch, Q, QuerySet

from .models import (
    Criterion,
    Job,
    Lead,
    PracticeQuestion,
    PracticeTopic,
    SelectionStep,
    SiteText,
    Story,
)


def site_texts(*, organisation) -> dict[str, SiteText]:
    return {text.key: text for text in SiteText.objects.filter(organisation=organisation)}


def published_jobs(*, organisation) -> QuerySet[Job]:
    return Job.objects.filter(organisation=organisation, is_published=True)


def job_with_criteria(*, organisation, slug: str | None) -> Job | None:
    jobs = published_jobs(organisation=organisation).prefetch_related(
        Prefetch("criteria", queryset=Criterion.objects.prefetch_related("answers"))
    )
    if slug:
        return jobs.filter(slug=slug).first()
    return jobs.first()


def selection_steps(*, organisation) -> QuerySet[SelectionStep]:
    # An aggregate query ignores the model's default ordering: the zone's order is named here.
    return (
        SelectionStep.objects.filter(organisation=organisation)
        .annotate(
            question_count=Count(
                "topics__questions", filter=Q(topics__questions__is_published=True)
            )
        )
        .order_by("order")
    )


def practice_step(*, organisation, pk: int) -> SelectionStep | None:
    return SelectionStep.objects.filter(organisation=organisation, pk=pk).first()


def practice_question_ids(*, step: SelectionStep, test_language: str = "") -> list[int]:
    """The step's published questions for a test taken in `test_language`: the questions of
    that test's language and those of every test (no language of their own)."""
    questions = PracticeQuestion.objects.filter(topic__step=step, is_published=True)
    if test_language:
        questions = questions.filter(test_language__in=["", test_language])
    return list(questions.values_list("pk", flat=True))


def practice_questions(*, organisation, ids: list[int]) -> list[PracticeQuestion]:
    questions = (
        PracticeQuestion.objects.filter(pk__in=ids, topic__step__organisation=organisation)
        .select_related("topic")
        .prefetch_related("choices")
    )
    by_id = {question.pk: question for question in questions}
    return [by_id[pk] for pk in ids if pk in by_id]


def published_stories(*, organisation) -> QuerySet[Story]:
    return Story.objects.filter(
        organisation=organisation, consent_given_at__isnull=False, consent_withdrawn_at__isnull=True
    ).select_related("unit")


def topics_of(*, step: SelectionStep) -> QuerySet[PracticeTopic]:
    return step.topics.annotate(question_count=Count("questions"))


LEAD_STATUSES = ("new", "contacted", "confirmed", "unconfirmed", "unsubscribed")


def lead_list(*, organisation, search: str = "", status: str = "") -> QuerySet[Lead]:
    """The zone's leads, newest first. `new` is what nobody followed up yet: active (not
    unsubscribed) and not contacted."""
    leads = Lead.objects.filter(organisation=organisation).select_related("job", "owner")
    if search:
        leads = leads.filter(
            Q(name__icontains=search)
            | Q(email__icontains=search)
            | Q(source__icontains=search)
            | Q(message__icontains=search)
        )
    if status == "new":
        leads = new_leads(organisation=organisation).filter(pk__in=leads.values("pk"))
    elif status == "contacted":
        leads = leads.filter(contacted_on__isnull=False)
    elif status == "confirmed":
        leads = leads.filter(confirmed_at__isnull=False, unsubscribed_at__isnull=True)
    elif status == "unconfirmed":
        leads = leads.filter(confirmed_at__isnull=True, unsubscribed_at__isnull=True)
    elif status == "unsubscribed":
        leads = leads.filter(unsubscribed_at__isnull=False)
    return leads.order_by("-created_at")


def new_leads(*, organisation) -> QuerySet[Lead]:
    """Leads that need someone: not unsubscribed and not yet contacted."""
    return (
        Lead.objects.filter(
            organisation=organisation, unsubscribed_at__isnull=True, contacted_on__isnull=True
        )
        .select_related("job", "owner")
        .order_by("-created_at")
    )


def access_lead(*, organisation, pk: int) -> Lead | None:
    return (
        Lead.objects.filter(organisation=organisation, pk=pk)
        .select_related("job", "owner", "organisation")
        .first()
    )
