"""Over every declared URL of the access matrix: the Content-Security-Policy header, no
caching of personal pages, and no server error on junk query parameters (finding 9)."""

import re
from pathlib import Path

import pytest
from django.urls import reverse

from korps.core.testing.access import ANONYMOUS
from korps.organisations.roles import Role
from tests.test_access_matrix import declared_expectations, requests_for, visitors  # noqa: F401

JUNK = {
    "lead": "abc",
    "signup": "1e9",
    "since": "0001-01-01",
    "end": "0001-01",
    "start": "9999-99",
    "page": "-1",
}
TEMPLATES = Path(__file__).resolve().parents[1] / "korps"
INLINE = [
    (re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.S), "inline <script>"),
    (re.compile(r"<style\b", re.I), "<style> block"),
    (re.compile(r"\sstyle\s*=", re.I), "style attribute"),
    (re.compile(r"\son[a-z]+\s*=", re.I), "on* handler"),
]
GETS = [a for a in declared_expectations() if a.method == "get"]


def _urls(access, world):
    if access.setup:
        access.setup(world)
    return [
        reverse(sample.url_name, kwargs=sample.kwargs(world))
        for sample in requests_for(access)
        if sample.method == "get"
    ]


@pytest.mark.parametrize("access", GETS, ids=lambda a: a.url_name)
def test_every_page_has_the_policy_and_personal_pages_are_not_stored(access, visitors, client):  # noqa: F811
    world, users = visitors
    wrong = []
    for url in _urls(access, world):
        for visitor in (ANONYMOUS, Role.ZONE_ADMIN.value):
            client.logout()
            if users[visitor] is not None:
                client.force_login(users[visitor])
            response = client.get(url)
            policy = response.get("Content-Security-Policy", "")
            if "default-src 'self'" not in policy or "unsafe-inline" in policy:
                wrong.append(f"{visitor} {url}: policy {policy!r}")
            personal = visitor != ANONYMOUS or "token" in str(access.kwargs(world))
            cache = response.get("Cache-Control", "")
            if personal and not ("no-store" in cache and "private" in cache):
                wrong.append(f"{visitor} {url}: Cache-Control {cache!r}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("access", GETS, ids=lambda a: a.url_name)
def test_junk_query_parameters_never_give_a_server_error(access, visitors, client):  # noqa: F811
    world, users = visitors
    # The zone administrator, or a role that may open the page when the administrator may not.
    allowed = sorted(access.allowed - {ANONYMOUS})
    if allowed:
        visitor = Role.ZONE_ADMIN.value if Role.ZONE_ADMIN.value in allowed else allowed[0]
        client.force_login(users[visitor])
    errors = []
    for url in _urls(access, world):
        response = client.get(url, JUNK)
        if response.status_code >= 500:
            errors.append(f"{url}: {response.status_code}")
    assert not errors, "\n".join(errors)


def test_no_template_has_inline_script_style_or_handlers():
    found = []
    for path in TEMPLATES.rglob("*.html"):
        text = path.read_text()
        for pattern, what in INLINE:
            for match in pattern.finditer(text):
                line = text.count("\n", 0, match.start()) + 1
                found.append(f"{path.relative_to(TEMPLATES)}:{line}: {what}")
    assert not found, "\n".join(found)
