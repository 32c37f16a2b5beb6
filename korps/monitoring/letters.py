"""The printed invitations: one page per staff member, in their language, with their link as
text and as a QR code, and the code to type on the declaration page. The PDF is made for the
response that downloads it and kept nowhere."""

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
                "qr": segno.make(letter.url, error="m").svg_data_uri(scale=3, border=2),
            },
        )


def letters_document(zone, letters: list[Letter]):
    """The letters laid out (a WeasyPrint document: one page per letter)."""
    from weasyprint import HTML

    pages = "".join(_letter_html(zone, letter) for letter in letters)
    html = render_to_string("monitoring/letters/document.html", {"pages": pages, "zone": zone})
    return HTML(string=html).render()


def letters_pdf(zone, letters: list[Letter]) -> bytes:
    return letters_document(zone, letters).write_pdf()
