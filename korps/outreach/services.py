"""Every write of outreach: one function per use case, in a transaction, with its audit row."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from korps.audit.services import audit_record
from korps.core.errors import DomainError
from korps.core.tabular import INTEGER_MAX
from korps.organisations.permissions import ambassadors_of

from . import emails
from .models import (
    Action,
    ActionReach,
    ActionVisit,
    AmbassadorProfile,
    AmbassadorQuestion,
    Campaign,
    Partner,
    PartnerContact,
    PartnerPerson,
    QuestionStatus,
    Wave,
    new_action_code,
)


class OutreachError(DomainError):
    pass


def _changed(instance, fields: dict) -> dict:
    changes = {}
    for name, value in fields.items():
        if getattr(instance, name) != value:
            changes[name] = str(value)
        setattr(instance, name, value)
    return changes


# ---------------------------------------------------------------- campaigns, waves, actions


@transaction.atomic
def campaign_create(
    *,
    organisation,
    acting_user,
    name: str,
    starts_on: dt.date,
    ends_on: dt.date,
    goals: str = "",
    target_groups: str = "",
    budget: Decimal = Decimal("0"),
    owner=None,
) -> Campaign:
    campaign = Campaign(
        organisation=organisation,
        name=name.strip(),
        goals=goals,
        target_groups=target_groups,
        starts_on=starts_on,
        ends_on=ends_on,
        budget=budget,
        owner=owner,
    )
    campaign.full_clean()
    campaign.save()
    audit_record(
        actor=acting_user,
        action="outreach.campaign.created",
        target=campaign,
        organisation=organisation,
    )
    return campaign


@transaction.atomic
def campaign_update(*, campaign: Campaign, acting_user, **fields) -> Campaign:
    changes = _changed(campaign, fields)
    campaign.full_clean()
    campaign.save()
    audit_record(
        actor=acting_user,
        action="outreach.campaign.updated",
        target=campaign,
        organisation=campaign.organisation,
        data={"changed": sorted(changes)},
    )
    return campaign


@transaction.atomic
def wave_create(
    *, campaign: Campaign, acting_user, name: str, starts_on: dt.date, ends_on: dt.date
) -> Wave:
    wave = Wave(campaign=campaign, name=name.strip(), starts_on=starts_on, ends_on=ends_on)
    wave.full_clean()
    wave.save()
    audit_record(
        actor=acting_user,
        action="outreach.wave.created",
        target=wave,
        organisation=campaign.organisation,
    )
    return wave


@transaction.atomic
def wave_update(*, wave: Wave, acting_user, **fields) -> Wave:
    changes = _changed(wave, fields)
    wave.full_clean()
    wave.save()
    audit_record(
        actor=acting_user,
        action="outreach.wave.updated",
        target=wave,
        organisation=wave.campaign.organisation,
        data={"changed": sorted(changes)},
    )
    return wave


def _unique_code() -> str:
    for _attempt in range(20):
        code = new_action_code()
        if not Action.objects.filter(code=code).exists():
            return code
    raise OutreachError(_("No free link code was found. Please try again."), code="code")


@transaction.atomic
def action_create(
    *,
    wave: Wave,
    acting_user,
    channel: str,
    date: dt.date,
    place: str = "",
    cost: Decimal = Decimal("0"),
    impressions: int = 0,
    clicks: int = 0,
    target_path: str = "",
    ambassadors=(),
    events=(),
) -> Action:
    action = Action(
        wave=wave,
        channel=channel,
        date=date,
        place=place,
        cost=cost,
        impressions=impressions,
        clicks=clicks,
        target_path=target_path,
        code=_unique_code(),
    )
    action.full_clean()
    action.save()
    action.ambassadors.set(ambassadors)
    action.events.set(events)
    audit_record(
        actor=acting_user,
        action="outreach.action.created",
        target=action,
        organisation=wave.campaign.organisation,
        data={"code": action.code},
    )
    return action


@transaction.atomic
def action_update(*, action: Action, acting_user, ambassadors=None, events=None, **fields):
    changes = _changed(action, fields)
    action.full_clean()
    action.save()
    if ambassadors is not None:
        action.ambassadors.set(ambassadors)
    if events is not None:
        action.events.set(events)
    audit_record(
        actor=acting_user,
        action="outreach.action.updated",
        target=action,
        organisation=action.wave.campaign.organisation,
        data={"changed": sorted(changes)},
    )
    return action


def action_visit_record(*, action: Action, day: dt.date | None = None) -> None:
    """Count one visit of the action's link today. No audit row: a visit is anonymous and
    nothing about the visitor is kept, only the day's count."""
    day = day or timezone.localdate()
    with transaction.atomic():
        updated = ActionVisit.objects.filter(action=action, day=day).update(count=F("count") + 1)
        if updated:
            return
    try:
        with transaction.atomic():
            ActionVisit.objects.create(action=action, day=day, count=1)
    except IntegrityError:
        # Another request created the day's row first: add to it.
        ActionVisit.objects.filter(action=action, day=day).update(count=F("count") + 1)


