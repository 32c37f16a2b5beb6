"""gunicorn's access log without personal-link tokens: `gunicorn --logger-class
korps.audit.gunicorn_logging.RedactingLogger` (see the Makefile's demo target). Every atom
that can hold an address (request line, path, query string, referrer, and the environ and
header atoms naming a URI, path, query or referrer) passes korps.audit.redact."""

from gunicorn.glogging import Logger

from .redact import redact_text

ADDRESS_ATOMS = frozenset({"r", "U", "f"})
QUERY_ATOMS = frozenset({"q", "{query_string}e"})
ADDRESS_WORDS = ("uri", "path", "referer", "url")


def _holds_address(key: str) -> bool:
    return key in ADDRESS_ATOMS or (key.startswith("{") and any(w in key for w in ADDRESS_WORDS))


class RedactingLogger(Logger):
    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        for key, value in atoms.items():
            if not isinstance(value, str) or value == "-":
                continue
            if key in QUERY_ATOMS:
                atoms[key] = redact_text("/?" + value)[2:]
            elif _holds_address(key):
                atoms[key] = redact_text(value)
        return atoms
