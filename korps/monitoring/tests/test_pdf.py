"""The report PDFs of the demo zone, read back as a reader sees them: rendered to images and
their text with its positions on the page (pypdfium2, the PDF engine of Chromium)."""

import re

import pypdfium2 as pdfium
import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from korps.monitoring.pdf import TITLES
from korps.organisations.models import Organisation, User

pytestmark = pytest.mark.django_db

# 1 pt = 1/72 inch; the PDF's margins are 14 mm at the sides.
MM = 72 / 25.4


@pytest.fixture
def demo(client):
    call_command("seed_demo", verbosity=0)
    zone = Organisation.objects.get(code="demo")
    client.force_login(User.objects.get(email="analist@demo.korps.test"))
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "nl"
    return zone


def _pdf(client, zone, report, params=None):
    response = client.get(
        reverse("monitoring:export", kwargs={"zone": zone.code, "report": report, "format": "pdf"}),
        params or {},
    )
    assert response.status_code == 200
    return pdfium.PdfDocument(response.content)


def _boxes(page, word: str) -> list[tuple[float, float, float, float]]:
    """The (left, bottom, right, top) box of every occurrence of a word on a page."""
    text = page.get_textpage()
    found, searcher = [], text.search(word, match_case=True)
    while (hit := searcher.get_next()) is not None:
        start, count = hit
        boxes = [text.get_charbox(start + n) for n in range(count)]
        found.append(
            (
                min(b[0] for b in boxes),
                min(b[1] for b in boxes),
                max(b[2] for b in boxes),
                max(b[3] for b in boxes),
            )
        )
    return found


def _text(document) -> str:
    pages = [document[n].get_textpage().get_text_range() for n in range(len(document))]
    return re.sub(r"\s+", " ", " ".join(pages))


def test_the_funnel_pdf_of_the_demo_zone_keeps_the_stumbling_block_column_on_the_page(client, demo):
    document = _pdf(client, demo, "funnel")

    headers, flags = [], []
    for number in range(len(document)):
        page = document[number]
        width, height = page.get_size()
        for box in _boxes(page, "Struikelblok"):
            headers.append((number, box, width))
        # The demo flags the cognitive tests for candidates of non-EU origin: "ja".
        flags += [(number, box, width) for box in _boxes(page, " ja")]
        # Rendered, the right-hand margin (the last 10 mm) is blank paper on every page.
        image = page.render(scale=1).to_pil().convert("L")
        margin = image.crop((int(width - 10 * MM), 0, int(width), int(height - 20 * MM)))
        assert margin.getextrema()[0] > 250, f"page {number + 1} prints into its right margin"
    assert headers, "no column header 'Struikelblok' in the PDF"
    assert flags, "no flagged stumbling block in the PDF"
    for number, (left, _bottom, right, _top), width in headers + flags:
        assert left > 10 * MM and right < width - 10 * MM, (number + 1, left, right, width)
    # The funnel's tables are wide: the pages are A4 turned to landscape.
    assert [round(v / MM) for v in document[0].get_size()] == [297, 210]


def test_each_report_pdf_names_its_title_period_zone_and_benchmark(client, demo):
    with translation.override("nl"):
        titles = {key: str(title) for key, title in TITLES.items()}
    for report, title in titles.items():
        text = _text(_pdf(client, demo, report, {"start": "2025-01", "end": "2025-12"}))

        assert title in text, report
        assert demo.name in text, report
        assert "Periode januari 2025 tot 31 december 2025" in text, (report, text[:400])
        if report in ("composition", "summary"):
            assert "Bevolking" in text and "Vergelijkingsbasis" in text, (report, text[:600])
        if report in ("funnel", "retention", "summary"):
            assert "Een signaal vraagt een verhouding onder 0,8" in text, (report, text[:600])
