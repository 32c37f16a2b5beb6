"""The tenant guard: every query of zone data names its zone or fails (django-scopes).

Every model with a path to `Organisation` has `objects = ScopedManager(organisation=<path>)`;
`korps/organisations/tests/test_tenant_guard.py` fails for a model that does not. Outside a
scope its queries raise `ScopeError`, so a forgotten zone filter fails loudly instead of showing
another zone's data. Scopes are opened in a few places only:

- staff pages: `ZonePermissionMixin` runs the view and renders its template in the URL's zone;
- public zone pages (`/careers/<zone>/...`): `ZonePublicMixin` does the same;
- personal links: `PersonalLinkMixin` finds the zone the token belongs to (the one lookup made
  with scopes disabled: the token itself names the record) and runs the view in that zone;
- scheduled commands loop over `each_zone()`; work that is cross-zone by nature (the back
  office's own narrowing, the demo seeder, benchmarks, rebuilding every zone's summaries) uses
  `scopes_disabled()` and says why;
- tests: an autouse fixture in `conftest.py` disables scopes for test code; a view still opens
  its own scope, which re-enables the guard inside it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from django.http import Http404, HttpResponse
from django_scopes import scope, scopes_disabled

from .models import Organisation

__all__ = [
    "PersonalLinkMixin",
    "each_zone",
    "rendered",
    "respond_in_zone",
    "scopes_disabled",
    "zone_of",
    "zone_scope",
]


def zone_scope(zone: Organisation | int | list):
    """Queries of zone-scoped models inside see only this zone (a zone, its pk, or a list).
    None is refused: django-scopes reads it as "every zone"."""
    if zone is None:
        raise ValueError("A zone scope needs a zone.")
    return scope(organisation=zone)


def rendered(response: HttpResponse) -> HttpResponse:
    """A TemplateResponse renders after the view returns, outside the view's scope; this
    renders it now, inside."""
    if callable(getattr(response, "render", None)) and not response.is_rendered:
        response.render()
    return response


def respond_in_zone(zone, view: Callable[[], HttpResponse]) -> HttpResponse:
    """Runs a view, and renders its template, in the zone's scope."""
    with zone_scope(zone):
        return rendered(view())


def each_zone() -> Iterator[Organisation]:
    """Every zone in turn, each yielded inside its own scope (for scheduled commands)."""
    with scopes_disabled():
        zones = list(Organisation.objects.order_by("pk"))
    for zone in zones:
        with zone_scope(zone):
            yield zone


def zone_of(model, zone_path: str, **lookup) -> int | None:
    """The pk of the zone of the record the lookup names, or None when there is none.

    Looked up with scopes disabled because the caller arrives without a zone: a personal
    link's token, or a task's primary key, is what names the record."""
    with scopes_disabled():
        return model.objects.filter(**lookup).values_list(zone_path, flat=True).first()


class PersonalLinkMixin:
    """For pages reached by a personal link (`<token>` in the URL): the view runs in the zone of
    the record the token names, and an unknown token is a 404. Declare `link_model` and
    `link_zone` (the path from it to its zone); override `link_lookup` when the token is not
    stored as it arrives."""

    link_model = None
    link_zone = "organisation"

    def link_lookup(self, token: str) -> dict:
        # A token is `<link id>.<MAC>` (korps.core.links): the link id finds the zone; the
        # view then checks the MAC and answers 404 alike for a wrong one.
        return {"link_id": token.partition(".")[0]}

    def dispatch(self, request, *args, **kwargs):
        zone_pk = zone_of(self.link_model, self.link_zone, **self.link_lookup(kwargs["token"]))
        if zone_pk is None:
            raise Http404
        return respond_in_zone(
            zone_pk, lambda: super(PersonalLinkMixin, self).dispatch(request, *args, **kwargs)
        )
