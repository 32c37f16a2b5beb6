"""Full-text search of the library, in each text's own language, on both databases.

Every text keeps its searched words stemmed by the Snowball stemmer of its language
(`SheetText.stems`, written by `index_text`, which the services call on every write).

PostgreSQL: a text matches when each word of the query matches either PostgreSQL's own
stemming with the text's configuration (dutch, french, english) or, through the `simple`
configuration, the Snowball stem of the word. The second route is there because
PostgreSQL's Dutch stemmer keeps plurals in -es ("wervingscampagnes") apart from their
singular, where the current Snowball stemmer joins them.

SQLite: an FTS5 table `practices_search` (migration 0002, SQLite only) holds the stems; the
query's words are stemmed the same way and each is quoted.

Only the query's words (letters and digits) reach either engine, so quotes and operators
can never make a query fail."""

from __future__ import annotations

import re
from functools import reduce
from operator import and_, or_

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
# Words beyond this many in a query are not searched.
MAX_WORDS = 12
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
    """Writes the text's stems, and on SQLite its row of the FTS5 table."""
    text.stems = " ".join(stems(searched_text(text), text.language))
    SheetText.objects.filter(pk=text.pk).update(stems=text.stems)
    if not uses_fts5():
        return
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE text_id = %s", [str(text.pk)])
        cursor.execute(
            f"INSERT INTO {FTS_TABLE} (text_id, language, body) VALUES (%s, %s, %s)",
            [str(text.pk), text.language, text.stems],
        )


def _config():
    return Case(
        *(When(language=code, then=Value(config)) for code, config in SEARCH_CONFIGS.items())
    )


def ranked_sheet_ids(query: str) -> list[int]:
    """The sheets one of whose texts holds every word of the query, best first. A query
    without a word (only quotes or operators) matches nothing."""
    terms = words(query)[:MAX_WORDS]
    if not terms:
        return []
    if uses_fts5():
        return _fts5_sheet_ids(terms)
    vector = SearchVector(*SEARCHED_FIELDS, config=_config()) + SearchVector(
        "stems", config="simple"
    )
    per_word = []
    for term in terms:
        ways = [SearchQuery(term, config=_config(), search_type="plain")]
        ways += [
            SearchQuery(stem, config="simple", search_type="plain")
            for stem in {stems(term, language)[0] for language in SEARCH_CONFIGS}
        ]
        per_word.append(reduce(or_, ways))
    search = reduce(and_, per_word)
    rows = (
        SheetText.objects.annotate(document=vector, rank=SearchRank(vector, search))
        .filter(document=search)
        .order_by("-rank", "sheet_id")
        .values_list("sheet_id", flat=True)
    )
    return list(dict.fromkeys(rows))


def _fts5_sheet_ids(terms: list[str]) -> list[int]:
    found: dict[int, float] = {}
    with connection.cursor() as cursor:
        for language in SEARCH_CONFIGS:
            # Each stem quoted: a word is letters and digits only, so no quote is inside.
            expression = " ".join(f'"{stem}"' for stem in stems(" ".join(terms), language))
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
