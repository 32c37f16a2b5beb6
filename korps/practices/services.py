"""Every write of the practice library, each in a transaction with its audit row. A sheet
belongs to no zone; its audit rows name the zone the actor worked from where there is one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from korps.audit.services import audit_record
from korps.core.errors import DomainError
from korps.organisations.permissions import can_moderate_practices
from korps.outreach.models import Partner

from . import search
from .adoption import ADOPTERS
from .models import (
    Adoption,
    AdoptionItem,
    Implementation,
    ItemKind,
    PracticeSheet,
    Review,
    SheetPartner,
    SheetText,
    Status,
    StatusChange,
)

TEXT_FIELDS = (
    "title",
    "summary",
    "target_group_text",
    "description",
    "goals_text",
    "success_factors",
    "challenges",
    "problem",
    "rationale",
    "evaluation",
    "replication",
)
# Where a moderator may move a sheet from each status.
MOVES = {
    Status.SUBMITTED: {Status.IN_REVIEW, Status.CHANGES_REQUESTED, Status.DECLINED},
    Status.IN_REVIEW: {Status.CHANGES_REQUESTED, Status.PUBLISHED, Status.DECLINED},
    Status.CHANGES_REQUESTED: {Status.IN_REVIEW, Status.DECLINED},
    Status.PUBLISHED: {Status.IN_REVIEW, Status.DECLINED},
    Status.DECLINED: {Status.IN_REVIEW},
}
NEEDS_REASON = {Status.CHANGES_REQUESTED, Status.DECLINED}
# Share of stemmed words in common above which a new sheet is flagged as a likely duplicate.
DUPLICATE_OVERLAP = 0.6


class PracticeError(DomainError):
    pass


@dataclass(frozen=True)
class SheetData:
    category: str
    target_group: str
    stage: str
    result: str
    policy_domains: list
    goals: list
    texts: dict  # language -> {field: value}
    partners: list  # [(name, role)]


def _unique_slug(title: str) -> str:
    base = slugify(title)[:70] or "practice"
    slug, number = base, 1
    while PracticeSheet.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def _write_texts(sheet: PracticeSheet, texts: dict) -> None:
    """Writes the texts of the languages given; the sheet's other languages stay."""
    for language, values in texts.items():
        text, _created = SheetText.objects.update_or_create(
            sheet=sheet,
            language=language,
            defaults={name: values.get(name, "") for name in TEXT_FIELDS},
        )
        search.index_text(text)


def _write_partners(sheet: PracticeSheet, partners: list) -> None:
    sheet.partners.all().delete()
    SheetPartner.objects.bulk_create(
        SheetPartner(sheet=sheet, name=name, role=role) for name, role in partners if name
    )


def _fingerprint(sheet: PracticeSheet) -> dict[str, set[str]]:
    """Per language, the stemmed words of the title and summary."""
    return {
        text.language: set(search.stems(f"{text.title} {text.summary}", text.language))
        for text in sheet.texts.all()
    }


def likely_duplicate(sheet: PracticeSheet) -> PracticeSheet | None:
    """The earliest other sheet, not declined, whose title is the same or whose title and
    summary share most of their words with this one's in a language both have."""
    mine = _fingerprint(sheet)
    titles = {slugify(t.title) for t in sheet.texts.all()}
    others = (
        PracticeSheet.objects.exclude(pk=sheet.pk)
        .exclude(status=Status.DECLINED)
        .prefetch_related("texts")
        .order_by("created_at", "pk")
    )
    for other in others:
        if titles & {slugify(t.title) for t in other.texts.all()}:
            return other
        for language, theirs in _fingerprint(other).items():
            ours = mine.get(language)
            if ours and theirs and len(ours & theirs) / len(ours | theirs) >= DUPLICATE_OVERLAP:
                return other
    return None


