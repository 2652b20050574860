"""The codebook pane: a filterable tree of codes with counts, and the current code's definition.

A click on a code only makes it current (its definition shows) and emits
`codeClicked`; it never codes. A double-click, Enter or the Code button emits
`codeActivated`, which the main window turns into "apply this code to the
selected text". Codes are
created, renamed, recoloured, defined, merged, moved (drag and drop) and
deleted from here, each as one undoable command through the session; the
tree itself only ever follows the database (see CodebookModel). The tree
widget and the drawing of its rows are in tree.py.

The first nine codes in tree order carry a quick-key digit (1–9), shown as a
small badge; `favourite_code(n)` says which code a digit stands for.
"""

import html
import unicodedata

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QItemSelectionModel, QModelIndex, QPoint, Qt, Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout, QHeaderView, QLineEdit, QMenu, QPushButton, QSplitter, QTextBrowser, QVBoxLayout, QWidget,
)

from ...core import codebook as core  # core.rename_code etc., not the pane's methods of the same names
from ...core.code_merge import merge_codes
from . import dialogs as code_dialogs
from . import new_code as new_code_dialog
from ..i18n import fill
from ..widgets import dialogs
from .model import CODE_COLUMN, COUNT_COLUMN, CodebookModel
from .tree import CodebookDelegate, CodebookTree
from ..session import Session

NO_CODE = -1
PLACEHOLDER = QT_TRANSLATE_NOOP("CodebookPane", "Select a code to see its definition")


