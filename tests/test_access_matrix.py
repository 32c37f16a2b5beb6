"""Every URL pattern declares who may open it; every declaration is checked for every visitor."""

import inspect
import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module

import pytest
from django.apps import apps
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.converters import IntConverter

from korps.audit.models import AuditEntry
from korps.core.testing.access import (
    ANONYMOUS,
    NO_MEMBERSHIP,
    OTHER_ZONE_ADMIN,
    VISITORS,
    Access,
    World,
)
from korps.organisations.models import Organisation
from korps.organisations.roles import Role
from korps.organisations.tests.factories import (
    MembershipFactory,
    OrganisationFactory,
    UserFactory,
)


def declared_expectations() -> list[Access]:
    declared = []
    for config in apps.get_app_configs():
        if not config.name.startswith("korps."):
            continue
        try:
            module = import_module(f"{config.name}.tests.access")
        except ModuleNotFoundError:
            continue
        declared.extend(module.EXPECTATIONS)
    return declared


def url_names(patterns=None, namespace="") -> set[str]:
    names = set()
    for pattern in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            names |= url_names(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern):
            # An unnamed pattern counts by its route, so it needs a declaration all the same.
            names.add(f"{namespace}{pattern.name or pattern.pattern}")
    return names


def covers(access: Access, name: str) -> bool:
    if access.url_name.endswith(":*"):
        return name.startswith(access.url_name[:-1])
    return access.url_name == name


def test_every_url_pattern_declares_who_may_open_it():
    declared = declared_expectations()
    missing = sorted(n for n in url_names() if not any(covers(a, n) for a in declared))
    assert not missing, f"URL patterns without an access declaration: {missing}"


def test_every_declaration_names_an_existing_url():
    names = url_names()
    stale = [a.url_name for a in declared_expectations() if not any(covers(a, n) for n in names)]
    assert not stale, f"Access declarations for URLs that do not exist: {stale}"


@pytest.fixture
def visitors(db):
    zone = OrganisationFactory(name="Politiezone Matrix", code="matrix")
    elsewhere = OrganisationFactory(name="Politiezone Elders", code="elders")
    users = {ANONYMOUS: None, NO_MEMBERSHIP: UserFactory(email="nobody@matrix.test")}
    for role in Role:
        users[role.value] = MembershipFactory(
            organisation=zone, role=role, user=UserFactory(email=f"{role.value}@matrix.test")
        ).user
    users[OTHER_ZONE_ADMIN] = MembershipFactory(
        organisation=elsewhere,
        role=Role.ZONE_ADMIN,
        user=UserFactory(email="admin@elders.test"),
    ).user
    return World(zone=zone), users


@dataclass(frozen=True)
class Sample:
    """One request the matrix sends as every visitor, with who may get in."""

    url_name: str
    kwargs: Callable[[World], dict]
    method: str
    data: dict
    allowed: frozenset[str]
    also_ok: tuple


def requests_for(access: Access) -> list[Sample]:
    urls = list(access.samples) or [(access.url_name, access.kwargs)]
    samples = [
        Sample(name, kwargs, access.method, access.data or {}, access.allowed, access.also_ok)
        for name, kwargs in urls
    ]
    for posted in access.actions:
        for name, kwargs in urls:

            def with_action(world, kwargs=kwargs, posted=posted):
                built = kwargs(world)
                return {**built, "action": posted.name} if "action" in built else built

            samples.append(
                Sample(
                    name,
                    with_action,
                    "post",
                    posted.data,
                    posted.allowed if posted.allowed is not None else access.allowed,
                    (*access.also_ok, *posted.also_ok),
                )
            )
    return samples


def answer_is_right(visitor, sample: Sample, response) -> bool:
    if visitor in sample.allowed:
        return response.status_code in (200, *sample.also_ok) or (
            response.status_code == 302 and "/login/" not in response["Location"]
        )
    if visitor == ANONYMOUS:
        return response.status_code == 302 and "/login/" in response["Location"]
    return response.status_code == 403 or (
        # The admin sends users without back-office access to its own log-in.
        sample.url_name.startswith("admin:")
        and response.status_code == 302
        and "/admin/login/" in response["Location"]
    )


def send(client, user, sample: Sample, url: str):
    client.logout()
    if user is not None:
        client.force_login(user)
    return (client.post if sample.method == "post" else client.get)(url, sample.data)


@pytest.mark.parametrize("access", declared_expectations(), ids=lambda a: a.url_name)
def test_access_matrix(access: Access, visitors, client):
    world, users = visitors
    if access.setup:
        access.setup(world)
    wrong = []
    for sample in requests_for(access):
        url = reverse(sample.url_name, kwargs=sample.kwargs(world))
        for visitor in VISITORS:
            response = send(client, users[visitor], sample, url)
            if not answer_is_right(visitor, sample, response):
                expected = "in" if visitor in sample.allowed else "refused"
                data = f" with {sample.data}" if sample.data else ""
                wrong.append(
                    f"{visitor} {sample.method.upper()} {url}{data} got "
                    f"{response.status_code}, expected {expected}"
                )
    assert not wrong, "\n".join(wrong)


