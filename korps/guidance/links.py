"""Pages of apps above guidance that a candidate reaches with their personal link (e.g. the
monitoring app's voluntary self-declaration). They register here; guidance shows them on the
candidate's own page and in the welcome mail without importing those apps."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.functional import Promise


@dataclass(frozen=True)
class CandidateLink:
    label: str | Promise
    url_name: str  # takes the candidate's personal-link token (purpose "guidance") as `token`
    explanation: str | Promise = ""


CANDIDATE_LINKS: list[CandidateLink] = []


def register_candidate_link(link: CandidateLink) -> None:
    if link not in CANDIDATE_LINKS:
        CANDIDATE_LINKS.append(link)


def candidate_links(token: str) -> list[dict]:
    return [
        {
            "label": link.label,
            "explanation": link.explanation,
            "path": reverse(link.url_name, kwargs={"token": token}),
        }
        for link in CANDIDATE_LINKS
    ]


# The purpose of the link a candidate outside guidance is invited by (korps.core.links): it
# opens the page registered below (the voluntary declaration), never the guidance page.
DECLARATION_PURPOSE = "declaration"
_DECLARATION_PAGES: list[str] = []


def register_declaration_page(url_name: str) -> None:
    """The page (its url_name takes `token`) an invitation link of DECLARATION_PURPOSE opens."""
    if url_name not in _DECLARATION_PAGES:
        _DECLARATION_PAGES.append(url_name)


def declaration_page_registered() -> bool:
    return bool(_DECLARATION_PAGES)


def declaration_path(token: str) -> str | None:
    """The path of the declaration page for this token, or None when no app offers one."""
    if not _DECLARATION_PAGES:
        return None
    return reverse(_DECLARATION_PAGES[0], kwargs={"token": token})
