"""The read-only text of a document, with its codings painted behind the text.

Nothing about codings goes into the QTextDocument: each paint asks the
CodingIndex for the codings that touch the visible blocks and fills their
line fragments (from QTextLayout) before the text is drawn. Qt positions
(UTF-16) are used only here (and in text_geometry) and converted through the
document's OffsetMap.
"""

from __future__ import annotations

import html
import json

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor, QDrag, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPixmap, QTextCursor, QTextLine,
)
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QToolTip, QWidget

from .geometry import ShownBlock, char_at, extent, shown_blocks, span_rects
from .index import Mark, PaneState, snap_to_words
from .stripes import StripeMargin

SPAN_MIME = "application/x-accord-span"
CODES_MIME = "application/x-accord-codes"  # JSON list of code ids, dragged from the codebook
HIGHLIGHT_ALPHA = 0.35
STRONG_ALPHA = 0.55  # the selected or hovered coding
HANDLE_RADIUS = 3.5


class CodingTextView(QPlainTextEdit):
    markClicked = Signal(int)  # a stripe, or highlighted text, was clicked
    codeDropped = Signal(int)  # a code dragged from the codebook was dropped while text is selected
    selectionContextRequested = Signal(QPoint)  # right-click with text selected (global position)
    markContextRequested = Signal(int, QPoint)  # coding id, global position
    resizeRequested = Signal(int, int, int)  # coding id, new start, new end (code points)

    def __init__(self, state: PaneState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.setReadOnly(True)
        self.setAcceptDrops(True)  # codes only (see dropEvent); read-only takes no text
        self.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.WidgetWidth)
        self.setCenterOnScroll(False)
        self.viewport().setMouseTracking(True)
        self._resizing: str | None = None  # "start" or "end" while a handle is dragged
        self._drag_from: QPointF | None = None  # press inside the selection: maybe a drag
        self._click_from: QPointF | None = None  # a plain left press: a click may select a coding
        self._bidi_cache: dict[int, bool] = {}
        self.layout_generation = 0  # bumped when blocks are shown, hidden or re-laid out
        self.margin = StripeMargin(self)
        self.set_margin_width(170)
        self.updateRequest.connect(lambda *_: self.margin.update())

    # -- geometry --------------------------------------------------------------
    def set_margin_width(self, width: int) -> None:
        self._margin_width = max(40, min(int(width), 600))
        self.setViewportMargins(0, 0, self._margin_width, 0)
        self._place_margin()

    def margin_width(self) -> int:
        return self._margin_width

    def _place_margin(self) -> None:
        area = self.viewport().geometry()
        self.margin.setGeometry(area.right() + 1, area.top(), self._margin_width, area.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_margin()

    def forget_layout(self, document_replaced: bool = False) -> None:
        """Call when blocks were hidden or shown, fonts or names changed, or the document was replaced."""
        if document_replaced:
            self._bidi_cache.clear()
        self.layout_generation += 1
        self.refresh()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.FontChange, QEvent.PaletteChange):
            self.forget_layout()

    def line_chars(self) -> int:
        """About how many characters fit on one line (for sharing stripe columns)."""
        return max(10, self.viewport().width() // max(1, self.fontMetrics().averageCharWidth()))

    def shown_blocks(self) -> list[ShownBlock]:
        """The visible (not hidden) blocks that are on screen, top to bottom."""
        return shown_blocks(self, self._bidi_cache)

    def span_rects(self, shown: list[ShownBlock], qstart: int, qend: int) -> list[QRectF]:
        return span_rects(shown, qstart, qend)

    def extent(self, shown: list[ShownBlock], qstart: int, qend: int) -> tuple[float, float] | None:
        return extent(shown, qstart, qend)

    def char_at(self, pos: QPointF) -> int | None:
        """The Qt position of the character under a viewport point, or None off the text."""
        return char_at(self.shown_blocks(), pos)

    def position_at(self, pos: QPointF) -> int:
        """The Qt position (a grapheme-cluster edge) that a click at a viewport point means.

        Qt's own answer, mended: Qt 6 (seen in 6.11) answers the end of the line, or of the
        script run, for a point in the right half of a letter drawn as a base glyph plus
        combining-mark glyphs (x + U+0301, q + U+0323 U+0307, Yoruba o + U+0323 U+0300):
        QTextEngine::positionInLigature steps back from the next cluster onto the mark glyph,
        which no character maps to. A drag released there selected the rest of the line.
        The answer must be an edge of the cluster under the point; if it is not, the edge
        nearer the point is used. (Right-to-left runs and emoji are not affected.)
        """
        return self._mended(pos, self.cursorForPosition(pos.toPoint()).position())

    def _mended(self, pos: QPointF, hit: int) -> int:
        for sb in self.shown_blocks():
            if not sb.top <= pos.y() < sb.bottom:
                continue
            for i in range(sb.layout.lineCount()):
                line = sb.layout.lineAt(i)
                if line.textLength() and sb.y + line.y() <= pos.y() < sb.y + line.y() + line.height():
                    x = pos.x() - sb.x
                    under = line.xToCursor(x, QTextLine.CursorOnCharacter)
                    edges = (under, sb.layout.nextCursorPosition(under))
                    if hit - sb.position in edges:
                        return hit
                    return sb.position + min(edges, key=lambda edge: abs(line.cursorToX(edge)[0] - x))
            break
        return hit

    def _mend_mouse_selection(self, pos: QPointF) -> None:
        """Move the cursor Qt just put at a wrong position for `pos` (see position_at) to the right one."""
        hit = self.cursorForPosition(pos.toPoint()).position()
        cursor = self.textCursor()
        if cursor.position() != hit:
            return  # Qt did not put it there (word selection after a double click, ...)
        mended = self._mended(pos, hit)
        if mended != hit:
            cursor.setPosition(mended if cursor.anchor() == hit else cursor.anchor())
            cursor.setPosition(mended, QTextCursor.KeepAnchor)
            self.setTextCursor(cursor)

    def turn_time_at(self, pos: QPointF) -> str | None:
        """The speaker and times of the transcript turn under a viewport point, or None."""
        if not self.state.turn_times:
            return None
        qpos = self.char_at(pos)
        return None if qpos is None else self.state.turn_time_at(self.state.offsets.from_qt(qpos))

    def marks_at(self, pos: QPointF) -> list[Mark]:
        qpos = self.char_at(pos)
        return self.state.index.at(qpos) if qpos is not None else []

    # -- painting --------------------------------------------------------------
    def visible_marks(self, shown: list[ShownBlock]) -> list[Mark]:
        if not shown:
            return []
        marks = self.state.index.overlapping(shown[0].position, shown[-1].end + 1)
        preview = self.state.index.get(self.state.preview[0]) if self.state.preview else None
        if preview is not None and preview not in marks:
            marks.append(preview)
        return marks

    def paintEvent(self, event) -> None:
        shown = self.shown_blocks()
        state = self.state
        painter = QPainter(self.viewport())
        painter.setClipRect(event.rect())
        for mark in self.visible_marks(shown):
            strong = mark.id in (state.selected_id, state.hover_id)
            colour = QColor(state.colour_of(mark))
            colour.setAlphaF(STRONG_ALPHA if strong else HIGHLIGHT_ALPHA)
            for rect in self.span_rects(shown, *state.qspan_of(mark)):
                painter.fillRect(rect, colour)
        painter.end()
        super().paintEvent(event)
        handles = self.handle_rects(shown)
        if handles:
            painter = QPainter(self.viewport())
            painter.setRenderHint(QPainter.Antialiasing)
            colour = QColor(state.colour_of(state.index.get(state.selected_id))).darker(130)
            painter.setPen(Qt.NoPen)
            painter.setBrush(colour)
            for edge, rect in handles.items():
                x = rect.center().x()
                painter.drawRect(QRectF(x - 1, rect.top() + HANDLE_RADIUS * 2, 2, rect.height() - HANDLE_RADIUS * 4))
                knob_y = rect.top() + HANDLE_RADIUS if edge == "start" else rect.bottom() - HANDLE_RADIUS
                painter.drawEllipse(QPointF(x, knob_y), HANDLE_RADIUS, HANDLE_RADIUS)
            painter.end()

    def handle_rects(self, shown: list[ShownBlock] | None = None) -> dict[str, QRectF]:
        """The grab areas of the selected coding's start and end handles that are on screen."""
        mark = self.state.index.get(self.state.selected_id)
        if mark is None:
            return {}
        shown = self.shown_blocks() if shown is None else shown
        rects = self.span_rects(shown, *self.state.qspan_of(mark))
        if not rects:
            return {}
        handles = {}
        r = 2 * HANDLE_RADIUS
        if self.state.qspan_of(mark)[0] >= shown[0].position:
            first = rects[0]
            handles["start"] = QRectF(first.left() - HANDLE_RADIUS, first.top() - r, r, first.height() + r)
        if self.state.qspan_of(mark)[1] <= shown[-1].end:
            last = rects[-1]
            handles["end"] = QRectF(last.right() - HANDLE_RADIUS, last.top(), r, last.height() + r)
        return handles

    def _handle_at(self, pos: QPointF) -> str | None:
        for edge, rect in self.handle_rects().items():
            if rect.adjusted(-3, 0, 3, 0).contains(pos):
                return edge
        return None

    # -- selection -------------------------------------------------------------
    def selection_span(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start, end = self.state.offsets.span_from_qt(cursor.selectionStart(), cursor.selectionEnd())
        if self.state.snap_to_words:
            start, end = snap_to_words(self.state.text, start, end)
        return (start, end) if start < end else None

    def select_qt(self, qstart: int, qend: int) -> None:
        """Select [qstart, qend) and scroll so that its start shows."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(qend)
        cursor.setPosition(qstart, QTextCursor.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def set_selected(self, coding_id: int | None) -> None:
        if coding_id != self.state.selected_id:
            self.state.selected_id = coding_id
            self.state.preview = None
            self.refresh()

    def refresh(self) -> None:
        self.viewport().update()
        self.margin.update()

    # -- mouse -------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if event.button() == Qt.LeftButton:
            edge = self._handle_at(pos)
            if edge is not None:
                mark = self.state.index.get(self.state.selected_id)
                self._resizing = edge
                self.state.preview = (mark.id, mark.start, mark.end)
                event.accept()
                return
            self.set_selected(None)
            self._click_from = pos if event.modifiers() == Qt.NoModifier else None
            cursor = self.textCursor()
            qpos = self.char_at(pos)
            if (event.modifiers() == Qt.NoModifier and cursor.hasSelection() and qpos is not None
                    and cursor.selectionStart() <= qpos < cursor.selectionEnd()):
                self._drag_from = pos
                event.accept()
                return
        super().mousePressEvent(event)
        if event.button() == Qt.LeftButton:
            self._mend_mouse_selection(pos)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._resizing is not None:
            self._preview_resize(pos)
            event.accept()
            return
        if self._drag_from is not None:
            if (pos - self._drag_from).manhattanLength() >= QApplication.startDragDistance():
                self._drag_from = self._click_from = None
                self.start_span_drag()
            event.accept()
            return
        if event.buttons() == Qt.NoButton:
            shape = Qt.SizeHorCursor if self._handle_at(pos) else Qt.IBeamCursor
            self.viewport().setCursor(shape)
        super().mouseMoveEvent(event)
        if event.buttons() & Qt.LeftButton:
            self._mend_mouse_selection(pos)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._resizing is not None:
            self._preview_resize(event.position())
            self._resizing = None
            coding_id, start, end = self.state.preview
            mark = self.state.index.get(coding_id)
            self.state.preview = None
            self.refresh()
            if mark is not None and (start, end) != (mark.start, mark.end):
                self.resizeRequested.emit(coding_id, start, end)
            event.accept()
            return
        if self._drag_from is not None:  # a click inside the selection: just place the cursor
            self._drag_from = None
            cursor = QTextCursor(self.document())
            cursor.setPosition(self.position_at(event.position()))
            self.setTextCursor(cursor)
            self._select_coding_clicked(event.position())
            event.accept()
            return
        super().mouseReleaseEvent(event)
        if event.button() == Qt.LeftButton:
            self._mend_mouse_selection(event.position())
            self._select_coding_clicked(event.position())

    def _select_coding_clicked(self, pos: QPointF) -> None:
        """A plain click (no drag) on highlighted text selects the shortest coding under it."""
        start, self._click_from = self._click_from, None
        if start is None or self.textCursor().hasSelection():
            return
        if (pos - start).manhattanLength() >= QApplication.startDragDistance():
            return
        marks = self.marks_at(pos)
        if marks:
            self.markClicked.emit(min(marks, key=lambda m: (m.end - m.start, m.id)).id)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._click_from = None
        self.set_selected(None)  # a double-click selects a word, not the coding the first click chose
        super().mouseDoubleClickEvent(event)

    def _preview_resize(self, pos: QPointF) -> None:
        coding_id, start, end = self.state.preview
        offset = self.state.offsets.from_qt(self.position_at(pos))
        if self._resizing == "start":
            start = min(offset, end - 1)
        else:
            end = max(offset, start + 1)
        self.state.preview = (coding_id, max(0, start), min(end, self.state.offsets.length))
        self.refresh()

    def start_span_drag(self) -> None:
        """Drag the selected span out (to the codebook) as application/x-accord-span."""
        span = self.selection_span()
        if span is None or self.state.document_id is None:
            return
        mime = QMimeData()
        payload = {"document_id": self.state.document_id, "start": span[0], "end": span[1]}
        mime.setData(SPAN_MIME, json.dumps(payload).encode("utf-8"))
        mime.setText(self.state.text[span[0]:span[1]])
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(self._drag_pixmap(self.state.text[span[0]:span[1]]))
        drag.exec(Qt.CopyAction)

    def _drag_pixmap(self, quote: str) -> QPixmap:
        metrics = QFontMetrics(self.font())
        label = metrics.elidedText(" ".join(quote.split()), Qt.ElideMiddle, 260)
        ratio = self.devicePixelRatioF()
        width, height = metrics.horizontalAdvance(label) + 16, metrics.height() + 8
        pixmap = QPixmap(int(width * ratio), int(height * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setBrush(self.palette().highlight())
        painter.setPen(Qt.NoPen)
        painter.drawRoundedRect(QRectF(0, 0, width, height), 6, 6)
        painter.setPen(self.palette().highlightedText().color())
        painter.setFont(self.font())
        painter.drawText(QRectF(0, 0, width, height), Qt.AlignCenter, label)
        painter.end()
        return pixmap

    # -- keyboard, menus, tooltips ------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        mark = self.state.index.get(self.state.selected_id)
        modifiers = event.modifiers() & ~Qt.KeypadModifier
        if mark is not None and event.key() in (Qt.Key_Left, Qt.Key_Right):
            step = -1 if event.key() == Qt.Key_Left else 1
            start, end = mark.start, mark.end
            # By whole grapheme clusters, not code points: a step never leaves a combining
            # mark, or part of an emoji sequence, on the other side of the coding's edge.
            if modifiers == Qt.AltModifier | Qt.ShiftModifier:
                end = max(self._next_edge(end, step), self._next_edge(start, 1))
            elif modifiers == Qt.AltModifier | Qt.ControlModifier:
                start = min(self._next_edge(start, step), self._next_edge(end, -1))
            else:
                super().keyPressEvent(event)
                return
            if (start, end) != (mark.start, mark.end):
                self.resizeRequested.emit(mark.id, start, end)
            event.accept()
            return
        if mark is not None and event.key() == Qt.Key_Escape:
            self.set_selected(None)
            event.accept()
            return
        super().keyPressEvent(event)

    def _next_edge(self, offset: int, step: int) -> int:
        """The grapheme-cluster edge one cluster after (step 1) or before (step -1) a code-point offset."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.state.offsets.to_qt(offset))
        cursor.movePosition(QTextCursor.NextCharacter if step > 0 else QTextCursor.PreviousCharacter)
        return self.state.offsets.from_qt(cursor.position())

    def contextMenuEvent(self, event) -> None:
        if event.reason() == event.Reason.Mouse:
            marks = self.marks_at(QPointF(event.pos()))
        else:
            marks = self.state.index.at(self.textCursor().position())
        if self.selection_span() is not None and not any(m.id == self.state.selected_id for m in marks):
            self.selectionContextRequested.emit(event.globalPos())  # the selection's menu: code it
            event.accept()
            return
        if marks:
            self.markContextRequested.emit(self.pick(marks).id, event.globalPos())
            event.accept()
            return
        super().contextMenuEvent(event)

    def pick(self, marks: list[Mark]) -> Mark:
        """Of several codings at one place, the selected one or else the shortest."""
        for mark in marks:
            if mark.id == self.state.selected_id:
                return mark
        return min(marks, key=lambda m: (m.end - m.start, m.id))

    # -- a code dropped on the selection ---------------------------------------------------
    def _dropped_code(self, event) -> int | None:
        data = event.mimeData()
        if not data.hasFormat(CODES_MIME) or self.selection_span() is None:
            return None
        try:
            ids = json.loads(bytes(data.data(CODES_MIME)).decode())
        except ValueError:
            return None
        return ids[0] if isinstance(ids, list) and len(ids) == 1 and isinstance(ids[0], int) else None

    def dragEnterEvent(self, event) -> None:
        if self._dropped_code(event) is None:
            event.ignore()  # text and spans are not dropped into a read-only document
            return
        event.acceptProposedAction()  # the codebook drags codes as a move; its model never removes rows

    def dragMoveEvent(self, event) -> None:  # not Qt's, which would move the cursor and lose the selection
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        code_id = self._dropped_code(event)
        if code_id is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.codeDropped.emit(code_id)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.ToolTip:
            marks = self.marks_at(QPointF(event.pos()))
            said = self.turn_time_at(QPointF(event.pos()))
            if marks or said:
                tip = self.state.tooltip(marks) if marks else ""
                if said:  # when the turn under the mouse was said, in a transcript
                    tip = f"<div style='color:gray'>{html.escape(said)}</div>" + ("<hr>" if tip else "") + tip
                QToolTip.showText(event.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        if event.type() == QEvent.Resize:
            result = super().viewportEvent(event)
            self._place_margin()
            return result
        return super().viewportEvent(event)