# ---------------------------------------------------------------- every action of a view


def view_classes() -> dict[str, tuple[type, dict]]:
    """URL name -> (view class, its URL arguments), for every class-based view."""
    found = {}

    def walk(patterns, namespace=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                walk(
                    pattern.url_patterns,
                    f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace,
                )
            elif isinstance(pattern, URLPattern) and hasattr(pattern.callback, "view_class"):
                arguments = dict(pattern.pattern.converters)
                found[f"{namespace}{pattern.name}"] = (pattern.callback.view_class, arguments)

    walk(get_resolver().url_patterns)
    return found


SWITCH = re.compile(
    r"""["'](\w+)["']\s+in\s+(?:self\.)?request\.POST"""
    r"""|(?:self\.)?request\.POST\.get\(["'](\w+)["']\)\s*(?:==|!=|in\b)"""
)


def actions_of(view_class, arguments: set[str]) -> set[str]:
    """The `do_<action>` handlers of a view routed with an `action` argument, and the form
    fields its korps code switches on."""
    actions = set()
    if "action" in arguments:
        actions |= {name[3:] for name in dir(view_class) if name.startswith("do_")}
    for klass in view_class.__mro__:
        if klass.__module__.startswith("korps."):
            for match in SWITCH.finditer(inspect.getsource(klass)):
                actions.add(match.group(1) or match.group(2))
    return actions


def test_every_action_of_a_multi_action_view_is_sampled():
    declared: dict[str, set[str]] = {}
    for access in declared_expectations():
        declared.setdefault(access.url_name, set()).update(p.name for p in access.actions)
    missing = []
    for url_name, (view_class, arguments) in sorted(view_classes().items()):
        if url_name.startswith("admin:"):
            continue
        unsampled = actions_of(view_class, arguments) - declared.get(url_name, set())
        if unsampled:
            missing.append(f"{url_name}: {sorted(unsampled)}")
    assert not missing, "Declare these actions with Posted(...) in tests/access.py:\n" + "\n".join(
        missing
    )


def test_the_action_finder_reads_handlers_and_switches():
    from korps.guidance.views import CandidateActionView
    from korps.monitoring.declaration_views import MyDeclarationView

    assert actions_of(MyDeclarationView, set()) == {"withdraw"}
    assert {"mentor", "stop", "task_toggle"} <= actions_of(CandidateActionView, {"action"})


# ---------------------------------------------------------------- another zone's objects


def object_arguments(kwargs: dict) -> set[str]:
    return {key for key, value in kwargs.items() if key != "zone" and isinstance(value, int)}


@pytest.fixture
def elsewhere(visitors):
    """The other zone, staffed like the matrix zone, so the same setups can run there."""
    zone = Organisation.objects.get(code="elders")
    for role in Role:
        MembershipFactory(
            organisation=zone, role=role, user=UserFactory(email=f"{role.value}@elders.test")
        )
    return World(zone=zone)


def with_object_in_zone_url() -> list[Access]:
    """Declarations of URLs under a zone with an object's number in them."""
    routed = view_classes()
    chosen = []
    for access in declared_expectations():
        names = [name for name, _kwargs in access.samples] or [access.url_name]
        for name in names:
            _view, arguments = routed.get(name, (None, {}))
            if "zone" in arguments and any(
                isinstance(converter, IntConverter)
                for key, converter in arguments.items()
                if key != "zone"
            ):
                chosen.append(access)
                break
    return chosen


@pytest.mark.parametrize("access", with_object_in_zone_url(), ids=lambda a: a.url_name)
def test_another_zones_object_is_not_found_through_ones_own_zone(
    access: Access, visitors, elsewhere, client
):
    """As everyone who may open the URL in their zone, with the pk of the same kind of object
    made in another zone: 404, for every URL with an object's number in it."""
    world, users = visitors
    if access.setup:
        access.setup(world)
        access.setup(elsewhere)
    wrong, checked = [], 0
    for sample in requests_for(access):
        own = sample.kwargs(world)
        theirs = sample.kwargs(elsewhere)
        if "zone" not in own or not object_arguments(own):
            continue
        url = reverse(sample.url_name, kwargs={**theirs, "zone": world.zone.code})
        for visitor in sorted(sample.allowed - {OTHER_ZONE_ADMIN, NO_MEMBERSHIP}):
            checked += 1
            response = send(client, users[visitor], sample, url)
            if response.status_code != 404:
                wrong.append(f"{visitor} {sample.method.upper()} {url} got {response.status_code}")
    assert not wrong, "Another zone's object reached through one's own zone:\n" + "\n".join(wrong)
    assert checked, "no request was made: the declaration names no object of the zone"


def test_refused_access_to_another_zone_is_audited(visitors, client):
    world, users = visitors
    client.force_login(users[OTHER_ZONE_ADMIN])

    response = client.get(reverse("audit:log", kwargs={"zone": world.zone.code}))

    assert response.status_code == 403
    entry = AuditEntry.objects.get(action="access.denied")
    assert entry.actor_label == "admin@elders.test"
    assert entry.organisation == world.zone
    assert entry.request_path == f"/z/{world.zone.code}/audit/"
