"""Editing memos: those of the project, of a document or of a code.

    MemoEditor(session, document_id=3, parent=window).exec()

Every change goes through `session.run`, so it is one undoable command. The
editor writes when the user leaves a field, switches memo or closes the
dialog, not on every keystroke. A coding's memo has its own small dialog, in
coding_memo.py.
"""


from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, QObject, QSize, Qt
from PySide6.QtGui import QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.codebook import code_path
from ...core.coders import get_coder
from ...core.documents import get_document
from ...core.errors import AccordError
from ...core.memos import Memo, add_memo, delete_memo, memos_of, update_memo
from ..i18n import fill

_MEMO_ID = Qt.ItemDataRole.UserRole


def when(stamp: str) -> str:
    """A stored UTC timestamp as local time for people: 'today, 14:05' or '3 Mar 2025, 09:12'."""
    moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return stamp
    moment = moment.toLocalTime()
    today = QDateTime.currentDateTime().date()
    locale = QLocale()  # month names in the interface's language
    if moment.date() == today:
        return fill(QCoreApplication.translate("MemoEditor", "today, %1"), locale.toString(moment, "HH:mm"))
    if moment.date().daysTo(today) == 1:
        return fill(QCoreApplication.translate("MemoEditor", "yesterday, %1"), locale.toString(moment, "HH:mm"))
    return locale.toString(moment, "d MMM yyyy, HH:mm")


def _memo_label(memo: Memo) -> str:
    if memo.title.strip():
        return memo.title.strip()
    first = memo.text.strip().splitlines()[0] if memo.text.strip() else ""
    return first[:80] if first else QCoreApplication.translate("MemoEditor", "Untitled memo")


