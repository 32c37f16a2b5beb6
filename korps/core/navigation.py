"""The staff navigation: each app registers its entries with the permission they need, and
every user sees exactly the entries their roles in the current zone allow."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.functional import Promise


@dataclass(frozen=True)
class NavItem:
    label: str | Promise
    url_name: str
    permission: str
    order: int = 100


NAV_ITEMS: list[NavItem] = []


def register(item: NavItem) -> None:
    NAV_ITEMS.append(item)
    NAV_ITEMS.sort(key=lambda i: (i.order, str(i.url_name)))


def items_for(permissions: frozenset[str], zone_code: str) -> list[dict]:
    return [
        {
            "label": item.label,
            "url": reverse(item.url_name, kwargs={"zone": zone_code}),
            "url_name": item.url_name,
        }
        for item in NAV_ITEMS
        if item.permission in permissions
    ]


@dataclass(frozen=True)
class HomePanel:
    """A block on the staff home page, shown to users with `permission` in the zone.
    `context` receives (request, zone) and returns extra context for `template`."""

    template: str
    permission: str
    order: int = 100
    context: object = None


HOME_PANELS: list[HomePanel] = []


def register_panel(panel: HomePanel) -> None:
    HOME_PANELS.append(panel)
    HOME_PANELS.sort(key=lambda p: (p.order, p.template))


def panels_for(permissions: frozenset[str]) -> list[HomePanel]:
    return [panel for panel in HOME_PANELS if panel.permission in permissions]


@dataclass(frozen=True)
class PublicNavItem:
    """An entry in the career site's navigation, added by an app above the career site
    (e.g. outreach's Ask an ambassador), so that the career site need not know it."""

    label: str | Promise
    url_name: str
    order: int = 100


PUBLIC_NAV_ITEMS: list[PublicNavItem] = []


def register_public(item: PublicNavItem) -> None:
    if item not in PUBLIC_NAV_ITEMS:
        PUBLIC_NAV_ITEMS.append(item)
        PUBLIC_NAV_ITEMS.sort(key=lambda i: (i.order, i.url_name))


def public_items(zone_code: str) -> list[dict]:
    return [
        {
            "label": item.label,
            "url": reverse(item.url_name, kwargs={"zone": zone_code}),
            "url_name": item.url_name,
        }
        for item in PUBLIC_NAV_ITEMS
    ]
