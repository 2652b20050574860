"""The main window: documents | text with coding stripes | codebook, docks below, one action registry."""

import html
import sys

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDockWidget, QLabel, QLineEdit, QMainWindow, QSplitter, QStackedWidget, QVBoxLayout, QWidget,
)

from ... import __version__
from ...appdirs import config_dir, data_dir, log_dir, settings_file
from ...core.coders import add_coder, list_coders
from ...core.documents import count_codings_in, delete_document, get_document, rename_document
from ...core.backups import BackupPolicy
from ..i18n import fill
from ..widgets import dialogs
from .actions import ACTIONS
from .menus import label as action_label
from .menus import add_dock_toggles, build_menus, build_toolbar, remove_dock_toggles, show_undo_redo
from .coding_gestures import CodingGestures
from .attribute_file_handlers import AttributeFileHandlers
from .autocode_handlers import AutocodeHandlers
from .codebook_file_handlers import CodebookFileHandlers
from .language_handlers import LanguageHandlers
from .matrix_handlers import MatrixHandlers
from .query_handlers import QueryHandlers
from .relations_handlers import RelationsHandlers
from .similar_handlers import SimilarHandlers
from ..project_files import ProjectFiles
from ..session import Session
from .project_watch import ProjectWatch
from .welcome import WelcomePage

ALL_CODERS, ONLY_ME = QT_TRANSLATE_NOOP("MainWindow", "All coders"), QT_TRANSLATE_NOOP("MainWindow", "Only me")


