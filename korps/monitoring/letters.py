"""The printed invitations: one page per staff member, in their language, with their link as
text and as a QR code, and the code to type on the declaration page. The PDF is made for the
response that downloads it and kept nowhere."""

import base64
import io

import segno
from django.template.loader import render_to_string
from django.utils import translation

from .invitations import Letter, code_entry_url


def _letter_html(zone, letter: Letter) -> str:
    with translation.override(letter.language):
        return render_to_string(
            "monitoring/letters/letter.html",
            {
                "zone": zone,
                "letter": letter,
                "code_url": code_entry_url(),
                "qr": _qr_png(letter.url),
            },
        )


def _qr_png(url: str) -> str:
    """The QR code as a PNG data URI (WeasyPrint lays a PNG out three times faster than the
    same code as SVG)."""
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=4, border=2)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def letters_document(zone, letters: list[Letter]):
    """The letters laid out (a WeasyPrint document: one page per letter)."""
    from django.contrib.staticfiles import finders
    from weasyprint import CSS, HTML

    pages = "".join(_letter_html(zone, letter) for letter in letters)
    html = render_to_string("monitoring/letters/document.html", {"pages": pages, "zone": zone})
    stylesheet = CSS(filename=finders.find("monitoring/letters-pdf.css"))
    return HTML(string=html).render(stylesheets=[stylesheet])


def letters_pdf(zone, letters: list[Letter]) -> bytes:
    return letters_document(zone, letters).write_pdf()
