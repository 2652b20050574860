"""What every importer returns, and the helpers they share for reporting failures."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from accord.core.errors import ImportFailed


@dataclass(frozen=True)
class RawText:
    """Text extracted from a document, before normalisation."""

    text: str
    format: str  # "txt", "md", "docx", "pdf", "html", "odt", "rtf"
    encoding: str | None  # detected encoding for byte-based formats (txt/md/html), else None
    notes: tuple[str, ...] = ()  # human-readable remarks, e.g. "page 3 has no text layer"


def describe(exc: BaseException) -> str:
    """One line describing a library exception; library messages can span lines."""
    message = " ".join(str(exc).split())
    if not message:
        return type(exc).__name__
    return message if len(message) <= 200 else message[:199] + "…"


def failure(name: str, problem: str) -> ImportFailed:
    """The ImportFailed for `name`, with a one-line message: "<name>: <problem>"."""
    return ImportFailed(f"{name}: {' '.join(problem.split())}")


def has_visible_text(text: str) -> bool:
    """True if `text` holds at least one character a reader could see."""
    return any(not ch.isspace() and unicodedata.category(ch)[0] != "C" for ch in text)


def paragraphs_text(paragraphs: Iterable[str]) -> str:
    """Paragraphs with a blank line between them, as a plain-text interview has them.

    Empty paragraphs (a word processor's way of spacing) are left out, so the gap
    between two paragraphs is always one blank line.
    """
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph.strip())
