"""What the heat-map windows (Matrix, Code relations) share: the table, the coder list and the layout.

Each window puts its own options in a form on the left, the coders to count on the right, the
table below, and a line of messages and buttons at the bottom.
"""

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem, QPushButton, QTableView,
    QVBoxLayout,
)

from ...core.coders import CODER, list_coders
from ..i18n import fill


def heat_table(model: QAbstractItemModel, min_section: int) -> QTableView:
    """A read-only table sized to its contents, row headers (code paths) aligned left."""
    table = QTableView()
    table.setModel(model)
    table.setEditTriggers(QTableView.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    table.horizontalHeader().setMinimumSectionSize(min_section)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    table.verticalHeader().setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
    return table


class CoderChecklist(QListWidget):
    """Every coder with a tick box: the coders ticked, role `coder` ones to begin with (a consensus is not)."""

    def fill(self, db) -> None:
        for coder in list_coders(db):
            item = QListWidgetItem(coder.name if coder.role == CODER else fill(self.tr("%1 (consensus)"), coder.name))
            item.setData(Qt.UserRole, coder.id)
            item.setCheckState(Qt.Checked if coder.role == CODER else Qt.Unchecked)
            self.addItem(item)

    def ticked(self) -> list[int]:
        return [self.item(i).data(Qt.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.Checked]


def lay_out(window: QDialog, form: QFormLayout, coders: CoderChecklist, table: QTableView, message: QLabel,
            buttons: list[QPushButton]) -> None:
    """Options and coders side by side, the table under them, the message and the buttons at the bottom."""
    side = QVBoxLayout()
    side.addWidget(QLabel(QCoreApplication.translate("HeatWindow", "Coders:")))
    side.addWidget(coders)
    choices = QHBoxLayout()
    choices.addLayout(form, 2)
    choices.addLayout(side, 1)
    bottom = QHBoxLayout()
    bottom.addWidget(message, 1)
    for button in buttons:
        bottom.addWidget(button)
    layout = QVBoxLayout(window)
    layout.addLayout(choices)
    layout.addWidget(table, 1)
    layout.addLayout(bottom)
