"""Fixtures every test can use: zones, a user per role, and real headless Chromium."""

import os
import shutil

import pytest

from korps.organisations.roles import Role
from korps.organisations.tests.factories import (
    MembershipFactory,
    OrganisationFactory,
    UserFactory,
)

# Playwright's sync API runs an event loop in the test thread; Django's ORM must still be
# usable from the test body there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

TEST_PASSWORD = "korps-test-password"


@pytest.fixture
def client():
    """Django's test client whose `force_login` also passes the second factor (so every view
    test sees staff pages as a fully logged-in user); `force_login_password_only` stops
    after the password."""
    from korps.core.testing.clients import VerifiedClient

    return VerifiedClient()


@pytest.fixture
def zone(db):
    return OrganisationFactory(name="Politiezone Testrode", code="testrode")


@pytest.fixture
def other_zone(db):
    return OrganisationFactory(name="Politiezone Elders", code="elders")


@pytest.fixture
def member(db, zone):
    """member(role, zone=...) makes a user with that role in the zone (default: `zone`)."""

    def make(role: Role, organisation=None, **user_fields):
        organisation = organisation or zone
        user = UserFactory(
            email=user_fields.pop("email", f"{role.value}@{organisation.code}.test"), **user_fields
        )
        MembershipFactory(user=user, organisation=organisation, role=role)
        return user

    return make


def _role_fixture(role: Role):
    @pytest.fixture(name=role.value)
    def fixture(member):
        return member(role)

    fixture.__doc__ = f"A user who is {role.label} in `zone`."
    return fixture


zone_admin = _role_fixture(Role.ZONE_ADMIN)
diversity_manager = _role_fixture(Role.DIVERSITY_MANAGER)
recruiter = _role_fixture(Role.RECRUITER)
mentor = _role_fixture(Role.MENTOR)
ambassador = _role_fixture(Role.AMBASSADOR)
complaints_officer = _role_fixture(Role.COMPLAINTS_OFFICER)
independent_reviewer = _role_fixture(Role.INDEPENDENT_REVIEWER)
analyst = _role_fixture(Role.ANALYST)
confidential_counsellor = _role_fixture(Role.CONFIDENTIAL_COUNSELLOR)


@pytest.fixture
def user_without_membership(db):
    return UserFactory(email="nobody@zone.test")


def chromium_path() -> str | None:
    for candidate in (
        os.environ.get("KORPS_CHROMIUM"),
        shutil.which("chromium"),
        "/usr/bin/chromium",
    ):
        if candidate and os.path.exists(candidate):
            return candidate
    return None


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless, through Playwright. Never skipped: a browser test that cannot
    start Chromium fails, so CI cannot go green without having driven a real browser."""
    from playwright.sync_api import sync_playwright

    path = chromium_path()
    if path is None:
        pytest.fail("Chromium is not installed: run `make test`, which installs Debian's chromium.")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=path,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="nl-BE")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture(autouse=True)
def _scopes_disabled_in_test_code():
    """Test code reads and arranges any zone's data; the views under test still open their own
    zone scope (`scope()` re-enables the guard inside `scopes_disabled()`), and a live server's
    threads start with no scope at all."""
    from django_scopes import scopes_disabled

    with scopes_disabled():
        yield


@pytest.fixture
def deferred_transactions():
    """On SQLite, connections opened during the test begin DEFERRED transactions instead of
    korps's IMMEDIATE ones, which take the write lock at BEGIN and so order every two
    writers whatever the code does. Under DEFERRED, only the row locks (core.locks) order
    them, as on PostgreSQL: a concurrency test then fails on SQLite when a lock is dropped."""
    from django.db import connections

    connection = connections["default"]
    if connection.vendor != "sqlite":
        yield
        return
    options = connection.settings_dict.setdefault("OPTIONS", {})
    saved = options.get("transaction_mode")
    options["transaction_mode"] = "DEFERRED"
    connections.close_all()
    try:
        yield
    finally:
        options["transaction_mode"] = saved
        connections.close_all()


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate-limit counters live in the cache; each test starts with none."""
    from django.core.cache import cache

    cache.clear()
    yield


@pytest.fixture
def migrate_to(transactional_db):
    """`migrate_to(targets)` moves the schema to those migrations (and what depends on them
    back) and returns their historical apps; afterwards every migration is applied again, so
    the tests after it find today's tables."""
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    def migrate(targets):
        executor = MigrationExecutor(connection)
        executor.migrate(targets)
        return executor.loader.project_state(targets).apps

    yield migrate
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