class MainWindow(ProjectFiles, CodingGestures, MatrixHandlers, RelationsHandlers, QueryHandlers, AutocodeHandlers,
                 CodebookFileHandlers, AttributeFileHandlers, SimilarHandlers, LanguageHandlers, QMainWindow):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = QSettings(str(settings_file()), QSettings.IniFormat)
        self.session: Session | None = None
        self.backups: BackupPolicy | None = None
        self.backup_timer = QTimer(self, interval=60_000)
        self.backup_timer.timeout.connect(self._backup_if_due)
        self.workbench: QWidget | None = None
        self.actions_by_id: dict[str, QAction] = {}
        self.stack = QStackedWidget()
        self.welcome = WelcomePage()
        self.stack.addWidget(self.welcome)
        self.setCentralWidget(self.stack)
        self.welcome.newRequested.connect(self.new_project)
        self.welcome.openRequested.connect(self.open_project_dialog)
        self.welcome.sampleRequested.connect(self.open_sample)
        self.welcome.recentRequested.connect(self.open_project)
        self._build_actions()
        self._build_toolbar()
        self.status = QLabel()
        self.statusBar().addWidget(self.status, 1)
        self.resize(1400, 860)
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self._update_title()
        self._update_actions()

    # -- building -------------------------------------------------------------
    def _build_actions(self) -> None:
        build_menus(self)
        self.actions_by_id["snap"].setChecked(self.settings.value("coding/snap", False, type=bool))
        self._restore_coding_settings()

    def _build_toolbar(self) -> None:
        self.toolbar = build_toolbar(self)
        self.coder_box.activated.connect(self._coder_chosen)
        self.show_box.activated.connect(self._show_chosen)

    def _build_workbench(self, session: Session) -> None:
        from ..codebook.pane import CodebookPane
        from .coding_controller import CodingController
        from .documents_pane import DocumentsPane
        from .segments_dock import SearchPanel, SegmentsPanel
        from ..text.pane import DocumentView

        self.documents = DocumentsPane(session)
        self.view = DocumentView(session)
        self.codebook = CodebookPane(session)
        self.find_bar = QLineEdit(placeholderText=self.tr("Find in this document (Enter: next, Shift+Enter: previous)"))
        self.find_bar.setClearButtonEnabled(True)
        self.find_bar.hide()
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.find_bar)
        centre_layout.addWidget(self.view, 1)
        centre.setMinimumWidth(360)  # on a small screen the side panes give way, never the text
        self.splitter = QSplitter(Qt.Horizontal)
        for widget in (self.documents, centre, self.codebook):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([250, 800, 340])
        state = self.settings.value("window/splitter")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)
        self.workbench = self.splitter
        self.stack.addWidget(self.splitter)
        self.stack.setCurrentWidget(self.splitter)

        self.segments = SegmentsPanel(session)
        self.search_panel = SearchPanel(session)
        self.segments_dock = self._dock(self.tr("Retrieved segments"), "segments-dock", self.segments)
        self.search_dock = self._dock(self.tr("Find in all documents"), "search-dock", self.search_panel)
        self.coding = CodingController(session, self.view, self.codebook, self)
        self.similar_dock = self._build_similar_dock(session)
        self.tabifyDockWidget(self.segments_dock, self.search_dock)
        self.tabifyDockWidget(self.segments_dock, self.similar_dock)
        self.segments_dock.raise_()
        self.resizeDocks([self.segments_dock], [190], Qt.Vertical)
        # View ▸ brings a closed dock back
        add_dock_toggles(self, [self.segments_dock, self.search_dock, self.similar_dock])
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

        self.coding.message.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.documents.documentSelected.connect(self._document_selected)
        self.documents.speakerFilterChanged.connect(lambda s: self.view.set_speaker_filter(s or None))
        self.documents.renameRequested.connect(self.rename_document)
        self.documents.deleteRequested.connect(self.delete_document)
        self.documents.memosRequested.connect(self.document_memos)
        self.documents.attributesRequested.connect(self.edit_attributes)
        self.codebook.currentCodeChanged.connect(self.segments.show_code)
        self._connect_gestures()
        self.view.selectionChanged.connect(lambda *_: self._update_status())
        self.segments.jumpRequested.connect(self.jump_to)
        self.search_panel.jumpRequested.connect(self.jump_to)
        self.find_bar.returnPressed.connect(lambda: self.view.find_text(self.find_bar.text(), True))
        QShortcut(QKeySequence("Shift+Return"), self.find_bar,
                  lambda: self.view.find_text(self.find_bar.text(), False))
        QShortcut(QKeySequence("Escape"), self.find_bar, self.find_bar.hide)
        self.favourite_shortcuts = []
        for number in range(1, 10):
            shortcut = QShortcut(QKeySequence(str(number)), self.view)
            shortcut.setContext(Qt.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=number: self.coding.apply_favourite(n))
            self.favourite_shortcuts.append(shortcut)
        self.view.snap_to_words = self.actions_by_id["snap"].isChecked()
        session.changed.connect(self._on_changed)
        self.project_watch = ProjectWatch(session, self)  # changes other programs make show up here
        session.error.connect(lambda text: dialogs.warn(self, "Accord", text))  # not text: the name
        session.coderChanged.connect(lambda _: self._update_status())
        self._fill_coder_boxes()
        self.documents.refresh()
        codes = self.codebook.model.code_ids()
        if codes:  # the first code starts selected, so its definition and segments show at once
            self.codebook.select_code(codes[0])

    def _windows_on_project(self) -> list[QWidget]:
        from ..comparison.window import ComparisonWindow

        return self.findChildren(ComparisonWindow)

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(Qt.BottomDockWidgetArea, dock)
        return dock

    def _tear_down_workbench(self) -> None:
        if self.session is None:
            return
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/state", self.saveState())
        remove_dock_toggles(self)
        for dock in (self.segments_dock, self.search_dock, self.similar_dock):
            self.removeDockWidget(dock)
            dock.deleteLater()
        self.stack.removeWidget(self.splitter)
        self.splitter.deleteLater()
        for window in self._windows_on_project():
            window.close()  # they hold the session; closing also waits for their background work
            window.deleteLater()
        if self.backups:
            self.backups.close()
            self.backups = None
        self.backup_timer.stop()
        self.session.close()
        self.session = None
        self.workbench = None

    def closeEvent(self, event) -> None:
        from ..widgets.background import wait_for_jobs

        self.settings.setValue("window/geometry", self.saveGeometry())
        self._tear_down_workbench()
        wait_for_jobs()  # report previews build on threads that outlive their dialog
        super().closeEvent(event)

    # -- editing -----------------------------------------------------------------
    def import_documents(self) -> None:
        from ..importing.dialog import ImportDialog

        ImportDialog(self.session, parent=self).exec()

    def undo(self) -> None:
        self.session.undo()

    def redo(self) -> None:
        self.session.redo()

    def find_in_document(self) -> None:
        self.find_bar.show()
        self.find_bar.setFocus()
        self.find_bar.selectAll()

    def find_in_all(self) -> None:
        self.search_dock.show()
        self.search_dock.raise_()
        self.search_panel.query.setFocus()

    def quick_code(self) -> None:
        self.coding.quick_code()

    def in_vivo(self) -> None:
        self.coding.in_vivo()

    def remove_coding(self) -> None:
        self.coding.remove()

    def recode(self) -> None:
        self.coding.recode()

    def coding_memo(self) -> None:
        self.coding.edit_memo()

    def toggle_snap(self, checked: bool) -> None:
        self.settings.setValue("coding/snap", checked)
        if self.session:
            self.view.snap_to_words = checked

    def compare_coders(self) -> None:
        from ..comparison.window import ComparisonWindow

        window = self.findChild(ComparisonWindow) or ComparisonWindow(self.session, parent=self)
        window.show()
        window.raise_()
        window.activateWindow()

    def report(self) -> None:
        from ..reports.dialog import ReportDialog

        ReportDialog(self.session, parent=self).exec()

    def retrieve(self) -> None:
        from ..reports.retrieve import RetrieveDialog

        RetrieveDialog(self.session, code_id=self.codebook.current_code_id(), parent=self).exec()

    def project_memos(self) -> None:
        self._memos()

    def document_memos(self, document_id: int | None = None) -> None:
        document_id = document_id if isinstance(document_id, int) else self.view.document_id
        if document_id is not None:
            self._memos(document_id=document_id)

    def code_memos(self) -> None:
        code_id = self.codebook.current_code_id()
        if code_id is None:
            self.statusBar().showMessage(self.tr("Select a code in the codebook first"), 4000)
            return
        self._memos(code_id=code_id)

    def _memos(self, **target) -> None:
        from ..memos.editor import MemoEditor

        MemoEditor(self.session, parent=self, **target).exec()

    def edit_attributes(self, document_id: int | None = None) -> None:
        from ..attributes.dialog import show_attributes

        show_attributes(self, self.session, document_id if isinstance(document_id, int) else None)

    def rename_document(self, document_id: int | None = None) -> None:
        document_id = document_id if isinstance(document_id, int) else self.view.document_id
        if document_id is None:
            return
        name = dialogs.ask_text(self, self.tr("Rename document"), self.tr("New name:"),
                                get_document(self.session.db, document_id).name)
        if name:
            self.session.run(fill(self.tr("Rename document %1"), name), rename_document, document_id, name)

    def delete_document(self, document_id: int | None = None) -> None:
        document_id = document_id if isinstance(document_id, int) else self.view.document_id
        if document_id is None:
            return
        document = get_document(self.session.db, document_id)
        count = count_codings_in(self.session.db, document_id)
        question = MainWindow.tr("Delete “%1” and its %n coding(s)?\n"
                                              "You can undo this with Ctrl+Z.", "", count)
        if dialogs.confirm(self, self.tr("Delete document"), fill(question, document.name)):
            self.session.run(fill(self.tr("Delete document %1"), document.name), delete_document, document_id)

    def add_coder(self) -> None:
        name = dialogs.ask_text(self, self.tr("Add coder"), self.tr("Coder's name:"))
        if name:
            coder = self.session.run(fill(self.tr("Add coder %1"), name), add_coder, name)
            if coder is not None:
                self.session.set_coder(coder.id)
                self._fill_coder_boxes()

    def manage_coders(self) -> None:
        from .coders_dialog import CodersDialog

        CodersDialog(self.session, parent=self).exec()

    def zoom_in(self) -> None:
        self.view.zoom_in()

    def zoom_out(self) -> None:
        self.view.zoom_out()

    def zoom_reset(self) -> None:
        self.view.reset_zoom()

    def show_shortcuts(self) -> None:
        rows = "".join(
            f"<tr><td>{action_label(spec).replace('&', '')}</td><td><b>{spec.shortcut}</b></td></tr>"
            for spec in ACTIONS if spec.shortcut
        )
        favourites = self.tr("Apply favourite code 1–9 (in the text)")
        rows += f"<tr><td>{favourites}</td><td><b>1 … 9</b></td></tr>"
        dialogs.inform(self, self.tr("Keyboard shortcuts"), f"<table cellspacing=6>{rows}</table>")

    def getting_started(self) -> None:
        from .guide import show_guide

        show_guide(self)

    def about(self) -> None:
        import platform

        import PySide6
        from PySide6.QtCore import qVersion

        from ...logs import log_file

        log = log_file()
        kind = self.tr("desktop bundle") if getattr(sys, "frozen", False) else self.tr("installed from source")
        rows = [
            (self.tr("Settings"), config_dir()), (self.tr("Sample project and data"), data_dir()),
            (self.tr("Log"), log if log else fill(self.tr("none (%1 cannot be written)"), log_dir())),
            (self.tr("Backups"),
             self.tr("before an upgrade, next to the project (NAME.before-upgrade-from-vN.….accord)")),
        ]
        tagline = self.tr("Qualitative coding and inter-coder agreement.")
        paths = "".join(f"<tr><td>{label}:</td><td>{html.escape(str(value))}</td></tr>" for label, value in rows)
        dialogs.inform(
            self, self.tr("About Accord"),
            f"<h3>Accord {__version__}</h3><p>{tagline}</p>"  # not text: names and numbers
            f"<table cellspacing=4>{paths}</table>"
            f"<p>Python {platform.python_version()}, Qt {qVersion()}, PySide6 {PySide6.__version__}; {kind}.</p>",
        )

    # -- reacting ----------------------------------------------------------------
    def jump_to(self, document_id: int, start: int, end: int) -> None:
        self.documents.select_document(document_id)
        self.view.select_span(start, end)
        self.view.setFocus()

    def _document_selected(self, document_id: int) -> None:
        self.view.show_document(document_id if document_id >= 0 else None)
        self._update_status()

    def _on_changed(self, changes, label: str) -> None:
        if changes.touches("coders"):
            self._fill_coder_boxes()
        self._update_actions()
        self._update_status()
        if label:
            self.statusBar().showMessage(label, 3000)

    def _fill_coder_boxes(self) -> None:
        coders = list_coders(self.session.db)
        if self.session.coder_id is None and coders:
            self.session.set_coder(coders[0].id)
        self.coder_box.clear()
        for coder in coders:
            self.coder_box.addItem(coder.name, coder.id)
        self.coder_box.setCurrentIndex(max(0, self.coder_box.findData(self.session.coder_id)))
        self.show_box.clear()
        self.show_box.addItem(self.tr(ALL_CODERS), None)
        self.show_box.addItem(self.tr(ONLY_ME), "me")
        for coder in coders:
            self.show_box.addItem(fill(self.tr("Only %1"), coder.name), coder.id)

    def _coder_chosen(self, index: int) -> None:
        self.session.set_coder(self.coder_box.itemData(index))
        if self.show_box.currentData() == "me":
            self.session.set_visible_coders(frozenset({self.session.coder_id}))

    def _show_chosen(self, index: int) -> None:
        choice = self.show_box.itemData(index)
        if choice is None:
            self.session.set_visible_coders(None)
        elif choice == "me":
            self.session.set_visible_coders(frozenset({self.session.coder_id}))
        else:
            self.session.set_visible_coders(frozenset({choice}))

    def _update_title(self) -> None:
        if self.session:
            project = self.session.project
            title = (self.tr("%1 — %2 (read-only) — Accord") if project.read_only
                     else self.tr("%1 — %2 — Accord"))
            self.setWindowTitle(fill(title, project.title, project.path.name))
        else:
            self.setWindowTitle("Accord")  # not text: the name

    def _update_actions(self) -> None:
        is_open = self.session is not None
        writable = is_open and not self.session.project.read_only
        for spec in ACTIONS:
            enabled = {"always": True, "project": is_open, "writable": writable}[spec.needs]
            self.actions_by_id[spec.id].setEnabled(enabled)
        self.toolbar.setVisible(is_open)  # the welcome page has its own buttons
        if is_open:
            undo, redo = self.session.undo_label, self.session.redo_label
            self.actions_by_id["undo"].setEnabled(writable and undo is not None)
            self.actions_by_id["redo"].setEnabled(writable and redo is not None)
            show_undo_redo(self, undo, redo)
            self._update_coding_actions()

    def _update_status(self) -> None:
        if not self.session:
            self.status.setText("")
            return
        parts = []
        span = self.view.selection_span()
        if span:
            parts.append(fill(MainWindow.tr("Selection %1–%2 (%n character(s))", "",
                                                         span[1] - span[0]), span[0], span[1]))
        coder = self.coder_box.currentText()
        if coder:
            parts.append(fill(self.tr("Coding as %1"), coder))
        if self.view.document_id is not None:
            count = count_codings_in(self.session.db, self.view.document_id)
            parts.append(MainWindow.tr("%n coding(s) in this document", "", count))
        self.status.setText("   ·   ".join(parts))
