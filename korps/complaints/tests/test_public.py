"""The public side: a report, named or anonymous, its receipt code (shown once, stored as a
digest), the PDF receipt, the complainant's page by code, and what bad input gets."""

import io
import re

import pypdfium2 as pdfium
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from korps.audit.models import AuditEntry
from korps.complaints.intake import MAX_ATTACHMENT_BYTES
from korps.complaints.models import (
    Attachment,
    Case,
    CaseKind,
    CaseMessage,
    CaseStatus,
    SatisfactionAnswer,
    normalise_receipt_code,
    receipt_digest,
)
from korps.complaints.tests.factories import CaseFactory

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.4\n" + b"0" * 64


@pytest.fixture(autouse=True)
def in_english(client, settings):
    """The tests read the English texts; the Dutch ones are checked by tests/."""
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"


def url(zone, name="report"):
    return reverse(f"complaints:{name}", kwargs={"zone": zone.code})


def report(client, zone, **extra):
    data = {
        "kind": CaseKind.DISCRIMINATION,
        "what": "Bij de controle zei de agent dat 'mensen zoals ik' altijd problemen geven.",
        "where": "Stationsplein",
        "anonymous": "1",
        **extra,
    }
    return client.post(url(zone), data)


def main(response) -> str:
    """The page's main part without its CSRF tokens, which differ on every answer."""
    text = response.text[response.text.index("<main") : response.text.index("</main>")]
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", text)


def shown_code(response) -> str:
    text = response.text
    start = text.index("data-receipt-code>") + len("data-receipt-code>")
    return text[start : text.index("<", start)]


def test_an_anonymous_report_gives_a_receipt_code_stored_only_as_its_digest(client, zone):
    response = report(client, zone, name="Iemand", email="iemand@mail.test")

    assert response.status_code == 200
    code = shown_code(response)
    case = Case.objects.get()
    assert case.anonymous and case.kind == CaseKind.DISCRIMINATION
    assert case.complainant_name == "" and case.complainant_email == ""
    assert case.receipt_digest == receipt_digest(code)
    assert normalise_receipt_code(code) not in str(Case.objects.values().get())
    assert case.reference.endswith(f"{case.pk:06d}")


def test_no_address_is_stored_with_the_case(client, zone):
    client.post(
        url(zone),
        {"kind": "praise", "what": "Vriendelijk geholpen.", "anonymous": "1"},
        REMOTE_ADDR="198.51.100.7",
    )

    case = Case.objects.get()
    assert "198.51.100.7" not in str(Case.objects.values().get())
    entry = AuditEntry.objects.get(action="complaints.case.submitted")
    assert "198.51.100.7" not in str(entry.data) and case.what not in str(entry.data)


def test_the_page_says_what_anonymity_costs(client, zone):
    page = client.get(url(zone))

    assert page.status_code == 200
    assert "no conversation in person" in page.text and "no mediation" in page.text
    assert 'name="website"' in page.text


def test_a_named_report_needs_a_name(client, zone):
    response = report(client, zone, anonymous="0")

    assert response.status_code == 400
    assert not Case.objects.exists()
    # Nothing typed is lost.
    assert "Stationsplein" in response.text


def test_a_filled_honeypot_creates_nothing(client, zone):
    report(client, zone, website="http://spam.example")

    assert not Case.objects.exists()


def test_images_and_pdfs_attach(client, zone):
    files = [
        SimpleUploadedFile("foto.png", PNG, content_type="image/png"),
        SimpleUploadedFile("brief.pdf", PDF, content_type="application/pdf"),
    ]
    response = report(client, zone, attachments=files)

    assert response.status_code == 200
    assert sorted(Attachment.objects.values_list("content_type", flat=True)) == [
        "application/pdf",
        "image/png",
    ]


