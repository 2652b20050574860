"""Project ▸ Coders…: who codes, in which role and colour; add, rename, recolour, delete, and make a consensus.

A consensus holds the decisions of adjudication (or a reference coding brought
in): the comparison view, agreement and reports leave it out of "all coders"
and compare it only when it is chosen by name. Every button runs one undoable
command through the session; the table follows the session's changes, so Undo
in the main window shows here at once.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QColorDialog, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...core.coders import (
    CODER, CONSENSUS_ROLE, Coder, add_coder, coding_counts_by_coder, delete_coder, list_coders, rename_coder,
    set_coder_color, set_coder_role,
)
from ...core.reports.model import CODER_PALETTE
from ..codebook.model import swatch_icon
from ..i18n import fill, integer
from ..session import Session
from ..widgets import dialogs

ROLE_NAMES = {CODER: QT_TRANSLATE_NOOP("CodersDialog", "Coder"),
              CONSENSUS_ROLE: QT_TRANSLATE_NOOP("CodersDialog", "Consensus")}
COLOUR_COLUMN = 3


def ask_colour(parent: QWidget | None, initial: str) -> str | None:
    """A colour as "#rrggbb", or None when cancelled; the colours reports give coders are offered first."""
    for i, colour in enumerate(CODER_PALETTE):
        QColorDialog.setCustomColor(i, QColor(colour))
    colour = QColorDialog.getColor(QColor(initial), parent, QCoreApplication.translate("CodersDialog", "Coder colour"))
    return colour.name().lower() if colour.isValid() else None


class CodersDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Coders"))
        self.resize(520, 360)
        self._coders: list[Coder] = []

        note = QLabel(self.tr("A <b>consensus</b> holds the decisions of adjudication, or a reference coding. "
                              "Agreement and reports compare the coders; a consensus only when you choose it by name."))
        note.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Codings"), self.tr("Colour")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _: self.rename())

        self.add_button = QPushButton(self.tr("&Add…"))
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.role_button = QPushButton(self.tr("Make &consensus"))
        self.colour_button = QPushButton(self.tr("C&olour…"))
        self.colour_button.setToolTip(self.tr("The colour the comparison view and reports draw this coder in"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.add_button.clicked.connect(lambda: self.add())
        self.rename_button.clicked.connect(lambda: self.rename())
        self.role_button.clicked.connect(lambda: self.toggle_role())
        self.colour_button.clicked.connect(lambda: self.recolour())
        self.delete_button.clicked.connect(lambda: self.delete())
        buttons = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.role_button, self.colour_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)

        session.changed.connect(self._on_changed)
        self.refresh()

    # -- the table -----------------------------------------------------------------------------
    def refresh(self) -> None:
        chosen = self.current()
        counts = coding_counts_by_coder(self.session.db)
        self._coders = list_coders(self.session.db)
        self.table.setRowCount(len(self._coders))
        for row, coder in enumerate(self._coders):
            count = QTableWidgetItem(integer(counts.get(coder.id, 0)))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            role = QTableWidgetItem(self.tr(ROLE_NAMES[coder.role]))
            for column, item in enumerate((QTableWidgetItem(coder.name), role, count)):
                self.table.setItem(row, column, item)
            self.table.setItem(row, COLOUR_COLUMN, self._colour_item(coder))
        ids = [c.id for c in self._coders]
        self.table.selectRow(ids.index(chosen.id) if chosen is not None and chosen.id in ids else 0)
        self._update_buttons()

    def _colour_item(self, coder: Coder) -> QTableWidgetItem:
        if not coder.color:
            item = QTableWidgetItem(self.tr("automatic"))
            item.setToolTip(self.tr("No colour chosen: views and reports pick one"))
            return item
        item = QTableWidgetItem(swatch_icon(coder.color), coder.color)
        item.setToolTip(fill(self.tr("Drawn in %1"), coder.color))
        return item

    def current(self) -> Coder | None:
        row = self.table.currentRow()
        return self._coders[row] if 0 <= row < len(self._coders) else None

    def select(self, name: str) -> None:
        self.table.selectRow(next(row for row, c in enumerate(self._coders) if c.name == name))

    def _update_buttons(self) -> None:
        coder = self.current()
        for button in (self.rename_button, self.role_button, self.colour_button, self.delete_button):
            button.setEnabled(coder is not None)
        consensus = coder is not None and coder.role == CONSENSUS_ROLE
        self.role_button.setText(self.tr("Make &coder") if consensus else self.tr("Make &consensus"))
        self.role_button.setToolTip(
            self.tr("Compare this coder again with the others") if consensus else
            self.tr("Leave it out of \"all coders\": it holds decisions, not independent coding"))

    def _on_changed(self, changes, label: str) -> None:
        if changes.touches("coders", "codings"):
            self.refresh()

    # -- the commands --------------------------------------------------------------------------
    def add(self) -> None:
        name = dialogs.ask_text(self, self.tr("Add coder"), self.tr("Coder's name:"))
        if name and self.session.run(fill(self.tr("Add coder %1"), name), add_coder, name) is not None:
            self.select(name)

    def rename(self) -> None:
        coder = self.current()
        if coder is None:
            return
        name = dialogs.ask_text(self, self.tr("Rename coder"), fill(self.tr("New name for %1:"), coder.name),
                                coder.name)
        if name and name != coder.name:
            self.session.run(fill(self.tr("Rename coder %1"), coder.name), rename_coder, coder.id, name)

    def toggle_role(self) -> None:
        coder = self.current()
        if coder is not None:
            role = CODER if coder.role == CONSENSUS_ROLE else CONSENSUS_ROLE
            label = self.tr("Make %1 a coder") if role == CODER else self.tr("Make %1 a consensus")
            self.session.run(fill(label, coder.name), set_coder_role, coder.id, role)

    def recolour(self) -> None:
        coder = self.current()
        if coder is None:
            return
        index = next(i for i, c in enumerate(self._coders) if c.id == coder.id)
        colour = ask_colour(self, coder.color or CODER_PALETTE[index % len(CODER_PALETTE)])
        if colour and colour != coder.color:
            self.session.run(fill(self.tr("Colour coder %1"), coder.name), set_coder_color, coder.id, colour)

    def delete(self) -> None:
        coder = self.current()
        if coder is None:
            return
        codings = coding_counts_by_coder(self.session.db).get(coder.id, 0)
        if codings:
            text = fill(CodersDialog.tr("Delete coder %1 and their %n coding(s)? "
                                                   "(Undo brings them back.)", "", codings), coder.name)
        else:
            text = fill(self.tr("Delete coder %1? (Undo brings them back.)"), coder.name)
        if dialogs.confirm(self, self.tr("Delete coder"), text, accept_label=self.tr("Delete")):
            self.session.run(fill(self.tr("Delete coder %1"), coder.name), delete_coder, coder.id, with_codings=True)
