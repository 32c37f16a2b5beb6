"""korps.audit.redact: one redaction for audit paths, Django's request loggers and gunicorn's
access log."""

import datetime as dt
import logging

import pytest
from django.urls import resolve
from gunicorn.config import Config

from korps.audit.gunicorn_logging import RedactingLogger
from korps.audit.redact import redact_path, redact_text

from .personal_links import personal_links

pytestmark = pytest.mark.django_db


class Records(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines = []

    def emit(self, record):
        self.lines.append(self.format(record))


def test_every_personal_link_path_is_redacted_and_other_paths_are_kept(zone):
    links = personal_links(zone)

    for path in links.paths.values():
        redacted = redact_path(path)
        assert "…" in redacted
        assert not [token for token in links.tokens if token in redacted]
    assert redact_path("/z/testrode/candidates/12/") == "/z/testrode/candidates/12/"
    assert redact_path("/careers/testrode/stories/") == "/careers/testrode/stories/"


def test_runservers_request_lines_show_no_token(zone):
    token = personal_links(zone).tokens.pop()
    records = Records()
    logger = logging.getLogger("django.server")
    logger.addHandler(records)
    try:
        logger.info('"%s" %s %s', f"GET /my-guidance/{token}/ HTTP/1.1", 200, 1234)
    finally:
        logger.removeHandler(records)

    assert records.lines == ['"GET /my-guidance/…/ HTTP/1.1" 200 1234']


def test_gunicorns_access_lines_show_no_token(zone):
    token = personal_links(zone).tokens.pop()
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": f"/signup/{token}/?token={token}",
        "PATH_INFO": f"/signup/{token}/",
        "QUERY_STRING": f"token={token}",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_REFERER": f"http://127.0.0.1:8000/my-guidance/{token}/",
    }

    class Response:  # what gunicorn hands its logger: a status, headers, bytes sent
        status = "200 OK"
        headers = []
        sent = 10

    atoms = RedactingLogger(Config()).atoms(
        Response(), [("Referer", environ["HTTP_REFERER"])], environ, dt.timedelta(seconds=0)
    )

    assert atoms["r"] == "GET /signup/…/?token=… HTTP/1.1"
    assert atoms["U"] == "/signup/…/"
    assert atoms["f"] == "http://127.0.0.1:8000/my-guidance/…/"
    assert not [value for value in atoms.values() if isinstance(value, str) and token in value]


def test_an_unresolvable_path_still_loses_a_token_shaped_segment(zone):
    token = personal_links(zone).tokens.pop()

    assert redact_text(f"Not Found: /no-such-page/{token}/") == "Not Found: /no-such-page/…/"


def test_a_percent_encoded_token_is_redacted_too(zone):
    """Found by an outside probe: `/my-guidance/<id>%2e<MAC>/zzz/` reached the access log
    as it was sent, because the encoded dot hid the token's shape."""
    for token in personal_links(zone).tokens:
        link_id, _dot, mac = token.partition(".")
        encoded = f"{link_id}%2e{mac}"
        for path in (f"/my-guidance/{encoded}/zzz/", f"/my-guidance/{encoded}/"):
            line = redact_text(f"GET {path} HTTP/1.1")
            assert link_id not in line and mac not in line, line


def test_an_address_carried_in_the_query_loses_its_token(zone):
    links = personal_links(zone)
    scan = links.paths["check_in_scan"]
    token = resolve(scan).kwargs["token"]
    encoded = scan.replace("/", "%2F")

    for line in (
        f"GET /accounts/login/?next={scan} HTTP/1.1",
        f"GET /accounts/login/?next={encoded}&x=1 HTTP/1.1",
        f"GET /i18n/setlang/?lang=nl&t={token} HTTP/1.1",
    ):
        assert token not in redact_text(line), line
    assert redact_text("GET /careers/testrode/?src=fb-wave2 HTTP/1.1") == (
        "GET /careers/testrode/?src=fb-wave2 HTTP/1.1"
    )


def test_a_failed_log_in_on_the_way_to_a_check_in_scan_stores_no_token(client, zone):
    from axes.models import AccessAttempt

    scan = personal_links(zone).paths["check_in_scan"]
    token = resolve(scan).kwargs["token"]
    login = client.get(scan)["Location"]

    client.post(login, {"username": "door@zone.test", "password": "wrong", "next": scan})

    stored = [str(value) for row in AccessAttempt.objects.values_list() for value in row]
    assert stored
    assert not [value for value in stored if token in value]