def _record_move(sheet, *, actor, to_status: str, reason: str = "") -> None:
    StatusChange.objects.create(
        sheet=sheet, from_status=sheet.status, to_status=to_status, reason=reason, actor=actor
    )
    sheet.status = to_status
    if to_status == Status.PUBLISHED and sheet.published_at is None:
        sheet.published_at = timezone.now()
    sheet.save(update_fields=["status", "published_at"])


@transaction.atomic
def sheet_submit(*, actor, zone, data: SheetData) -> PracticeSheet:
    """Any staff member of any zone submits a practice; it waits for a moderator. A sheet
    much like one already in the library is flagged as a likely duplicate (and still kept:
    the moderator decides)."""
    if not data.texts:
        raise PracticeError(_("Write the practice in at least one language."), code="no_text")
    first_title = next(iter(data.texts.values()))["title"]
    sheet = PracticeSheet.objects.create(
        slug=_unique_slug(first_title),
        category=data.category,
        target_group=data.target_group,
        stage=data.stage,
        result=data.result,
        policy_domains=list(data.policy_domains),
        goals=list(data.goals),
        submitted_by=actor,
        origin=zone.name if zone is not None else "",
        status=Status.SUBMITTED,
    )
    _write_texts(sheet, data.texts)
    _write_partners(sheet, data.partners)
    StatusChange.objects.create(sheet=sheet, to_status=Status.SUBMITTED, actor=actor)
    duplicate = likely_duplicate(sheet)
    if duplicate is not None:
        sheet.likely_duplicate_of = duplicate
        sheet.save(update_fields=["likely_duplicate_of"])
    audit_record(
        actor=actor,
        action="practices.sheet.submitted",
        target=sheet,
        organisation=zone,
        data={"likely_duplicate_of": duplicate.pk if duplicate else None},
    )
    return sheet


@transaction.atomic
def sheet_update(*, actor, sheet: PracticeSheet, data: SheetData) -> PracticeSheet:
    """The submitter (or a moderator) changes a sheet. Every edit is reviewed: a sheet whose
    changes were asked for, or a published one, goes back to the moderators (a published
    sheet leaves the library until it is published again)."""
    if actor.pk != sheet.submitted_by_id and not can_moderate_practices(actor):
        raise PracticeError(_("Only the submitter or a moderator may change this sheet."))
    for name in ("category", "target_group", "stage", "result"):
        setattr(sheet, name, getattr(data, name))
    sheet.policy_domains, sheet.goals = list(data.policy_domains), list(data.goals)
    sheet.save()
    _write_texts(sheet, data.texts)
    _write_partners(sheet, data.partners)
    if sheet.status in (Status.CHANGES_REQUESTED, Status.PUBLISHED, Status.DECLINED):
        _record_move(sheet, actor=actor, to_status=Status.SUBMITTED, reason="")
    audit_record(actor=actor, action="practices.sheet.updated", target=sheet)
    return sheet


@transaction.atomic
def sheet_move(*, actor, sheet: PracticeSheet, to_status: str, reason: str = "") -> None:
    """A moderator moves a sheet on. Asking for changes and declining need a reason, which
    the submitter sees on their submissions page."""
    if not can_moderate_practices(actor):
        raise PracticeError(_("Only a moderator may do this."), code="forbidden")
    reason = reason.strip()
    if to_status not in MOVES.get(sheet.status, set()):
        raise PracticeError(_("A sheet cannot move there from its present status."))
    if to_status in NEEDS_REASON and not reason:
        raise PracticeError(
            _("Give a reason: the submitter reads it and can act on it."), code="no_reason"
        )
    previous = sheet.status
    _record_move(sheet, actor=actor, to_status=to_status, reason=reason)
    audit_record(
        actor=actor,
        action="practices.sheet.moved",
        target=sheet,
        data={"from": previous, "to": to_status},
    )


