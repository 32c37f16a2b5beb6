"""What a Dutch page must not show: English that korps's catalogue translates, and raw codes.

`findings(html)` reads the text a visitor sees (tags, scripts and styles stripped; the words
of placeholders, titles, alternative texts and buttons kept) and returns what is wrong:

- English: a msgid of korps's Dutch catalogue whose Dutch text differs, shown as it is;
- a choice code: the stored value of a model field's choice (`in_reserve`, `no_show`) shown
  as a word of its own where its label says something else;
- a snake_case token (`consent_given`) or a dotted code (`guidance.candidate.read`);
- raw JSON (`["nl", "fr"]`).

tests/test_dutch_pages.py runs it over every page of the access matrix and the back office."""

import re
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

from django.apps import apps
from django.utils import translation

CATALOGUE = Path(__file__).resolve().parents[2] / "locale" / "nl" / "LC_MESSAGES" / "django.po"

# Attributes whose words a visitor reads (or a screen reader speaks).
SPOKEN_ATTRIBUTES = {"placeholder", "title", "alt", "aria-label"}
BUTTON_TYPES = {"submit", "button", "reset"}
# Not korps's words: scripts and styles, what a person typed (a text being edited, in each of
# its languages) and what a page shows as code on purpose (the columns a file must have).
HIDDEN = {"script", "style", "template", "noscript", "textarea", "code", "kbd", "samp"}

# English msgids that are also ordinary Dutch, or that Dutch pages show on purpose.
NOT_ENGLISH = {
    "English",  # the language switcher names each language in that language
    "Français",
    "Nederlands",
}

# Choice codes that are also Dutch words (or names) and so may stand on a Dutch page.
DUTCH_WORDS = {
    "en",  # the code of English is the Dutch word for "and"
    "open",  # "open" is Dutch for open too
    "online",  # Dutch uses the word as it is
    "agent",  # the Dutch name of the grade and job
    "inspecteur",
    "commissaris",
    "hoofdinspecteur",
    "hoofdcommissaris",
    "man",  # Dutch for a man
    "x",  # the mark of a hidden cell (korps.disclosure)
}

SNAKE_CASE = re.compile(r"(?<![\w@/.\-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w@/\-]|\.\w)")
KORPS_APPS = "audit|organisations|core|careers|events|outreach|guidance|monitoring"
# An audit code (`guidance.candidate.read`) or a record type (`careers.lead`).
DOTTED_CODE = re.compile(
    r"(?<![\w@/.\-])(?:[a-z_]+\.[a-z_]+\.[a-z_]+|(?:" + KORPS_APPS + r")\.[a-z_]+)"
    r"(?![\w@/\-]|\.\w)"
)
RAW_JSON = re.compile(r"[\[{]\s*\"[^\"]*\"\s*[,:\]]")
PLACEHOLDER = re.compile(r"%\(\w+\)[srd]|%[srd]|\{\w*\}")


class _VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self._hidden += 1
        attributes = dict(attrs)
        for name in SPOKEN_ATTRIBUTES & attributes.keys():
            self.parts.append(attributes[name] or "")
        if tag == "input" and (attributes.get("type") or "").lower() in BUTTON_TYPES:
            self.parts.append(attributes.get("value") or "")

    def handle_endtag(self, tag):
        if tag in HIDDEN and self._hidden:
            self._hidden -= 1

    def handle_data(self, data):
        if not self._hidden:
            self.parts.append(data)


def visible_text(html: str) -> str:
    """The page's text as one line per text node, spaces collapsed."""
    parser = _VisibleText()
    parser.feed(html)
    lines = (" ".join(part.split()) for part in parser.parts)
    return "\n".join(line for line in lines if line)


def _unquote(lines: list[str]) -> str:
    return "".join(
        bytes(line[1:-1], "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")
        for line in lines
    )


@cache
def dutch_catalogue() -> dict[str, str]:
    """msgid -> Dutch msgstr of korps's own catalogue (plural and context entries left out)."""
    entries, current, key = {}, {}, None
    for raw in CATALOGUE.read_text().splitlines() + [""]:
        line = raw.strip()
        if not line or line.startswith("#"):
            if "msgid" in current and "msgstr" in current:
                entries[_unquote(current["msgid"])] = _unquote(current["msgstr"])
            if not line:
                current, key = {}, None
            continue
        keyword, _space, rest = line.partition(" ")
        if keyword in {"msgid", "msgstr", "msgctxt", "msgid_plural", "msgstr[0]"}:
            key = keyword
            current.setdefault(key, []).append(rest)
        elif line.startswith('"') and key:
            current[key].append(line)
    return {
        msgid: msgstr
        for msgid, msgstr in entries.items()
        if msgid and msgstr and msgstr != msgid and msgid not in NOT_ENGLISH
    }


