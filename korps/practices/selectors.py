"""Reads of the practice library. Sheets are instance-wide. Implementations belong to zones
but are written to be shared: the sheet page lists every zone's implementation, read across
zones here (`with_scopes_disabled`, the one place), with the zone's name, the text and the
contact's name only."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q, QuerySet

from korps.organisations.permissions import can_moderate_practices, still_members
from korps.outreach.models import Partner

from . import search
from .models import (
    Adoption,
    Implementation,
    PracticeSheet,
    Review,
    SheetText,
    Status,
    Verdict,
)

# How many recommending reviewers make a sheet "recommended" (with the four criteria).
RECOMMENDING_REVIEWERS = 2


def _with_texts(sheets: QuerySet) -> QuerySet:
    return sheets.prefetch_related(
        Prefetch("texts", queryset=SheetText.objects.order_by("language")), "partners"
    )


def text_for(sheet: PracticeSheet, language: str) -> SheetText | None:
    """The sheet's text in the reader's language, else in Dutch, French, English order."""
    texts = {text.language: text for text in sheet.texts.all()}
    for code in (language, "nl", "fr", "en"):
        if code in texts:
            return texts[code]
    return None


def library(
    *,
    query: str = "",
    category: str = "",
    target_group: str = "",
    stage: str = "",
    result: str = "",
    zone_id: int | None = None,
    partner: str = "",
) -> list[PracticeSheet]:
    """The published sheets that match: full-text search (best first) and the filters."""
    sheets = PracticeSheet.objects.filter(status=Status.PUBLISHED)
    if category:
        sheets = sheets.filter(category=category)
    if target_group:
        sheets = sheets.filter(target_group=target_group)
    if stage:
        sheets = sheets.filter(stage=stage)
    if result:
        sheets = sheets.filter(result=result)
    if partner:
        sheets = sheets.filter(partners__name__icontains=partner)
    if zone_id:
        run_by = Implementation.objects.with_scopes_disabled().filter(organisation_id=zone_id)
        sheets = sheets.filter(pk__in=run_by.values("sheet_id"))
    sheets = _with_texts(
        sheets.annotate(
            zones=Count("implementations", distinct=True),
        ).distinct()
    )
    if not query.strip():
        return list(sheets.order_by("-published_at", "pk"))
    ranked = search.ranked_sheet_ids(query)
    found = {sheet.pk: sheet for sheet in sheets.filter(pk__in=ranked)}
    return [found[pk] for pk in ranked if pk in found]


def zones_with_implementations() -> list[tuple[int, str]]:
    """For the zone filter: every zone that has described an implementation."""
    rows = (
        Implementation.objects.with_scopes_disabled()
        .values_list("organisation_id", "organisation__name")
        .distinct()
        .order_by("organisation__name")
    )
    return list(rows)


def sheet_get(*, slug: str, user) -> PracticeSheet | None:
    """A published sheet, or one the user submitted or moderates."""
    sheet = _with_texts(PracticeSheet.objects.filter(slug=slug)).first()
    if sheet is None:
        return None
    if sheet.status == Status.PUBLISHED or sheet.submitted_by_id == user.pk:
        return sheet
    return sheet if can_moderate_practices(user) else None


@dataclass(frozen=True)
class ImplementationView:
    implementation: Implementation
    zone_name: str
    contact_name: str
    contact_left: bool
    stale: bool


def implementations_of(sheet: PracticeSheet) -> list[ImplementationView]:
    """Every zone's implementation of the sheet, for the sheet page (shared on purpose)."""
    rows = (
        Implementation.objects.with_scopes_disabled()
        .filter(sheet=sheet)
        .select_related("organisation", "contact")
        .order_by("organisation__name")
    )
    rows = list(rows)
    staying = still_members((row.contact_id, row.organisation_id) for row in rows if row.contact_id)
    return [
        ImplementationView(
            implementation=row,
            zone_name=row.organisation.name,
            contact_name=row.contact.full_name if row.contact else "",
            contact_left=(row.contact_id, row.organisation_id) not in staying,
            stale=row.is_stale,
        )
        for row in rows
    ]


def implementation_of_zone(*, sheet: PracticeSheet, zone) -> Implementation | None:
    return Implementation.objects.filter(organisation=zone, sheet=sheet).first()


def is_recommended(sheet: PracticeSheet) -> bool:
    """Two reviewers recommend it and a text of it fills in the four criteria."""
    if not any(text.criteria_filled for text in sheet.texts.all()):
        return False
    agreeing = Review.objects.filter(sheet=sheet, verdict=Verdict.RECOMMEND).values("reviewer")
    return agreeing.distinct().count() >= RECOMMENDING_REVIEWERS


def _profile(sheet: PracticeSheet) -> tuple[set, str, set, set]:
    words = set()
    for text in sheet.texts.all():
        words |= set(search.stems(f"{text.title} {text.summary} {text.description}", text.language))
    partners = {p.name.casefold() for p in sheet.partners.all()}
    return set(sheet.goals), sheet.target_group, partners, words


def similar_sheets(sheet: PracticeSheet, *, limit: int = 4) -> list[PracticeSheet]:
    """Published sheets most like this one: shared goals (2 points each), the same target
    group (2), shared partners (2 each) and words in common (up to 4, by overlap)."""
    goals, group, partners, words = _profile(sheet)
    scored = []
    others = _with_texts(PracticeSheet.objects.filter(status=Status.PUBLISHED).exclude(pk=sheet.pk))
    for other in others:
        o_goals, o_group, o_partners, o_words = _profile(other)
        overlap = len(words & o_words) / len(words | o_words) if words | o_words else 0
        score = (
            2 * len(goals & o_goals)
            + (2 if group == o_group else 0)
            + 2 * len(partners & o_partners)
            + 4 * overlap
        )
        if score > 0:
            scored.append((-score, other.pk, other))
    return [other for _score, _pk, other in sorted(scored)[:limit]]


def own_partner_names(zone) -> set[str]:
    """The zone's outreach partners, by name folded, to show which of a sheet's partners the
    zone already works with."""
    return {
        name.casefold()
        for name in Partner.objects.filter(organisation=zone).values_list("name", flat=True)
    }


def moderation_queue() -> list[PracticeSheet]:
    waiting = (Status.SUBMITTED, Status.IN_REVIEW, Status.CHANGES_REQUESTED)
    return list(
        _with_texts(PracticeSheet.objects.filter(status__in=waiting))
        .select_related("submitted_by", "likely_duplicate_of")
        .annotate(review_count=Count("reviews"))
        .order_by("created_at", "pk")
    )


def submissions_of(user) -> list[PracticeSheet]:
    return list(
        _with_texts(PracticeSheet.objects.filter(submitted_by=user))
        .prefetch_related("history")
        .order_by("-created_at")
    )


def adoptions_of(zone) -> QuerySet[Adoption]:
    return (
        Adoption.objects.filter(organisation=zone)
        .select_related("sheet", "adopted_by")
        .prefetch_related("sheet__texts")
        .annotate(item_count=Count("items"), done_count=Count("items", filter=Q(items__done=True)))
    )


def adoption_get(*, zone, pk: int) -> Adoption | None:
    return (
        Adoption.objects.filter(organisation=zone, pk=pk)
        .select_related("sheet", "adopted_by")
        .prefetch_related("items__partner", "sheet__texts")
        .first()
    )
