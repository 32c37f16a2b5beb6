"""The campaign or channel code a visitor came in with (?src=...), kept for attribution.
Only the code is kept, in the visitor's own session: nothing that identifies them."""

import re

SESSION_KEY = "korps_source"
VALID = re.compile(r"^[A-Za-z0-9_.-]{1,40}$")


def remember_source(request) -> str:
    code = request.GET.get("src", "")
    if code and VALID.match(code):
        request.session[SESSION_KEY] = code
        return code
    return request.session.get(SESSION_KEY, "") if hasattr(request, "session") else ""


def clean_source(code: str) -> str:
    return code if code and VALID.match(code) else ""
