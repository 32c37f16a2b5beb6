"""The back office in Dutch shows Django's own texts in Dutch, also those Django's Dutch
catalogue lacks (korps/core/django_catalogue.py)."""

import re

import pytest

from korps.organisations.tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ENGLISH = [
    "After you’ve created a user",
    "Forgotten your login credentials?",
    "In case you’ve forgotten",
    "Add link",
    "Model name",
]


@pytest.mark.parametrize("path", ["/admin/", "/admin/organisations/user/add/"])
def test_django_s_own_back_office_texts_are_dutch_on_dutch_pages(client, path):
    operator = UserFactory(
        email="operator@korps.test", is_superuser=True, is_staff=True, language="nl"
    )
    client.force_login(operator)

    response = client.get(path, HTTP_ACCEPT_LANGUAGE="nl")

    assert response.status_code == 200
    assert '<html lang="nl"' in response.text
    assert [word for word in ENGLISH if word in response.text] == []


def test_json_lists_show_as_names_and_tick_boxes_not_raw_json(client, zone, member):
    from korps.organisations.roles import Role
    from korps.outreach.tests.factories import AmbassadorProfileFactory

    user = member(Role.AMBASSADOR, email="amb@testrode.test")
    profile = AmbassadorProfileFactory(
        organisation=zone, user=user, languages=["nl", "fr"], topics=["faith"]
    )
    operator = UserFactory(
        email="operator@korps.test", is_superuser=True, is_staff=True, language="nl"
    )
    client.force_login(operator)

    listing = client.get("/admin/outreach/ambassadorprofile/", HTTP_ACCEPT_LANGUAGE="nl")
    change = client.get(
        f"/admin/outreach/ambassadorprofile/{profile.pk}/change/", HTTP_ACCEPT_LANGUAGE="nl"
    )

    for page in (listing, change):
        assert page.status_code == 200
        assert '["nl"' not in page.text and "[&quot;nl&quot;" not in page.text
    assert "Nederlands, Frans" in listing.text
    assert re.search(r'<input type="checkbox" name="topics" value="faith"[^>]*checked', change.text)
    assert re.search(r'<input type="checkbox" name="languages" value="fr"[^>]*checked', change.text)


def test_the_tick_boxes_save_the_same_list_through_the_service(client, zone, member):
    from korps.organisations.roles import Role
    from korps.outreach.models import AmbassadorProfile
    from korps.outreach.tests.factories import AmbassadorProfileFactory

    user = member(Role.AMBASSADOR, email="amb@testrode.test")
    profile = AmbassadorProfileFactory(
        organisation=zone, user=user, languages=["nl"], topics=["faith"]
    )
    operator = UserFactory(
        email="operator@korps.test", is_superuser=True, is_staff=True, language="nl"
    )
    client.force_login(operator)

    response = client.post(
        f"/admin/outreach/ambassadorprofile/{profile.pk}/change/",
        {
            "organisation": zone.pk,
            "user": user.pk,
            "unit": "",
            "languages": ["nl", "fr"],
            "topics": ["faith", "women"],
            "available": "on",
        },
    )

    assert response.status_code == 302, response.context["adminform"].form.errors
    profile = AmbassadorProfile.objects.get(pk=profile.pk)
    assert profile.languages == ["nl", "fr"] and profile.topics == ["faith", "women"]
