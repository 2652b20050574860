"""The documents list: filter by name or attribute, coding counts, speaker filter."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMenu, QVBoxLayout, QWidget,
)

from ...core.attributes import all_attributes
from ...core.documents import coding_counts, list_documents, speakers
from ..i18n import fill, integer
from ..session import Session

ALL_SPEAKERS = QT_TRANSLATE_NOOP("DocumentsPane", "All speakers")  # the speaker box's first item


class DocumentsPane(QWidget):
    documentSelected = Signal(int)  # -1 when none
    speakerFilterChanged = Signal(str)  # "" for all speakers
    renameRequested = Signal(int)
    deleteRequested = Signal(int)
    memosRequested = Signal(int)
    attributesRequested = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.filter = QLineEdit(placeholderText=self.tr("Filter documents…"), clearButtonEnabled=True)
        self.filter.setToolTip(self.tr("Show documents whose name or attributes contain this text"))
        self.list = QListWidget()
        self.list.setContextMenuPolicy(Qt.CustomContextMenu)
        self.speaker = QComboBox()
        self.speaker.setToolTip(self.tr("Show only one speaker's turns in the text"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(QLabel(self.tr("Documents")))
        layout.addWidget(self.list, 1)
        layout.addWidget(QLabel(self.tr("Speaker")))
        layout.addWidget(self.speaker)
        self.filter.textChanged.connect(self._apply_filter)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.speaker.currentTextChanged.connect(self._speaker_changed)
        session.changed.connect(self._on_changed)
        session.visibleCodersChanged.connect(self.refresh)
        self.refresh()

    # -- public ---------------------------------------------------------------
    def current_document_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.UserRole) if item else None

    def select_document(self, document_id: int) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.UserRole) == document_id:
                item.setHidden(False)
                self.list.setCurrentItem(item)
                return

    def refresh(self) -> None:
        """Rebuild the list from the project, keeping the current document."""
        current = self.current_document_id()
        db = self.session.db
        counts = self._counts()
        attributes = all_attributes(db)
        self.list.blockSignals(True)
        self.list.clear()
        for document in list_documents(db):
            item = QListWidgetItem(f"{document.name}   ({counts.get(document.id, 0)})")
            item.setData(Qt.UserRole, document.id)
            facts = attributes.get(document.id, {})
            item.setData(Qt.UserRole + 1, " ".join([document.name, *facts.values()]).casefold())
            tip = [fill(self.tr("%1 characters"), integer(document.length)),
                   DocumentsPane.tr("%n coding(s)", "", counts.get(document.id, 0))]
            tip += [f"{k}: {v}" for k, v in facts.items()]
            item.setToolTip("\n".join(tip))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._apply_filter(self.filter.text())
        if current is not None:
            self.select_document(current)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)

    # -- internals --------------------------------------------------------------
    def _counts(self) -> dict[int, int]:
        return coding_counts(self.session.db, self.session.visible_coders)

    def _on_changed(self, changes, _label) -> None:
        if changes.touches("documents", "codings", "attributes", "coders"):
            self.refresh()

    def _apply_filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.data(Qt.UserRole + 1))

    def _current_changed(self, current, _previous) -> None:
        document_id = current.data(Qt.UserRole) if current else -1
        self._fill_speakers(document_id)
        self.documentSelected.emit(document_id)

    def _fill_speakers(self, document_id: int) -> None:
        self.speaker.blockSignals(True)
        self.speaker.clear()
        self.speaker.addItem(self.tr(ALL_SPEAKERS))
        if document_id >= 0:
            self.speaker.addItems(speakers(self.session.db, document_id))
        self.speaker.setEnabled(self.speaker.count() > 1)
        self.speaker.blockSignals(False)

    def chosen_speaker(self) -> str:
        """The speaker whose turns the text shows, or "" for all."""
        return self.speaker.currentText() if self.speaker.currentIndex() > 0 else ""

    def _speaker_changed(self, _text: str) -> None:
        self.speakerFilterChanged.emit(self.chosen_speaker())

    def _context_menu(self, position) -> None:
        item = self.list.itemAt(position)
        if item is None:
            return
        document_id = item.data(Qt.UserRole)
        menu = QMenu(self)
        menu.addAction(self.tr("Rename…"), lambda: self.renameRequested.emit(document_id))
        menu.addAction(self.tr("Memos…"), lambda: self.memosRequested.emit(document_id))
        menu.addAction(self.tr("Attributes…"), lambda: self.attributesRequested.emit(document_id))
        menu.addSeparator()
        menu.addAction(self.tr("Delete…"), lambda: self.deleteRequested.emit(document_id))
        menu.exec(self.list.viewport().mapToGlobal(position))
