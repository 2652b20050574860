"""The main window's side of the coding gestures: which gesture codes, the two menus, what is enabled.

Coding is always deliberate: a double-click on a code, Enter on it or the
codebook's Code button; dragging the selection onto a code or a code onto the
selection; a number key; Quick code; the selection's context menu. One click
on a code only shows it, unless the "Click a code to apply it" setting is on
(off by default). Settings are kept in the window's QSettings (settings.ini in
the per-user config folder, see appdirs).

`CodingGestures` is a mixin of MainWindow: it uses the window's `settings`,
`actions_by_id`, `session`, `view`, `codebook` and `coding`.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint
from PySide6.QtWidgets import QMenu

from ..i18n import fill

CLICK_TO_APPLY = "coding/click_to_apply"
TRIM_WHITESPACE = "coding/trim_whitespace"
SELECTION_ACTIONS = ("quick_code", "in_vivo", "code_with_new_code")  # need selected text
CODING_ACTIONS = ("remove_coding", "recode", "coding_memo")  # need a selected coding
CLICK_HINT = QT_TRANSLATE_NOOP("CodingGestures",
                               "To code the selection, double-click the code (or press Enter, or Code)")


def popup(menu: QMenu, position: QPoint) -> None:
    """Show a context menu until it closes (tests replace this)."""
    menu.exec(position)


class CodingGestures:
    def _restore_coding_settings(self) -> None:
        """Check the coding settings' actions as last left (called once the actions exist)."""
        self.actions_by_id["click_to_apply"].setChecked(self.settings.value(CLICK_TO_APPLY, False, type=bool))
        self.actions_by_id["trim"].setChecked(self.settings.value(TRIM_WHITESPACE, True, type=bool))
        self.menus["&Coding"].aboutToShow.connect(self._update_coding_actions)  # by key: its title is translated

    def _connect_gestures(self) -> None:
        """Wire the workbench's coding gestures (called when a project's workbench is built)."""
        self.coding.trim_whitespace = self.actions_by_id["trim"].isChecked()
        self.codebook.codeActivated.connect(self._code_activated)
        self.codebook.codeClicked.connect(self._code_clicked)
        self.codebook.spanDropped.connect(lambda code, doc, start, end: self.coding.apply_span(code, doc, start, end))
        self.codebook.currentCodeChanged.connect(lambda _code: self._update_coding_actions())
        self.view.codeDropped.connect(self._code_activated)
        self.view.codingContextRequested.connect(self._coding_menu)
        self.view.selectionContextRequested.connect(self._selection_menu)
        self.view.selectionChanged.connect(lambda *_: self._update_coding_actions())
        self.view.codingClicked.connect(lambda _coding: self._update_coding_actions())

    # -- settings ------------------------------------------------------------------------
    def toggle_click_to_apply(self, checked: bool) -> None:
        self.settings.setValue(CLICK_TO_APPLY, checked)

    def toggle_trim(self, checked: bool) -> None:
        self.settings.setValue(TRIM_WHITESPACE, checked)
        if self.session:
            self.coding.trim_whitespace = checked

    # -- gestures ------------------------------------------------------------------------
    def _code_activated(self, code_id: int) -> None:
        """Double-click, Enter, the Code button or a code dropped on the text: code the selection."""
        if self.view.selection_span() is None:
            self.statusBar().showMessage(self.tr("Select some text first, then double-click a code"), 4000)
            return
        self.coding.apply(code_id)

    def _code_clicked(self, code_id: int) -> None:
        """One click only shows the code, unless the user asked for click-to-apply."""
        if self.view.selection_span() is None:
            return
        if self.actions_by_id["click_to_apply"].isChecked():
            self.coding.apply(code_id)
        else:
            self.statusBar().showMessage(QCoreApplication.translate("CodingGestures", CLICK_HINT), 4000)

    def new_code(self) -> None:
        self.codebook.new_code()

    def code_with_new_code(self) -> None:
        self.coding.code_with_new_code()

    # -- menus ---------------------------------------------------------------------------
    def coding_menu(self, coding_id: int) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("Change code…"), lambda: self.coding.recode(coding_id))
        menu.addAction(self.tr("Memo…"), lambda: self.coding.edit_memo(coding_id))
        menu.addSeparator()
        menu.addAction(self.tr("Remove coding"), lambda: self.coding.remove(coding_id))
        return menu

    def selection_menu(self) -> QMenu:
        """What can be done with the selected text: code it (current code, by typing, a new code, in vivo)."""
        menu = QMenu(self)
        writable = not self.session.project.read_only
        current = self.codebook.current_code_id()
        if current is not None:
            name = self.codebook.model.code(current).name
            action = menu.addAction(fill(self.tr("Code with “%1”"), name), lambda: self.coding.apply(current))
            action.setEnabled(writable)
        for label, run in ((self.tr("Quick code…"), self.coding.quick_code),
                           (self.tr("Code with a new code…"), self.coding.code_with_new_code),
                           (self.tr("In-vivo code"), self.coding.in_vivo)):
            menu.addAction(label, run).setEnabled(writable)
        menu.addSeparator()
        menu.addAction(self.tr("Find similar passages"), self.find_similar_to_selection)
        menu.addAction(self.tr("Copy"), self.view.text_view.copy)
        return menu

    def _coding_menu(self, coding_id: int, position: QPoint) -> None:
        menu = self.coding_menu(coding_id)
        popup(menu, position)
        menu.deleteLater()

    def _selection_menu(self, position: QPoint) -> None:
        menu = self.selection_menu()
        popup(menu, position)
        menu.deleteLater()

    def _update_coding_actions(self) -> None:
        """Coding-menu items (and the Code button) are enabled only when there is something to act on."""
        if self.session is None:
            return
        writable = not self.session.project.read_only
        selection = writable and self.view.selection_span() is not None
        coding = writable and self.view.selected_coding_id is not None
        for action_id in SELECTION_ACTIONS:
            self.actions_by_id[action_id].setEnabled(selection)
        for action_id in CODING_ACTIONS:
            self.actions_by_id[action_id].setEnabled(coding)
        self.codebook.code_button.setEnabled(selection and self.codebook.current_code_id() is not None)
