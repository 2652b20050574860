"""Markdown: read like plain text and kept as written (the markup is part of the text)."""

from __future__ import annotations

from accord.core.importers.base import RawText
from accord.core.importers.encoding import decode_bytes


def read_markdown(data: bytes, name: str) -> RawText:
    decoded = decode_bytes(data, name)
    return RawText(decoded.text, "md", decoded.encoding, decoded.notes)
