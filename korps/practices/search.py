"""Full-text search of the library, in each text's own language.

PostgreSQL: `to_tsvector` and `websearch_to_tsquery` with the text's configuration (dutch,
french, english), so "wervingscampagnes" finds "wervingscampagne"; websearch syntax never
fails on quotes or operators. SQLite: an FTS5 table `practices_search` (made by migration
0002, SQLite only) holds each text's words stemmed by the Snowball stemmer of its language;
the query's words are stemmed the same way and each is quoted, so no FTS5 syntax reaches
the engine. The services call `index_text` on every write of a text."""

from __future__ import annotations

import re

import snowballstemmer
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Case, Value, When

from .models import SEARCH_CONFIGS, SheetText

WORD = re.compile(r"\w+", re.UNICODE)
SEARCHED_FIELDS = (
    "title",
    "summary",
    "target_group_text",
    "description",
    "goals_text",
    "success_factors",
    "challenges",
)
FTS_TABLE = "practices_search"
_STEMMERS: dict[str, object] = {}


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def stems(text: str, language: str) -> list[str]:
    """The text's words, stemmed by the Snowball stemmer of the language."""
    if language not in _STEMMERS:
        _STEMMERS[language] = snowballstemmer.stemmer(SEARCH_CONFIGS[language])
    return _STEMMERS[language].stemWords(words(text))


def searched_text(text: SheetText) -> str:
    return "\n".join(getattr(text, name) for name in SEARCHED_FIELDS)


def uses_fts5() -> bool:
    return connection.vendor == "sqlite"


def index_text(text: SheetText) -> None:
    """Keeps the SQLite index in step with one text; nothing to do on PostgreSQL."""
    if not uses_fts5():
        return
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE text_id = %s", [str(text.pk)])
        cursor.execute(
            f"INSERT INTO {FTS_TABLE} (text_id, language, body) VALUES (%s, %s, %s)",
            [str(text.pk), text.language, " ".join(stems(searched_text(text), text.language))],
        )


def unindex_sheet(sheet_id: int) -> None:
    if not uses_fts5():
        return
    ids = [str(pk) for pk in SheetText.objects.filter(sheet_id=sheet_id).values_list("pk", flat=True)]
    if ids:
        with connection.cursor() as cursor:
            marks = ", ".join(["%s"] * len(ids))
            cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE text_id IN ({marks})", ids)


def _config():
    return Case(
        *(When(language=code, then=Value(config)) for code, config in SEARCH_CONFIGS.items())
    )


def ranked_sheet_ids(query: str) -> list[int]:
    """The sheets one of whose texts matches the query, best first. A query without a word
    (only quotes or operators) matches nothing."""
    if not words(query):
        return []
    if uses_fts5():
        return _fts5_sheet_ids(query)
    vector = SearchVector(*SEARCHED_FIELDS, config=_config())
    search = SearchQuery(query, config=_config(), search_type="websearch")
    rows = (
        SheetText.objects.annotate(rank=SearchRank(vector, search))
        .filter(rank__gt=0)
        .order_by("-rank", "sheet_id")
        .values_list("sheet_id", flat=True)
    )
    return list(dict.fromkeys(rows))


def _fts5_sheet_ids(query: str) -> list[int]:
    found: dict[int, float] = {}
    with connection.cursor() as cursor:
        for language in SEARCH_CONFIGS:
            terms = stems(query, language)
            # Each stem quoted: a word is letters and digits only, so no quote is inside.
            expression = " ".join(f'"{term}"' for term in terms)
            cursor.execute(
                f"SELECT text_id, bm25({FTS_TABLE}) FROM {FTS_TABLE} "
                f"WHERE {FTS_TABLE} MATCH %s AND language = %s",
                [expression, language],
            )
            for text_id, score in cursor.fetchall():
                found[int(text_id)] = min(found.get(int(text_id), 0.0), score)
    if not found:
        return []
    sheets = dict(SheetText.objects.filter(pk__in=found).values_list("pk", "sheet_id"))
    ordered = sorted((score, sheets[pk]) for pk, score in found.items() if pk in sheets)
    return list(dict.fromkeys(sheet_id for _score, sheet_id in ordered))
