"""Retrieved segments of the current code, and search hits across documents: tables that jump to the text."""

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from ...core.analysis import intervals
from ...core.analysis.query import speaker_turns
from ...core.analysis.speakers import speakers_in_order
from ...core.codebook import get_code
from ...core.codings import Segment, segments
from ...core.errors import AccordError, NotFound
from ...core.search import SearchHit, search
from ...core.turn_times import clock, span_times
from ..i18n import fill
from ..session import Session


class _RowsModel(QAbstractTableModel):
    """A read-only table of rows, each a tuple of display strings plus a jump target."""

    def __init__(self, headers: list[str]):
        super().__init__()
        self.headers = headers
        self.rows: list[tuple] = []
        self.targets: list[tuple[int, int, int]] = []  # (document_id, start, end)

    def set_rows(self, rows: list[tuple], targets: list[tuple[int, int, int]]) -> None:
        self.beginResetModel()
        self.rows, self.targets = rows, targets
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(self.headers)

    def data(self, index, role=Qt.DisplayRole):
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.headers[section]
        return None


def _table(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectRows)
    view.setEditTriggers(QTableView.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
    return view


class SegmentsPanel(QWidget):
    """Every segment coded with the current code (optionally its sub-codes), of the visible coders."""

    jumpRequested = Signal(int, int, int)  # document_id, start, end (code points)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.code_id: int | None = None
        self.title = QLabel()
        self.subcodes = QCheckBox(self.tr("Include sub-codes"), checked=True)
        self.subcodes.setToolTip(self.tr("Also list segments coded with codes below this one"))
        # What is listed when it is not the current code's segments: (title, segments, rerun or None).
        self._shown: tuple | None = None
        self._listed: tuple[str, list] = ("", [])  # before the speaker filter
        self.speaker = QComboBox()
        self.speaker.setToolTip(self.tr("List only what this speaker said (the parts of segments in their turns)"))
        self.model = _RowsModel([self.tr("Document"), self.tr("Code"), self.tr("Coder"), self.tr("Position"),
                                 self.tr("Text")])
        self.view = _table(self.model)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.speaker)
        header.addWidget(self.subcodes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.view)
        self.subcodes.toggled.connect(self.refresh)
        self.view.doubleClicked.connect(self._jump)
        self.view.activated.connect(self._jump)
        self._fill_speakers()  # once the combo is in the layout: shown before, it would be a window of its own
        self.speaker.currentIndexChanged.connect(self._show_listed)
        session.changed.connect(self._changed)
        session.visibleCodersChanged.connect(self.refresh)
        self.refresh()

    def show_code(self, code_id: int | None) -> None:
        self.code_id = code_id if code_id is not None and code_id >= 0 else None
        self._shown = None
        self.subcodes.show()
        self.refresh()

    def _changed(self, changes, _label) -> None:
        if changes.touches("documents"):
            self._fill_speakers()
        if changes.touches("codings", "codes", "documents"):
            self.refresh()

    def _fill_speakers(self) -> None:
        """"All speakers" and each speaker of the project, keeping the choice while it still exists."""
        current = self.speaker.currentData()
        self.speaker.blockSignals(True)
        self.speaker.clear()
        self.speaker.addItem(self.tr("All speakers"), None)
        for name in speakers_in_order(self.session.db):
            self.speaker.addItem(name, name)
        self.speaker.setCurrentIndex(max(0, self.speaker.findData(current)))
        self.speaker.blockSignals(False)
        self.speaker.setVisible(self.speaker.count() > 1)

    def refresh(self) -> None:
        db = self.session.db
        if self.code_id is None and self._shown is not None:
            self._refresh_shown()
            return
        try:
            code = get_code(db, self.code_id) if self.code_id is not None else None
        except NotFound:  # the code was deleted or merged away
            code = None
        if code is None:
            self.code_id = None
            self.title.setText(self.tr("Select a code in the codebook to list its segments"))
            self.model.set_rows([], [])
            return
        found: list[Segment] = segments(db, code=code.id, include_subcodes=self.subcodes.isChecked())
        visible = self.session.visible_coders
        if visible is not None:
            found = [s for s in found if s.coder_id in visible]
        name = f"<b>{_escape(code.name)}</b>"
        self._list(fill(self.tr("%1 and its sub-codes"), name) if self.subcodes.isChecked() else name, found)

    def show_segments(self, title: str, found: list[Segment], rerun=None) -> None:
        """List segments found elsewhere (a matrix cell, a query) under a plain-text title.

        The list stays until another code is selected in the codebook. When the project
        changes, `rerun()` (a query) gives the list afresh; without one, the list stays as
        it was, less the segments of documents deleted since.
        """
        self.code_id = None
        self._shown = (title, found, rerun)
        self.subcodes.hide()  # it applies to a code's own segments only
        self._list(_escape(title), found)

    def _refresh_shown(self) -> None:
        title, found, rerun = self._shown
        if rerun is not None:
            try:
                found = rerun()
            except AccordError as problem:  # a code of the query was deleted, say
                self._list(_escape(f"{title}: {problem}"), [])
                return
        else:
            alive = {row[0] for row in self.session.db.execute("SELECT id FROM documents")}
            found = [s for s in found if s.document_id in alive]
        self._shown = (title, found, rerun)
        self._list(_escape(title), found)

    def _list(self, title_html: str, found: list[Segment]) -> None:
        self._listed = (title_html, found)
        self._show_listed()

    def _show_listed(self) -> None:
        title_html, found = self._listed
        speaker = self.speaker.currentData()
        if speaker is not None:
            found = _said_by(found, speaker_turns(self.session.db, speaker))
            title_html += " · " + _escape(fill(self.tr("said by %1"), speaker))
        self.title.setText(fill(SegmentsPanel.tr("%1 · %n segment(s)", "", len(found)),
                                title_html))
        times = span_times(self.session.db, [(s.document_id, s.start, s.end) for s in found])
        self.model.set_rows(
            [(s.document, s.code, s.coder, _position(s, time), " ".join(s.text.split()))
             for s, time in zip(found, times)],
            [(s.document_id, s.start, s.end) for s in found],
        )
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setStretchLastSection(True)

    def _jump(self, index) -> None:
        self.jumpRequested.emit(*self.model.targets[index.row()])


