"""Retrieved segments of the current code, and search hits across documents: tables that jump to the text."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from ...core.codebook import get_code
from ...core.codings import Segment, segments
from ...core.errors import NotFound
from ...core.search import SearchHit, search
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
        self.subcodes = QCheckBox("Include sub-codes", checked=True)
        self.subcodes.setToolTip("Also list segments coded with codes below this one")
        self.model = _RowsModel(["Document", "Code", "Coder", "Position", "Text"])
        self.view = _table(self.model)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.subcodes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.view)
        self.subcodes.toggled.connect(self.refresh)
        self.view.doubleClicked.connect(self._jump)
        self.view.activated.connect(self._jump)
        session.changed.connect(lambda changes, _: changes.touches("codings", "codes", "documents") and self.refresh())
        session.visibleCodersChanged.connect(self.refresh)
        self.refresh()

    def show_code(self, code_id: int | None) -> None:
        self.code_id = code_id if code_id is not None and code_id >= 0 else None
        self.refresh()

    def refresh(self) -> None:
        db = self.session.db
        try:
            code = get_code(db, self.code_id) if self.code_id is not None else None
        except NotFound:  # the code was deleted or merged away
            code = None
        if code is None:
            self.code_id = None
            self.title.setText("Select a code in the codebook to list its segments")
            self.model.set_rows([], [])
            return
        found: list[Segment] = segments(db, code=code.id, include_subcodes=self.subcodes.isChecked())
        visible = self.session.visible_coders
        if visible is not None:
            found = [s for s in found if s.coder_id in visible]
        suffix = " and its sub-codes" if self.subcodes.isChecked() else ""
        plural = "" if len(found) == 1 else "s"
        self.title.setText(f"<b>{_escape(code.name)}</b>{suffix} · {len(found)} segment{plural}")
        self.model.set_rows(
            [(s.document, s.code, s.coder, f"{s.start}–{s.end}", " ".join(s.text.split())) for s in found],
            [(s.document_id, s.start, s.end) for s in found],
        )
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setStretchLastSection(True)

    def _jump(self, index) -> None:
        self.jumpRequested.emit(*self.model.targets[index.row()])


class SearchPanel(QWidget):
    """Find across documents: every place a word or phrase occurs."""

    jumpRequested = Signal(int, int, int)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.query = QLineEdit(placeholderText="Find in all documents…", clearButtonEnabled=True)
        self.button = QPushButton("Find")
        self.summary = QLabel()
        self.model = _RowsModel(["Document", "Position", "Context"])
        self.view = _table(self.model)
        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(self.button)
        row.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.view)
        self.query.returnPressed.connect(self.run)
        self.button.clicked.connect(self.run)
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
        self.summary.setText(f"{len(hits)} found" if self.query.text().strip() else "")
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setStretchLastSection(True)
        return hits

    def _jump(self, index) -> None:
        self.jumpRequested.emit(*self.model.targets[index.row()])


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
