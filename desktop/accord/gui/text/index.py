"""What the document pane knows about the shown document, without any Qt.

`CodingIndex` keeps the codings of one document in buckets of text positions,
so that painting asks only for the codings that touch the visible text, and a
changed coding is moved between buckets instead of rebuilding anything. It
also places each coding in a column of the stripe margin. `PaneState` is the
data the text view, the stripe margin and the pane share.
"""

from __future__ import annotations

import html
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QObject

from ...core.codebook import Code
from ...core.codings import Coding
from ...core.documents import TurnRecord
from ...core.importers.transcripts.times import clock
from ..i18n import fill
from .offsets import OffsetMap

BUCKET = 2048  # Qt (UTF-16) positions per bucket


class Mark:
    """A coding as the pane draws it: code-point and Qt spans, block range, margin column."""

    __slots__ = ("id", "code_id", "coder_id", "start", "end", "qstart", "qend", "memo",
                 "first_block", "last_block", "column")

    def __init__(self, coding: Coding, offsets: OffsetMap, block_starts: list[int]):
        self.id = coding.id
        self.code_id = coding.code_id
        self.coder_id = coding.coder_id
        self.start = coding.start
        self.end = coding.end
        self.memo = coding.memo
        self.qstart, self.qend = offsets.span_to_qt(coding.start, coding.end)
        self.first_block = bisect_right(block_starts, coding.start) - 1
        self.last_block = bisect_right(block_starts, max(coding.start, coding.end - 1)) - 1
        self.column = 0

    @classmethod
    def placed(cls, coding: Coding, qstart: int, qend: int, first_block: int, last_block: int) -> Mark:
        """A mark whose positions were worked out already (for many codings at once, in `CodingIndex.reset`)."""
        mark = cls.__new__(cls)
        mark.id, mark.code_id, mark.coder_id = coding.id, coding.code_id, coding.coder_id
        mark.start, mark.end, mark.memo = coding.start, coding.end, coding.memo
        mark.qstart, mark.qend, mark.first_block, mark.last_block = qstart, qend, first_block, last_block
        mark.column = 0
        return mark

    def same_as(self, coding: Coding) -> bool:
        return (self.code_id, self.coder_id, self.start, self.end, self.memo) == (
            coding.code_id, coding.coder_id, coding.start, coding.end, coding.memo)


class CodingTooltip(QObject):
    """Only the translation context of the codings' tooltip: `CodingTooltip.tr(…, n)` is what lupdate extracts
    as a plural message (QCoreApplication.translate is never extracted as one)."""


