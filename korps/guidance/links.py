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
