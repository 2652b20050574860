"""Analyse ▸ Code relations: a codes × codes table of the places where two codes co-occur, as a heat map.

The numbers are those of `accord cooccurrence` and the report (core/analysis/relations):
overlapping passages by default, or the same turn / paragraph, or within N characters.
Clicking a cell lists the places in the retrieval dock (segmentsRequested).
"""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QLabel, QPushButton,
    QSpinBox,
)

from ...core.analysis.relations import Relations, place_segments, relations
from ...core.codebook import code_tree
from ...core.errors import AccordError
from ..i18n import fill
from .heat_window import CoderChecklist, heat_table, lay_out
from .matrix_model import shade

_DIAGONAL = QColor("#e4e6e9")
_ZERO = QColor("#a0a4aa")  # zeros recede, so the pairs that do co-occur stand out


class RelationsModel(QAbstractTableModel):
    """A Relations matrix; rows and columns are the same codes (indented paths down the side)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.relations: Relations | None = None
        self.paths: list[str] = []
        self.top = 0

    def set_relations(self, found: Relations | None, paths: list[str]) -> None:
        self.beginResetModel()
        self.relations, self.paths = found, paths
        self.top = max((v for line in found.matrix for v in line), default=0) if found else 0
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.relations is None else len(self.relations.code_ids)

    columnCount = rowCount

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or self.relations is None:
            return None
        row, column = index.row(), index.column()
        value = self.relations.matrix[row][column]
        if role == Qt.DisplayRole:
            return "" if row == column else str(value)
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.BackgroundRole:
            return _DIAGONAL if row == column else shade(value, self.top)
        if role == Qt.ForegroundRole:
            if not value:
                return _ZERO
            return QColor("#ffffff") if self.top and value / self.top > 0.55 else QColor("#000000")
        if role == Qt.ToolTipRole and row != column:
            places = RelationsModel.tr("%1 and %2: %Ln place(s)", "", value)
            return fill(places, self.paths[row], self.paths[column])
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if self.relations is None or role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        path = self.paths[section]
        if role == Qt.ToolTipRole:
            return path
        if orientation == Qt.Horizontal:  # numbers keep the columns narrow; the rows say which is which
            return str(section + 1)
        return f"{section + 1}  " + "    " * path.count("/") + path.rsplit("/", 1)[-1]


class RelationsWindow(QDialog):
    segmentsRequested = Signal(str, list)  # title, [Segment]

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Code relations"))
        self.mode = QComboBox()
        for key, label in (("overlap", self.tr("Overlapping passages")), ("turn", self.tr("Same speaker turn")),
                           ("paragraph", self.tr("Same paragraph")), ("near", self.tr("Within N characters"))):
            self.mode.addItem(label, key)
        self.distance = QSpinBox()
        self.distance.setRange(0, 1_000_000)
        self.distance.setValue(100)
        self.distance.setSuffix(self.tr(" characters"))
        self.coders = CoderChecklist()
        self.coders.setMaximumHeight(64)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.model = RelationsModel(self)
        self.table = heat_table(self.model, 36)
        close = QPushButton(self.tr("Close"))
        form = QFormLayout()
        form.addRow(self.tr("Co-occur when:"), self.mode)
        form.addRow(self.tr("Distance:"), self.distance)
        lay_out(self, form, self.coders, self.table, self.message, [close])
        self.coders.fill(session.db)
        for signal in (self.mode.currentIndexChanged, self.distance.valueChanged, self.coders.itemChanged):
            signal.connect(self.refresh)
        self.table.clicked.connect(self._cell_clicked)
        close.clicked.connect(self.close)
        session.changed.connect(lambda *_: self.refresh())
        session.closing.connect(self.close)
        self.resize(900, 600)
        self.refresh()

    def options(self) -> dict:
        """The settings as relations() and place_segments() take them."""
        mode = self.mode.currentData()
        self.distance.setEnabled(mode == "near")
        coders = self.coders.ticked()
        return {"within": mode if mode in ("turn", "paragraph") else None,
                "near": self.distance.value() if mode == "near" else None, "coders": coders}

    def refresh(self) -> None:
        db = self.session.db
        try:
            found = relations(db, **self.options())
        except AccordError as error:
            self.model.set_relations(None, [])
            self.message.setText(str(error))
            return
        paths = _paths(db)
        self.model.set_relations(found, [paths[c] for c in found.code_ids])
        if not self.options()["coders"]:
            self.message.setText(self.tr("Tick at least one coder."))
        elif not found.pairs:
            self.message.setText(self.tr("No two codes co-occur with these settings."))
        else:
            self.message.setText(self.tr("Each number counts places (a passage, turn or paragraph) once. "
                                         "Click a cell to list its places."))

    def _cell_clicked(self, index) -> None:
        found = self.model.relations
        if found is None or not index.isValid() or index.row() == index.column():
            return
        a, b = found.code_ids[index.row()], found.code_ids[index.column()]
        try:
            segments = place_segments(self.session.db, a, b, **self.options())
        except AccordError as error:  # a code was deleted under the table
            self.message.setText(str(error))
            return
        paths = self.model.paths
        self.segmentsRequested.emit(f"{paths[index.row()]} + {paths[index.column()]} "
                                    f"({self.mode.currentText().lower()})", segments)


def _paths(db) -> dict[int, str]:
    paths: dict[int, str] = {}
    for code, _depth in code_tree(db):
        paths[code.id] = f"{paths[code.parent_id]}/{code.name}" if code.parent_id in paths else code.name
    return paths
