"""Reads and writes of the zone's own declaration questions (dimension_models.py): the
questions a declaration asks, a person's own answers as they see them, and the writes of
answers, which the declaration services call inside their transaction."""

from korps.core.translated import localized

from .dimension_models import DimensionAnswer, DimensionOption, DimensionQuestion
from .models import Gender


def asked_questions(*, organisation) -> list[tuple[DimensionQuestion, list[DimensionOption]]]:
    """The zone's active questions, in order, each with its options: two queries."""
    questions = list(DimensionQuestion.objects.filter(organisation=organisation, active=True))
    options = {q.pk: [] for q in questions}
    for option in DimensionOption.objects.filter(question__in=questions):
        options[option.question_id].append(option)
    return [(q, options[q.pk]) for q in questions]


def answer_labels(declaration) -> list[tuple[str, str]]:
    """(question, answer) of a declaration's answers, as its own person sees them."""
    if declaration is None:
        return []
    language = declaration.organisation.default_language
    return [
        (
            localized(answer.question.label, language) or answer.question.code,
            localized(answer.option.label, language) if answer.option else Gender.NOT_SAID.label,
        )
        for answer in DimensionAnswer.objects.filter(declaration=declaration)
        .select_related("question", "option")
        .order_by("question__order", "question__code")
    ]


def answers_replace(*, declaration, answers: dict) -> int:
    """Replace a declaration's answers by `answers` ({question: option, or None for "prefer
    not to say"}), inside the caller's transaction. Only questions of the declaration's
    zone and their own options are kept; anything else raises ValueError."""
    for question, option in answers.items():
        if question.organisation_id != declaration.organisation_id or (
            option is not None and option.question_id != question.pk
        ):
            raise ValueError("An answer to another zone's question, or with another's option.")
    DimensionAnswer.objects.filter(declaration=declaration).delete()
    DimensionAnswer.objects.bulk_create(
        DimensionAnswer(declaration=declaration, question=question, option=option)
        for question, option in answers.items()
    )
    return len(answers)


def answers_erase(*, declaration) -> int:
    """Erase a declaration's answers (its withdrawal), inside the caller's transaction."""
    deleted, _by_model = DimensionAnswer.objects.filter(declaration=declaration).delete()
    return deleted
