"""The back office in Dutch shows Django's own texts in Dutch, also those Django's Dutch
catalogue lacks (korps/core/django_catalogue.py)."""

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