# ---------------------------------------------------------------- reach import


@dataclass(frozen=True)
class ReachRow:
    line: int
    code: str
    day: dt.date
    impressions: int
    clicks: int


@transaction.atomic
def reach_import(*, organisation, acting_user, rows: list[ReachRow]) -> list[Action]:
    """Store each action's daily reach (a day imported again replaces its figures) and set the
    action's impressions and clicks to the sum of its days. All rows or none."""
    codes = {row.code for row in rows}
    actions = {
        a.code: a
        for a in Action.objects.select_for_update()
        .filter(code__in=codes, wave__campaign__organisation=organisation)
        .select_related("wave__campaign")
    }
    missing = codes - set(actions)
    if missing:
        raise OutreachError(
            _("Unknown link code: %(codes)s.") % {"codes": ", ".join(sorted(missing))},
            code="unknown",
        )
    for row in rows:
        ActionReach.objects.update_or_create(
            action=actions[row.code],
            day=row.day,
            defaults={"impressions": row.impressions, "clicks": row.clicks},
        )
    for action in actions.values():
        totals = ActionReach.objects.filter(action=action).aggregate(
            impressions=Sum("impressions", default=0), clicks=Sum("clicks", default=0)
        )
        if max(totals.values()) > INTEGER_MAX:
            raise OutreachError(
                _("The figures of %(code)s add up to more than korps can store.")
                % {"code": action.code},
                code="too_large",
            )
        action.impressions, action.clicks = totals["impressions"], totals["clicks"]
        action.save(update_fields=["impressions", "clicks"])
    audit_record(
        actor=acting_user,
        action="outreach.reach.imported",
        organisation=organisation,
        data={"rows": len(rows), "codes": sorted(codes)},
    )
    return list(actions.values())


# ---------------------------------------------------------------- ambassadors


def _pick_ambassador(*, organisation, topic: str, language: str) -> AmbassadorProfile | None:
    """The available ambassador for the topic and language assigned least recently.
    The zone has a few dozen ambassadors at most; topics and languages are JSON lists, which
    SQLite cannot search, so the match is made here on the locked candidates."""
    active = ambassadors_of(organisation).values("pk")
    candidates = [
        profile
        for profile in AmbassadorProfile.objects.select_for_update()
        .filter(organisation=organisation, available=True, user_id__in=active)
        .order_by(F("last_assigned_at").asc(nulls_first=True), "pk")
        if topic in profile.topics and language in profile.languages
    ]
    return candidates[0] if candidates else None


