"""Project ▸ Attributes…: every document's attributes as a spreadsheet, and the attributes themselves.

Type in a cell to set a value (Enter or Tab moves on), Delete clears the
selected cells, Ctrl+Z / Ctrl+Shift+Z undo and redo. The buttons add an
attribute (a column, with its type: text, number or date), change an
attribute's type, and remove an attribute from every document. Every change is
one command through the session, so it can be undone here or in the main window.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QStyledItemDelegate,
    QTableView, QVBoxLayout, QWidget,
)

from ...core.attributes import TYPES, add_attribute_key, remove_attribute, remove_attribute_key, set_attribute_type
from ...core.documents import get_document
from ..i18n import fill
from ..session import Session
from ..widgets import dialogs
from .import_preview import export_attribute_file, import_attribute_file
from .model import AttributesModel, type_hint, type_name


class _TypedEditor(QStyledItemDelegate):
    """A line editor that says what the column takes (the core checks and normalises the value)."""

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            model = index.model()
            editor.setPlaceholderText(type_hint(model.types.get(model.keys[index.column()], "text")))
        return editor


def _clear_cells(db, cells: list[tuple[int, str]]) -> None:
    for document_id, key in cells:
        remove_attribute(db, document_id, key)


class AttributesDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None, document_id: int | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Attributes"))
        self.resize(760, 420)
        self.model = AttributesModel(session, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(_TypedEditor(self.table))
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.AnyKeyPressed | QAbstractItemView.DoubleClicked
                                   | QAbstractItemView.EditKeyPressed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.only = QCheckBox()
        self.only.setVisible(False)
        self.only.toggled.connect(self._only_toggled)
        self._document_id: int | None = None
        self._document_name = ""

        writable = not session.project.read_only
        buttons = QHBoxLayout()
        self.buttons = {}
        for name, label, slot in (("add", self.tr("&Add attribute…"), self.add_attribute),
                                  ("type", self.tr("Change &type…"), self.change_type),
                                  ("remove", self.tr("&Remove attribute…"), self.remove_attribute),
                                  ("clear", self.tr("&Clear cells"), self.clear_selected)):
            button = QPushButton(label)
            button.setAutoDefault(False)  # Enter in a cell commits the value; it presses no button
            button.setEnabled(writable)
            button.clicked.connect(lambda _checked=False, run=slot: run())
            buttons.addWidget(button)
            self.buttons[name] = button
        for name, label, slot, enabled in (("import", self.tr("&Import…"), self.import_file, writable),
                                           ("export", self.tr("E&xport…"), self.export_file, True)):
            button = QPushButton(label)
            button.setAutoDefault(False)
            button.setEnabled(enabled)
            button.setToolTip(self.tr("Attributes from a spreadsheet (.csv, .xlsx): a row per document")
                              if name == "import" else self.tr("Every document's attributes to a .csv or .xlsx file"))
            button.clicked.connect(lambda _checked=False, run=slot: run())
            buttons.addWidget(button)
            self.buttons[name] = button
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("A row per document, a column per attribute. Type in a cell to set a value; "
                                        "Delete clears it; Ctrl+Z undoes.")))
        layout.addWidget(self.only)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        for keys, slot in ((QKeySequence.Delete, self.clear_selected), (QKeySequence.Backspace, self.clear_selected),
                           (QKeySequence.Undo, session.undo), (QKeySequence.Redo, session.redo)):
            shortcut = QShortcut(keys, self.table if slot == self.clear_selected else self)
            shortcut.setContext(Qt.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        session.closing.connect(self.close)
        if document_id is not None:
            self.show_document(document_id)

    # -- which documents ---------------------------------------------------------
    def show_document(self, document_id: int) -> None:
        """Put one document's row first in view and select its first cell; offer 'only this document'."""
        self._document_id = document_id
        self._document_name = get_document(self.session.db, document_id).name
        self.only.setText(fill(self.tr("Only %1"), self._document_name))
        self.only.setVisible(True)
        self.only.setChecked(True)
        self._select_document(document_id)

    def _only_toggled(self, checked: bool) -> None:
        self.model.set_only(self._document_id if checked else None)
        title = fill(self.tr("Attributes — %1"), self._document_name) if checked else self.tr("Attributes")
        self.setWindowTitle(title)
        if self._document_id is not None:
            self._select_document(self._document_id)

    def _select_document(self, document_id: int) -> None:
        rows = [i for i, (d, _n) in enumerate(self.model.documents) if d == document_id]
        if rows and self.model.keys:
            index = self.model.index(rows[0], 0)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    # -- commands -------------------------------------------------------------------
    def current_key(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.keys[index.column()] if index.isValid() else None

    def add_attribute(self) -> None:
        name = dialogs.ask_text(self, self.tr("Add attribute"), self.tr("Name of the new attribute (e.g. age, site):"))
        if not name or not name.strip():
            return
        question = fill(self.tr("What kind of value is %1?"), name.strip())
        kind = dialogs.ask_item(self, self.tr("Add attribute"), question,
                                [type_name(t) for t in TYPES])
        if kind is None:
            return
        key = self.session.run(fill(self.tr("Add attribute %1"), name.strip()), add_attribute_key, name, TYPES[kind])
        if key is not None and key in self.model.keys:
            row = max(0, self.table.currentIndex().row())
            self.table.setCurrentIndex(self.model.index(row, self.model.keys.index(key)))

    def change_type(self) -> None:
        key = self.current_key()
        if key is None:
            return
        question = fill(self.tr("What kind of value is %1? (now: %2)"), key, type_name(self.model.types[key]))
        kind = dialogs.ask_item(self, self.tr("Change type"), question, [type_name(t) for t in TYPES])
        if kind is not None and TYPES[kind] != self.model.types[key]:
            label = fill(QCoreApplication.translate("AttributesDialog", _MAKE.get(TYPES[kind], _MAKE["text"])), key)
            self.session.run(label, set_attribute_type, key, TYPES[kind])

    def remove_attribute(self) -> None:
        key = self.current_key()
        if key is None:
            return
        count = sum(1 for values in self.model.values.values() if key in values)
        question = fill(AttributesDialog.tr(
            "Remove the attribute %1 from every document (%n value(s))? You can undo this with Ctrl+Z.",
            "", count), repr(key))
        if dialogs.confirm(self, self.tr("Remove attribute"), question, accept_label=self.tr("Remove")):
            self.session.run(fill(self.tr("Remove attribute %1"), key), remove_attribute_key, key)

    def import_file(self) -> None:
        import_attribute_file(self, self.session)

    def export_file(self) -> None:
        export_attribute_file(self, self.session)

    def clear_selected(self) -> None:
        if self.session.project.read_only:
            return
        cells = []
        for index in self.table.selectionModel().selectedIndexes() or [self.table.currentIndex()]:
            if index.isValid():
                document_id, _name, key, value = self.model.cell(index)
                if value is not None:
                    cells.append((document_id, key))
        if cells:
            label = (fill(self.tr("Clear %1"), cells[0][1]) if len(cells) == 1
                     else AttributesDialog.tr("Clear %n attribute value(s)", "", len(cells)))
            self.session.run(label, _clear_cells, cells)


# The undo labels of a type change, one whole sentence per type.
_MAKE = {"text": QT_TRANSLATE_NOOP("AttributesDialog", "Make %1 a text"),
         "number": QT_TRANSLATE_NOOP("AttributesDialog", "Make %1 a number"),
         "date": QT_TRANSLATE_NOOP("AttributesDialog", "Make %1 a date")}


def show_attributes(parent: QWidget, session: Session, document_id: int | None = None) -> AttributesDialog:
    """Open (or bring forward) the attributes window of a main window."""
    dialog = parent.findChild(AttributesDialog)
    if dialog is None or dialog.session is not session:
        dialog = AttributesDialog(session, parent)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
    if document_id is not None:
        dialog.show_document(document_id)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
