"""gunicorn's access log without personal-link tokens: `gunicorn --logger-class
korps.audit.gunicorn_logging.RedactingLogger` (see the Makefile's demo target). The request
line, path, query string and referrer of every access line pass korps.audit.redact."""

from gunicorn.glogging import Logger

from .redact import redact_text

REDACTED_ATOMS = ("r", "U", "q", "f", "{referer}i")


class RedactingLogger(Logger):
    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        for key in REDACTED_ATOMS:
            value = atoms.get(key)
            if isinstance(value, str) and value != "-":
                atoms[key] = redact_text(value) if key != "q" else redact_text("/?" + value)[2:]
        return atoms
