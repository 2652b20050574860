"""The two coders' texts side by side, as the Disagreements tab shows them.

`SidePair` holds coder A's and coder B's `Side` (a header naming the coder and
their side of the disagreement, above a DocumentView filtered to that coder).
It shows a disagreement in both, each scrolled to it with that coder's span
selected, keeps the two scrolled together while "Scroll together" is ticked,
and tells a passage the user selected (`passageSelected`) from one it selected
itself.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QSplitter, QVBoxLayout, QWidget

from ...core.agreement import Disagreement
from .model import span_text
from ..i18n import fill, integer
from ..session import Session
from ..text.pane import DocumentView


class Side(QFrame):
    """One coder's pane: a header naming the coder and their side of the disagreement, and the text."""

    def __init__(self, session: Session, letter: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.letter = letter
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setObjectName(f"side{letter}Header")
        self.header.setContentsMargins(8, 6, 8, 6)
        self.view = DocumentView(session)
        self.view.setObjectName(f"side{letter}View")
        self.view.text_view.set_margin_width(130)
        self.view.text_view.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(self.view, 1)

    def set_header(self, coder: str, colour: str, what: str) -> None:
        self.header.setText(
            f"<span style='background:{colour}; color:white; font-weight:bold'>&nbsp;{self.letter}&nbsp;</span>"
            f"&nbsp; <b>{html.escape(coder)}</b> &nbsp;<span style='color:gray'>{what}</span>")


class SidePair(QSplitter):
    """Coder A's side and coder B's side; `sync_check` ("Scroll together") is for the caller to place."""

    passageSelected = Signal(str, int, int)  # pane letter, start, end: selected by the user, not by a jump

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.sync_check = QCheckBox(self.tr("Scroll together"), checked=True)
        self.sync_check.setToolTip(self.tr("Scroll both texts as one (they show the same document)"))
        self.side_a = Side(session, "A")
        self.side_b = Side(session, "B")
        self.pane_a, self.pane_b = self.side_a.view, self.side_b.view
        self.addWidget(self.side_a)
        self.addWidget(self.side_b)
        self.setChildrenCollapsible(False)
        self._jumped: dict[str, tuple[int, int] | None] = {"A": None, "B": None}  # spans we selected ourselves
        self._syncing = False

        self.pane_a.selectionChanged.connect(lambda start, end: self._pane_selection("A", start, end))
        self.pane_b.selectionChanged.connect(lambda start, end: self._pane_selection("B", start, end))
        bar_a = self.pane_a.text_view.verticalScrollBar()
        bar_b = self.pane_b.text_view.verticalScrollBar()
        bar_a.valueChanged.connect(lambda value: self._sync_scroll(bar_b, value))
        bar_b.valueChanged.connect(lambda value: self._sync_scroll(bar_a, value))

    def filter_coders(self, first: int | None, second: int | None) -> None:
        """Show only coder `first`'s codings in A and coder `second`'s in B."""
        for pane, coder in ((self.pane_a, first), (self.pane_b, second)):
            pane.set_coder_filter(frozenset({coder}) if coder is not None else frozenset())

    def show_disagreement(self, d: Disagreement | None, first: tuple[str, str], second: tuple[str, str]) -> None:
        """Show `d` in both texts (or nothing); `first` and `second` are the coders' (name, colour)."""
        if d is None:
            for side, (name, colour) in ((self.side_a, first), (self.side_b, second)):
                side.set_header(name, colour, "")
            return
        self._syncing = True
        try:
            for side, pane, letter, (name, colour), code, span, codings in (
                    (self.side_a, self.pane_a, "A", first, d.first_code, d.first_span, d.first_codings),
                    (self.side_b, self.pane_b, "B", second, d.second_code, d.second_span, d.second_codings)):
                if pane.document_id != d.document_id:
                    pane.show_document(d.document_id)
                target = span or (d.start, d.end)
                self._jumped[letter] = target
                pane.select_span(*target)
                pane.text_view.set_selected(codings[0] if codings else None)
                pane.text_view.centerCursor()
                what = (f"{html.escape(code)} &nbsp;·&nbsp; {span_text(span)}" if code and span
                        else fill(self.tr("<i>nothing here</i> &nbsp;·&nbsp; the passage %1–%2 is selected"),
                                  integer(d.start), integer(d.end)))
                side.set_header(name, colour, what)
            if self.sync_check.isChecked():
                self.pane_b.text_view.verticalScrollBar().setValue(self.pane_a.text_view.verticalScrollBar().value())
        finally:
            self._syncing = False

    def _sync_scroll(self, other, value: int) -> None:
        if self._syncing or not self.sync_check.isChecked():
            return
        self._syncing = True
        try:
            other.setValue(value)
        finally:
            self._syncing = False

    def _pane_selection(self, letter: str, start: int, end: int) -> None:
        """Pass on a passage the user selected (not the one a jump selected), for "Edit"."""
        if self._syncing or start >= end or self._jumped.get(letter) == (start, end):
            return
        self.passageSelected.emit(letter, start, end)
