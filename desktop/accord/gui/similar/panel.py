"""The "Similar passages" dock: suggestions to accept, reject or open, one key each.

A suggestion is never coded by itself: Enter (or Accept) codes it with the code
shown, as the current coder, through the window's coding controller (one undoable
command, merged with touching codings as any coding is); Delete (or Reject) hides
it for this query; a double-click opens it in the text. The list is computed on a
background thread (start_job), so a large project does not freeze the window.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from ...core.codebook import get_code, list_codes
from ...core.coders import get_coder
from ...core.documents import document_text, list_documents
from ...core.similar.finder import Suggestion, backend_for, similar_to_code, similar_to_passage
from ...core.similar.models import chosen_model
from ..i18n import fill, number
from ..session import Session
from ..widgets.background import start_job

CONTEXT = 120  # characters of text shown around a suggestion


class _SuggestionsModel(QAbstractTableModel):
    def __init__(self):
        super().__init__()
        self.rows: list[tuple[Suggestion, str]] = []  # (suggestion, document name)

    def set_rows(self, rows: list[tuple[Suggestion, str]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        self.endRemoveRows()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 3

    def data(self, index, role=Qt.DisplayRole):
        suggestion, document = self.rows[index.row()]
        if role == Qt.DisplayRole:
            return (number(suggestion.score, 2), document, " ".join(suggestion.unit.text.split()))[index.column()]
        if role == Qt.ToolTipRole and index.column() == 2:
            return suggestion.unit.text
        if role == Qt.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return (self.tr("Score"), self.tr("Document"), self.tr("Passage"))[section]
        return None


class SimilarPanel(QWidget):
    jumpRequested = Signal(int, int, int)  # document_id, start, end (code points)

    # apply_span(code_id, document_id, start, end, origin=...) codes a passage as the current coder.
    def __init__(self, session: Session, apply_span: Callable[..., bool],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.apply_span = apply_span
        self._query = 0  # results of an older query that arrive late are dropped
        self.title = QLabel(self.tr("Right-click a code or selected text and choose Find similar passages"))
        self.title.setWordWrap(True)
        self.backend_box = QComboBox()
        self.backend_box.addItem(self.tr("By shared words"), "lexical")
        self.backend_box.addItem(self.tr("By meaning"), "semantic")
        self.unit_box = QComboBox()
        self.unit_box.setToolTip(self.tr("How large a suggested passage is"))
        self.unit_box.addItem(self.tr("Sentences"), "sentence")
        self.unit_box.addItem(self.tr("Paragraphs"), "paragraph")
        self.unit_box.addItem(self.tr("Speaker turns"), "turn")
        self.definition_box = QCheckBox(self.tr("Like its definition too"))
        self.definition_box.setToolTip(self.tr("Also find passages like the code's definition and example"))
        self.definition_box.setEnabled(False)  # a question about a code turns it on
        self.code_box = QComboBox()
        self.code_box.setToolTip(self.tr("Accepted passages are coded with this code, as the current coder"))
        self.model = _SuggestionsModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectRows)
        self.view.setSelectionMode(QTableView.SingleSelection)
        self.view.setEditTriggers(QTableView.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.RichText)
        self.accept_button = QPushButton(self.tr("Accept (Enter)"))
        self.reject_button = QPushButton(self.tr("Reject (Delete)"))
        self.open_button = QPushButton(self.tr("Open in text"))
        self._build_layout()
        self.accept_button.clicked.connect(self.accept_current)
        self.reject_button.clicked.connect(self.reject_current)
        self.open_button.clicked.connect(self.open_current)
        self.view.doubleClicked.connect(lambda _index: self.open_current())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self._keys = {Qt.Key_Return: self.accept_current, Qt.Key_Enter: self.accept_current,
                      Qt.Key_Delete: self.reject_current, Qt.Key_Backspace: self.reject_current}
        self.view.installEventFilter(self)
        session.changed.connect(lambda changes, _: changes.touches("codes") and self._fill_codes())
        self._fill_codes()
        self._asked = None  # (title, search, about a code?) of the last question, asked again on a change
        self.update_backends()
        for box in (self.backend_box, self.unit_box):
            box.currentIndexChanged.connect(lambda _index: self._ask_again())
        self.definition_box.toggled.connect(lambda _on: self._ask_again())
        self._update_buttons()

    def update_backends(self) -> None:
        """"By meaning" is offered once a model is chosen (Settings ▸ Similar passages)."""
        item = self.backend_box.model().item(1)
        available = chosen_model() is not None
        item.setEnabled(available)
        item.setToolTip("" if available else self.tr("Choose a model first: Settings ▸ Similar passages"))
        if not available:
            self.backend_box.setCurrentIndex(0)

    def _build_layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.backend_box)
        header.addWidget(self.unit_box)
        header.addWidget(self.definition_box)
        header.addWidget(QLabel(self.tr("Code with:")))
        header.addWidget(self.code_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.detail, 1)
        for button in (self.accept_button, self.reject_button, self.open_button):
            buttons.addWidget(button, 0, Qt.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def eventFilter(self, watched, event) -> bool:
        """Enter accepts and Delete rejects in the list, before the window's shortcuts for those keys."""
        if watched is self.view and event.type() in (QEvent.ShortcutOverride, QEvent.KeyPress) \
                and event.key() in self._keys and not event.modifiers() & ~Qt.KeypadModifier:
            if event.type() == QEvent.ShortcutOverride:
                event.accept()  # the key comes to the list as a key press
            else:
                self._keys[event.key()]()
            return True
        return super().eventFilter(watched, event)

    # -- asking -------------------------------------------------------------------------------
    def find_like_code(self, code_id: int, coder_id: int | None = None) -> None:
        """Suggest passages like the code's segments (those of `coder_id`, who must not have coded them)."""
        code = get_code(self.session.db, code_id)
        if coder_id is None:
            title = fill(self.tr("Passages like “%1”"), code.name)
        else:
            title = fill(self.tr("Passages like “%1” (%2's segments)"), code.name,
                         get_coder(self.session.db, coder_id).name)
        self._choose_code(code_id)
        self._ask(title, lambda db, backend, unit, definition: similar_to_code(
            db, code_id, coder=coder_id, unit=unit, with_definition=definition, backend=backend_for(db, backend)),
            about_code=True)

    def find_like_passage(self, document_id: int, start: int, end: int) -> None:
        text = document_text(self.session.db, document_id)[start:end]
        excerpt = " ".join(text.split())
        excerpt = excerpt if len(excerpt) <= 60 else excerpt[:59] + "…"
        self._ask(fill(self.tr("Passages like “%1”"), excerpt),
                  lambda db, backend, unit, _definition: similar_to_passage(
                      db, document_id, start, end, unit=unit, backend=backend_for(db, backend)))

    def _ask(self, title: str, search, about_code: bool = False) -> None:
        """Run search(db, backend, unit, with_definition) with what the boxes above the list say now; it
        runs again when one of them changes, so that the list always shows what they say."""
        self._asked = (title, search, about_code)
        self.definition_box.setEnabled(about_code)
        # Read here: the work runs on another thread.
        chosen = (self.backend_box.currentData(), self.unit_box.currentData(),
                  about_code and self.definition_box.isChecked())
        self._start(title, lambda db: search(db, *chosen))

    def _ask_again(self) -> None:
        if self._asked is not None:
            self._ask(*self._asked)

    def _start(self, title: str, work) -> None:
        self._query += 1
        query = self._query
        self.title.setText(title + " · " + self.tr("finding…"))
        self.model.set_rows([])
        self._show_detail()

        def arrived(found, error: str) -> None:
            if query != self._query:
                return
            if error:
                self.title.setText(title + " · " + error)
                return
            names = {d.id: d.name for d in list_documents(self.session.db)}
            self.model.set_rows([(s, names.get(s.unit.document_id, "?")) for s in found])
            count = SimilarPanel.tr("%Ln suggestion(s)", "", len(found))
            self.title.setText(title + " · " + count if found else title + " · " + self.tr("nothing similar found"))
            self.view.resizeColumnsToContents()
            self.view.horizontalHeader().setStretchLastSection(True)
            if found:
                self.view.selectRow(0)
            self._update_buttons()

        start_job(self.session, work, arrived)

    # -- triage -------------------------------------------------------------------------------
    def current(self) -> Suggestion | None:
        row = self.view.currentIndex().row()
        return self.model.rows[row][0] if 0 <= row < len(self.model.rows) else None

    def accept_current(self) -> bool:
        suggestion, code_id = self.current(), self.code_box.currentData()
        if suggestion is None or code_id is None or self.session.project.read_only:
            return False
        unit = suggestion.unit
        # Recorded as accepted from a suggestion, so that a methods section can say how many were.
        if not self.apply_span(code_id, unit.document_id, unit.start, unit.end, origin="suggestion"):
            return False
        self._drop_current()
        return True

    def reject_current(self) -> None:
        if self.current() is not None:
            self._drop_current()

    def open_current(self) -> None:
        suggestion = self.current()
        if suggestion is not None:
            unit = suggestion.unit
            self.jumpRequested.emit(unit.document_id, unit.start, unit.end)

    def _drop_current(self) -> None:
        row = self.view.currentIndex().row()
        self.model.remove(row)
        if self.model.rows:
            self.view.selectRow(min(row, len(self.model.rows) - 1))
        self._show_detail()
        self._update_buttons()

    # -- showing ------------------------------------------------------------------------------
    def _show_detail(self) -> None:
        suggestion = self.current()
        if suggestion is None:
            self.detail.setText("")
            self._update_buttons()
            return
        unit = suggestion.unit
        text = document_text(self.session.db, unit.document_id)
        before = text[max(0, unit.start - CONTEXT):unit.start]
        after = text[unit.end:unit.end + CONTEXT]
        matched = " ".join(suggestion.because.text.split())
        self.detail.setText(
            f"<span style='color:gray'>…{_plain(before)}</span> <b>{_plain(unit.text)}</b> "
            f"<span style='color:gray'>{_plain(after)}…</span><br><i>"
            + html.escape(fill(self.tr("Matched: %1"), matched[:200])) + "</i>")
        self._update_buttons()

    def _fill_codes(self) -> None:
        chosen = self.code_box.currentData()
        self.code_box.clear()
        for code in list_codes(self.session.db):
            self.code_box.addItem(code.name, code.id)
        self._choose_code(chosen)

    def _choose_code(self, code_id: int | None) -> None:
        index = self.code_box.findData(code_id)
        if index >= 0:
            self.code_box.setCurrentIndex(index)

    def _update_buttons(self) -> None:
        has = self.current() is not None
        self.accept_button.setEnabled(has and not self.session.project.read_only)
        self.reject_button.setEnabled(has)
        self.open_button.setEnabled(has)


def _plain(text: str) -> str:
    return html.escape(" ".join(text.split()))

