"""Where the text of a QPlainTextEdit is on screen: blocks, line fragments, characters.

Positions here are Qt (UTF-16) positions; coordinates are the viewport's. Right-to-left
text is measured from glyph runs, since a logical span may fall apart into
several visual pieces there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QTextBlock, QTextLayout, QTextLine
from PySide6.QtWidgets import QPlainTextEdit

# Hebrew, Arabic, Syriac, Thaana, N'Ko… and their presentation forms; astral RTL scripts.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]")


@dataclass
class ShownBlock:
    """A block on screen: where its layout is drawn, in viewport coordinates."""

    block: QTextBlock
    position: int  # Qt position of its first character
    length: int  # characters, without the block separator
    layout: QTextLayout
    x: float  # layout origin
    y: float
    top: float
    bottom: float
    bidi: bool  # holds right-to-left text: fragments come from glyph runs

    @property
    def end(self) -> int:
        return self.position + self.length


def shown_blocks(view: QPlainTextEdit, bidi_cache: dict[int, bool]) -> list[ShownBlock]:
    """The visible (not hidden) blocks of a plain text view that are on screen, top to bottom.

    `bidi_cache` remembers which blocks hold right-to-left text (by block number).
    """
    shown = []
    block = view.firstVisibleBlock()
    offset = view.contentOffset()
    height = view.viewport().height()
    while block.isValid():
        if block.isVisible():
            geometry = view.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > height:
                break
            if geometry.bottom() >= 0:
                layout = block.layout()
                origin = geometry.topLeft() + layout.position()
                number = block.blockNumber()
                bidi = bidi_cache.get(number)
                if bidi is None:
                    bidi = bidi_cache[number] = bool(_RTL.search(block.text()))
                shown.append(ShownBlock(block, block.position(), block.length() - 1, layout,
                                        origin.x(), origin.y(), geometry.top(), geometry.bottom(), bidi))
        block = block.next()
    return shown


def span_rects(shown: list[ShownBlock], qstart: int, qend: int) -> list[QRectF]:
    """Rectangles (viewport coordinates) covering the text of [qstart, qend), line by line."""
    rects = []
    for sb in shown:
        if sb.position >= qend:
            break
        a, b = max(qstart, sb.position) - sb.position, min(qend, sb.end) - sb.position
        if a >= b:
            continue
        layout = sb.layout
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            first, last = line.textStart(), line.textStart() + line.textLength()
            if last <= a:
                continue
            if first >= b:
                break
            lo, hi = max(a, first), min(b, last)
            top = round(sb.y + line.y())
            bottom = round(sb.y + line.y() + line.height())
            for x1, x2 in _fragments(line, lo, hi, sb.bidi):
                rects.append(QRectF(round(sb.x + x1), top, round(sb.x + x2) - round(sb.x + x1), bottom - top))
    return rects


def _fragments(line: QTextLine, lo: int, hi: int, bidi: bool) -> list[tuple[float, float]]:
    if not bidi:
        x1, x2 = line.cursorToX(lo)[0], line.cursorToX(hi)[0]
        return [(min(x1, x2), max(x1, x2))]
    runs = sorted((r.boundingRect().left(), r.boundingRect().right()) for r in line.glyphRuns(lo, hi - lo))
    merged: list[list[float]] = []
    for x1, x2 in runs:  # glyph runs of one visual stretch meet or overlap: paint them once
        if merged and x1 <= merged[-1][1] + 0.5:
            merged[-1][1] = max(merged[-1][1], x2)
        else:
            merged.append([x1, x2])
    return [(x1, x2) for x1, x2 in merged]


def extent(shown: list[ShownBlock], qstart: int, qend: int) -> tuple[float, float] | None:
    """Top and bottom (viewport y) of the lines [qstart, qend) occupies; None if none is shown."""
    top = bottom = None
    for sb in shown:
        if sb.position >= qend:
            break
        if qstart >= sb.end or qend <= sb.position:
            continue
        if top is None:
            if qstart < sb.position:
                top = sb.top
            else:
                line = sb.layout.lineForTextPosition(qstart - sb.position)
                top = sb.y + line.y() if line.isValid() else sb.top
        line = sb.layout.lineForTextPosition(min(qend, sb.end) - 1 - sb.position)
        bottom = sb.y + line.y() + line.height() if line.isValid() else sb.bottom
    return None if top is None else (top, bottom)


def char_at(shown: list[ShownBlock], pos: QPointF) -> int | None:
    """The Qt position of the character under a viewport point, or None off the text."""
    for sb in shown:
        if not sb.top <= pos.y() < sb.bottom:
            continue
        for i in range(sb.layout.lineCount()):
            line = sb.layout.lineAt(i)
            if sb.y + line.y() <= pos.y() < sb.y + line.y() + line.height():
                x = pos.x() - sb.x
                rect = line.naturalTextRect()
                if not rect.left() <= x < rect.right() or line.textLength() == 0:
                    return None
                index = line.xToCursor(x, QTextLine.CursorOnCharacter)
                index = min(index, line.textStart() + line.textLength() - 1)
                return sb.position + index
        return None
    return None
