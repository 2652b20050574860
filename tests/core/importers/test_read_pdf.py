"""PDF: text layer per page, scanned and encrypted files."""

from __future__ import annotations

import pytest

from accord.core.errors import ImportFailed
from accord.core.importers import read_document

from importer_samples import HAS_UNICODE_FONT, encrypted_pdf_bytes, pdf_bytes, write

FIRST_PAGE = "Café naïve — “quoted” text." if HAS_UNICODE_FONT else "Café naïve, quoted text."


@pytest.fixture(scope="module")
def three_page_pdf() -> bytes:
    return pdf_bytes([FIRST_PAGE, None, "Third page\nsecond line"])


def test_pdf_pages_separated_by_blank_line_and_imageonly_page_noted(tmp_path, three_page_pdf):
    raw = read_document(write(tmp_path / "report.pdf", three_page_pdf))
    assert raw.text == f"{FIRST_PAGE}\n\nThird page\nsecond line"
    assert (raw.format, raw.encoding, raw.notes) == ("pdf", None, ("page 2 has no text layer",))


def test_image_only_pdf_has_no_text_layer(tmp_path):
    with pytest.raises(ImportFailed, match=r"^scan\.pdf: no text layer \(scanned\?\)"):
        read_document(write(tmp_path / "scan.pdf", pdf_bytes([None, None])))


def test_password_protected_pdf(tmp_path, three_page_pdf):
    data = encrypted_pdf_bytes(three_page_pdf, user_password="secret")
    with pytest.raises(ImportFailed, match=r"^locked\.pdf: the PDF is password-protected"):
        read_document(write(tmp_path / "locked.pdf", data))


def test_pdf_encrypted_without_user_password_opens(tmp_path, three_page_pdf):
    data = encrypted_pdf_bytes(three_page_pdf, user_password="")
    assert read_document(write(tmp_path / "restricted.pdf", data)).text.startswith(FIRST_PAGE)


def test_random_bytes_named_pdf(tmp_path):
    with pytest.raises(ImportFailed, match=r"^noise\.pdf: not a valid PDF file"):
        read_document(write(tmp_path / "noise.pdf", bytes(range(256)) * 4))


def test_truncated_pdf_fails_cleanly_or_reads(tmp_path, three_page_pdf):
    try:
        raw = read_document(write(tmp_path / "cut.pdf", three_page_pdf[: len(three_page_pdf) // 3]))
    except ImportFailed as error:
        assert str(error).startswith("cut.pdf: ")
    else:
        assert raw.format == "pdf"
