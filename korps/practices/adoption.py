"""Where an adoption goes. When the diversity plan app is installed, this app's
`AppConfig.ready()` registers `into_plan` (the plan sits below the library in the layers, so
the library calls it); without it an adoption is the zone's own to-do list
(`services.todo_list_create`)."""

from __future__ import annotations

from collections.abc import Callable

# adopter(zone, sheet, actor, language) -> the object it made (a plan action), or None to pass.
Adopter = Callable[[object, object, object, str], object | None]
ADOPTERS: list[Adopter] = []


def register_adopter(adopter: Adopter) -> None:
    if adopter not in ADOPTERS:
        ADOPTERS.append(adopter)


def into_plan(zone, sheet, actor, language: str):
    """An action in the zone's diversity plan (plan.services.action_from_practice), with the
    sheet's success factors and challenges as milestones and its partners as contacts."""
    from django.urls import reverse

    from korps.plan.services import action_from_practice

    from .services import checklist_lines

    checklist, contacts = checklist_lines(sheet=sheet, zone=zone, language=language)
    texts = {text.language: text for text in sheet.texts.all()}
    text = texts.get(language) or next(iter(texts.values()))
    return action_from_practice(
        actor=actor,
        organisation=zone,
        title=text.title,
        checklist=checklist,
        contacts=contacts,
        practice_url=reverse("practices:sheet", kwargs={"zone": zone.code, "slug": sheet.slug}),
    )