def _position(s: Segment, time: float | None) -> str:
    """"120–180", with the time of its transcript turn when it has one: "120–180 · 0:01:02"."""
    return f"{s.start}–{s.end}" + (f" · {clock(time)}" if time is not None else "")


def _said_by(found: list[Segment], turns: dict) -> list[Segment]:
    """The parts of the segments inside the turns ({document id: spans}), each part a segment of its own."""
    out = []
    for s in found:
        for start, end in intervals.intersect([(s.start, s.end)], turns.get(s.document_id, [])):
            out.append(replace(s, start=start, end=end, text=s.text[start - s.start:end - s.start]))
    return out


class SearchPanel(QWidget):
    """Find across documents: every place a word or phrase occurs."""

    jumpRequested = Signal(int, int, int)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.query = QLineEdit(placeholderText=self.tr("Find in all documents…"), clearButtonEnabled=True)
        self.button = QPushButton(self.tr("Find"))
        self.summary = QLabel()
        self.code_hits = QPushButton(self.tr("Code these hits…"))
        self.code_hits.setToolTip(self.tr("Auto-code the places found, after a preview where each can be unticked"))
        self.code_hits.setEnabled(False)
        self.model = _RowsModel([self.tr("Document"), self.tr("Position"), self.tr("Context")])
        self.view = _table(self.model)
        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(self.button)
        row.addWidget(self.summary)
        row.addWidget(self.code_hits)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.view)
        self.query.returnPressed.connect(self.run)
        self.button.clicked.connect(self.run)
        self.code_hits.clicked.connect(self.open_autocode)
        self.view.doubleClicked.connect(self._jump)
        self.view.activated.connect(self._jump)

    def run(self, query: str | None = None) -> list[SearchHit]:
        if isinstance(query, str):
            self.query.setText(query)
        hits = search(self.session.db, self.query.text())
        self.model.set_rows(
            [(h.document, f"{h.start}–{h.end}", h.context) for h in hits],
            [(h.document_id, h.start, h.end) for h in hits],
        )
        self.summary.setText(fill(self.tr("%1 found"), len(hits)) if self.query.text().strip() else "")
        self.code_hits.setEnabled(bool(hits))
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setStretchLastSection(True)
        return hits

    def _jump(self, index) -> None:
        self.jumpRequested.emit(*self.model.targets[index.row()])

    def open_autocode(self):
        """"Code these hits…": the auto-code dialog, its search filled in with this one's text."""
        opener = getattr(self.window(), "autocode", None)
        if callable(opener):
            return opener(search=self.query.text())
        from ..analysis.autocode_dialog import AutocodeDialog

        dialog = AutocodeDialog(self.session, self, search=self.query.text())
        dialog.show()
        return dialog


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
