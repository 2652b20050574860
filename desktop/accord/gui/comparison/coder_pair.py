"""Which two coders the Disagreements tab compares: "Compare [A] with [B]".

`CoderPairPicker` offers every coder in two boxes, first choosing two coders
that are not consensus coders, keeps the pair while both still exist, and
says who a coder is (`name`) and in what colour they are shown (`colour`: their
own, or a colour for side A or B). `changed` says the user picked another pair.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ...core.coders import CODER, list_coders
from .marks import dot
from ..session import Session

SIDE_COLOURS = ("#2f6fb5", "#c25a1c")  # A and B, for coders without a colour of their own


class CoderPairPicker(QWidget):
    """The two coder boxes and the pair they hold (`first_id`, `second_id`)."""

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.first_id: int | None = None
        self.second_id: int | None = None
        self._coders = {}
        self.first_box = QComboBox()
        self.first_box.setObjectName("firstCoder")
        self.second_box = QComboBox()
        self.second_box.setObjectName("secondCoder")
        for box, tip in ((self.first_box, self.tr("Coder A")), (self.second_box, self.tr("Coder B"))):
            box.setToolTip(tip)
            box.setMinimumContentsLength(10)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(QLabel(self.tr("Compare")))
        layout.addWidget(self.first_box)
        layout.addWidget(QLabel(self.tr("with")))
        layout.addWidget(self.second_box)
        self.first_box.activated.connect(lambda _: self._chosen())
        self.second_box.activated.connect(lambda _: self._chosen())

    def fill(self) -> None:
        """Offer the coders there are now; keep the pair if both are still there, else choose one."""
        coders = list_coders(self.session.db)
        self._coders = {coder.id: coder for coder in coders}
        first, second = self.first_id, self.second_id
        if first not in self._coders or second not in self._coders:
            raters = [c.id for c in coders if c.role == CODER] or [c.id for c in coders]
            first, second = (raters + [None, None])[:2]
            if second is None and len(coders) > 1:
                second = next(c.id for c in coders if c.id != first)
        for box, chosen in ((self.first_box, first), (self.second_box, second)):
            box.blockSignals(True)
            box.clear()
            for coder in coders:
                if coder.color:
                    box.addItem(dot(coder.color, 12), coder.name, coder.id)
                else:
                    box.addItem(coder.name, coder.id)
            box.setCurrentIndex(box.findData(chosen))
            box.blockSignals(False)
        self.first_id, self.second_id = first, second

    def set_pair(self, first: int, second: int) -> None:
        """Choose these two coders (ids), as if the user had."""
        self.first_box.setCurrentIndex(self.first_box.findData(first))
        self.second_box.setCurrentIndex(self.second_box.findData(second))
        self._chosen()

    def _chosen(self) -> None:
        self.first_id, self.second_id = self.first_box.currentData(), self.second_box.currentData()
        self.changed.emit()

    def name(self, coder_id: int | None) -> str:
        coder = self._coders.get(coder_id)
        return coder.name if coder else "?"

    def colour(self, coder_id: int | None) -> str:
        coder = self._coders.get(coder_id)
        if coder and coder.color:
            return coder.color
        return SIDE_COLOURS[0] if coder_id == self.first_id else SIDE_COLOURS[1]
