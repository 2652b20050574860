"""“New code…”: one dialog with the code's name, parent, colour and definition.

`ask_new_code` is the question (tests replace it); `NewCodeDialog` is the widget.
The parent offered first is the category the user is in: the current code
when it has sub-codes, else the current code's own parent. The colour offered
is the next automatic one (core.palette), so accepting it never repeats a
colour in use while the palette lasts.
"""

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.codebook import Code
from ...core.palette import next_colour
from . import dialogs as code_dialogs
from .model import swatch_icon

TOP_LEVEL = QT_TRANSLATE_NOOP("NewCodeDialog", "(top level)")


@dataclass(frozen=True)
class NewCode:
    name: str
    parent_id: int | None
    color: str
    definition: str = ""


def default_parent(codes: list[tuple[Code, int]], current_id: int | None) -> int | None:
    """The category a new code goes into: the current code if it has sub-codes, else its parent."""
    by_id = {code.id: code for code, _ in codes}
    current = by_id.get(current_id)
    if current is None:
        return None
    if any(code.parent_id == current.id for code, _ in codes):
        return current.id
    return current.parent_id


def ask_new_code(parent: QWidget | None, codes: list[tuple[Code, int]], parent_id: int | None,
                 name: str = "") -> NewCode | None:
    """Name, parent, colour and definition of a new code; None when cancelled."""
    dialog = NewCodeDialog(codes, parent_id, name, parent)
    return dialog.result_code() if dialog.exec() == QDialog.DialogCode.Accepted else None


class NewCodeDialog(QDialog):
    def __init__(self, codes: list[tuple[Code, int]], parent_id: int | None, name: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New code"))
        self.resize(420, 320)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(name, placeholderText=self.tr("The code's name"))
        self.parent_box = QComboBox()
        self.parent_box.addItem(QCoreApplication.translate("NewCodeDialog", TOP_LEVEL), None)
        for code, depth in codes:
            self.parent_box.addItem(swatch_icon(code.color), "    " * depth + code.name, code.id)
        self.parent_box.setCurrentIndex(max(0, self.parent_box.findData(parent_id)))
        self.colour = next_colour(code.color for code, _ in codes)
        self.colour_button = QPushButton()
        self.colour_button.clicked.connect(self._choose_colour)
        self._show_colour()
        self.definition = QPlainTextEdit(placeholderText=self.tr("What the code means (optional)"))
        self.definition.setTabChangesFocus(True)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Inside:"), self.parent_box)
        form.addRow(self.tr("Colour:"), self.colour_button)
        form.addRow(self.tr("Definition:"), self.definition)
        layout.addLayout(form, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._update_ok)
        self._update_ok()
        self.name.setFocus()

    def result_code(self) -> NewCode:
        return NewCode(" ".join(self.name.text().split()), self.parent_box.currentData(), self.colour,
                       self.definition.toPlainText().strip())

    def _choose_colour(self) -> None:
        colour = code_dialogs.ask_colour(self, self.colour)
        if colour:
            self.colour = colour
            self._show_colour()

    def _show_colour(self) -> None:
        self.colour_button.setIcon(swatch_icon(self.colour, 14))
        self.colour_button.setText(self.colour)

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.name.text().strip()))


def create_from_dialog(pane, parent_id: int | None = None, name: str = "") -> NewCode | None:
    """Ask the pane's user for a new code (inside `parent_id`, or the current category when None)."""
    from ...core.codebook import code_tree

    codes = code_tree(pane.session.db)
    if parent_id is None:
        parent_id = default_parent(codes, pane.current_code_id())
    return ask_new_code(pane, codes, parent_id, name)
