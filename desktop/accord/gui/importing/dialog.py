"""The import dialog: choose files, check what Accord read from them, import them.

    dialog = ImportDialog(session, paths, parent=window)
    dialog.exec()

Files are read (prepared) as soon as they are added, so the list can show what
was found in each (size, encoding, lines broken mid-sentence, speakers) or why it
cannot be read, and the preview shows the beginning of its text. A file whose
text the project already has (or a file above it in the list has) is marked so
and starts unticked; only ticked files are imported. Nothing is written until
Import. The dialog assembles the file list (`files`), the preview pane
(`preview`) and the runner that reads and stores the files behind a progress
window (`runner`), and owns adding files (Add files…, drag and drop),
removing them, the summary line and the buttons.
"""

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.importing import ImportOutcome, PreparedDocument, duplicate_message, duplicate_of
from ..i18n import fill
from .entry import Entry, key
from .files import FileList
from .preview import FilePreview
from .runner import import_entries, read_files

FILE_FILTER = QT_TRANSLATE_NOOP(
    "ImportDialog",
    "Documents (*.txt *.md *.docx *.pdf *.html *.htm *.odt *.rtf *.vtt *.srt);;"
    "Plain text (*.txt *.md);;Word (*.docx);;PDF (*.pdf);;Web pages (*.html *.htm);;"
    "OpenDocument (*.odt);;Rich text (*.rtf);;Transcripts and subtitles (*.vtt *.srt *.txt);;All files (*)"
)
SUFFIXES = (".txt", ".md", ".docx", ".pdf", ".html", ".htm", ".odt", ".rtf", ".vtt", ".srt")