@transaction.atomic
def sheet_appeal(*, actor, sheet: PracticeSheet, reason: str) -> None:
    """The submitter appeals a decision (declined or changes asked): the sheet goes back to
    review with the appeal's reason in its history."""
    if actor.pk != sheet.submitted_by_id:
        raise PracticeError(_("Only the submitter may appeal."), code="forbidden")
    if sheet.status not in (Status.DECLINED, Status.CHANGES_REQUESTED):
        raise PracticeError(_("Only a declined sheet or one with changes asked can be appealed."))
    if not reason.strip():
        raise PracticeError(_("Say why the decision should change."), code="no_reason")
    _record_move(sheet, actor=actor, to_status=Status.IN_REVIEW, reason=reason.strip())
    audit_record(actor=actor, action="practices.sheet.appealed", target=sheet)


@transaction.atomic
def review_record(*, actor, sheet: PracticeSheet, verdict: str, comment: str = "") -> Review:
    """A moderator's verdict; one per reviewer (a second one replaces the first). The
    submitter cannot review their own sheet."""
    if not can_moderate_practices(actor):
        raise PracticeError(_("Only a moderator may do this."), code="forbidden")
    if actor.pk == sheet.submitted_by_id:
        raise PracticeError(_("You cannot review a practice you submitted."), code="own")
    review, _created = Review.objects.update_or_create(
        sheet=sheet, reviewer=actor, defaults={"verdict": verdict, "comment": comment.strip()}
    )
    audit_record(
        actor=actor, action="practices.sheet.reviewed", target=sheet, data={"verdict": verdict}
    )
    return review


@transaction.atomic
def implementation_save(
    *,
    actor,
    zone,
    sheet: PracticeSheet,
    text: str,
    language: str,
    contact=None,
    started_on=None,
    ended_on=None,
) -> Implementation:
    """The zone's own account of how it runs the practice; saving it confirms it."""
    implementation, created = Implementation.objects.update_or_create(
        organisation=zone,
        sheet=sheet,
        defaults={
            "text": text,
            "language": language,
            "contact": contact,
            "started_on": started_on,
            "ended_on": ended_on,
            "last_confirmed": timezone.localdate(),
        },
    )
    audit_record(
        actor=actor,
        action="practices.implementation.saved",
        target=implementation,
        organisation=zone,
        data={"created": created},
    )
    return implementation


@transaction.atomic
def implementation_confirm(*, actor, implementation: Implementation) -> None:
    implementation.last_confirmed = timezone.localdate()
    implementation.save(update_fields=["last_confirmed"])
    audit_record(
        actor=actor,
        action="practices.implementation.confirmed",
        target=implementation,
        organisation=implementation.organisation,
    )


# A contact is asked again at most this often.
ASK_AGAIN_DAYS = 30


def confirmations_due(*, zone, today=None) -> int:
    """Asks the contact of every implementation of the zone that is due (last confirmed a
    year ago, less a month's notice) to confirm it; the zone's diversity managers are asked
    when the contact has left. Nobody is asked twice within ASK_AGAIN_DAYS. Returns how many
    implementations were asked about."""
    from korps.organisations.permissions import diversity_managers_of, has_left_zone

    from .emails import confirmation_mail
    from .models import CONFIRMATION_DAYS

    today = today or timezone.localdate()
    due = today - dt.timedelta(days=CONFIRMATION_DAYS - ASK_AGAIN_DAYS)
    asked = 0
    rows = (
        Implementation.objects.filter(organisation=zone, last_confirmed__lte=due)
        .exclude(confirmation_asked_on__gt=today - dt.timedelta(days=ASK_AGAIN_DAYS))
        .select_related("organisation", "sheet", "contact")
    )
    for implementation in rows:
        if has_left_zone(implementation.contact, zone.pk):
            recipients = list(diversity_managers_of(zone))
        else:
            recipients = [implementation.contact]
        with transaction.atomic():
            for recipient in recipients:
                confirmation_mail(implementation=implementation, recipient=recipient)
            implementation.confirmation_asked_on = today
            implementation.save(update_fields=["confirmation_asked_on"])
            audit_record(
                actor=None,
                action="practices.implementation.confirmation_asked",
                target=implementation,
                organisation=zone,
                data={"recipients": len(recipients)},
            )
        asked += 1
    return asked


