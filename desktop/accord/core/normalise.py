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
    text, newlines = _LINE_BREAKS.subn("\n", text)
    text, controls = _CONTROL_CHARS.subn("", text)
    # After removing controls, so that a BOM they hid at the start goes too (idempotence).
    without_bom = text.lstrip(_BOM)
    controls += len(text) - len(without_bom)
    nfc = unicodedata.normalize("NFC", without_bom)
    report = NormalisationReport(
        newlines_converted=newlines,
        control_chars_removed=controls,
        nfc_changed=nfc != without_bom,
    )
    return nfc, report


def _count(n: int, singular: str, plural: str) -> str:
    return f"{n} {singular if n == 1 else plural}"
