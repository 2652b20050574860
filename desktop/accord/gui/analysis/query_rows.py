"""The rows of the query builder: one step (and/or/not/near + code [+ distance]) each, and the code picker.

Codes are offered by path ("Support › Family support"), the form a saved query keeps
("Support/Family support"), so a code's place in the codebook is always plain.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QToolButton, QWidget

from ...core.analysis.query import Step
from ...core.codebook import code_tree


def code_paths(db) -> list[tuple[str, int]]:
    """(path, depth) of every code, in codebook order."""
    paths: dict[int, str] = {}
    out = []
    for code, depth in code_tree(db):
        path = code.name if code.parent_id is None else paths[code.parent_id] + "/" + code.name
        paths[code.id] = path
        out.append((path, depth))
    return out


class CodePicker(QComboBox):
    """A combo of every code, in codebook order; currentData() is the code's path."""

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.refill(db)

    def refill(self, db) -> None:
        """Every code again (after a change to the codebook), keeping the one chosen if it is still there."""
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        for path, _depth in code_paths(db):
            self.addItem(path.replace("/", " › "), path)
            self.setItemData(self.count() - 1, path, Qt.ToolTipRole)
        self.setCurrentIndex(max(0, self.findData(current)))
        self.blockSignals(False)

    def path(self) -> str:
        return self.currentData() or ""

    def set_path(self, path: str) -> bool:
        index = self.findData(path)
        if index >= 0:
            self.setCurrentIndex(index)
        return index >= 0


OPERATIONS = (("and", QT_TRANSLATE_NOOP("StepRow", "and also coded")), ("or", QT_TRANSLATE_NOOP("StepRow", "or coded")),
              ("not", QT_TRANSLATE_NOOP("StepRow", "but not coded")), ("near", QT_TRANSLATE_NOOP("StepRow", "near")))


class StepRow(QWidget):
    """One step of a query; `removeRequested` asks the builder to drop it."""

    removeRequested = Signal(QWidget)

    def __init__(self, db, step: Step | None = None, parent=None):
        super().__init__(parent)
        self.op = QComboBox()
        for key, label in OPERATIONS:
            self.op.addItem(QCoreApplication.translate("StepRow", label), key)
        self.code = CodePicker(db)
        self.distance = QSpinBox()
        self.distance.setRange(0, 1_000_000)
        self.distance.setSuffix(self.tr(" characters"))
        self.distance.setToolTip(self.tr("At most this many characters between the two passages"))
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setToolTip(self.tr("Remove this condition"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.op)
        layout.addWidget(self.code, 1)
        layout.addWidget(self.distance)
        layout.addWidget(self.remove)
        self.op.currentIndexChanged.connect(self._show_distance)
        self.remove.clicked.connect(lambda: self.removeRequested.emit(self))
        if step is not None:
            self.op.setCurrentIndex(max(0, self.op.findData(step.op)))
            self.code.set_path(step.code)
            self.distance.setValue(step.distance)
        self._show_distance()

    def _show_distance(self) -> None:
        self.distance.setVisible(self.op.currentData() == "near")

    def step(self) -> Step:
        near = self.op.currentData() == "near"
        return Step(self.op.currentData(), self.code.path(), self.distance.value() if near else 0)
