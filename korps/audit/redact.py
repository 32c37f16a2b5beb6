"""One redaction of personal-link tokens for everything that writes a request path down: the
audit trail, Django's `django.request` and `django.server` loggers, gunicorn's access log
(korps.audit.gunicorn_logging).

A token is a credential (korps.core.links): whoever copies it from a log or the audit page
opens the person's page. The path is resolved against the URL patterns and the value of every
URL keyword named in SECRET_KWARGS is replaced by REDACTED. A path that does not resolve (a
404 from the resolver) has any segment shaped like a link token replaced, so a mistyped
address cannot carry one into a log either."""

from __future__ import annotations

import logging
import re
from urllib.parse import unquote, unquote_plus

from django.urls import Resolver404, resolve

REDACTED = "…"
SECRET_KWARGS = frozenset({"token"})
# `<link id>.<MAC>` as korps.core.links makes them (22 + 1 + 43 URL-safe characters), and
# the clear 32-character tokens korps issued before link ids.
TOKEN_SHAPED = re.compile(r"^(?:[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{32,}|[A-Za-z0-9_-]{32})$")


def redact_path(path: str) -> str:
    """`path` (without query string) with every token replaced by REDACTED."""
    if not path:
        return path
    try:
        match = resolve(unquote(path))
    except Resolver404:
        secrets = set()
    except Exception:  # a path that breaks a converter must not break the caller
        secrets = set()
    else:
        secrets = {str(v) for k, v in match.kwargs.items() if k in SECRET_KWARGS and v}
    segments = path.split("/")
    return "/".join(
        # Compared decoded: `%2e` for the dot must not smuggle a token past the shape.
        REDACTED if unquote(segment) in secrets or TOKEN_SHAPED.match(unquote(segment)) else segment
        for segment in segments
    )


def redact_text(text: str) -> str:
    """Every path-like word of a log line (e.g. `GET /my-guidance/<token>/ HTTP/1.1`)
    redacted, query strings included."""
    words = text.split(" ")
    return " ".join(_redact_word(word) for word in words)


def _redact_word(word: str) -> str:
    scheme = word.find("://")
    if scheme != -1:  # a whole URL, such as a Referer: keep scheme and host
        host_end = word.find("/", scheme + 3)
        if host_end == -1:
            return word
        return word[:host_end] + _redact_word(word[host_end:])
    start = word.find("/")
    if start == -1:
        return word
    prefix, rest = word[:start], word[start:]
    path, question, query = rest.partition("?")
    if question:
        query = "&".join(
            _redact_parameter(name, eq, value)
            for name, eq, value in (part.partition("=") for part in query.split("&"))
        )
    return prefix + redact_path(path) + question + query


def _redact_parameter(name: str, eq: str, value: str) -> str:
    """A query parameter: a token by name or by shape goes; so does one inside an address
    carried in the query, such as the log-in page's `?next=/z/<zone>/events/scan/<token>/`."""
    if not value:
        return f"{name}{eq}{value}"
    plain = unquote_plus(value)
    if name in SECRET_KWARGS or TOKEN_SHAPED.match(plain):
        return f"{name}{eq}{REDACTED}"
    if plain.startswith("/"):
        redacted = _redact_word(plain)
        if redacted != plain:
            return f"{name}{eq}{redacted}"
    return f"{name}{eq}{value}"


class RedactTokensFilter(logging.Filter):
    """Rewrites a record's message arguments (and message) so no token reaches a handler.
    Attached to the loggers that print request paths (settings.LOGGING)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact_text(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(
                redact_text(arg) if isinstance(arg, str) else arg for arg in record.args
            )
        elif isinstance(record.args, dict):
            record.args = {
                key: redact_text(value) if isinstance(value, str) else value
                for key, value in record.args.items()
            }
        return True
