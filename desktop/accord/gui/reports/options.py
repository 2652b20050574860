"""What goes into a report: a checkable code tree and checkable lists of coders and documents.

A report takes whole sub-trees of the codebook (`ReportOptions.codes` are the
roots of sub-trees, each with everything below it). The code tree follows
that: ticking or unticking a code does the same to all codes below it, and a
code whose sub-codes are only partly ticked is half-ticked and greyed: it is
not in the report itself, only its ticked sub-codes are. `CodeTree.roots()`
gives the report the largest fully ticked sub-trees.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from ...core.codebook import code_tree, resolve_code
from ...core.codings import coding_counts_by_code
from ...core.errors import AccordError
from ..codebook.model import swatch_icon
from ..i18n import fill, integer

IdRole = Qt.ItemDataRole.UserRole + 1
MUTED = "#6a717a"
_CHECKED, _UNCHECKED, _PARTIAL = Qt.CheckState.Checked, Qt.CheckState.Unchecked, Qt.CheckState.PartiallyChecked
# A CheckList's All / None tooltips, by its noun (shown translated under "CheckList").
TICK_TIPS = {
    "coder": (QT_TRANSLATE_NOOP("CheckList", "Tick every coder"), QT_TRANSLATE_NOOP("CheckList", "Untick every coder")),
    "document": (QT_TRANSLATE_NOOP("CheckList", "Tick every document"),
                 QT_TRANSLATE_NOOP("CheckList", "Untick every document")),
}


class _Header(QWidget):
    """"Codes  12 of 18 ........ All · None"."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.title = QLabel(title, self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.count = QLabel(self)
        self.count.setStyleSheet(f"color: {MUTED};")
        self.all_button = self._button(self.tr("All"))
        self.none_button = self._button(self.tr("None"))
        row.addWidget(self.title)
        row.addWidget(self.count)
        row.addStretch(1)
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)

    def _button(self, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAutoRaise(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    def set_buddy(self, widget: QWidget) -> None:
        self.title.setBuddy(widget)


class CheckList(QWidget):
    """A titled list of checkable items (coders, documents) with All / None."""

    changed = Signal()

    def __init__(self, title: str, noun: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.noun = noun
        self._fit: tuple[int, int | None] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        self.header = _Header(title, self)
        self.list = QListWidget(self)
        self.list.setObjectName(f"{noun}List")
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.header.set_buddy(self.list)
        layout.addWidget(self.header)
        layout.addWidget(self.list, 1)
        tick, untick = TICK_TIPS.get(noun, ("", ""))
        self.header.all_button.setToolTip(QCoreApplication.translate("CheckList", tick) if tick else "")
        self.header.none_button.setToolTip(QCoreApplication.translate("CheckList", untick) if untick else "")
        self.header.all_button.clicked.connect(lambda: self.set_all(True))
        self.header.none_button.clicked.connect(lambda: self.set_all(False))
        self.list.itemChanged.connect(self._on_item_changed)
        self.list.itemActivated.connect(self._toggle)

    def set_items(self, items: list[tuple[int, str, str | None, str]], *, new_unticked=frozenset()) -> None:
        """(id, name, colour or None, tooltip); ticks are kept for ids already listed, new ones are
        ticked except those in `new_unticked`."""
        listed = set(self.ids())
        unticked = {item_id for item_id in listed if not self.is_checked(item_id)}
        unticked |= {item_id for item_id in new_unticked if item_id not in listed}
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for item_id, name, colour, tip in items:
                item = QListWidgetItem(name, self.list)
                item.setData(IdRole, item_id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(_UNCHECKED if item_id in unticked else _CHECKED)
                item.setToolTip(tip)
                if colour:
                    item.setIcon(swatch_icon(colour))
        finally:
            self.list.blockSignals(False)
        if self._fit is not None:
            self.fit_height(*self._fit)
        self._update_count()

    def ids(self) -> list[int]:
        return [self.list.item(row).data(IdRole) for row in range(self.list.count())]

    def checked_ids(self) -> list[int]:
        return [item.data(IdRole) for item in self._items() if item.checkState() == _CHECKED]

    def is_checked(self, item_id: int) -> bool:
        item = self._item(item_id)
        return item is not None and item.checkState() == _CHECKED

    def all_checked(self) -> bool:
        return all(item.checkState() == _CHECKED for item in self._items())

    def set_checked(self, item_id: int, checked: bool) -> None:
        item = self._item(item_id)
        if item is None:
            raise KeyError(f"no {self.noun} with id {item_id} in the list")  # not text: a programming error
        item.setCheckState(_CHECKED if checked else _UNCHECKED)

    def set_all(self, checked: bool) -> None:
        self.list.blockSignals(True)
        try:
            for item in self._items():
                item.setCheckState(_CHECKED if checked else _UNCHECKED)
        finally:
            self.list.blockSignals(False)
        self._on_item_changed()

    def fit_height(self, rows: int, most: int | None = None) -> None:
        """At least `rows` rows tall (fewer when the list is short); at most `most` rows, or all of them."""
        self._fit = (rows, most)
        count = self.list.count()
        height = self.list.sizeHintForRow(0) if count else self.fontMetrics().height() + 6
        frame = 2 * self.list.frameWidth() + 2
        self.list.setMinimumHeight(max(2, min(rows, count)) * height + frame)
        most = count if most is None else min(count, most)
        self.list.setMaximumHeight(max(2, most) * height + frame)
        self.setMaximumHeight(self.list.maximumHeight() + self.header.sizeHint().height() + 3)

    def _items(self):
        return (self.list.item(row) for row in range(self.list.count()))

    def _item(self, item_id: int) -> QListWidgetItem | None:
        return next((item for item in self._items() if item.data(IdRole) == item_id), None)

    def _toggle(self, item: QListWidgetItem) -> None:
        item.setCheckState(_UNCHECKED if item.checkState() == _CHECKED else _CHECKED)

    def _on_item_changed(self, *_args) -> None:
        self._update_count()
        self.changed.emit()

    def _update_count(self) -> None:
        total = self.list.count()
        checked = len(self.checked_ids())
        self.header.count.setText(fill(self.tr("%1 of %2"), integer(checked), integer(total)) if total
                                  else self.tr("none yet"))


class CodeTree(QWidget):
    """The codebook as a checkable tree; ticking a code ticks its whole sub-tree."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._tree: list = []  # (code, depth) as last loaded
        self._items_by_id: dict[int, QTreeWidgetItem] = {}
        self._names: dict[int, str] = {}
        self._pending = QTimer(self)  # one click changes many items: answer once, when they are all done
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self._settled)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        self.header = _Header(self.tr("&Codes"), self)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("codeFilter")
        self.filter.setPlaceholderText(self.tr("Filter codes…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setToolTip(self.tr("Show only the codes whose name contains this text (the ticks stay as they are)"))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("reportCodeTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Code"), self.tr("Codings")])
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setToolTip(self.tr(
            "The codes the report covers. A code comes with all of its sub-codes; a half-ticked code is left\n"
            "out itself (only its ticked sub-codes are in the report)."
        ))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.header.set_buddy(self.tree)
        layout.addWidget(self.header)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        self.header.all_button.setToolTip(self.tr("Tick every code"))
        self.header.none_button.setToolTip(self.tr("Untick every code"))
        self.header.all_button.clicked.connect(lambda: self.set_all(True))
        self.header.none_button.clicked.connect(lambda: self.set_all(False))
        self.tree.itemChanged.connect(self._on_item_changed)
        self.filter.textChanged.connect(self._apply_filter)

    # -- contents ---------------------------------------------------------------
    def load(self, db) -> None:
        """Read the codebook; codes already listed keep their ticks, new codes are ticked."""
        unticked = {cid for cid, item in self._items_by_id.items() if item.checkState(0) == _UNCHECKED}
        expanded = {cid for cid, item in self._items_by_id.items() if item.isExpanded()}
        first_load = not self._items_by_id
        tree = code_tree(db)
        self._tree = tree
        self.tree.blockSignals(True)
        try:
            self.tree.clear()
            self._items_by_id.clear()
            self._names = {code.id: code.name for code, _ in tree}
            for code, _ in tree:
                parent = self._items_by_id.get(code.parent_id)
                item = QTreeWidgetItem(parent if parent is not None else self.tree)
                item.setText(0, code.name)
                item.setIcon(0, swatch_icon(code.color or "#9e9e9e"))
                item.setData(0, IdRole, code.id)
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate)
                self._items_by_id[code.id] = item
            for code, _ in reversed(tree):  # leaves first: auto-tristate parents follow their children
                item = self._items_by_id[code.id]
                if item.childCount() == 0:
                    item.setCheckState(0, _UNCHECKED if code.id in unticked else _CHECKED)
            for code_id, item in self._items_by_id.items():
                item.setExpanded(first_load or code_id in expanded)
        finally:
            self.tree.blockSignals(False)
        self.count_codings(db)
        self._apply_filter(self.filter.text())
        self._settled(emit=False)

    def count_codings(self, db, coders: list[int] | None = None) -> None:
        """The codings column: of the given coders (the ones the report covers), or of all."""
        own = coding_counts_by_code(db, coders)
        totals = {code.id: own.get(code.id, 0) for code, _ in self._tree}
        for code, _ in reversed(self._tree):  # children before their parents
            if code.parent_id in totals:
                totals[code.parent_id] += totals[code.id]
        for code, _ in self._tree:
            item = self._items_by_id[code.id]
            total = totals[code.id]
            item.setText(1, integer(total))
            tip = (CodeTree.tr(
                       "%Ln coding(s) of %1 and its sub-codes (all coders); %2 of the code itself", "",
                       total) if coders is None else CodeTree.tr(
                       "%Ln coding(s) of %1 and its sub-codes (the ticked coders); %2 of the code itself",
                       "", total))
            item.setToolTip(1, fill(tip, code.name, integer(own.get(code.id, 0))))

    def ids(self) -> list[int]:
        return list(self._items_by_id)

    def is_checked(self, code_id: int) -> bool:
        return self._items_by_id[code_id].checkState(0) == _CHECKED

    def set_checked(self, code_id: int, checked: bool) -> None:
        """Tick or untick a code and everything below it."""
        self._items_by_id[code_id].setCheckState(0, _CHECKED if checked else _UNCHECKED)
        self._pending.stop()  # answer now, not on the next turn of the event loop
        self._settled()

    def set_all(self, checked: bool) -> None:
        self.tree.blockSignals(True)
        try:
            for index in range(self.tree.topLevelItemCount()):
                self.tree.topLevelItem(index).setCheckState(0, _CHECKED if checked else _UNCHECKED)
        finally:
            self.tree.blockSignals(False)
        self._settled()

    def included_ids(self) -> list[int]:
        """The codes the report will have (fully ticked), in codebook order."""
        return [cid for cid, item in self._items_by_id.items() if item.checkState(0) == _CHECKED]

    def all_checked(self) -> bool:
        return all(item.checkState(0) == _CHECKED for item in self._items_by_id.values())

    def roots(self) -> list[int]:
        """The tops of the fully ticked sub-trees (what ReportOptions.codes wants)."""
        roots = []
        for code_id, item in self._items_by_id.items():
            parent = item.parent()
            if item.checkState(0) == _CHECKED and (parent is None or parent.checkState(0) != _CHECKED):
                roots.append(code_id)
        return roots

    def refs(self, db, code_ids: list[int]) -> tuple[str | int, ...]:
        """Codes as the report should name them: by name when that is unique, else by path, else by id."""
        refs: list[str | int] = []
        for code_id in code_ids:
            name = self._names.get(code_id, "")
            ref: str | int = code_id
            for candidate in (name, self._path(code_id)):
                try:
                    if candidate and resolve_code(db, candidate) == code_id:
                        ref = candidate
                        break
                except AccordError:
                    continue
            refs.append(ref)
        return tuple(refs)

    def name_of(self, code_id: int) -> str:
        return self._names.get(code_id, "")

    def _path(self, code_id: int) -> str:
        parts = []
        item = self._items_by_id.get(code_id)
        while item is not None:
            parts.append(item.text(0))
            item = item.parent()
        return "/".join(reversed(parts))

    # -- state --------------------------------------------------------------------
    def _on_item_changed(self, _item: QTreeWidgetItem, column: int) -> None:
        if column == 0:
            self._pending.start()

    def _settled(self, emit: bool = True) -> None:
        """Grey the half-ticked codes (not in the report), count, and say that the choice changed."""
        muted = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        self.tree.blockSignals(True)
        try:
            for code_id, item in self._items_by_id.items():
                partial = item.checkState(0) == _PARTIAL
                if partial != bool(item.data(0, Qt.ItemDataRole.UserRole + 2)):
                    item.setData(0, Qt.ItemDataRole.UserRole + 2, partial)
                    item.setForeground(0, muted if partial else QBrush())
                    item.setToolTip(0, fill(self.tr("%1 itself is not in the report: only some of its sub-codes "
                                                    "are ticked"), item.text(0)) if partial else "")
        finally:
            self.tree.blockSignals(False)
        total = len(self._items_by_id)
        self.header.count.setText(fill(self.tr("%1 of %2"), integer(len(self.included_ids())), integer(total))
                                  if total else self.tr("none yet"))
        if emit:
            self.changed.emit()

    def _apply_filter(self, text: str) -> None:
        text = text.strip().casefold()
        iterator = QTreeWidgetItemIterator(self.tree)
        matches: set[int] = set()
        while iterator.value():
            item = iterator.value()
            if not text or text in item.text(0).casefold():
                while item is not None:  # a match keeps its ancestors visible
                    matches.add(item.data(0, IdRole))
                    item = item.parent()
            iterator += 1
        iterator = QTreeWidgetItemIterator(self.tree)
        while iterator.value():
            item = iterator.value()
            shown = item.data(0, IdRole) in matches
            item.setHidden(not shown)
            if text and shown:
                item.setExpanded(True)
            iterator += 1
