"""Writes of the career site: leads with double opt-in, story consent, step order, and the
scoring of a practice round (which stores nothing)."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from korps.audit import labels
from korps.audit.services import audit_record
from korps.core.erasure import person_erase
from korps.core.translated import localized
from korps.organisations.permissions import lead_owners_of

from . import tasks
from .models import Lead, PracticeQuestion, SelectionStep, Story


@transaction.atomic
def lead_create(
    *,
    organisation,
    name: str,
    email: str,
    phone: str = "",
    contact_by: str = "email",
    job=None,
    message: str = "",
    language: str,
    source: str = "",
    consent_text: str,
) -> Lead:
    """A new lead, or, for an address already confirmed in the zone, the existing lead
    updated quietly: no second lead and no second mail (the visitor's answer is the same
    either way, so it does not reveal who is on the list)."""
    email = email.strip().lower()
    existing = (
        Lead.objects.select_for_update()
        .filter(
            organisation=organisation,
            email=email,
            confirmed_at__isnull=False,
            unsubscribed_at__isnull=True,
        )
        .order_by("created_at")
        .first()
    )
    if existing is not None:
        return _lead_update_from_form(
            lead=existing,
            name=name,
            phone=phone,
            contact_by=contact_by,
            job=job,
            message=message,
            source=source,
        )
    lead = Lead(
        organisation=organisation,
        name=name.strip(),
        email=email,
        phone=phone.strip(),
        contact_by=contact_by,
        job=job,
        message=message.strip(),
        language=language,
        source=source[:40],
        consent_text=consent_text,
    )
    lead.full_clean()
    lead.save()
    audit_record(
        actor=None,
        action="careers.lead.created",
        target=lead,
        organisation=organisation,
        data={"source": lead.source},
    )
    transaction.on_commit(lambda: tasks.send_lead_mail.delay(lead.pk, "confirm"))
    return lead


def _lead_update_from_form(
    *, lead: Lead, name: str, phone: str, contact_by: str, job, message: str, source: str
) -> Lead:
    """What the person sent again replaces what they sent before; an empty field keeps the
    earlier answer, and the first source stays (attribution goes to the first contact)."""
    lead.name = name.strip() or lead.name
    lead.phone = phone.strip() or lead.phone
    lead.contact_by = contact_by
    lead.job = job or lead.job
    lead.message = message.strip() or lead.message
    lead.source = lead.source or source[:40]
    lead.full_clean()
    lead.save(update_fields=["name", "phone", "contact_by", "job", "message", "source"])
    audit_record(
        actor=None,
        action="careers.lead.updated",
        target=lead,
        organisation=lead.organisation,
    )
    return lead


@transaction.atomic
def lead_confirm(*, lead: Lead) -> Lead:
    """The person confirms their address with their personal link."""
    lead = Lead.objects.select_for_update().get(pk=lead.pk)
    if lead.confirmed_at is None and lead.unsubscribed_at is None:
        lead.confirmed_at = timezone.now()
        lead.save(update_fields=["confirmed_at"])
        audit_record(
            actor=None,
            actor_label=labels.LEAD,
            action="careers.lead.confirmed",
            target=lead,
            organisation=lead.organisation,
        )
        transaction.on_commit(lambda: tasks.send_lead_mail.delay(lead.pk, "welcome"))
    return lead


@transaction.atomic
def lead_unsubscribe(*, lead: Lead) -> Lead:
    """Stop all contact and erase the person's details in every app; the source code and
    dates stay, so campaign counts remain right. Taken with the person's personal link."""
    lead = Lead.objects.select_for_update().get(pk=lead.pk)
    if lead.unsubscribed_at is None:
        person_erase(
            kind="lead",
            person=lead,
            actor_label=labels.LEAD,
            organisation=lead.organisation,
            action="careers.lead.unsubscribed",
        )
    return lead


@transaction.atomic
def lead_follow_up(
    *, lead: Lead, acting_user, owner=None, contacted_on=None, notes: str = ""
) -> Lead:
    """Staff record who takes the person up, when they reached them and notes. The owner is
    a member of the lead's zone who sees its leads; anyone else is refused."""
    lead = Lead.objects.select_for_update().get(pk=lead.pk)
    if owner is not None and not lead_owners_of(lead.organisation).filter(pk=owner.pk).exists():
        raise ValidationError({"owner": _("Choose a colleague of this zone.")})
    if contacted_on is not None and contacted_on > timezone.localdate():
        raise ValidationError({"contacted_on": _("The contact date cannot be in the future.")})
    changed = []
    for name, value in (("owner", owner), ("contacted_on", contacted_on), ("notes", notes)):
        if getattr(lead, name) != value:
            setattr(lead, name, value)
            changed.append(name)
    if changed:
        lead.full_clean()
        lead.save(update_fields=changed)
        audit_record(
            actor=acting_user,
            action="careers.lead.followed_up",
            target=lead,
            organisation=lead.organisation,
            # The notes' text stays out of the audit trail: only that they changed.
            data={
                "changed": changed,
                "owner": lead.owner_id,
                "contacted_on": lead.contacted_on.isoformat() if lead.contacted_on else None,
            },
        )
    return lead


