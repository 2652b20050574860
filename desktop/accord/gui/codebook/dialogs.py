"""The codebook's own questions: colours, definitions, merge targets.

Each question is a module-level function so that tests can replace it; the
pane calls it through the module. Plain questions (a name, a yes/no) are in
`dialogs`.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ...core.codebook import PALETTE, TEXT_FIELDS, Code
from ..i18n import fill
from .model import swatch_icon


def ask_colour(parent: QWidget | None, initial: str) -> str | None:
    """A colour as "#rrggbb", or None when cancelled; the codebook palette is offered first."""
    for i, colour in enumerate(PALETTE[:16]):
        QColorDialog.setCustomColor(i, QColor(colour))
    colour = QColorDialog.getColor(QColor(initial), parent, QCoreApplication.translate("CodeDialogs", "Code colour"))
    return colour.name().lower() if colour.isValid() else None


def ask_merge_target(parent: QWidget | None, codes: list[tuple[Code, int]], source_id: int) -> int | None:
    """The code to merge `source_id` into, chosen from `codes` ([(Code, depth)] in tree order)."""
    dialog = MergeTargetDialog(codes, source_id, parent)
    return dialog.target_id() if dialog.exec() == QDialog.DialogCode.Accepted else None


def edit_code_texts(parent: QWidget | None, code: Code) -> dict | None:
    """The code's description, definition, inclusion, exclusion and example; None when cancelled."""
    dialog = CodeTextsDialog(code, parent)
    return dialog.texts() if dialog.exec() == QDialog.DialogCode.Accepted else None


class MergeTargetDialog(QDialog):
    """A filterable tree of codes; the source and its sub-codes cannot be chosen."""

    def __init__(self, codes: list[tuple[Code, int]], source_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        names = {code.id: code.name for code, _ in codes}
        self.setWindowTitle(self.tr("Merge code"))
        self.resize(360, 440)
        layout = QVBoxLayout(self)
        intro = QLabel(fill(self.tr("Merge “%1” into:"), names.get(source_id, "?")))
        layout.addWidget(intro)
        self.filter = QLineEdit(placeholderText=self.tr("Filter codes…"), clearButtonEnabled=True)
        layout.addWidget(self.filter)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        layout.addWidget(self.tree, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._items: dict[int, QTreeWidgetItem] = {}
        excluded_depth: int | None = None  # inside the source's subtree
        for code, depth in codes:
            if excluded_depth is not None and depth <= excluded_depth:
                excluded_depth = None
            if code.id == source_id:
                excluded_depth = depth
            parent_item = self._items.get(code.parent_id)
            item = QTreeWidgetItem([code.name])
            item.setIcon(0, swatch_icon(code.color))
            item.setData(0, Qt.ItemDataRole.UserRole, code.id)
            if excluded_depth is not None:
                item.setFlags(item.flags() & ~(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable))
            (parent_item.addChild(item) if parent_item else self.tree.addTopLevelItem(item))
            self._items[code.id] = item
        self.tree.expandAll()
        self.tree.currentItemChanged.connect(self._update_ok)
        self.tree.itemDoubleClicked.connect(lambda item, _c: self.target_id() is not None and self.accept())
        self.filter.textChanged.connect(self._filter)
        self._update_ok()
        self.filter.setFocus()

    def target_id(self) -> int | None:
        item = self.tree.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsSelectable or item.isHidden():
            return None
        return item.data(0, Qt.ItemDataRole.UserRole)

    def select(self, code_id: int) -> None:
        if code_id in self._items:
            self.tree.setCurrentItem(self._items[code_id])

    def _update_ok(self, *_args) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.target_id() is not None)

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        shown: set[int] = set()
        for code_id, item in self._items.items():
            if not needle or needle in item.text(0).casefold():
                while item is not None:
                    shown.add(item.data(0, Qt.ItemDataRole.UserRole))
                    item = item.parent()
        for code_id, item in self._items.items():
            item.setHidden(code_id not in shown)
        self._update_ok()


_LABELS = {
    "description": QT_TRANSLATE_NOOP("CodeTextsDialog", "Description:"),
    "definition": QT_TRANSLATE_NOOP("CodeTextsDialog", "Definition:"),
    "inclusion": QT_TRANSLATE_NOOP("CodeTextsDialog", "Include:"),
    "exclusion": QT_TRANSLATE_NOOP("CodeTextsDialog", "Exclude:"),
    "example": QT_TRANSLATE_NOOP("CodeTextsDialog", "Example:"),
}
_HINTS = {
    "description": QT_TRANSLATE_NOOP("CodeTextsDialog", "A short summary, shown after the name"),
    "definition": QT_TRANSLATE_NOOP("CodeTextsDialog", "What the code means"),
    "inclusion": QT_TRANSLATE_NOOP("CodeTextsDialog", "When to apply it"),
    "exclusion": QT_TRANSLATE_NOOP("CodeTextsDialog", "When not to (and what to use instead)"),
    "example": QT_TRANSLATE_NOOP("CodeTextsDialog", "A typical quotation"),
}


class CodeTextsDialog(QDialog):
    """Description (one line) and definition, inclusion, exclusion, example (a few lines each)."""

    def __init__(self, code: Code, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Definition of “%1”"), code.name))
        self.resize(480, 460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        for name in TEXT_FIELDS:
            value = getattr(code, name)
            if name == "description":
                field = QLineEdit(value)
            else:
                field = QPlainTextEdit(value)
                field.setTabChangesFocus(True)
                field.setMinimumHeight(56)
            field.setPlaceholderText(QCoreApplication.translate("CodeTextsDialog", _HINTS[name]))
            self.fields[name] = field
            form.addRow(QCoreApplication.translate("CodeTextsDialog", _LABELS[name]), field)
        layout.addLayout(form, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def texts(self) -> dict[str, str]:
        result = {}
        for name, field in self.fields.items():
            text = field.text() if isinstance(field, QLineEdit) else field.toPlainText()
            result[name] = text.strip()
        return result
