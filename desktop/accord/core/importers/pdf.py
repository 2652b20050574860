"""PDF: the text layer of each page, pages separated by a blank line.

Scanned PDFs have no text layer; they need OCR, which Accord does not do, so they fail
with a message saying so rather than importing as an empty document.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from contextlib import contextmanager

from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError

from accord.core.errors import ImportFailed
from accord.core.importers.base import RawText, describe, failure


def read_pdf(data: bytes, name: str) -> RawText:
    notes: list[str] = []
    with _pypdf_warnings_into(notes):
        return _read(data, name, notes)


class _NoteHandler(logging.Handler):
    def __init__(self, notes: list[str]):
        super().__init__(logging.WARNING)
        self.notes = notes

    def emit(self, record: logging.LogRecord) -> None:
        self.notes.append(f"PDF reader: {record.getMessage()}")


@contextmanager
def _pypdf_warnings_into(notes: list[str]) -> Iterator[None]:
    """pypdf logs its complaints about damaged files; keep them as notes, not stray stderr lines."""
    logger = logging.getLogger("pypdf")
    handler, propagate = _NoteHandler(notes), logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def _read(data: bytes, name: str, notes: list[str]) -> RawText:
    reader = _open(data, name)
    try:
        pages = list(reader.pages)
    except Exception as exc:  # a damaged page tree raises anything from KeyError to PdfReadError
        raise failure(name, f"damaged PDF ({describe(exc)})") from exc
    if not pages:
        raise failure(name, "the PDF has no pages")

    texts: list[str] = []
    unreadable = 0
    for number, page in enumerate(pages, start=1):
        try:
            text = (page.extract_text() or "").strip()
        except Exception as exc:  # one broken content stream should not lose the other pages
            unreadable += 1
            notes.append(f"page {number} could not be read ({describe(exc)})")
            continue
        if text:
            texts.append(text)
        else:
            notes.append(f"page {number} has no text layer")

    if not texts:
        if unreadable:
            raise failure(name, f"damaged PDF: no page could be read ({notes[0]})")
        raise failure(name, "no text layer (scanned?); run OCR on it first")
    return RawText("\n\n".join(texts), "pdf", None, tuple(notes))


def _open(data: bytes, name: str) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise failure(name, "the PDF is password-protected; remove the password and try again")
    except DependencyError as exc:
        raise failure(
            name, "the PDF is encrypted with AES, which this installation cannot decrypt"
        ) from exc
    except ImportFailed:
        raise
    except Exception as exc:
        raise failure(name, f"not a valid PDF file ({describe(exc)})") from exc
    return reader
