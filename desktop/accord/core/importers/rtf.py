"""Rich Text Format: striprtf turns the control words into plain text."""

from __future__ import annotations

import re

from striprtf.striprtf import rtf_to_text

from accord.core.importers.base import RawText, describe, failure
from accord.core.importers.encoding import codec_name

_RTF_START = re.compile(rb"\s*\{\\rtf", re.IGNORECASE)
_ANSI_CODEPAGE = re.compile(rb"\\ansicpg(\d{1,5})")


def read_rtf(data: bytes, name: str) -> RawText:
    start = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    if not _RTF_START.match(start):
        raise failure(name, "not an RTF file (it does not start with {\\rtf)")
    try:
        text = rtf_to_text(_decode_source(start), errors="replace")
    except Exception as exc:  # striprtf is regex-based; malformed input can raise assorted errors
        raise failure(name, f"damaged RTF file ({describe(exc)})") from exc
    return RawText(_join_surrogate_pairs(text), "rtf", None)


def _decode_source(data: bytes) -> str:
    """RTF is 7-bit, but some writers put raw 8-bit text in it: UTF-8 or the declared ANSI code page."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _ANSI_CODEPAGE.search(data[:4096])
    encoding = codec_name(f"cp{int(declared.group(1))}") if declared else None
    return data.decode(encoding or "cp1252", errors="replace")


def _join_surrogate_pairs(text: str) -> str:
    # RTF writes characters beyond U+FFFF as two \uN escapes (a UTF-16 surrogate pair),
    # which striprtf emits as two lone surrogates; lone ones left over become U+FFFD.
    return text.encode("utf-16-le", errors="surrogatepass").decode("utf-16-le", errors="replace")
