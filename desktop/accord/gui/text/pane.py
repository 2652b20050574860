"""The document pane: a document's text, its codings as highlights and a margin of coding stripes.

`DocumentView` loads a document once (text, speaker turns, codings) and then
follows the session: a command that touches codings moves only those codings
in the pane's index and repaints; the text and its layout are never rebuilt.
Offsets in and out of this widget are code points, as everywhere in Accord;
Qt's UTF-16 positions stay inside the view (see offsets.OffsetMap).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import partial

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette, QTextCharFormat, QTextCursor, QTextDocument, QTextLayout
from PySide6.QtWidgets import QApplication, QPlainTextDocumentLayout, QVBoxLayout, QWidget

from ...core.codebook import list_codes
from ...core.coders import list_coders
from ...core.codings import codings_of_document, get_coding, resize_coding
from ...core.documents import document_length, document_text, turn_times_of, turns_of
from ...core.errors import NotFound
from ...core.history import Changes
from .offsets import OffsetMap
from ..session import Session
from .index import CodingIndex, PaneState
from .stripes import StripeMargin, mix_colours
from .view import SPAN_MIME, CodingTextView

__all__ = ["DocumentView", "SPAN_MIME"]  # not text: names this module exports

# Characters at which Qt starts a new block; each keeps its length, so "\n" stands in for it.
_QT_BREAKS = re.compile("[\r\u2029\ufdd0\ufdd1]")
_FEW = 200  # up to this many changed codings are fetched one by one
_ZOOM_LIMITS = (-6, 14)
LABELS_AT_ONCE = 300  # speaker labels set before a document first shows (more than a screen's worth)
LABELS_PER_IDLE_STEP = 2000
LARGE_DOCUMENT = 2_000_000  # characters: opening takes long enough to show a busy cursor


class DocumentView(QWidget):
    selectionChanged = Signal(int, int)  # code points; start == end when nothing is selected
    codingClicked = Signal(int)
    codingContextRequested = Signal(int, QPoint)  # coding id, global position
    selectionContextRequested = Signal(QPoint)  # right-click on selected text (global position)
    codeDropped = Signal(int)  # a code dragged from the codebook onto the text while text is selected

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._state = PaneState()
        self._speaker: str | None = None
        self._zoom = 0
        self._last_selection: tuple[int, int] | None = None
        self._coder_filter: frozenset[int] | None = None  # None: follow session.visible_coders
        self._label_round = 0  # bumped per document shown: stale idle label work stops
        self._view = CodingTextView(self._state, self)
        self._base_font = QFont(self._view.font())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._view)
        self._view.selectionChanged.connect(self._emit_selection)
        self._view.cursorPositionChanged.connect(self._emit_selection)
        self._view.markClicked.connect(self.select_coding)
        self._view.markContextRequested.connect(self.codingContextRequested)
        self._view.selectionContextRequested.connect(self.selectionContextRequested)
        self._view.codeDropped.connect(self.codeDropped)
        self._view.resizeRequested.connect(self._resize)
        session.changed.connect(self._on_changed)
        session.visibleCodersChanged.connect(self._on_visible_coders_changed)
        self.show_document(None)

    # -- what is shown -----------------------------------------------------------
    @property
    def document_id(self) -> int | None:
        return self._state.document_id

    @property
    def text(self) -> str:
        """The shown document's text ("" when none)."""
        return self._state.text

    @property
    def text_view(self) -> CodingTextView:
        return self._view

    @property
    def stripe_margin(self) -> StripeMargin:
        return self._view.margin

    @property
    def index(self) -> CodingIndex:
        return self._state.index

    def show_document(self, document_id: int | None) -> None:
        """Show a document (None: nothing) with its codings; keeps the speaker filter and zoom."""
        db = self._session.db
        # A very long text takes seconds to lay out: say so with the cursor.
        large = document_id is not None and document_length(db, document_id) > LARGE_DOCUMENT
        if large:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._show_document(document_id)
        finally:
            if large:
                QApplication.restoreOverrideCursor()

    def _show_document(self, document_id: int | None) -> None:
        db = self._session.db
        text = document_text(db, document_id) if document_id is not None else ""
        state = self._state
        state.document_id = document_id
        state.text = text
        state.offsets = OffsetMap(text)
        display = _QT_BREAKS.sub("\n", text) if _QT_BREAKS.search(text) else text
        state.block_starts = [0] + [m.end() for m in re.finditer("\n", display)]
        state.turns = turns_of(db, document_id) if document_id is not None else []
        state.turn_times = turn_times_of(db, document_id) if document_id is not None else []
        state.selected_id = state.hover_id = None
        state.preview = None
        state.index = CodingIndex(state.offsets, state.block_starts)
        state.codes = {code.id: code for code in list_codes(db)}
        state.coders = {coder.id: coder.name for coder in list_coders(db)}

        document = QTextDocument(self)
        document.setUndoRedoEnabled(False)
        document.setDocumentLayout(QPlainTextDocumentLayout(document))
        document.setDefaultFont(self._view.font())
        document.setPlainText(display)
        old = self._view.document()
        mine = old is not None and old.parent() is self  # Qt deletes the view's own first document
        self._apply_label_formats(document)
        self._view.setDocument(document)
        self._view.forget_layout(document_replaced=True)
        if mine:
            old.deleteLater()
        self._reload_codings()
        if self._speaker is not None:
            self.set_speaker_filter(self._speaker)
        self._last_selection = None
        self._emit_selection()

    def _apply_label_formats(self, document: QTextDocument, *, all_now: bool = False) -> None:
        """Set off each turn's "Name:" label: bold, in a muted colour (layout formats, not the text).

        A long transcript has thousands of turns: the first LABELS_AT_ONCE are set
        before the document first shows, the rest in idle moments right after, so
        opening stays quick. QPlainTextEdit scrolls by blocks, so a label set
        above the visible text does not move what the user sees.
        """
        self._label_round += 1
        count = len(self._state.turns) if all_now else LABELS_AT_ONCE
        self._format_labels(document, 0, count)
        if count < len(self._state.turns):
            QTimer.singleShot(0, partial(self._format_more_labels, document, count, self._label_round))

    def _format_more_labels(self, document: QTextDocument, first: int, label_round: int) -> None:
        if label_round != self._label_round or self._view.document() is not document:
            return  # another document (or palette) since
        last = first + LABELS_PER_IDLE_STEP
        self._format_labels(document, first, last)
        if last < len(self._state.turns):
            QTimer.singleShot(0, partial(self._format_more_labels, document, last, label_round))

    def _format_labels(self, document: QTextDocument, first: int, last: int) -> None:
        palette = self.palette()
        label = QTextCharFormat()
        label.setFontWeight(QFont.Bold)
        label.setForeground(mix_colours(palette.color(QPalette.Text), palette.color(QPalette.Base), 0.38))
        state = self._state
        to_qt, starts = state.offsets.to_qt, state.block_starts
        ranges: dict[tuple[int, int], list[QTextLayout.FormatRange]] = {}  # most labels look alike
        # Turns start at line starts and come in order: blocks are walked forward, not searched for.
        block, block_number = None, -1
        for start, _end, label_end, _speaker in state.turns[first:last]:
            if label_end <= start:
                continue
            number = bisect_right(starts, start) - 1
            if block is None:
                block, block_number = document.findBlockByNumber(number), number
            while block_number < number:
                block, block_number = block.next(), block_number + 1
            line_end = starts[number + 1] - 1 if number + 1 < len(starts) else len(state.text)
            qline = to_qt(starts[number])
            key = (to_qt(start) - qline, to_qt(min(label_end, line_end)) - to_qt(start))
            formats = ranges.get(key)
            if formats is None:
                span = QTextLayout.FormatRange()
                span.start, span.length = key
                span.format = label
                formats = ranges[key] = [span]
            block.layout().setFormats(formats)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange and self._state.turns:
            self._apply_label_formats(self._view.document(), all_now=True)
            self._view.document().markContentsDirty(0, self._view.document().characterCount())

    # -- whose codings ------------------------------------------------------------
    @property
    def coder_filter(self) -> frozenset[int] | None:
        """The coders this view alone shows, or None to follow session.visible_coders."""
        return self._coder_filter

    def set_coder_filter(self, coder_ids: frozenset[int] | None) -> None:
        """Show only these coders' codings in this view (None: whoever the session shows)."""
        coder_ids = frozenset(coder_ids) if coder_ids is not None else None
        if coder_ids != self._coder_filter:
            self._coder_filter = coder_ids
            self._reload_codings()

    def _shown_coders(self) -> frozenset[int] | None:
        return self._coder_filter if self._coder_filter is not None else self._session.visible_coders

    def _on_visible_coders_changed(self) -> None:
        if self._coder_filter is None:
            self._reload_codings()

    # -- codings -----------------------------------------------------------------
    def _reload_codings(self) -> None:
        state = self._state
        if state.document_id is None:
            state.index.reset([])
        else:
            state.index.reset(codings_of_document(self._session.db, state.document_id, self._shown_coders()))
        if state.selected_id not in state.index:
            state.selected_id = None
        self._view.refresh()

    def _on_changed(self, changes: Changes, label: str) -> None:
        state = self._state
        if state.document_id is None or not changes:
            return
        db = self._session.db
        if state.document_id in changes.rows.get("documents", ()):
            try:
                document_length(db, state.document_id)
            except NotFound:
                self.show_document(None)
                return
        if changes.touches("codes"):
            state.codes = {code.id: code for code in list_codes(db)}
        if changes.touches("coders"):
            state.coders = {coder.id: coder.name for coder in list_coders(db)}
        if changes.touches("codings"):
            self._update_codings(changes.rows["codings"])
        if changes.touches("codes"):
            self._view.forget_layout()  # names (label widths) may have changed
        elif changes.touches("coders", "codings"):
            self._view.refresh()

    def _update_codings(self, coding_ids: frozenset[int]) -> None:
        """Move just the changed codings in the index (the text and its layout stay)."""
        state, db = self._state, self._session.db
        visible = self._shown_coders()
        if len(coding_ids) > _FEW:
            state.index.sync(codings_of_document(db, state.document_id, visible))
        else:
            for coding_id in coding_ids:
                try:
                    coding = get_coding(db, coding_id)
                except NotFound:
                    state.index.discard(coding_id)
                    continue
                if coding.document_id != state.document_id or (visible is not None and coding.coder_id not in visible):
                    state.index.discard(coding_id)
                else:
                    state.index.put(coding)
        if state.selected_id is not None and state.selected_id not in state.index:
            self._view.set_selected(None)

    def coding_at(self, offset: int) -> list[int]:
        """Ids of the shown codings that cover the character at a code-point offset."""
        if not 0 <= offset < self._state.offsets.length:
            return []
        return [mark.id for mark in self._state.index.at(self._state.offsets.to_qt(offset))]

    @property
    def selected_coding_id(self) -> int | None:
        return self._state.selected_id

    def select_coding(self, coding_id: int) -> None:
        """Select a coding as if its stripe was clicked: its text, its handles, codingClicked."""
        mark = self._state.index.get(coding_id)
        if mark is None:
            return
        self._view.set_selected(coding_id)
        self._view.select_qt(mark.qstart, mark.qend)
        self._view.setFocus()
        self.codingClicked.emit(coding_id)

    def _resize(self, coding_id: int, start: int, end: int) -> None:
        coding = self._session.run(self.tr("Resize coding"), resize_coding, coding_id, start, end)
        if coding is not None and coding.id in self._state.index:
            self._view.set_selected(coding.id)
            mark = self._state.index.get(coding.id)
            self._view.select_qt(mark.qstart, mark.qend)

    # -- selection ---------------------------------------------------------------
    @property
    def snap_to_words(self) -> bool:
        return self._state.snap_to_words

    @snap_to_words.setter
    def snap_to_words(self, value: bool) -> None:
        self._state.snap_to_words = bool(value)
        self._emit_selection()

    def selection_span(self) -> tuple[int, int] | None:
        """The selected span in code points (widened to whole words when snap_to_words), or None."""
        return self._view.selection_span()

    def select_span(self, start: int, end: int) -> None:
        """Select [start, end) (code points) and scroll it into view."""
        length = self._state.offsets.length
        start, end = max(0, min(start, length)), max(0, min(end, length))
        self._view.select_qt(*self._state.offsets.span_to_qt(min(start, end), max(start, end)))

    def _emit_selection(self) -> None:
        span = self.selection_span()
        if span is None:
            offset = self._state.offsets.from_qt(self._view.textCursor().position())
            span = (offset, offset)
        if span != self._last_selection:
            self._last_selection = span
            self.selectionChanged.emit(*span)

    # -- speakers ----------------------------------------------------------------
    @property
    def speaker_filter(self) -> str | None:
        return self._speaker

    def set_speaker_filter(self, speaker: str | None) -> None:
        """Show only the turns of one speaker (None: everything); the rest is hidden, not removed."""
        self._speaker = speaker
        document = self._view.document()
        count = document.blockCount()
        if speaker is None:
            wanted = bytearray(b"\x01") * count
        else:
            wanted = bytearray(count)
            starts = self._state.block_starts
            for turn in self._state.turns:
                if turn.speaker != speaker:
                    continue
                first = bisect_right(starts, turn.start) - 1
                last = bisect_right(starts, max(turn.start, turn.end - 1)) - 1
                wanted[first:last + 1] = b"\x01" * (last + 1 - first)
                # Keep one blank line after the turn, so that turns stay apart.
                if last + 1 < count and _is_blank(self._state.text, starts, last + 1):
                    wanted[last + 1] = 1
        block, number, changed = document.begin(), 0, False
        while block.isValid():
            visible = bool(wanted[number]) if number < count else True
            if block.isVisible() != visible:
                block.setVisible(visible)
                changed = True
            block, number = block.next(), number + 1
        if changed:
            document.markContentsDirty(0, document.characterCount())
            self._view.forget_layout()

    # -- zoom and find -----------------------------------------------------------
    def zoom_in(self) -> None:
        self._set_zoom(self._zoom + 1)

    def zoom_out(self) -> None:
        self._set_zoom(self._zoom - 1)

    def reset_zoom(self) -> None:
        self._set_zoom(0)

    def _set_zoom(self, steps: int) -> None:
        steps = max(_ZOOM_LIMITS[0], min(steps, _ZOOM_LIMITS[1]))
        self._zoom = steps
        font = QFont(self._base_font)
        size = self._base_font.pointSizeF()
        if size > 0:
            font.setPointSizeF(max(4.0, size * (1.1 ** steps)))
        self._view.setFont(font)
        self._view.refresh()

    def find_text(self, query: str, forward: bool = True) -> bool:
        """Find `query` (ignoring case) after (or before) the selection, wrapping around; selects the hit."""
        if not query:
            return False
        document = self._view.document()
        flags = QTextDocument.FindFlag(0) if forward else QTextDocument.FindFlag.FindBackward
        cursor = self._view.textCursor()
        for attempt in range(2):
            hit = document.find(query, cursor, flags)
            while not hit.isNull() and not hit.block().isVisible():
                hit = document.find(query, hit, flags)
            if not hit.isNull():
                self._view.select_qt(hit.selectionStart(), hit.selectionEnd())
                return True
            cursor = QTextCursor(document)
            cursor.movePosition(QTextCursor.Start if forward else QTextCursor.End)
        return False


def _is_blank(text: str, starts: list[int], block: int) -> bool:
    end = starts[block + 1] - 1 if block + 1 < len(starts) else len(text)
    return not text[starts[block]:end].strip()