@transaction.atomic
def question_ask(
    *,
    organisation,
    topic: str,
    language: str,
    name: str,
    email: str,
    question: str,
    source: str = "",
) -> AmbassadorQuestion:
    now = timezone.now()
    item = AmbassadorQuestion(
        organisation=organisation,
        topic=topic,
        language=language,
        name=name.strip(),
        email=email.strip().lower(),
        question=question.strip(),
        source=source[:40],
        created_at=now,
    )
    profile = _pick_ambassador(organisation=organisation, topic=topic, language=language)
    if profile is not None:
        item.ambassador, item.assigned_at = profile, now
        profile.last_assigned_at = now
        profile.save(update_fields=["last_assigned_at"])
    item.full_clean()
    item.save()
    audit_record(
        actor=None,
        action="outreach.question.asked",
        target=item,
        organisation=organisation,
        data={"topic": topic, "language": language, "assigned": profile is not None},
    )
    if profile is not None:
        transaction.on_commit(lambda: emails.question_assigned_mail(question_id=item.pk))
    else:
        # No ambassador for this topic and language: the diversity team answers instead.
        transaction.on_commit(lambda: emails.question_unrouted_mail(question_id=item.pk))
    return item


@transaction.atomic
def question_reply(*, question: AmbassadorQuestion, text: str) -> AmbassadorQuestion:
    """The visitor goes on after an answer (through the answer mail's personal link): a new
    question that follows the answered one, for the ambassador who answered if they are still
    available, else as any new question. One open reply at a time."""
    question = AmbassadorQuestion.objects.select_for_update().get(pk=question.pk)
    if question.status != QuestionStatus.ANSWERED:
        raise OutreachError(_("This question has no answer yet."), code="not_answered")
    if question.replies.exclude(status=QuestionStatus.ANSWERED).exists():
        raise OutreachError(_("Your reply is waiting for an answer already."), code="waiting")
    text = text.strip()
    if not text:
        raise OutreachError(_("Write your reply first."), code="empty")
    now = timezone.now()
    reply = AmbassadorQuestion(
        organisation=question.organisation,
        follows=question,
        topic=question.topic,
        language=question.language,
        name=question.name,
        email=question.email,
        question=text,
        created_at=now,
    )
    profile = question.ambassador
    available = (
        profile is not None
        and profile.available
        and ambassadors_of(question.organisation).filter(pk=profile.user_id).exists()
    )
    if not available:
        profile = _pick_ambassador(
            organisation=question.organisation, topic=question.topic, language=question.language
        )
    if profile is not None:
        reply.ambassador, reply.assigned_at = profile, now
    reply.full_clean()
    reply.save()
    audit_record(
        actor=None,
        action="outreach.question.replied",
        target=reply,
        organisation=question.organisation,
        data={"follows": question.pk, "assigned": profile is not None},
    )
    if profile is not None:
        transaction.on_commit(lambda: emails.question_assigned_mail(question_id=reply.pk))
    else:
        transaction.on_commit(lambda: emails.question_unrouted_mail(question_id=reply.pk))
    return reply


@transaction.atomic
def question_answer(*, question: AmbassadorQuestion, acting_user, answer: str):
    question = AmbassadorQuestion.objects.select_for_update().get(pk=question.pk)
    if question.status == QuestionStatus.ANSWERED:
        raise OutreachError(_("This question was answered already."), code="answered")
    answer = answer.strip()
    if not answer:
        raise OutreachError(_("Write an answer first."), code="empty")
    question.answer = answer
    question.answered_at = timezone.now()
    question.answered_by = acting_user
    question.status = QuestionStatus.ANSWERED
    question.save(update_fields=["answer", "answered_at", "answered_by", "status"])
    audit_record(
        actor=acting_user,
        action="outreach.question.answered",
        target=question,
        organisation=question.organisation,
    )
    transaction.on_commit(lambda: emails.answer_mail(question_id=question.pk))
    return question