class CodebookPane(QWidget):
    codeActivated = Signal(int)  # double-clicked, Enter pressed or the Code button: code the selection
    codeClicked = Signal(int)  # one click: the code is only made current
    currentCodeChanged = Signal(int)  # the current code's id; -1 when there is none
    spanDropped = Signal(int, int, int, int)  # code id, document id, start, end (code points)
    findSimilarRequested = Signal(int)  # a code's id: suggest passages like its segments

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.model = CodebookModel(session, self)

        self.filter = QLineEdit(placeholderText=self.tr("Filter codes…"), clearButtonEnabled=True)
        self.filter.setObjectName("codebookFilter")
        self.code_button = QPushButton(self.tr("Code"))
        self.code_button.setObjectName("codeButton")
        self.code_button.setToolTip(self.tr("Code the selected text with the current code (or double-click the code)"))
        self.view = CodebookTree()
        self.view.setObjectName("codebookTree")
        self.view.setModel(self.model)
        self._delegate = CodebookDelegate(self.view)
        self.view.setItemDelegate(self._delegate)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(CODE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COUNT_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionsMovable(False)

        self.definition = QTextBrowser()
        self.definition.setObjectName("codeDefinition")
        self.definition.setOpenLinks(False)
        self.definition.setMinimumHeight(60)
        self.definition.document().setDocumentMargin(8)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.definition)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([520, 170])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.code_button)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.view)

        self._current: int = NO_CODE  # last emitted by currentCodeChanged
        self._resetting = False
        self._saved: tuple[set[int], set[int], int | None] | None = None  # across a model reset
        self._collapsed_before_filter: set[int] | None = None

        self.model.modelAboutToBeReset.connect(self._save_view_state)
        self.model.modelReset.connect(self._restore_view_state)
        self.model.spanDropped.connect(self.spanDropped)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.view.clicked.connect(self._on_clicked)
        self.view.doubleClicked.connect(self._on_activated)
        self.view.enterPressed.connect(self._on_activated)
        self.code_button.clicked.connect(lambda: self._on_activated(self.view.currentIndex()))
        self.view.deletePressed.connect(lambda index: self.delete_code(self.model.code_id_of(index)))
        self.view.customContextMenuRequested.connect(self._show_context_menu)
        self.filter.textChanged.connect(self._apply_filter)
        self.definition.anchorClicked.connect(self._on_link)
        session.changed.connect(self._on_session_changed)  # after the model's own handlers
        session.visibleCodersChanged.connect(self._show_definition)

        self.view.expandAll()
        self._show_definition()

    # -- public API ------------------------------------------------------------
    def current_code_id(self) -> int | None:
        return self.model.code_id_of(self.view.currentIndex())

    def select_code(self, code_id: int) -> bool:
        """Make `code_id` current and visible (clearing a filter that hides it)."""
        index = self.model.index_of(code_id)
        if not index.isValid():
            return False
        if self.filter.text() and self._is_hidden(index):
            self.filter.clear()
        parent = index.parent()
        while parent.isValid():
            self.view.expand(parent)
            parent = parent.parent()
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.scrollTo(index)
        return True

    def favourite_code(self, n: int) -> int | None:
        """The code behind quick key n (1–9), or None."""
        return self.model.favourite_code(n)

    def expandAll(self) -> None:  # noqa: N802 - Qt style, as the brief asks
        self.view.expandAll()

    def new_code(self, parent_id: int | None = None) -> int | None:
        """Ask for a new code's name, parent, colour and definition (new_code.py) and add it; returns its id.

        The parent offered is `parent_id`, or when None the current category."""
        if parent_id is not None and self.model.code(parent_id) is None:
            return None
        answer = new_code_dialog.create_from_dialog(self, parent_id)
        if answer is None or not answer.name:
            return None
        label = fill(self.tr("New code “%1”"), answer.name)
        code = self.session.run(label, core.create_code, answer.name, parent=answer.parent_id,
                                color=answer.color, definition=answer.definition)
        if code is None:
            return None
        self.select_code(code.id)
        return code.id

    def rename_code(self, code_id: int | None = None) -> bool:
        code = self._code(code_id)
        if code is None:
            return False
        name = dialogs.ask_text(self, self.tr("Rename code"), self.tr("New name:"), code.name)
        if not name or name == code.name:
            return False
        self.session.run(fill(self.tr("Rename code “%1”"), code.name), core.rename_code, code.id, name)
        return self._code(code.id).name == name

    def recolour_code(self, code_id: int | None = None) -> bool:
        code = self._code(code_id)
        if code is None:
            return False
        colour = code_dialogs.ask_colour(self, code.color)
        if not colour or colour.lower() == code.color.lower():
            return False
        self.session.run(fill(self.tr("Change colour of “%1”"), code.name), core.recolour_code, code.id, colour)
        return self._code(code.id).color == colour.lower()

    def edit_definition(self, code_id: int | None = None) -> bool:
        code = self._code(code_id)
        if code is None:
            return False
        texts = code_dialogs.edit_code_texts(self, code)
        if texts is None:
            return False
        changed = {k: v for k, v in texts.items() if getattr(code, k, None) != v}
        if not changed:
            return False
        label = fill(self.tr("Edit definition of “%1”"), code.name)
        self.session.run(label, core.update_code_texts, code.id, **changed)
        return True

    def merge_code(self, code_id: int | None = None) -> bool:
        """Ask which code to merge this one into, confirm, and merge."""
        source = self._code(code_id)
        if source is None:
            return False
        tree = core.code_tree(self.session.db)
        if len(tree) < 2:
            return False
        target_id = code_dialogs.ask_merge_target(self, tree, source.id)
        target = self._code(target_id) if target_id is not None else None
        if target is None or target.id == source.id:
            return False
        codings = core.count_codings(self.session.db, source.id)
        subcodes = len(self.model.children_of(source.id))
        # One whole sentence per consequence, so that each count is its own plural message.
        recoded = CodebookPane.tr(
            "%n coding(s) of “%1” will be recoded as “%2”.", "", codings)
        parts = [fill(recoded, source.name, target.name)]
        if subcodes:
            moved = CodebookPane.tr(
                "Its %n sub-code(s) will move under “%1”.", "", subcodes)
            parts.append(fill(moved, target.name))
        parts.append(fill(self.tr("“%1” will then be deleted."), source.name))
        text = fill(self.tr("Merge “%1” into “%2”?"), source.name, target.name) + "\n\n" + "\n".join(parts)
        if not dialogs.confirm(self, self.tr("Merge codes"), text, accept_label=self.tr("Merge")):
            return False
        label = fill(self.tr("Merge “%1” into “%2”"), source.name, target.name)
        moved = self.session.run(label, merge_codes, source.id, target.id)
        if moved is None:
            return False
        self.select_code(target.id)
        return True

    def delete_code(self, code_id: int | None = None) -> bool:
        """Confirm (naming how many codings go) and delete the code with its sub-codes."""
        code = self._code(code_id)
        if code is None:
            return False
        codings = core.count_codings(self.session.db, code.id, include_subcodes=True)
        subcodes = len(self.model.code_ids_under(code.id))
        if subcodes:
            question = fill(CodebookPane.tr("Delete “%1” and its %n sub-code(s)?", "",
                                                       subcodes), code.name)
        else:
            question = fill(self.tr("Delete “%1”?"), code.name)
        if codings:
            consequence = CodebookPane.tr("%n coding(s) will be deleted with it.", "",
                                                     codings)
        else:
            consequence = self.tr("No text is coded with it.")
        text = question + "\n\n" + consequence
        if not dialogs.confirm(self, self.tr("Delete code"), text, accept_label=self.tr("Delete")):
            return False
        removed = self.session.run(fill(self.tr("Delete code “%1”"), code.name), core.delete_code, code.id)
        return removed is not None

    # -- reacting to the session ------------------------------------------------
    def _on_session_changed(self, changes, _label: str) -> None:
        if changes.touches("codes"):
            self._apply_filter()
        if changes.touches("codes", "codings"):
            self._show_definition()

    def _save_view_state(self) -> None:
        self._resetting = True
        known = set(self.model.code_ids())
        collapsed = {cid for cid in known if self.model.children_of(cid) and not self._is_expanded(cid)}
        self._saved = (known, collapsed, self.current_code_id())

    def _restore_view_state(self) -> None:
        known, collapsed, current = self._saved or (set(), set(), None)
        self._saved = None
        self.view.expandAll()  # new codes open
        for cid in collapsed:
            index = self.model.index_of(cid)
            if index.isValid():
                self.view.collapse(index)
        if current is not None and self.model.code(current) is not None:
            self.view.selectionModel().setCurrentIndex(
                self.model.index_of(current),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._resetting = False
        self._apply_filter()
        self._on_current_changed()

    def _on_current_changed(self, *_args) -> None:
        if self._resetting:
            return
        current = self.current_code_id()
        current = NO_CODE if current is None else current
        self._show_definition()
        if current != self._current:
            self._current = current
            self.currentCodeChanged.emit(current)

    def _on_clicked(self, index: QModelIndex) -> None:
        code_id = self.model.code_id_of(index)
        if code_id is not None:
            self.codeClicked.emit(code_id)

    def _on_activated(self, index: QModelIndex) -> None:
        code_id = self.model.code_id_of(index)
        if code_id is not None:
            self.codeActivated.emit(code_id)

    # -- filter ----------------------------------------------------------------
    def _apply_filter(self, *_args) -> None:
        needle = _fold(self.filter.text())
        order = self.model.code_ids()
        if not needle:
            for cid in order:
                self._set_hidden(cid, False)
            if self._collapsed_before_filter is not None:
                collapsed, self._collapsed_before_filter = self._collapsed_before_filter, None
                for cid in order:
                    if self.model.children_of(cid):
                        self.view.setExpanded(self.model.index_of(cid), cid not in collapsed)
                if self.current_code_id() is not None:
                    self.view.scrollTo(self.view.currentIndex())
            return
        if self._collapsed_before_filter is None:
            self._collapsed_before_filter = {
                cid for cid in order if self.model.children_of(cid) and not self._is_expanded(cid)
            }
        shown: set[int] = set()
        for cid in order:
            if needle in _fold(self.model.code(cid).name):
                while cid is not None and cid not in shown:
                    shown.add(cid)
                    cid = self.model.code(cid).parent_id
        for cid in order:
            self._set_hidden(cid, cid not in shown)
        self.view.expandAll()

    def visible_code_ids(self) -> list[int]:
        """The codes the filter leaves visible, in tree order."""
        return [cid for cid in self.model.code_ids() if not self._is_hidden(self.model.index_of(cid))]

    def _set_hidden(self, code_id: int, hidden: bool) -> None:
        index = self.model.index_of(code_id)
        if self.view.isRowHidden(index.row(), index.parent()) != hidden:
            self.view.setRowHidden(index.row(), index.parent(), hidden)

    def _is_hidden(self, index: QModelIndex) -> bool:
        while index.isValid():
            if self.view.isRowHidden(index.row(), index.parent()):
                return True
            index = index.parent()
        return False

    def _is_expanded(self, code_id: int) -> bool:
        return self.view.isExpanded(self.model.index_of(code_id))

    # -- context menu -------------------------------------------------------------
    def context_menu_for(self, code_id: int | None) -> QMenu:
        """The menu for a code (or, with None, for empty space); its actions call the methods above."""
        menu = QMenu(self)
        code = self._code(code_id) if code_id is not None else None
        if code is None:
            menu.addAction(self.tr("New code…"), lambda: self.new_code(None))
            menu.addSeparator()
            menu.addAction(self.tr("Expand all"), self.view.expandAll)
            menu.addAction(self.tr("Collapse all"), self.view.collapseAll)
            return menu
        cid = code.id
        menu.addAction(self.tr("New code…"), lambda: self.new_code(None))
        menu.addAction(self.tr("New sub-code…"), lambda: self.new_code(cid))
        menu.addSeparator()
        rename = QAction(self.tr("Rename…"), menu)
        rename.setShortcut(QKeySequence(Qt.Key.Key_F2))  # shown only; F2 itself edits inline
        rename.triggered.connect(lambda: self.rename_code(cid))
        menu.addAction(rename)
        menu.addAction(self.tr("Change colour…"), lambda: self.recolour_code(cid))
        menu.addAction(self.tr("Edit definition…"), lambda: self.edit_definition(cid))
        menu.addSeparator()
        menu.addAction(self.tr("Find similar passages"), lambda: self.findSimilarRequested.emit(cid))
        menu.addSeparator()
        merge = menu.addAction(self.tr("Merge into…"), lambda: self.merge_code(cid))
        merge.setEnabled(len(self.model.code_ids()) > 1 + len(self.model.code_ids_under(cid)))
        delete = QAction(self.tr("Delete…"), menu)
        delete.setShortcut(QKeySequence(Qt.Key.Key_Delete))  # shown only; the tree handles the key
        delete.triggered.connect(lambda: self.delete_code(cid))
        menu.addAction(delete)
        return menu

    def _show_context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        code_id = self.model.code_id_of(index)
        if code_id is not None:
            self.view.setCurrentIndex(index.siblingAtColumn(CODE_COLUMN))
        menu = self.context_menu_for(code_id)
        menu.exec(self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    # -- definition pane -------------------------------------------------------------
    def _show_definition(self) -> None:
        code = self._code(None)
        muted = _muted(self.definition.palette())
        if code is None:
            placeholder = html.escape(QCoreApplication.translate("CodebookPane", PLACEHOLDER))
            self.definition.setHtml(
                f'<p align="center" style="color:{muted}; margin-top:12px"><i>{placeholder}</i></p>'
            )
            return
        e = html.escape

        def para(text: str) -> str:
            return e(text).replace("\n", "<br>")

        parts = []
        head = f'<span style="color:{e(code.color)}">■</span>&nbsp;<b>{e(code.name)}</b>'
        if code.description:
            head += f" — {para(code.description)}"
        parts.append(head)
        if code.definition:
            parts.append(para(code.definition))
        if code.inclusion:
            parts.append(fill(self.tr("<b>Include:</b> %1"), para(code.inclusion)))
        if code.exclusion:
            parts.append(fill(self.tr("<b>Exclude:</b> %1"), para(code.exclusion)))
        if code.example:
            example = code.example.strip().strip("“”\"")
            parts.append(fill(self.tr("<b>Example:</b> “%1”"), para(example)))
        if not any((code.description, code.definition, code.inclusion, code.exclusion, code.example)):
            none_yet, add_one = e(self.tr("No definition yet.")), e(self.tr("Add one…"))
            parts.append(f'<span style="color:{muted}"><i>{none_yet}</i></span> '
                         f'<a href="accord:edit-definition">{add_one}</a>')
        total, own = self.model.total_count(code.id), self.model.own_count(code.id)
        if self.model.children_of(code.id):
            counts = fill(CodebookPane.tr("%n coding(s) with sub-codes (%1 directly)", "",
                                                     total), own)
        else:
            counts = CodebookPane.tr("%n coding(s)", "", own)
        if self.session.visible_coders is not None:
            counts = fill(self.tr("%1 by the coders shown"), counts)
        parts.append(f'<span style="color:{muted}">{e(counts)}</span>')
        self.definition.setHtml("".join(f'<p style="margin:0 0 4px 0">{p}</p>' for p in parts))

    def _on_link(self, url) -> None:
        if url.toString() == "accord:edit-definition":
            self.edit_definition()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._show_definition()

    # -- helpers ------------------------------------------------------------------
    def _code(self, code_id: int | None):
        """The code with this id, or the current code when None."""
        if code_id is None:
            code_id = self.current_code_id()
        return self.model.code(code_id) if code_id is not None else None


def _muted(palette: QPalette) -> str:
    """A quiet text colour for rich text: Text faded towards Base (rich text drops alpha)."""
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    mix = QColor.fromRgbF(*(t * 0.55 + b * 0.45 for t, b in zip(text.getRgbF()[:3], base.getRgbF()[:3])))
    return mix.name()


def _fold(text: str) -> str:
    """Case- and accent-blind form for filtering ("Élan" matches "elan")."""
    decomposed = unicodedata.normalize("NFKD", text.strip())  # not text: a Unicode normalisation form
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