def lead_erase(lead: Lead) -> int:
    """The careers eraser of a lead (see korps.core.erasure): contact stops and the details
    go; the source code and the dates stay."""
    lead.unsubscribed_at = lead.unsubscribed_at or timezone.now()
    lead.name = ""
    lead.email = f"unsubscribed-{lead.pk}@invalid"
    lead.phone = ""
    lead.message = ""
    lead.notes = ""
    lead.save(update_fields=["unsubscribed_at", "name", "email", "phone", "message", "notes"])
    return 1


def candidate_lead_erase(candidate) -> int:
    """The careers eraser of a candidate: the lead they came from, if any."""
    if candidate.lead_id is None:
        return 0
    return lead_erase(Lead.objects.select_for_update().get(pk=candidate.lead_id))


@transaction.atomic
def story_create(*, organisation, acting_user, **fields) -> Story:
    story = Story(organisation=organisation, **fields)
    story.full_clean()
    story.save()
    audit_record(
        actor=acting_user, action="careers.story.created", target=story, organisation=organisation
    )
    transaction.on_commit(lambda: tasks.send_story_consent_request.delay(story.pk))
    return story


@transaction.atomic
def story_give_consent(*, story: Story, consent_text: str) -> Story:
    """The colleague consents with their personal link."""
    story = Story.objects.select_for_update().get(pk=story.pk)
    story.consent_text = consent_text
    story.consent_given_at = timezone.now()
    story.consent_withdrawn_at = None
    story.save(update_fields=["consent_text", "consent_given_at", "consent_withdrawn_at"])
    audit_record(
        actor=None,
        actor_label=labels.STORY_AUTHOR,
        action="careers.story.consent_given",
        target=story,
        organisation=story.organisation,
    )
    return story


@transaction.atomic
def story_withdraw_consent(*, story: Story, acting_user=None) -> Story:
    """Unpublish at once: the public pages only show stories whose consent stands. Without
    `acting_user`, the colleague withdrew with their personal link."""
    story = Story.objects.select_for_update().get(pk=story.pk)
    if story.consent_withdrawn_at is None:
        story.consent_withdrawn_at = timezone.now()
        story.save(update_fields=["consent_withdrawn_at"])
        audit_record(
            actor=acting_user,
            actor_label="" if acting_user else labels.STORY_AUTHOR,
            action="careers.story.consent_withdrawn",
            target=story,
            organisation=story.organisation,
        )
    return story


@transaction.atomic
def selection_step_move(*, step: SelectionStep, direction: int, acting_user) -> None:
    """Swap a step with its neighbour (direction -1 up, +1 down), renumbering the list."""
    steps = list(
        SelectionStep.objects.select_for_update()
        .filter(organisation=step.organisation)
        .order_by("order", "pk")
    )
    index = next(i for i, s in enumerate(steps) if s.pk == step.pk)
    target = index + direction
    if not 0 <= target < len(steps):
        return
    steps[index], steps[target] = steps[target], steps[index]
    for number, each in enumerate(steps, start=1):
        if each.order != number:
            each.order = number
            each.save(update_fields=["order"])
    audit_record(
        actor=acting_user,
        action="careers.selection_step.moved",
        target=step,
        organisation=step.organisation,
        data={"direction": direction},
    )


@dataclass
class TopicScore:
    name: str
    correct: int = 0
    total: int = 0

    @property
    def percent(self) -> int:
        return round(100 * self.correct / self.total) if self.total else 0


@dataclass
class PracticeResult:
    correct: int
    total: int
    topics: list[TopicScore]
    answers: list[dict] = field(default_factory=list)
    late: bool = False

    @property
    def percent(self) -> int:
        return round(100 * self.correct / self.total) if self.total else 0


def practice_round_score(
    *,
    questions: list[PracticeQuestion],
    answers: dict[int, int | None],
    late: bool,
    fallback_language: str,
) -> PracticeResult:
    """Score the answers (question id -> chosen choice id) per topic, with explanations."""
    topics: dict[int, TopicScore] = defaultdict(lambda: TopicScore(name=""))
    reviewed = []
    correct = 0
    for question in questions:
        choices = list(question.choices.all())
        right = next((c for c in choices if c.is_correct), None)
        chosen_id = answers.get(question.pk)
        chosen = next((c for c in choices if c.pk == chosen_id), None)
        is_right = chosen is not None and chosen.is_correct
        correct += is_right
        score = topics[question.topic_id]
        score.name = localized(question.topic.name, fallback_language)
        score.total += 1
        score.correct += is_right
        reviewed.append(
            {
                "question": localized(question.text, fallback_language),
                "chosen": localized(chosen.text, fallback_language) if chosen else "",
                "right": localized(right.text, fallback_language) if right else "",
                "is_right": is_right,
                "explanation": localized(question.explanation, fallback_language),
            }
        )
    return PracticeResult(
        correct=correct,
        total=len(questions),
        topics=list(topics.values()),
        answers=reviewed,
        late=late,
    )
