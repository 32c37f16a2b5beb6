"""Every page of the back office (list, add form and change form of every registered model),
opened in Dutch on the demo data by the site operator and by the demo zone's administrator,
shows no English that korps translates, no raw choice code and no raw JSON."""

import pytest
from django.core.management import call_command
from django.urls import NoReverseMatch, reverse

from korps.core.testing.dutch import findings
from korps.organisations.admin import admin_site
from korps.organisations.models import User
from korps.organisations.scoping import scopes_disabled
from korps.organisations.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def back_office_pages():
    """(URL, model admin) of the list, the add form and one row's change form per model."""
    with scopes_disabled():
        for model, model_admin in admin_site._registry.items():
            info = (model._meta.app_label, model._meta.model_name)
            yield reverse("admin:{}_{}_changelist".format(*info)), model_admin
            yield reverse("admin:{}_{}_add".format(*info)), model_admin
            row = model._default_manager.order_by("-pk").first()
            if row is not None:
                try:
                    yield reverse("admin:{}_{}_change".format(*info), args=[row.pk]), model_admin
                except NoReverseMatch:
                    continue


def test_every_back_office_page_in_dutch_shows_no_english_and_no_raw_code(client):
    call_command("seed_demo", verbosity=0)
    operator = UserFactory(
        email="operator@korps.test", is_superuser=True, is_staff=True, language="nl"
    )
    zone_admin = User.objects.get(email="beheerder@demo.korps.test")
    zone_admin.language = "nl"
    zone_admin.save(update_fields=["language"])
    pages = list(back_office_pages())
    wrong, opened = [], 0

    for user in (operator, zone_admin):
        client.force_login(user)
        for url, _model_admin in pages:
            response = client.get(url, HTTP_ACCEPT_LANGUAGE="nl")
            if response.status_code != 200:
                continue  # refused (403) or not theirs: the access tests judge that
            opened += 1
            wrong += [f"{url} as {user.email}: {line}" for line in findings(response.text)]

    assert opened > len(pages), "the zone administrator opened no page at all"
    assert not wrong, "\n".join(wrong)
