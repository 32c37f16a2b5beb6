"""Search finds the right sheet for inflected Dutch and French words, on SQLite (FTS5 with the
Snowball stemmers) and on PostgreSQL (its dutch and french configurations); queries that the
engines' own syntax would choke on are answered, never a 500."""

import pytest

from korps.practices import selectors
from korps.practices.tests.factories import make_sheet


@pytest.fixture
def sheets(db):
    dutch = make_sheet(
        title="Een lokale wervingscampagne",
        summary="Een laagdrempelige wervingscampagne voor een divers korps.",
        description="Affiches, sociale media en infosessies.",
    )
    french = make_sheet(
        language="fr",
        title="Un recrutement local",
        summary="Une campagne de recrutement accessible pour un corps divers.",
        description="Des affiches, des séances d'information et un accompagnement.",
    )
    other = make_sheet(
        title="Diversiteitsmentoren",
        summary="Mentoren begeleiden kandidaten naar het examen.",
        description="Drie mentoren volgen kandidaten op.",
    )
    return dutch, french, other


def found(query):
    return [sheet.pk for sheet in selectors.library(query=query)]


def test_a_dutch_plural_finds_the_dutch_singular(sheets):
    dutch, _french, _other = sheets
    assert found("wervingscampagnes") == [dutch.pk]


def test_a_french_plural_finds_the_french_singular(sheets):
    _dutch, french, _other = sheets
    assert found("recrutements") == [french.pk]


def test_every_word_must_match(sheets):
    _dutch, _french, other = sheets
    assert found("mentoren examen") == [other.pk]
    assert found("mentoren affiches") == []


@pytest.mark.parametrize(
    "query",
    ['"', '"wervingscampagne', "wervingscampagne OR", "NEAR(", "a & | !", "*", "-", "'; --", "(("],
)
def test_operators_and_quotes_are_safe(sheets, query):
    assert isinstance(found(query), list)


def test_a_sheet_not_published_is_not_found(db):
    make_sheet(title="Een wervingscampagne in de maak", publish=False)
    assert found("wervingscampagne") == []


def test_filters_narrow_the_list(sheets):
    dutch, french, other = sheets
    assert set(found("")) == {dutch.pk, french.pk, other.pk}
    assert [s.pk for s in selectors.library(partner="mediabureau", query="recrutement")] == [
        french.pk
    ]
    assert selectors.library(stage="independent") == []