class MemoEditor(QDialog):
    """The memos of the project (no owner given), of a document, or of a code."""

    def __init__(self, session, *, document_id: int | None = None, code_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        if document_id is not None and code_id is not None:
            raise ValueError("a memo editor shows the memos of a document or of a code, not both")  # not text: a bug
        self.session = session
        self.document_id = document_id
        self.code_id = code_id
        self._current: int | None = None  # the memo in the editor
        self._loaded: tuple[str, str] = ("", "")  # its title and text as stored
        self._busy = False  # our own command is running: ignore the change it announces
        self._memos: dict[int, Memo] = {}

        self.setObjectName("MemoEditor")
        self.setWindowTitle(self._title())
        self.setSizeGripEnabled(True)
        self.resize(860, 540)
        self.setMinimumSize(560, 360)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)

        self.heading = QLabel(self._heading(), self)
        heading_font = self.heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.15)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.heading)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        # Left: the memos.
        self.list = QTreeWidget(splitter)
        self.list.setObjectName("memoList")
        self.list.setColumnCount(2)
        self.list.setHeaderLabels([self.tr("Memo"), self.tr("Changed")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setToolTip(self.tr("The memos; select one to read or edit it"))
        self.list.setMinimumWidth(220)

        # Right: the memo.
        editor = QWidget(splitter)
        form = QVBoxLayout(editor)
        form.setContentsMargins(6, 0, 0, 0)
        form.setSpacing(6)
        title_row = QFormLayout()
        title_row.setContentsMargins(0, 0, 0, 0)
        self.title_edit = QLineEdit(editor)
        self.title_edit.setObjectName("memoTitle")
        self.title_edit.setPlaceholderText(self.tr("Title (optional)"))
        self.title_edit.setToolTip(self.tr("A short title shown in the list of memos"))
        title_label = QLabel(self.tr("&Title:"), editor)
        title_label.setBuddy(self.title_edit)
        title_row.addRow(title_label, self.title_edit)
        form.addLayout(title_row)
        self.text_edit = QPlainTextEdit(editor)
        self.text_edit.setObjectName("memoText")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setToolTip(
            self.tr("The memo; it is saved when you leave the field, choose another memo or close"))
        form.addWidget(self.text_edit, 1)
        self.stamp_label = QLabel(editor)
        self.stamp_label.setEnabled(False)
        form.addWidget(self.stamp_label)
        splitter.addWidget(self.list)
        splitter.addWidget(editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 520])

        # Buttons.
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.new_button = QPushButton(self.tr("&New memo"), self)
        self.new_button.setToolTip(self.tr("Start a new memo (Ctrl+N)"))
        self.new_button.setAutoDefault(False)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected memo (Del in the list; Undo brings it back)"))
        self.delete_button.setAutoDefault(False)
        self.buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setToolTip(self.tr("Save and close (Esc)"))
        layout.addWidget(self.buttons)

        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_memo)
        delete_key = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.list, activated=self.delete_current)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)

        self.buttons.rejected.connect(self.reject)
        self.new_button.clicked.connect(self.new_memo)
        self.delete_button.clicked.connect(self.delete_current)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.title_edit.editingFinished.connect(self.save_current)
        self.text_edit.installEventFilter(self)
        self._listening = False
        self._listen(True)

        self._reload(select=None)
        if self.list.topLevelItemCount():
            self.list.setFocus()
        else:
            self.new_button.setFocus()

    # -- public API -----------------------------------------------------------
    @property
    def current_memo_id(self) -> int | None:
        return self._current

    def memo_ids(self) -> list[int]:
        return [self.list.topLevelItem(i).data(0, _MEMO_ID) for i in range(self.list.topLevelItemCount())]

    def select_memo(self, memo_id: int) -> None:
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item.data(0, _MEMO_ID) == memo_id:
                self.list.setCurrentItem(item)
                return

    def new_memo(self) -> int | None:
        """Add an empty memo to this owner and open it; its id, or None after an error."""
        self.save_current()
        self._busy = True
        try:
            memo = self.session.run(self.tr("New memo"), add_memo, "", title="", document=self.document_id,
                                    code=self.code_id, coder=self.session.coder_id)
        finally:
            self._busy = False
        if memo is None:
            return None
        self._reload(select=memo.id)
        self.title_edit.setFocus()
        return memo.id

    def delete_current(self) -> None:
        if self._current is None:
            return
        memo_id = self._current
        ids = self.memo_ids()
        index = ids.index(memo_id) if memo_id in ids else 0
        self._busy = True
        try:
            ok, _ = self.session.try_run(self.tr("Delete memo"), delete_memo, memo_id)
        finally:
            self._busy = False
        if not ok:
            return
        rest = [i for i in ids if i != memo_id]
        self._current = None
        self._reload(select=rest[min(index, len(rest) - 1)] if rest else None)

    def is_dirty(self) -> bool:
        return self._current is not None and (self.title_edit.text(), self.text_edit.toPlainText()) != self._loaded

    def save_current(self) -> bool:
        """Write the memo in the editor if it was changed; False only after an error."""
        if not self.is_dirty():
            return True
        title, text = self.title_edit.text(), self.text_edit.toPlainText()
        self._busy = True
        try:
            memo = self.session.run(self.tr("Edit memo"), update_memo, self._current, title=title, text=text)
        finally:
            self._busy = False
        if memo is None:
            return False
        self._loaded = (memo.title, memo.text)
        self._memos[memo.id] = memo
        item = self._item_of(memo.id)
        if item is not None:
            self._fill_item(item, memo)
        self._show_stamps(memo)
        return True

    # -- closing -------------------------------------------------------------
    def done(self, result: int) -> None:
        self.save_current()
        self._listen(False)
        super().done(result)

    def showEvent(self, event) -> None:
        if not self._listening:  # shown again after closing: catch up with the project
            self._listen(True)
            self._reload(select=self._current)
        super().showEvent(event)

    def _listen(self, on: bool) -> None:
        if on and not self._listening:
            self.session.changed.connect(self._on_project_changed)
        elif not on and self._listening:
            self.session.changed.disconnect(self._on_project_changed)
        self._listening = on

    # -- internals -------------------------------------------------------------
    def _owner(self) -> tuple[str, str]:
        """(kind, name) of the memos' owner."""
        db = self.session.db
        try:
            if self.document_id is not None:
                return "document", get_document(db, self.document_id).name
            if self.code_id is not None:
                return "code", code_path(db, self.code_id)
        except AccordError:
            return ("document" if self.document_id is not None else "code"), "?"
        return "project", self.session.project.title or self.tr("Untitled project")

    def _title(self) -> str:
        kind, name = self._owner()
        if kind == "project":
            return fill(self.tr("Project memos — %1"), name)
        if kind == "document":
            return fill(self.tr("Memos on document “%1”"), name)
        return fill(self.tr("Memos on code “%1”"), name)

    def _heading(self) -> str:
        kind, name = self._owner()
        if kind == "project":
            return fill(self.tr("Memos on the project “%1”"), name)
        if kind == "document":
            return fill(self.tr("Memos on the document “%1”"), name)
        return fill(self.tr("Memos on the code “%1”"), name)

    def _load_memos(self) -> list[Memo]:
        try:
            if self.document_id is not None:
                memos = memos_of(self.session.db, document=self.document_id)
            elif self.code_id is not None:
                memos = memos_of(self.session.db, code=self.code_id)
            else:
                memos = memos_of(self.session.db)
        except AccordError:
            memos = []  # the owner is gone (deleted, or undone)
        self._memos = {memo.id: memo for memo in memos}
        return memos

    def _fill_item(self, item: QTreeWidgetItem, memo: Memo) -> None:
        item.setText(0, _memo_label(memo))
        changed = when(memo.updated_at)
        item.setText(1, changed[:1].upper() + changed[1:])
        item.setData(0, _MEMO_ID, memo.id)
        item.setSizeHint(0, QSize(0, max(24, self.list.fontMetrics().height() + 10)))
        font = QFont(self.list.font())
        font.setItalic(not memo.title.strip())
        item.setFont(0, font)
        item.setToolTip(0, memo.title or _memo_label(memo))
        item.setToolTip(1, fill(self.tr("Last changed %1; written %2"), when(memo.updated_at), when(memo.created_at)))
        if not memo.title.strip():
            item.setForeground(0, self.list.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        else:
            item.setForeground(0, self.list.palette().color(QPalette.ColorRole.Text))

    def _item_of(self, memo_id: int) -> QTreeWidgetItem | None:
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item.data(0, _MEMO_ID) == memo_id:
                return item
        return None

    def _reload(self, select: int | None) -> None:
        """Rebuild the list from the project and show `select` (or the first memo)."""
        memos = self._load_memos()
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for memo in memos:
                item = QTreeWidgetItem(self.list)
                self._fill_item(item, memo)
            target = self._item_of(select) if select is not None else None
            if target is None and self.list.topLevelItemCount():
                target = self.list.topLevelItem(0)
            if target is not None:
                self.list.setCurrentItem(target)
        finally:
            self.list.blockSignals(False)
        self._show(target.data(0, _MEMO_ID) if target is not None else None)

    def _show(self, memo_id: int | None) -> None:
        memo = self._memos.get(memo_id) if memo_id is not None else None
        self._current = memo.id if memo else None
        self._loaded = (memo.title, memo.text) if memo else ("", "")
        self.title_edit.setText(self._loaded[0])
        self.text_edit.setPlainText(self._loaded[1])
        has = memo is not None
        self.title_edit.setEnabled(has)
        self.text_edit.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.text_edit.setPlaceholderText(
            self.tr("Write your memo here…") if has else self.tr("No memos yet. Click “New memo” to write one.")
        )
        if memo:
            self._show_stamps(memo)
        else:
            self.stamp_label.clear()

    def _show_stamps(self, memo: Memo) -> None:
        coder = ""
        if memo.coder_id is not None:
            try:
                coder = get_coder(self.session.db, memo.coder_id).name
            except AccordError:
                coder = ""
        parts = [fill(self.tr("By %1"), coder)] if coder else []
        parts += [fill(self.tr("written %1"), when(memo.created_at)),
                  fill(self.tr("last changed %1"), when(memo.updated_at))]
        self.stamp_label.setText("  ·  ".join(parts))

    def _on_current_changed(self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None) -> None:
        self.save_current()
        self._show(current.data(0, _MEMO_ID) if current is not None else None)

    def _on_project_changed(self, changes, label: str) -> None:
        if self._busy or not changes.touches("memos", "documents", "codes"):
            return
        # Undo, redo or another window changed the memos: show what is stored now,
        # keeping what the user is typing if the memo still exists.
        dirty = self.is_dirty()
        typed = (self.title_edit.text(), self.text_edit.toPlainText())
        current = self._current
        self.setWindowTitle(self._title())
        self.heading.setText(self._heading())
        self._reload(select=current)
        if dirty and self._current == current and current is not None:
            self.title_edit.setText(typed[0])
            self.text_edit.setPlainText(typed[1])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text_edit and event.type() == QEvent.Type.FocusOut:
            self.save_current()
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:
        return QSize(860, 540)