@pytest.mark.parametrize(
    "upload",
    [
        SimpleUploadedFile("foto.png", b"MZ\x90\x00 not an image", content_type="image/png"),
        SimpleUploadedFile("foto.png", PDF, content_type="image/png"),
        SimpleUploadedFile("script.html", b"<script>alert(1)</script>", content_type="text/html"),
    ],
    ids=["executable named png", "pdf named png", "html"],
)
def test_a_file_that_is_not_what_its_name_says_is_refused_and_nothing_is_saved(
    client, zone, upload
):
    response = report(client, zone, attachments=[upload])

    assert response.status_code == 400
    assert "not what its name says" in response.text
    assert not Case.objects.exists() and not Attachment.objects.exists()
    assert "Stationsplein" in response.text


def test_a_file_too_large_is_refused(client, zone):
    big = SimpleUploadedFile("groot.pdf", PDF + b"0" * MAX_ATTACHMENT_BYTES)

    response = report(client, zone, attachments=[big])

    assert response.status_code == 400
    assert not Case.objects.exists()


def test_the_complainant_reads_the_case_and_answers_with_the_code(client, zone):
    code = shown_code(report(client, zone))
    case = Case.objects.get()
    CaseMessage.objects.create(case=case, body="Kunt u het tijdstip geven?")

    page = client.post(url(zone, "follow"), {"code": code.lower().replace("-", " ")})

    assert page.status_code == 200
    assert "Kunt u het tijdstip geven?" in page.text
    answer = client.post(url(zone, "follow_message"), {"code": code, "body": "Rond 17 uur."})
    assert answer.status_code == 200
    assert case.messages.filter(from_complainant=True, body="Rond 17 uur.").exists()
    assert AuditEntry.objects.filter(action="complaints.case.read_by_complainant").count() == 2


def test_an_unknown_code_and_another_zones_code_get_the_same_answer(client, zone, other_zone):
    code = shown_code(report(client, other_zone))

    wrong_zone = client.post(url(zone, "follow"), {"code": code})
    unknown = client.post(url(zone, "follow"), {"code": "AAAA-BBBB-CCCC-DDDD"})

    assert wrong_zone.status_code == unknown.status_code == 200
    assert main(wrong_zone).replace(code, "") == main(unknown).replace("AAAA-BBBB-CCCC-DDDD", "")
    assert "We found no case with this code" in unknown.text


def test_code_look_ups_are_rate_limited(client, zone, settings):
    settings.KORPS_RATE_LIMITS = True
    from korps.complaints.public_views import RECEIPT_LOOKUP_LIMIT

    codes = [
        client.post(url(zone, "follow"), {"code": f"AAAA-BBBB-CCCC-{n:04d}"}).status_code
        for n in range(RECEIPT_LOOKUP_LIMIT[0] + 1)
    ]

    assert codes[:-1] == [200] * RECEIPT_LOOKUP_LIMIT[0]
    assert codes[-1] == 429


def test_the_receipt_pdf_carries_the_code(client, zone):
    code = shown_code(report(client, zone))

    response = client.post(url(zone, "receipt_pdf"), {"code": code})

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    document = pdfium.PdfDocument(io.BytesIO(response.content))
    text = document[0].get_textpage().get_text_range()
    assert code in text
    assert Case.objects.get().reference in text


def test_satisfaction_is_asked_once_after_closing(client, zone):
    code = shown_code(report(client, zone))
    case = Case.objects.get()
    answers = {"code": code, "taken_seriously": "yes", "trust_restored": "partly"}

    early = client.post(url(zone, "follow_satisfaction"), answers)
    assert early.status_code == 400 and not SatisfactionAnswer.objects.exists()

    Case.objects.filter(pk=case.pk).update(status=CaseStatus.CLOSED, closing_reason="Gesprek.")
    done = client.post(url(zone, "follow_satisfaction"), answers)
    again = client.post(url(zone, "follow_satisfaction"), answers)

    assert done.status_code == 200 and again.status_code == 400
    assert SatisfactionAnswer.objects.get().trust_restored == "partly"


def test_a_case_made_by_staff_has_no_code_to_open(client, zone):
    CaseFactory(organisation=zone)

    response = client.post(url(zone, "follow"), {"code": ""})

    assert response.status_code == 200
    assert "data-status" not in response.text