@transaction.atomic
def question_reassign(
    *, question: AmbassadorQuestion, acting_user, ambassador: AmbassadorProfile
) -> AmbassadorQuestion:
    if ambassador.organisation_id != question.organisation_id:
        raise OutreachError(_("This ambassador belongs to another zone."), code="zone")
    now = timezone.now()
    previous = question.ambassador_id
    question.ambassador, question.assigned_at = ambassador, now
    question.save(update_fields=["ambassador", "assigned_at"])
    ambassador.last_assigned_at = now
    ambassador.save(update_fields=["last_assigned_at"])
    audit_record(
        actor=acting_user,
        action="outreach.question.reassigned",
        target=question,
        organisation=question.organisation,
        data={"from": previous, "to": ambassador.pk},
    )
    transaction.on_commit(lambda: emails.question_assigned_mail(question_id=question.pk))
    return question


def add_working_days(moment: dt.datetime, days: int) -> dt.datetime:
    """`moment` plus `days` working days, at the same time of day; weekends do not count."""
    while days > 0:
        moment += dt.timedelta(days=1)
        if moment.weekday() < 5:
            days -= 1
    return moment


def answer_deadline(question: AmbassadorQuestion) -> dt.datetime:
    return add_working_days(
        timezone.localtime(question.created_at), settings.KORPS_AMBASSADOR_ANSWER_DAYS
    )


def questions_escalate(*, now: dt.datetime | None = None) -> list[int]:
    """Escalate every open question past its deadline to the zone's diversity managers.
    Running it again escalates nothing twice."""
    now = now or timezone.now()
    escalated = []
    earliest = now - dt.timedelta(days=settings.KORPS_AMBASSADOR_ANSWER_DAYS)
    for question_id in AmbassadorQuestion.objects.filter(
        status=QuestionStatus.OPEN, created_at__lte=earliest
    ).values_list("pk", flat=True):
        if question_escalate(question_id=question_id, now=now):
            escalated.append(question_id)
    return escalated


@transaction.atomic
def question_escalate(*, question_id: int, now: dt.datetime) -> bool:
    question = AmbassadorQuestion.objects.select_for_update().get(pk=question_id)
    if question.status != QuestionStatus.OPEN or answer_deadline(question) > now:
        return False
    question.status = QuestionStatus.ESCALATED
    question.escalated_at = now
    question.save(update_fields=["status", "escalated_at"])
    audit_record(
        actor=None,
        action="outreach.question.escalated",
        target=question,
        organisation=question.organisation,
    )
    transaction.on_commit(lambda: emails.escalation_mail(question_id=question.pk))
    return True


# ---------------------------------------------------------------- partners


@transaction.atomic
def partner_create(*, organisation, acting_user, name: str, kind: str, offer: str = "") -> Partner:
    partner = Partner(organisation=organisation, name=name.strip(), kind=kind, offer=offer)
    partner.full_clean()
    partner.save()
    audit_record(
        actor=acting_user,
        action="outreach.partner.created",
        target=partner,
        organisation=organisation,
    )
    return partner


@transaction.atomic
def partner_update(*, partner: Partner, acting_user, **fields) -> Partner:
    changes = _changed(partner, fields)
    partner.full_clean()
    partner.save()
    audit_record(
        actor=acting_user,
        action="outreach.partner.updated",
        target=partner,
        organisation=partner.organisation,
        data={"changed": sorted(changes)},
    )
    return partner


@transaction.atomic
def partner_person_add(
    *, partner: Partner, acting_user, name: str, role: str = "", email: str = "", phone: str = ""
) -> PartnerPerson:
    person = PartnerPerson(partner=partner, name=name.strip(), role=role, email=email, phone=phone)
    person.full_clean()
    person.save()
    audit_record(
        actor=acting_user,
        action="outreach.partner.person_added",
        target=partner,
        organisation=partner.organisation,
        data={"person": person.pk},
    )
    return person


@transaction.atomic
def partner_contact_log(
    *, partner: Partner, acting_user, date: dt.date, note: str
) -> PartnerContact:
    contact = PartnerContact(partner=partner, date=date, by=acting_user, note=note.strip())
    contact.full_clean()
    contact.save()
    audit_record(
        actor=acting_user,
        action="outreach.partner.contacted",
        target=partner,
        organisation=partner.organisation,
        data={"contact": contact.pk, "date": date.isoformat()},
    )
    return contact