class ImportDialog(QDialog):
    """Add files, look at what was read, import them one by one."""

    importFinished = Signal(list)  # the ImportOutcomes, once Import has run

    def __init__(self, session, paths: list[str] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.outcomes: list[ImportOutcome] | None = None  # set once imported
        self._last_dir = str(Path.home())

        self.setObjectName("ImportDialog")
        self.setWindowTitle(self.tr("Import documents"))
        self.setSizeGripEnabled(True)
        self.setAcceptDrops(True)
        self.resize(900, 620)
        self.setMinimumSize(640, 440)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)

        intro = QLabel(
            self.tr("Check what Accord read from each file; nothing is added to the project "
                    "until you press <b>Import</b>."),
            self,
        )
        intro.setWordWrap(True)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(intro, 1)
        self.add_button = QPushButton(self.tr("&Add files…"), self)
        self.add_button.setToolTip(self.tr("Choose files to import (Ctrl+O); you can also drop files on this window"))
        self.add_button.setAutoDefault(False)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setToolTip(self.tr("Leave the selected file out of the import (Del)"))
        self.remove_button.setAutoDefault(False)
        top.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        # The files, and the preview of the selected one.
        self.file_list = FileList(splitter)
        self.files_stack = self.file_list  # the table, or the hint while there are no files
        self.table = self.file_list.table
        self.empty_label = self.file_list.empty_label
        self.preview = FilePreview(splitter)
        self.text_preview = self.preview.text_preview
        self.join_preview = self.preview.join_preview
        self.join_checkbox = self.preview.join_checkbox
        splitter.addWidget(self.file_list)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([220, 320])

        # Summary and buttons.
        bottom = QHBoxLayout()
        bottom.setSpacing(12)
        self.summary_label = QLabel(self)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        bottom.addWidget(self.summary_label, 1)
        self.buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setToolTip(self.tr("Add the files that could be read to the project"))
        self.import_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setToolTip(self.tr("Close without importing (Esc)"))
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        QShortcut(QKeySequence.StandardKey.Open, self, activated=self.choose_files)
        remove_key = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, activated=self.remove_selected)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)

        self.add_button.clicked.connect(self.choose_files)
        self.remove_button.clicked.connect(self.remove_selected)
        self.buttons.accepted.connect(self._on_import_or_close)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.preview.joinToggled.connect(self._on_join_toggled)
        self.preview.speakerToggled.connect(self._on_speaker_toggled)
        self.file_list.includeToggled.connect(self._on_include_toggled)

        if paths:
            self.add_paths(paths)
        self._show_selected()
        self._refresh()

    # -- public API -----------------------------------------------------------
    @property
    def paths(self) -> list[Path]:
        return [entry.path for entry in self.file_list.entries]

    def choose_files(self) -> None:
        if self.outcomes is not None:
            return
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add files to import"), self._last_dir,
                                                QCoreApplication.translate("ImportDialog", FILE_FILTER))
        if paths:
            self._last_dir = str(Path(paths[0]).parent)
            self.add_paths(paths)

    def add_paths(self, paths: list[str] | list[Path]) -> None:
        """Read (prepare) each new file and list it with what was found or what went wrong."""
        if self.outcomes is not None:
            return
        entries = self.file_list.entries
        known = {key(entry.path) for entry in entries}
        new: list[Path] = []
        for path in paths:
            path_key = key(path)
            if path_key not in known:
                known.add(path_key)
                new.append(Path(path))
        if not new:
            return
        first_new_row = len(entries)
        for entry in read_files(self, new):
            entries.append(entry)
        self._check_duplicates(entries[first_new_row:])
        self._rebuild_table()
        if first_new_row < len(entries):
            self.table.selectRow(first_new_row)
        self._refresh()

    def remove_selected(self) -> None:
        row = self.file_list.selected_row()
        if row is None or self.outcomes is not None:
            return
        entries = self.file_list.entries
        del entries[row]
        self._rebuild_table()
        if entries:
            self.table.selectRow(min(row, len(entries) - 1))
        self._refresh()

    def set_join(self, path: str | Path, join: bool) -> None:
        """Join (or not) the lines broken mid-sentence in this file when importing it."""
        entry = self.file_list.entry(path)
        if entry is None:
            raise KeyError(f"{path} is not in the import list")  # not text: a programming error
        entry.join = bool(join) and entry.broken > 0
        self._check_duplicates([])  # joining changes the text
        self._entry_changed(entry)

    def set_included(self, path: str | Path, included: bool) -> None:
        """Tick (import) or untick (leave out) a file."""
        entry = self._entry(path)
        entry.include = bool(included) and entry.prepared is not None
        self._entry_changed(entry)
        self._refresh()

    def included(self, path: str | Path) -> bool:
        entry = self.file_list.entry(path)
        return bool(entry and entry.include and entry.prepared is not None)

    def duplicate_of(self, path: str | Path) -> str | None:
        """Why this file is a duplicate (e.g. 'already in the project as "Interview 1"'), or None."""
        return self._entry(path).duplicate

    def set_speaker(self, path: str | Path, speaker: str, kept: bool) -> None:
        """Keep (or not) a detected speaker of this file; one not kept is stored as text, not as turns."""
        entry = self._entry(path)
        if kept:
            entry.dropped_speakers.discard(speaker)
        elif speaker in entry.speakers:
            entry.dropped_speakers.add(speaker)
        self._entry_changed(entry)

    def speakers_of(self, path: str | Path) -> list[str]:
        """The detected speakers of this file that will be stored as speakers."""
        entry = self._entry(path)
        return [name for name in entry.speakers if name not in entry.dropped_speakers]

    def _entry(self, path: str | Path) -> Entry:
        entry = self.file_list.entry(path)
        if entry is None:
            raise KeyError(f"{path} is not in the import list")  # not text: a programming error
        return entry

    def _entry_changed(self, entry: Entry) -> None:
        row = self.file_list.entries.index(entry)
        self.file_list.fill_row(row, entry)
        if self.file_list.selected_row() == row:
            self._show_selected()

    def _check_duplicates(self, new: list[Entry]) -> None:
        """Mark the files whose text the project, or a file above in the list, has; new ones start unticked."""
        seen: dict[str, str] = {}
        for entry in self.file_list.entries:
            if entry.prepared is None or entry.outcome is not None:
                continue
            prepared = entry.to_store()
            existing = duplicate_of(self.session.db, prepared)
            sha256 = prepared.stored_sha256()
            entry.duplicate_of = existing
            if existing is not None:
                entry.duplicate = duplicate_message(existing)
            elif sha256 in seen:
                entry.duplicate = fill(self.tr("same text as %1, above"), seen[sha256])
            else:
                entry.duplicate = None
            seen.setdefault(sha256, entry.path.name)
            if entry.duplicate and any(entry is added for added in new):
                entry.include = False

    def join_of(self, path: str | Path) -> bool:
        entry = self.file_list.entry(path)
        return bool(entry and entry.join)

    def prepared_of(self, path: str | Path) -> PreparedDocument | None:
        entry = self.file_list.entry(path)
        return entry.prepared if entry else None

    def error_of(self, path: str | Path) -> str | None:
        entry = self.file_list.entry(path)
        return entry.error if entry else None

    def select_path(self, path: str | Path) -> None:
        entry = self.file_list.entry(path)
        if entry is not None:
            self.table.selectRow(self.file_list.entries.index(entry))

    def import_all(self) -> list[ImportOutcome]:
        """Store every file that was read, each as one command; one outcome per listed file."""
        if self.outcomes is not None:
            return self.outcomes
        outcomes = import_entries(self, self.session, self.file_list.entries)
        self.outcomes = outcomes
        self._rebuild_table()
        self._refresh()
        self.importFinished.emit(outcomes)
        return outcomes

    # -- list and preview -------------------------------------------------------
    def _rebuild_table(self) -> None:
        self.file_list.rebuild()
        self._show_selected()

    def _show_selected(self) -> None:
        self.preview.show_entry(self.file_list.selected_entry(), listed=bool(self.file_list.entries),
                                editable=self.outcomes is None)
        self._refresh_buttons()

    def _on_join_toggled(self, on: bool) -> None:
        row = self.file_list.selected_row()
        if row is None:
            return
        self.set_join(self.file_list.entries[row].path, on)

    def _on_speaker_toggled(self, speaker: str, on: bool) -> None:
        entry = self.file_list.selected_entry()
        if entry is not None and self.outcomes is None:
            self.set_speaker(entry.path, speaker, on)

    def _on_include_toggled(self, row: int, on: bool) -> None:
        if self.outcomes is None:
            self.set_included(self.file_list.entries[row].path, on)

    # -- state ----------------------------------------------------------------
    def _refresh(self) -> None:
        entries = self.file_list.entries
        self.file_list.show_current()
        readable = sum(1 for e in entries if e.prepared is not None)
        ready = sum(1 for e in entries if e.prepared is not None and e.include)
        failed = len(entries) - readable
        in_project = sum(1 for e in entries if e.prepared is not None and e.duplicate_of is not None)
        repeated = sum(1 for e in entries if e.prepared is not None and e.duplicate and e.duplicate_of is None)
        if self.outcomes is not None:
            imported = sum(1 for o in self.outcomes if o.ok)
            total = len(self.outcomes)
            done = ImportDialog.tr("%1 of %n file(s) imported.", "", total)
            self.summary_label.setText(fill(done, imported))
        elif entries:
            # Independent short phrases, each a whole plural message: "3 files · 2 ready · 1 cannot be read".
            parts = [ImportDialog.tr("%n file(s)", "", len(entries)),
                     ImportDialog.tr("%n ready", "", ready)]
            if in_project:
                parts.append(ImportDialog.tr("%n already in the project", "", in_project))
            if repeated:
                parts.append(ImportDialog.tr("%n repeated in the list", "", repeated))
            if readable - ready:
                parts.append(ImportDialog.tr("%n unticked", "", readable - ready))
            if failed:
                parts.append(ImportDialog.tr("%n cannot be read", "", failed))
            self.summary_label.setText(" · ".join(parts))
        else:
            self.summary_label.setText("")
        self._refresh_buttons()

    def _refresh_buttons(self) -> None:
        finished = self.outcomes is not None
        ready = any(e.prepared is not None and e.include for e in self.file_list.entries)
        self.add_button.setVisible(not finished)
        self.remove_button.setVisible(not finished)
        self.remove_button.setEnabled(not finished and self.file_list.selected_row() is not None)
        if finished:
            self.import_button.setText(self.tr("&Close"))
            self.import_button.setToolTip(self.tr("Close this window"))
            self.import_button.setEnabled(True)
            self.cancel_button.hide()
        else:
            self.import_button.setEnabled(ready)

    def reject(self) -> None:
        if self.outcomes is not None:
            self.accept()  # imported: Esc closes, it cannot cancel what is done
        else:
            super().reject()

    def _on_import_or_close(self) -> None:
        if self.outcomes is None:
            self.import_all()
            self.import_button.setFocus()
        else:
            self.accept()

    # -- drag and drop ----------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.outcomes is None and event.mimeData().hasUrls() and any(
            url.isLocalFile() for url in event.mimeData().urls()
        ):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        paths = [p for p in paths if Path(p).is_file()]
        if paths:
            self.add_paths(paths)
            event.acceptProposedAction()