@transaction.atomic
def moderator_set(*, user, moderator: bool, actor=None) -> None:
    """Makes the user a moderator of the practice library, or no longer one (a site
    operator's decision: `korps practice-moderator`)."""
    from django.contrib.auth.models import Permission

    permission = Permission.objects.get(
        content_type__app_label="practices", codename="moderate_practices"
    )
    if moderator:
        user.user_permissions.add(permission)
    else:
        user.user_permissions.remove(permission)
    audit_record(
        actor=actor,
        action="practices.moderator.granted" if moderator else "practices.moderator.revoked",
        target=user,
    )


def _checklist(sheet: PracticeSheet, zone, language: str) -> list[AdoptionItem]:
    texts = {t.language: t for t in sheet.texts.all()}
    text = texts.get(language) or next(iter(texts.values()))
    own_partners = {p.name.casefold(): p for p in Partner.objects.filter(organisation=zone)}
    items = [(ItemKind.SUCCESS_FACTOR, line, None) for line in text.lines("success_factors")]
    items += [(ItemKind.CHALLENGE, line, None) for line in text.lines("challenges")]
    items += [
        (
            ItemKind.CONTACT,
            f"{p.name} ({p.role})" if p.role else p.name,
            own_partners.get(p.name.casefold()),
        )
        for p in sheet.partners.all()
    ]
    return [
        AdoptionItem(kind=kind, text=line, partner=partner, position=position)
        for position, (kind, line, partner) in enumerate(items)
    ]


@transaction.atomic
def sheet_adopt(*, actor, zone, sheet: PracticeSheet, language: str = "nl"):
    """The zone takes up a published practice: an action in its diversity plan when the plan
    app has registered an adopter (see apps.py), else a to-do list (todo_list_create)."""
    if sheet.status != Status.PUBLISHED:
        raise PracticeError(_("Only a published practice can be adopted."))
    for adopter in ADOPTERS:
        made = adopter(zone, sheet, actor, language)
        if made is not None:
            return made
    return todo_list_create(actor=actor, zone=zone, sheet=sheet, language=language)


def todo_list_create(*, actor, zone, sheet: PracticeSheet, language: str = "nl") -> Adoption:
    """The zone's to-do list for a practice: the sheet's success factors and challenges as a
    checklist and its partners as contacts (the zone's own outreach partner of that name
    linked)."""
    adoption = Adoption.objects.create(organisation=zone, sheet=sheet, adopted_by=actor)
    items = _checklist(sheet, zone, language)
    for item in items:
        item.adoption = adoption
    AdoptionItem.objects.bulk_create(items)
    audit_record(
        actor=actor, action="practices.adoption.created", target=adoption, organisation=zone
    )
    return adoption


def checklist_lines(*, sheet: PracticeSheet, zone, language: str) -> tuple[list, list]:
    """(the checklist: success factors then challenges, the contacts) of a practice, as the
    to-do list would have them, for an adopter."""
    items = _checklist(sheet, zone, language)
    checklist = [i.text for i in items if i.kind != ItemKind.CONTACT]
    contacts = [i.text for i in items if i.kind == ItemKind.CONTACT]
    return checklist, contacts


@transaction.atomic
def adoption_item_toggle(*, actor, item: AdoptionItem) -> AdoptionItem:
    item.done = not item.done
    item.save(update_fields=["done"])
    audit_record(
        actor=actor,
        action="practices.adoption.item_done" if item.done else "practices.adoption.item_open",
        target=item.adoption,
        organisation=item.adoption.organisation,
    )
    return item
