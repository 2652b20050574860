"""The "Compare coders" window: agreement figures and the disagreements to adjudicate, in two tabs.

    ComparisonWindow(session, parent=main_window).show()

It follows the session: any command, undo or redo that touches codings,
coders, codes, documents or adjudications refreshes both tabs (the hidden one
when it is next shown). Ctrl+Z and Ctrl+Shift+Z undo and redo here as in the
main window, through the same session history. Esc or Ctrl+W closes it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QLabel, QMainWindow, QSizePolicy, QTabWidget, QToolBar, QWidget

from ...core.history import Changes
from .agreement import AgreementPanel
from .disagreements import DisagreementsPanel
from ..i18n import fill
from ..widgets.background import wait_for_jobs
from ..session import Session

WATCHED = ("codings", "coders", "codes", "documents", "adjudications")
AGREEMENT_TAB, DISAGREEMENTS_TAB = 0, 1


class ComparisonWindow(QMainWindow):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setObjectName("comparisonWindow")
        self.session = session
        self._stale: set[int] = set()

        self.agreement = AgreementPanel(session)
        self.disagreements = DisagreementsPanel(session)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.agreement, self.tr("Agreement"))
        self.tabs.addTab(self.disagreements, self.tr("Disagreements"))
        self.tabs.setTabToolTip(AGREEMENT_TAB, self.tr("α, κ or % agreement by code and document"))
        self.tabs.setTabToolTip(DISAGREEMENTS_TAB, self.tr("Where two coders differ, side by side, and adjudication"))
        self.setCentralWidget(self.tabs)

        self.undo_action = QAction(self.tr("Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self.tr("Redo"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        self.redo_action.triggered.connect(self.redo)
        for action, short in ((self.undo_action, self.tr("Undo")), (self.redo_action, self.tr("Redo"))):
            action.setIconText(short)  # the toolbar keeps its short label; the tooltip names the change
        self.close_action = QAction(self.tr("Close"), self)  # Esc closes too: keyPressEvent
        self.close_action.setShortcut(QKeySequence("Ctrl+W"))
        self.close_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.close_action.triggered.connect(self.close)
        self.addAction(self.close_action)
        self.trim_check = QCheckBox(self.tr("Trim whitespace at coding ends"))
        self.trim_check.setToolTip(self.tr("Move each coding's ends inward past spaces and line breaks before "
                                           "comparing"))
        bar = QToolBar(self.tr("Comparison"))
        bar.setObjectName("comparisonToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)
        bar.addSeparator()
        bar.addWidget(self.trim_check)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.project_label = QLabel()
        self.project_label.setStyleSheet("color: gray; padding-right: 8px")
        bar.addWidget(self.project_label)
        self.addToolBar(bar)

        self.trim_check.toggled.connect(self._trim_toggled)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.agreement.disagreementsRequested.connect(self.show_disagreements_of)
        session.changed.connect(self._on_changed)
        self.statusBar().setSizeGripEnabled(True)
        self._update_title()
        self._update_undo()
        self.resize(1300, 800)

    # -- following the project ---------------------------------------------------------
    def _on_changed(self, changes: Changes, label: str) -> None:
        if changes.touches("project"):
            self._update_title()
        self._update_undo()
        if label:
            self.statusBar().showMessage(label, 4000)
        if not changes.touches(*WATCHED):
            return
        for index, panel in enumerate(self._panels()):
            if index == self.tabs.currentIndex() or index == DISAGREEMENTS_TAB:
                # The navigator stays current even when hidden: decisions move it on.
                panel.on_changed(changes)
                self._stale.discard(index)
            else:  # the hidden matrix waits until shown; its coder picker stays current
                self._stale.add(index)
                if index == AGREEMENT_TAB and changes.touches("coders", "codings", "adjudications"):
                    self.agreement.refresh_coders()

    def _panels(self):
        return (self.agreement, self.disagreements)

    def _tab_shown(self, index: int) -> None:
        if index in self._stale:
            self._stale.discard(index)
            panel = self._panels()[index]
            panel.on_changed(Changes({table: frozenset() for table in WATCHED}))

    def _trim_toggled(self, trim: bool) -> None:
        self.agreement.set_trim_whitespace(trim)
        self.disagreements.set_trim_whitespace(trim)

    def show_disagreements_of(self, code: str | None, document_id: int | None, pair: tuple[int, int]) -> None:
        """Open the Disagreements tab on a pair of coders, at the first disagreement about a code in a document."""
        self.disagreements.set_coders(*pair)
        self.tabs.setCurrentIndex(DISAGREEMENTS_TAB)
        if not self.disagreements.select_matching(code, document_id):
            self.statusBar().showMessage(self.tr("No disagreement there: the coders agree on it"), 4000)

    # -- undo ----------------------------------------------------------------------------
    def undo(self) -> None:
        label = self.session.undo_label
        if label is None:
            return
        self.session.undo()
        self.disagreements.after_undo(label)

    def redo(self) -> None:
        if self.session.redo_label is not None:
            self.session.redo()

    def _update_undo(self) -> None:
        undo, redo = self.session.undo_label, self.session.redo_label
        self.undo_action.setEnabled(undo is not None)
        self.redo_action.setEnabled(redo is not None)
        self.undo_action.setText(fill(self.tr("Undo %1"), undo) if undo else self.tr("Undo"))
        self.redo_action.setText(fill(self.tr("Redo %1"), redo) if redo else self.tr("Redo"))
        self.undo_action.setToolTip(fill(self.tr("Undo %1 (Ctrl+Z)"), undo) if undo else self.tr("Nothing to undo"))
        self.redo_action.setToolTip(fill(self.tr("Redo %1 (Ctrl+Shift+Z)"), redo) if redo
                                    else self.tr("Nothing to redo"))

    def _update_title(self) -> None:
        project = self.session.project
        name = project.path.name if project.path else project.title
        self.setWindowTitle(fill(self.tr("Compare coders — %1 — Accord"), name))
        self.project_label.setText(project.title)

    def keyPressEvent(self, event) -> None:
        # Not a shortcut: a widget inside that uses Esc (a text side letting go of a coding) keeps it.
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            event.accept()
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        try:
            self.session.changed.disconnect(self._on_changed)
        except (RuntimeError, TypeError):
            pass
        wait_for_jobs()
        super().closeEvent(event)
