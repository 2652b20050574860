"""The one place where code-point offsets (core) meet Qt's UTF-16 positions.

Qt counts UTF-16 code units, so every character outside the Basic
Multilingual Plane (most emoji, some CJK) takes two positions in Qt and one
in Accord. An OffsetMap is built once per document text; texts without such
characters map straight through.
"""

import re
from bisect import bisect_left, bisect_right

import numpy as np

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class OffsetMap:
    def __init__(self, text: str):
        # Code-point indices of astral characters, in order.
        self._astral = [m.start() for m in _ASTRAL.finditer(text)] if not text.isascii() else []
        # The UTF-16 position at which each astral character starts.
        self._astral_qt = [i + n for n, i in enumerate(self._astral)]
        self.length = len(text)

    def to_qt(self, offset: int) -> int:
        """UTF-16 position of a code-point offset."""
        return offset + bisect_left(self._astral, offset)

    def from_qt(self, position: int) -> int:
        """Code-point offset of a UTF-16 position; a position inside a surrogate pair rounds down."""
        # Each astral character starting before `position` counted one unit too many.
        return position - bisect_right(self._astral_qt, position - 1)

    def many_to_qt(self, offsets: "np.ndarray") -> "np.ndarray":
        """`to_qt` for a whole array of offsets at once (opening a document with thousands of codings)."""
        if not self._astral:
            return offsets
        return offsets + np.searchsorted(np.asarray(self._astral), offsets, side="left")

    def span_to_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.to_qt(start), self.to_qt(end)

    def span_from_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.from_qt(start), self.from_qt(end)