@cache
def dutch_words() -> frozenset[str]:
    """Every word of the Dutch catalogue: a code or a one-word msgid that is one of them
    ("contact", "test", "met") may be Dutch where it stands."""
    words = set()
    for msgstr in dutch_catalogue().values():
        prose = PLACEHOLDER.sub(" ", re.sub(r"<[^>]+>", " ", msgstr))
        words.update(word.lower() for word in re.findall(r"\w+", prose))
    return frozenset(words)


def _shown_form(msgid: str) -> str | None:
    """The msgid as a page shows it: tags of block translations dropped, spaces collapsed;
    None when too little of it is fixed text to tell it from Dutch."""
    text = " ".join(re.sub(r"<[^>]+>", " ", msgid).split())
    fixed = PLACEHOLDER.sub(" ", text)
    words = re.findall(r"[A-Za-z]{2,}", fixed)
    # One short word ("Name", "test") could be a name or Dutch; two words or a long word
    # cannot.
    if len(words) < 2 and not any(len(word) >= 6 for word in words):
        return None
    if len(words) == 1 and words[0].lower() in dutch_words():
        return None
    return text


@cache
def _english_pattern() -> re.Pattern:
    alternatives = set()
    for msgid in dutch_catalogue():
        shown = _shown_form(msgid)
        if shown is None:
            continue
        pieces = [re.escape(piece) for piece in PLACEHOLDER.split(shown)]
        body = r".{1,80}?".join(pieces)
        alternatives.add(body)
        if shown[:1].islower():
            alternatives.add(re.escape(shown[:1].upper()) + body[len(re.escape(shown[:1])) :])
    ordered = sorted(alternatives, key=len, reverse=True)
    # Not part of an address or a path: "ambassador@zone.test" is nobody's English.
    return re.compile(r"(?<![\w@/.\-])(?:" + "|".join(ordered) + r")(?![\w@/\-]|\.\w)")


@cache
def choice_codes() -> dict[str, str]:
    """Every stored choice value of korps's models that is a word, with its Dutch label,
    where the label differs from the value."""
    codes = {}
    with translation.override("nl"):
        for model in apps.get_models():
            if not model.__module__.startswith("korps."):
                continue
            for field in model._meta.concrete_fields:
                for value, label in field.flatchoices or []:
                    if not isinstance(value, str) or len(value) < 2 or value in DUTCH_WORDS:
                        continue
                    if value.lower() in dutch_words():
                        continue
                    if str(label).lower() != value.lower():
                        codes[value] = str(label)
    return codes


@cache
def _code_pattern() -> re.Pattern:
    ordered = sorted(choice_codes(), key=len, reverse=True)
    return re.compile(r"(?<![\w@/.\-])(?:" + "|".join(map(re.escape, ordered)) + r")(?![\w@/\-])")


def findings(html: str) -> list[str]:
    """What is English or raw on the page, one line each."""
    text = visible_text(html)
    found = []
    for match in _english_pattern().finditer(text):
        found.append(f"English: {match.group(0)!r}")
    catalogue = dutch_catalogue()
    for line in text.splitlines():
        # A text on its own that is a msgid, however short ("Save", "Name"), is English.
        bare = line.strip(" :*")
        if (bare in catalogue or bare[:1].lower() + bare[1:] in catalogue) and (
            bare.lower() not in dutch_words()
        ):
            found.append(f"English: {bare!r}")
        for match in _code_pattern().finditer(line):
            found.append(
                f"choice code {match.group(0)!r} (label {choice_codes()[match.group(0)]!r})"
                f" in {line[:80]!r}"
            )
        for match in SNAKE_CASE.finditer(line):
            found.append(f"code {match.group(0)!r} in {line[:80]!r}")
        for match in DOTTED_CODE.finditer(line):
            found.append(f"dotted code {match.group(0)!r} in {line[:80]!r}")
        if RAW_JSON.search(line):
            found.append(f"raw JSON in {line[:80]!r}")
    return sorted(set(found))
