"""Every URL pattern declares who may open it; every declaration is checked for every visitor."""

from importlib import import_module

import pytest
from django.apps import apps
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from korps.audit.models import AuditEntry
from korps.core.testing.access import (
    ANONYMOUS,
    NO_MEMBERSHIP,
    OTHER_ZONE_ADMIN,
    VISITORS,
    Access,
    World,
)
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


def requests_for(access: Access):
    if access.samples:
        return list(access.samples)
    return [(access.url_name, access.kwargs)]


@pytest.mark.parametrize("access", declared_expectations(), ids=lambda a: a.url_name)
def test_access_matrix(access: Access, visitors, client):
    world, users = visitors
    if access.setup:
        access.setup(world)
    wrong = []
    for url_name, kwargs in requests_for(access):
        url = reverse(url_name, kwargs=kwargs(world))
        for visitor in VISITORS:
            client.logout()
            if users[visitor] is not None:
                client.force_login(users[visitor])
            send = client.post if access.method == "post" else client.get
            response = send(url, access.data or {})
            allowed = visitor in access.allowed
            if allowed:
                ok = response.status_code in (200, *access.also_ok) or (
                    response.status_code == 302 and "/login/" not in response["Location"]
                )
            elif visitor == ANONYMOUS:
                ok = response.status_code == 302 and "/login/" in response["Location"]
            else:
                ok = response.status_code == 403 or (
                    # The admin sends users without back-office access to its own log-in.
                    url_name.startswith("admin:")
                    and response.status_code == 302
                    and "/admin/login/" in response["Location"]
                )
            if not ok:
                expected = "in" if allowed else "refused"
                wrong.append(f"{visitor} on {url} got {response.status_code}, expected {expected}")
    assert not wrong, "\n".join(wrong)


def test_refused_access_to_another_zone_is_audited(visitors, client):
    world, users = visitors
    client.force_login(users[OTHER_ZONE_ADMIN])

    response = client.get(reverse("audit:log", kwargs={"zone": world.zone.code}))

    assert response.status_code == 403
    entry = AuditEntry.objects.get(action="access.denied")
    assert entry.actor_label == "admin@elders.test"
    assert entry.organisation == world.zone
    assert entry.request_path == f"/z/{world.zone.code}/audit/"
