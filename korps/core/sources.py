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


# Apps that know what a code stands for (outreach: its actions) register a function here;
# the apps below them (careers, events) ask `source_names` and never import them.
SOURCE_NAMERS: list = []


def register_source_namer(namer) -> None:
    """`namer(organisation=..., codes=...)` returns {code: readable name} for the codes it
    knows, in one query."""
    if namer not in SOURCE_NAMERS:
        SOURCE_NAMERS.append(namer)


def source_names(*, organisation, codes) -> dict[str, str]:
    """A readable name per source code; a code no app knows stays as it is (a channel
    typed in a link, such as `flyer`)."""
    codes = {code for code in codes if code}
    names = {code: code for code in codes}
    for namer in SOURCE_NAMERS:
        if not codes:
            break
        found = namer(organisation=organisation, codes=sorted(codes))
        names.update(found)
        codes -= set(found)
    return names