class CodingIndex:
    """The codings of one document by position: buckets of BUCKET Qt positions each."""

    def __init__(self, offsets: OffsetMap | None = None, block_starts: list[int] | None = None):
        self._offsets = offsets or OffsetMap("")
        self._block_starts = block_starts or [0]
        self._marks: dict[int, Mark] = {}
        self._buckets: dict[int, list[int]] = {}
        self._columns_key: tuple | None = None
        self.column_count = 0
        self.revision = 0  # bumped on every change, so that views know to redraw

    # -- contents ------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._marks)

    def __iter__(self):
        return iter(self._marks.values())

    def __contains__(self, coding_id: int) -> bool:
        return coding_id in self._marks

    def get(self, coding_id: int | None) -> Mark | None:
        return self._marks.get(coding_id) if coding_id is not None else None

    def reset(self, codings: Iterable[Coding]) -> None:
        """Index a document's codings; their positions are converted as arrays, not one by one."""
        codings = list(codings)
        self._marks.clear()
        self._buckets.clear()
        if codings:
            starts = np.fromiter((c.start for c in codings), dtype=np.int64, count=len(codings))
            ends = np.fromiter((c.end for c in codings), dtype=np.int64, count=len(codings))
            qstarts, qends = self._offsets.many_to_qt(starts), self._offsets.many_to_qt(ends)
            block_starts = np.asarray(self._block_starts)
            firsts = np.searchsorted(block_starts, starts, side="right") - 1
            lasts = np.searchsorted(block_starts, np.maximum(starts, ends - 1), side="right") - 1
            for coding, qstart, qend, first, last in zip(
                    codings, qstarts.tolist(), qends.tolist(), firsts.tolist(), lasts.tolist()):
                self._insert(Mark.placed(coding, qstart, qend, first, last))
        self._touched()

    def put(self, coding: Coding) -> None:
        """Add a coding, or move it to its new place; a coding that did not change costs nothing."""
        old = self._marks.get(coding.id)
        if old is not None:
            if old.same_as(coding):
                return
            self._remove(old)
        self._insert(Mark(coding, self._offsets, self._block_starts))
        self._touched()

    def discard(self, coding_id: int) -> None:
        old = self._marks.get(coding_id)
        if old is not None:
            self._remove(old)
            self._touched()

    def sync(self, codings: Iterable[Coding]) -> None:
        """Make the index hold exactly these codings, touching only the ones that differ."""
        wanted = {coding.id: coding for coding in codings}
        for coding_id in [i for i in self._marks if i not in wanted]:
            self.discard(coding_id)
        for coding in wanted.values():
            self.put(coding)

    # -- queries -------------------------------------------------------------
    def overlapping(self, qstart: int, qend: int) -> list[Mark]:
        """Codings that share a position with [qstart, qend) (Qt positions), by start."""
        found: dict[int, Mark] = {}
        for bucket in range(qstart // BUCKET, (max(qstart, qend - 1)) // BUCKET + 1):
            for coding_id in self._buckets.get(bucket, ()):
                mark = self._marks[coding_id]
                if mark.qstart < qend and mark.qend > qstart:
                    found[coding_id] = mark
        return sorted(found.values(), key=lambda m: (m.qstart, -m.qend, m.id))

    def at(self, qpos: int) -> list[Mark]:
        """Codings covering the character at Qt position `qpos`."""
        return self.overlapping(qpos, qpos + 1)

    def assign_columns(self, line_chars: int) -> int:
        """Give every coding a stripe column; returns how many columns there are.

        Two codings share a column when they cannot meet on screen: they lie in
        different blocks, or in one block at least two lines' worth of
        characters (`line_chars` each, an estimate) apart. Greedy by start, so
        the assignment is stable while scrolling and only changes with the
        codings or the width of the text.
        """
        key = (self.revision, line_chars)
        if key == self._columns_key:
            return self.column_count
        gap = max(1, 2 * line_chars)
        last: list[tuple[int, int]] = []  # per column: (last block, end) of its latest coding
        for mark in sorted(self._marks.values(), key=lambda m: (m.start, -m.end, m.id)):
            for column, (block, end) in enumerate(last):
                if block < mark.first_block or (block == mark.first_block and mark.start - end >= gap):
                    break
            else:
                column = len(last)
                last.append((0, 0))
            mark.column = column
            last[column] = (mark.last_block, mark.end)
        self._columns_key = key
        self.column_count = len(last)
        return self.column_count

    # -- internals -------------------------------------------------------------
    def _insert(self, mark: Mark) -> None:
        self._marks[mark.id] = mark
        for bucket in self._buckets_of(mark):
            self._buckets.setdefault(bucket, []).append(mark.id)

    def _remove(self, mark: Mark) -> None:
        del self._marks[mark.id]
        for bucket in self._buckets_of(mark):
            ids = self._buckets.get(bucket)
            if ids is not None:
                ids.remove(mark.id)
                if not ids:
                    del self._buckets[bucket]

    @staticmethod
    def _buckets_of(mark: Mark) -> range:
        return range(mark.qstart // BUCKET, max(mark.qstart, mark.qend - 1) // BUCKET + 1)

    def _touched(self) -> None:
        self.revision += 1


@dataclass
class PaneState:
    """The shown document as text, offsets, turns, codings and the names around them."""

    document_id: int | None = None
    text: str = ""
    offsets: OffsetMap = field(default_factory=lambda: OffsetMap(""))
    block_starts: list[int] = field(default_factory=lambda: [0])  # code points
    turns: list[TurnRecord] = field(default_factory=list)
    # A transcript's turns with their times: (start, end, speaker, time_start, time_end), by start.
    turn_times: list[tuple] = field(default_factory=list)
    index: CodingIndex = field(default_factory=CodingIndex)
    codes: dict[int, Code] = field(default_factory=dict)
    coders: dict[int, str] = field(default_factory=dict)
    selected_id: int | None = None  # the coding clicked in the margin (shows resize handles)
    hover_id: int | None = None  # the coding under the mouse in the margin
    preview: tuple[int, int, int] | None = None  # (coding id, start, end) while a handle is dragged
    snap_to_words: bool = False

    def colour_of(self, mark: Mark) -> str:
        code = self.codes.get(mark.code_id)
        return code.color if code else "#9e9e9e"

    def name_of(self, mark: Mark) -> str:
        code = self.codes.get(mark.code_id)
        return code.name if code else "?"

    def path_of(self, mark: Mark) -> str:
        names, code, seen = [], self.codes.get(mark.code_id), set()
        while code is not None and code.id not in seen:
            seen.add(code.id)
            names.append(code.name)
            code = self.codes.get(code.parent_id) if code.parent_id is not None else None
        return " / ".join(reversed(names)) or "?"

    def span_of(self, mark: Mark) -> tuple[int, int]:
        """The mark's code-point span, or its previewed span while it is being resized."""
        if self.preview is not None and self.preview[0] == mark.id:
            return self.preview[1], self.preview[2]
        return mark.start, mark.end

    def qspan_of(self, mark: Mark) -> tuple[int, int]:
        if self.preview is not None and self.preview[0] == mark.id:
            return self.offsets.span_to_qt(self.preview[1], self.preview[2])
        return mark.qstart, mark.qend

    def turn_time_at(self, offset: int) -> str | None:
        """"Maya · 1:02–1:15" for the timed turn holding code point `offset`, else None."""
        index = bisect_right(self.turn_times, offset, key=lambda turn: turn[0]) - 1
        if index < 0 or offset >= self.turn_times[index][1]:
            return None
        _start, _end, speaker, time_start, time_end = self.turn_times[index]
        times = "–".join(clock(t) for t in (time_start, time_end) if t is not None)
        return f"{speaker} · {times}" if speaker else times

    def tooltip(self, marks: Iterable[Mark]) -> str:
        """Rich text naming each coding's code, coder, offsets and memo."""
        parts = []
        for mark in marks:
            start, end = self.span_of(mark)
            quote = self.text[start:end]
            if len(quote) > 140:
                quote = quote[:90].rstrip() + " … " + quote[-40:].lstrip()
            memo = (
                f"<div style='margin-top:3px'><i>{html.escape(mark.memo)}</i></div>" if mark.memo else ""
            )
            who = fill(CodingTooltip.tr("Coder: %1 &middot; %2&ndash;%3 (%n character(s))", "", end - start),
                       html.escape(self.coders.get(mark.coder_id, "?")), start, end)
            parts.append(
                f"<div><span style='color:{self.colour_of(mark)}'>&#9632;</span> "
                f"<b>{html.escape(self.path_of(mark))}</b></div>"
                f"<div>{who}</div>"
                f"<div style='color:gray'>&ldquo;{html.escape(quote)}&rdquo;</div>{memo}"
            )
        return "<hr>".join(parts)


def is_word_char(text: str, index: int) -> bool:
    """True for letters, digits and combining marks, and for apostrophes and hyphens between them ("didn't").

    Combining marks (category M: accents, Hebrew points, Arabic harakat) belong to
    the letter before them, so a snapped selection never splits a letter from its marks.
    """
    if not 0 <= index < len(text):
        return False
    ch = text[index]
    if _in_word(ch):
        return True
    if ch in "'’-" and 0 < index < len(text) - 1:
        return _in_word(text[index - 1]) and _in_word(text[index + 1])
    return False


def _in_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_" or unicodedata.category(ch)[0] == "M"


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) so that it neither starts nor ends inside a word."""
    if start < end:
        while start > 0 and is_word_char(text, start) and is_word_char(text, start - 1):
            start -= 1
        while end < len(text) and is_word_char(text, end - 1) and is_word_char(text, end):
            end += 1
    return start, end
