"""Normalising imported text before it is stored, so that offsets mean the same everywhere.

Every line break becomes "\\n" (Qt, SQLite and exports then count characters alike),
invisible control characters go, and the text is put in Unicode NFC so that "é" is
one code point however the source spelled it. The report says what was changed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass

# CRLF first so that it counts as one line ending, not two.
# Form feed / vertical tab (page breaks in old transcripts), NEL, and the Unicode line
# and paragraph separators are line breaks too; Qt would otherwise split lines there
# without counting a "\n".
_LINE_BREAK_CHARS = "\n\r\f\v\x85\u2028\u2029"
_LINE_BREAKS = re.compile("\r\n|[\r\f\v\x85\u2028\u2029]")
# C0 and C1 controls and DEL, except newline and tab.
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BOM = "\ufeff"


@dataclass(frozen=True)
class NormalisationReport:
    newlines_converted: int  # CRLF, lone CR, form feed, vertical tab etc. turned into \n
    control_chars_removed: int  # C0/C1 controls other than \n and \t, and a leading BOM
    nfc_changed: bool

    @property
    def changed(self) -> bool:
        return bool(self.newlines_converted or self.control_chars_removed or self.nfc_changed)

    def as_dict(self) -> dict:
        """JSON-serialisable record of what was done."""
        return asdict(self)

    def summary(self) -> str:
        """One line for people, e.g. "3 line endings → \\n; 2 control characters removed"."""
        if not self.changed:
            return "no changes"
        parts = []
        if self.newlines_converted:
            parts.append(_count(self.newlines_converted, "line ending", "line endings") + " → \\n")
        if self.control_chars_removed:
            parts.append(
                _count(self.control_chars_removed, "control character", "control characters")
                + " removed"
            )
        if self.nfc_changed:
            parts.append("NFC applied")
        return "; ".join(parts)


def normalise_text(text: str) -> tuple[str, NormalisationReport]:
    """The text with unified line breaks, without control characters, in NFC; and what changed."""
    normaliser = Normaliser()
    head = normaliser.feed(text)
    tail, report = normaliser.finish()
    return head + tail, report


class Normaliser:
    """normalise_text for a text that arrives in pieces (a large file read chunk by chunk).

        normaliser = Normaliser()
        for piece in pieces:
            write(normaliser.feed(piece))  # normalised text up to the last line break so far
        rest, report = normaliser.finish()

    Pieces are cut after a line break: no CRLF, combining sequence or run of
    control characters straddles a cut, so the result is exactly normalise_text's.
    Memory holds one piece plus the longest line.
    """

    def __init__(self) -> None:
        self._pending = ""
        self._at_start = True  # a BOM is dropped only at the very start of the text
        self._newlines = self._controls = 0
        self._nfc_changed = False

    def feed(self, piece: str) -> str:
        text = self._pending + piece
        cut = _after_last_line_break(text)
        self._pending = text[cut:]
        return self._normalise(text[:cut])

    def finish(self) -> tuple[str, NormalisationReport]:
        rest, self._pending = self._normalise(self._pending), ""
        return rest, NormalisationReport(self._newlines, self._controls, self._nfc_changed)

    def _normalise(self, text: str) -> str:
        text, newlines = _LINE_BREAKS.subn("\n", text)
        text, controls = _CONTROL_CHARS.subn("", text)
        if self._at_start and text:
            # After removing controls, so that a BOM they hid at the start goes too (idempotence).
            without_bom = text.lstrip(_BOM)
            controls += len(text) - len(without_bom)
            text = without_bom
            self._at_start = not text
        self._newlines += newlines
        self._controls += controls
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
            self._nfc_changed = True
        return text


def _after_last_line_break(text: str) -> int:
    """Where `text` can be cut: after its last line break, but never between a CR and a LF to come."""
    last = max(text.rfind(ch) for ch in _LINE_BREAK_CHARS)
    if last >= 0 and last == len(text) - 1 and text[last] == "\r":
        return last  # the next piece may start with the LF of this CR
    return last + 1


def _count(n: int, singular: str, plural: str) -> str:
    return f"{n} {singular if n == 1 else plural}"
