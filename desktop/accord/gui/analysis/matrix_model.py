"""The table model of the matrix view: a core Matrix with heat-map colouring (darker = larger)."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from ...core.analysis.matrix import Matrix
from ..i18n import number

_LOW, _HIGH = QColor("#ffffff"), QColor("#1f5fa8")  # white to a deep blue


def shade(value: float, top: float) -> QColor:
    """The background for `value` on a scale from 0 (white) to `top` (deep blue)."""
    share = 0.0 if top <= 0 else max(0.0, min(1.0, value / top))
    mix = [round(a + (b - a) * share) for a, b in zip(_LOW.getRgb()[:3], _HIGH.getRgb()[:3])]
    return QColor(*mix)


def formatted(value) -> str:
    """A cell as shown: a decimal (coverage %) with the locale's separator, a count as it is."""
    return number(value, 1) if isinstance(value, float) else str(value)


class MatrixModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.matrix: Matrix | None = None
        self.top = 0.0

    def set_matrix(self, matrix: Matrix | None) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.top = max((v for line in matrix.cells for v in line), default=0) if matrix else 0
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.columns)

    def value(self, row: int, column: int):
        return self.matrix.cells[row][column]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or self.matrix is None:
            return None
        value = self.value(index.row(), index.column())
        if role == Qt.DisplayRole:
            return formatted(value)
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.BackgroundRole:
            return shade(value, self.top)
        if role == Qt.ForegroundRole:
            return QColor("#ffffff") if self.top and value / self.top > 0.55 else QColor("#000000")
        if role == Qt.ToolTipRole:
            return f"{self.matrix.rows[index.row()]} · {self.matrix.columns[index.column()]}: {formatted(value)}"
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role not in (Qt.DisplayRole, Qt.ToolTipRole) or self.matrix is None:
            return None
        if orientation == Qt.Horizontal:
            return self.matrix.columns[section]
        path = self.matrix.rows[section]
        if role == Qt.ToolTipRole:
            return path
        depth = path.count("/")  # sub-codes indented under their parent, by name
        return "    " * depth + path.rsplit("/", 1)[-1]
