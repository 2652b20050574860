"""Plain text: only the encoding has to be worked out."""

from __future__ import annotations

from accord.core.importers.base import RawText
from accord.core.importers.encoding import decode_bytes


def read_txt(data: bytes, name: str) -> RawText:
    decoded = decode_bytes(data, name)
    return RawText(decoded.text, "txt", decoded.encoding, decoded.notes)
