"""The attributes table as a Qt model: a row per document, a column per attribute, each cell a value.

Editing a cell runs one undoable command through the session (an empty cell
removes the value); the model redraws from the project on `session.changed`,
so undo, redo and other programs' changes show up like edits made here.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from ...core.attributes import all_attributes, attribute_types, remove_attribute, set_attribute
from ...core.documents import list_documents
from ..i18n import fill
from ..session import Session

# Shown as placeholders and tooltips; translated where shown, under "AttributesModel".
TYPE_HINTS = {"text": "", "number": QT_TRANSLATE_NOOP("AttributesModel", "a number, e.g. 42 or 3.5"),
              "date": QT_TRANSLATE_NOOP("AttributesModel", "a date, YYYY-MM-DD")}


# The attribute types (core.attributes.TYPES) as the user reads them.
TYPE_NAMES = {"text": QT_TRANSLATE_NOOP("AttributesModel", "text"),
              "number": QT_TRANSLATE_NOOP("AttributesModel", "number"),
              "date": QT_TRANSLATE_NOOP("AttributesModel", "date")}


def type_name(kind: str) -> str:
    return QCoreApplication.translate("AttributesModel", TYPE_NAMES[kind]) if kind in TYPE_NAMES else kind


def type_hint(kind: str) -> str:
    """What a value of this attribute type looks like, in the interface's language ("" for text)."""
    hint = TYPE_HINTS.get(kind, "")
    return QCoreApplication.translate("AttributesModel", hint) if hint else ""


class AttributesModel(QAbstractTableModel):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self._session = session
        self.only: int | None = None  # show just this document
        self.documents: list[tuple[int, str]] = []
        self.types: dict[str, str] = {}
        self.keys: list[str] = []
        self.values: dict[int, dict[str, str]] = {}
        self.reload()
        session.changed.connect(self._on_changed)

    # -- reading -------------------------------------------------------------
    def reload(self) -> None:
        db = self._session.db
        documents = [(d.id, d.name) for d in list_documents(db) if self.only in (None, d.id)]
        types = attribute_types(db)
        self.values = all_attributes(db)
        if documents == self.documents and list(types) == self.keys:  # same shape: keep the cursor where it is
            self.types = types
            if self.documents and self.keys:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.documents) - 1, len(self.keys) - 1))
            self.headerDataChanged.emit(Qt.Horizontal, 0, max(0, len(self.keys) - 1))
            return
        self.beginResetModel()
        self.documents, self.types, self.keys = documents, types, list(types)
        self.endResetModel()

    def set_only(self, document_id: int | None) -> None:
        self.only = document_id
        self.reload()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.documents)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.keys)

    def cell(self, index: QModelIndex) -> tuple[int, str, str, str | None]:
        """(document id, document name, key, value or None) of a cell."""
        document_id, name = self.documents[index.row()]
        key = self.keys[index.column()]
        return document_id, name, key, self.values.get(document_id, {}).get(key)

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        _document_id, name, key, value = self.cell(index)
        kind = self.types.get(key, "text")
        if role in (Qt.DisplayRole, Qt.EditRole):
            return value or ""
        if role == Qt.TextAlignmentRole and kind != "text":
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ToolTipRole:
            if type_hint(kind):
                return fill(self.tr("%1 of %2 (%3)"), key, name, type_hint(kind))
            return fill(self.tr("%1 of %2"), key, name)
        return None

    def headerData(self, section: int, orientation, role=Qt.DisplayRole):
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Vertical:
            return self.documents[section][1] if section < len(self.documents) else None
        if section >= len(self.keys):
            return None
        key = self.keys[section]
        kind = self.types.get(key, "text")
        return key if kind == "text" else f"{key} ({kind})"

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.NoItemFlags
        flags = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        return flags if self._session.project.read_only else flags | Qt.ItemIsEditable

    # -- writing -------------------------------------------------------------
    def setData(self, index: QModelIndex, value, role=Qt.EditRole) -> bool:
        if role != Qt.EditRole or not index.isValid():
            return False
        document_id, name, key, old = self.cell(index)
        text = "" if value is None else str(value)
        if not text.strip():
            if old is None:
                return False
            label = fill(self.tr("Remove %1 of %2"), key, name)
            return self._session.try_run(label, remove_attribute, document_id, key)[0]
        if text == old:
            return False
        return self._session.try_run(fill(self.tr("Set %1 of %2"), key, name), set_attribute, document_id, key, text)[0]

    def _on_changed(self, changes, _label: str) -> None:
        if changes.touches("attributes", "documents", "project"):
            self.reload()
