"""The access matrix: every URL pattern of korps declares, per role, who may open it.

Each app lists its URLs in `<app>/tests/access.py` as `EXPECTATIONS = [Access(...), ...]`.
tests/test_access_matrix.py fails for any URL pattern with no declaration, and requests each
declared URL as every kind of visitor, checking who gets in and who is refused. It also posts
every action of a multi-action view (`actions`), and asks for another zone's objects through
the visitor's own zone's URL (they must be "not found")."""

from collections.abc import Callable
from dataclasses import dataclass, field

from korps.organisations.roles import Role

ANONYMOUS = "anonymous"
NO_MEMBERSHIP = "no_membership"
OTHER_ZONE_ADMIN = "other_zone_admin"
VISITORS = (ANONYMOUS, *(role.value for role in Role), NO_MEMBERSHIP, OTHER_ZONE_ADMIN)

EVERYONE = frozenset(VISITORS)
LOGGED_IN = EVERYONE - {ANONYMOUS}


def roles(*allowed: Role) -> frozenset[str]:
    return frozenset(role.value for role in allowed)


@dataclass(frozen=True)
class World:
    """What the URL builders can point at: the zone under test and objects made for it."""

    zone: object
    objects: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Posted:
    """One action of a multi-action view, posted as every visitor: the value of the URL's
    `action` argument, or the form field the view switches on (`name` is then a key of
    `data`). `allowed` narrows who may do it; by default whoever may open the URL."""

    name: str
    allowed: frozenset[str] | None = None
    data: dict = field(default_factory=dict)
    also_ok: tuple = ()


@dataclass(frozen=True)
class Access:
    url_name: str
    allowed: frozenset[str]
    # Builds the URL's keyword arguments from the world; by default the zone's code.
    kwargs: Callable[[World], dict] = lambda world: {"zone": world.zone.code}
    method: str = "get"
    data: dict | None = None
    # A URL name ending in ':*' covers every pattern under that namespace; `samples` are the
    # concrete URL names (with their kwargs builders) that stand for it in the request test.
    samples: tuple = ()
    # Objects the URL needs: called once with the world before the requests.
    setup: Callable[[World], None] | None = None
    # Status codes besides 200 and a redirect that count as "let in" (e.g. 400 for a form
    # posted empty).
    also_ok: tuple = ()
    # Every action the view handles (see Posted); tests/test_access_matrix.py fails for a
    # view whose actions are not all listed.
    actions: tuple = ()
    note: str = ""


def no_kwargs(world: World) -> dict:
    return {}
