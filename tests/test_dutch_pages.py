"""Every page of the access matrix, opened in Dutch by someone who may open it, shows no
English that korps translates and no raw code (korps/core/testing/dutch.py says what counts).
One request per page, on the objects the matrix's own setups make."""

import pytest
from django.urls import reverse

from korps.core.testing.access import ANONYMOUS, NO_MEMBERSHIP, OTHER_ZONE_ADMIN, Access
from korps.core.testing.dutch import choice_codes, dutch_catalogue, findings
from korps.organisations.roles import Role
from tests.test_access_matrix import declared_expectations, visitors  # noqa: F401

# Who opens a page: the first of these the page lets in (a public page is opened as a
# visitor, a staff page by the first role that may open it).
PREFERRED = (
    ANONYMOUS,
    *(role.value for role in Role),
    NO_MEMBERSHIP,
    OTHER_ZONE_ADMIN,
)


def pages() -> list[tuple[str, Access, str]]:
    """(id, declaration, URL name) for every page a GET opens."""
    found = []
    for access in declared_expectations():
        if access.method != "get":
            continue
        for name, _kwargs in access.samples or [(access.url_name, access.kwargs)]:
            found.append((name, access, name))
    return found


def opener(access: Access) -> str:
    return next(visitor for visitor in PREFERRED if visitor in access.allowed)


@pytest.mark.parametrize(
    ("access", "url_name"), [p[1:] for p in pages()], ids=[p[0] for p in pages()]
)
def test_a_dutch_page_shows_no_english_and_no_raw_code(access, url_name, visitors, client):  # noqa: F811
    world, users = visitors
    for user in users.values():
        if user is not None:
            user.language = "nl"
            user.save(update_fields=["language"])
    if access.setup:
        access.setup(world)
    kwargs = dict(access.samples).get(url_name, access.kwargs)
    url = reverse(url_name, kwargs=kwargs(world))
    user = users[opener(access)]
    if user is not None:
        client.force_login(user)

    response = client.get(url, {**(access.data or {})}, HTTP_ACCEPT_LANGUAGE="nl")

    if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
        pytest.skip(f"{url} answers {response.status_code} {response.get('Content-Type')}")
    wrong = findings(response.content.decode())
    assert not wrong, f"{url} as {opener(access)}:\n" + "\n".join(wrong)


def test_the_checker_finds_english_codes_and_json():
    assert dutch_catalogue() and "in_reserve" in choice_codes()
    page = (
        "<html><body><h1>Candidates</h1><p>status · in_reserve</p>"
        '<p>guidance.candidate.read</p><td>["nl", "ar"]</td>'
        "<script>var a = 'consent_given';</script>"
        '<input type="submit" value="Save changes"></body></html>'
    )
    wrong = "\n".join(findings(page))
    assert "English: 'Candidates'" in wrong
    assert "'in_reserve'" in wrong
    assert "'guidance.candidate.read'" in wrong
    assert "raw JSON" in wrong
    assert "consent_given" not in wrong
    assert "mentor@demo.korps.test" not in "\n".join(findings("<p>mentor@demo.korps.test</p>"))
    assert sorted(findings("<th>Title</th><button>Save</button>")) == [
        "English: 'Save'",
        "English: 'Title'",
    ]
    assert findings("<p>Naam: Save the Children</p><td>contact</td>") == []
