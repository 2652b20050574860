"""The import dialog: choose files, check what Accord read from them, import them.

    dialog = ImportDialog(session, paths, parent=window)
    dialog.exec()

Files are read (prepared) as soon as they are added, so the table can show
what was found in each (size, encoding, lines broken mid-sentence) or why it
cannot be read, and the preview shows the beginning of its text. Nothing is
written until Import; then each file is stored on its own, as one command, so a
file that fails leaves nothing behind and does not stop the others.

Reading and preparing a file to store run on a thread behind a progress dialog
(shown when it takes a moment) whose Cancel stops at once, having written
nothing: a large file takes seconds. Files stored before a Cancel stay imported.
"""

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import AccordError, Cancelled
from ...core.importing import ImportOutcome, PreparedDocument, build_document, prepare_document, store_built
from ...core.linejoin import preview as join_preview
from ..widgets.progress_window import ProgressWindow

FILE_FILTER = (
    "Documents (*.txt *.md *.docx *.pdf *.html *.htm *.odt *.rtf);;"
    "Plain text (*.txt *.md);;Word (*.docx);;PDF (*.pdf);;Web pages (*.html *.htm);;"
    "OpenDocument (*.odt);;Rich text (*.rtf);;All files (*)"
)
SUFFIXES = (".txt", ".md", ".docx", ".pdf", ".html", ".htm", ".odt", ".rtf")
PREVIEW_CHARS = 4000  # how much of a text the preview shows
JOIN_PREVIEW_LIMIT = 60

_GOOD = QColor("#2e7d32")
_BAD = QColor("#c62828")
_COLUMNS = ("File", "Characters", "Encoding", "Status")
_FILE, _CHARS, _ENCODING, _STATUS = range(4)


@dataclass
class _Entry:
    path: Path
    prepared: PreparedDocument | None = None
    error: str | None = None
    join: bool = False
    outcome: ImportOutcome | None = None

    @property
    def broken(self) -> int:
        return self.prepared.broken_count if self.prepared else 0

    def to_store(self) -> PreparedDocument:
        assert self.prepared is not None
        return self.prepared.joined() if self.join else self.prepared


def _key(path: str | Path) -> str:
    try:
        return str(Path(path).expanduser().resolve())
    except OSError:
        return str(Path(path).absolute())


def _short(message: str, path: Path) -> str:
    """A core message without the file name the table already shows."""
    prefix = f"{path.name}: "
    return message[len(prefix):] if message.startswith(prefix) else message


def _lines(n: int) -> str:
    return f"{n} line{'s' if n != 1 else ''}"


class ImportDialog(QDialog):
    """Add files, look at what was read, import them one by one."""

    importFinished = Signal(list)  # the ImportOutcomes, once Import has run

    def __init__(self, session, paths: list[str] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._entries: list[_Entry] = []
        self.outcomes: list[ImportOutcome] | None = None  # set once imported
        self._last_dir = str(Path.home())

        self.setObjectName("ImportDialog")
        self.setWindowTitle("Import documents")
        self.setSizeGripEnabled(True)
        self.setAcceptDrops(True)
        self.resize(900, 620)
        self.setMinimumSize(640, 440)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)

        intro = QLabel(
            "Check what Accord read from each file; nothing is added to the project "
            "until you press <b>Import</b>.",
            self,
        )
        intro.setWordWrap(True)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(intro, 1)
        self.add_button = QPushButton("&Add files…", self)
        self.add_button.setToolTip("Choose files to import (Ctrl+O); you can also drop files on this window")
        self.add_button.setAutoDefault(False)
        self.remove_button = QPushButton("&Remove", self)
        self.remove_button.setToolTip("Leave the selected file out of the import (Del)")
        self.remove_button.setAutoDefault(False)
        top.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        # The files.
        self.files_stack = QStackedWidget(splitter)
        self.table = QTableWidget(0, len(_COLUMNS), self.files_stack)
        self.table.setObjectName("importTable")
        self.table.setHorizontalHeaderLabels(list(_COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(max(24, self.fontMetrics().height() + 10))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(_FILE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(_CHARS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(_ENCODING, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(_STATUS, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(_FILE, 240)
        self.table.setToolTip("The files to import; select one to preview it")
        self.empty_label = QLabel(
            "No files yet.\nClick “Add files…” or drop files here.\n\n"
            "Accord reads .txt, .md, .docx, .pdf, .html, .odt and .rtf files.",
            self.files_stack,
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setEnabled(False)
        self.empty_label.setFrameShape(QLabel.Shape.StyledPanel)
        self.files_stack.addWidget(self.empty_label)
        self.files_stack.addWidget(self.table)

        # The preview of the selected file.
        preview = QWidget(splitter)
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 4, 0, 0)
        preview_layout.setSpacing(6)
        self.preview_title = QLabel(preview)
        title_font = self.preview_title.font()
        title_font.setBold(True)
        self.preview_title.setFont(title_font)
        self.preview_title.setTextFormat(Qt.TextFormat.PlainText)
        preview_layout.addWidget(self.preview_title)

        self.options_row = QWidget(preview)
        join_row = QHBoxLayout(self.options_row)
        join_row.setContentsMargins(0, 0, 0, 0)
        self.join_checkbox = QCheckBox(self.options_row)
        self.join_checkbox.setObjectName("joinCheckbox")
        self.join_checkbox.setToolTip(
            "Replace these line breaks with spaces before importing (for text copied from PDFs or "
            "web pages).\nA document's text never changes once imported, so decide now."
        )
        join_row.addWidget(self.join_checkbox)
        join_row.addStretch(1)
        self.notes_label = QLabel(self.options_row)
        self.notes_label.setEnabled(False)
        self.notes_label.setTextFormat(Qt.TextFormat.PlainText)
        join_row.addWidget(self.notes_label)
        preview_layout.addWidget(self.options_row)

        panes = QSplitter(Qt.Orientation.Horizontal, preview)
        panes.setChildrenCollapsible(False)
        self.text_preview = QPlainTextEdit(panes)
        self.text_preview.setObjectName("textPreview")
        self.text_preview.setReadOnly(True)
        self.text_preview.setToolTip("The beginning of the text as it will be imported")
        self.text_preview.setPlaceholderText("Select a file to see the beginning of its text.")
        self.join_preview = QTextBrowser(panes)
        self.join_preview.setObjectName("joinPreview")
        self.join_preview.setOpenLinks(False)
        self.join_preview.setToolTip("Each line break found in mid-sentence; ⏎ marks where the lines would be joined")
        panes.addWidget(self.text_preview)
        panes.addWidget(self.join_preview)
        panes.setStretchFactor(0, 3)
        panes.setStretchFactor(1, 2)
        preview_layout.addWidget(panes, 1)

        splitter.addWidget(self.files_stack)
        splitter.addWidget(preview)
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
        self.import_button = QPushButton("&Import", self)
        self.import_button.setToolTip("Add the files that could be read to the project")
        self.import_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setToolTip("Close without importing (Esc)")
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
        self.join_checkbox.toggled.connect(self._on_join_toggled)

        if paths:
            self.add_paths(paths)
        self._show_selected()
        self._refresh()

    # -- public API -----------------------------------------------------------
    @property
    def paths(self) -> list[Path]:
        return [entry.path for entry in self._entries]

    def choose_files(self) -> None:
        if self.outcomes is not None:
            return
        paths, _ = QFileDialog.getOpenFileNames(self, "Add files to import", self._last_dir, FILE_FILTER)
        if paths:
            self._last_dir = str(Path(paths[0]).parent)
            self.add_paths(paths)

    def add_paths(self, paths: list[str] | list[Path]) -> None:
        """Read (prepare) each new file and list it with what was found or what went wrong."""
        if self.outcomes is not None:
            return
        known = {_key(entry.path) for entry in self._entries}
        new: list[Path] = []
        for path in paths:
            key = _key(path)
            if key not in known:
                known.add(key)
                new.append(Path(path))
        if not new:
            return
        first_new_row = len(self._entries)
        with ProgressWindow(self, "Import documents") as window:
            for index, path in enumerate(new):
                entry = self._prepare(path, window, f"{index + 1} of {len(new)}" if len(new) > 1 else "")
                if entry is None:  # cancelled: this file and the rest are not added
                    break
                self._entries.append(entry)
        self._rebuild_table()
        if first_new_row < len(self._entries):
            self.table.selectRow(first_new_row)
        self._refresh()

    def remove_selected(self) -> None:
        row = self._selected_row()
        if row is None or self.outcomes is not None:
            return
        del self._entries[row]
        self._rebuild_table()
        if self._entries:
            self.table.selectRow(min(row, len(self._entries) - 1))
        self._refresh()

    def set_join(self, path: str | Path, join: bool) -> None:
        """Join (or not) the lines broken mid-sentence in this file when importing it."""
        entry = self._entry(path)
        if entry is None:
            raise KeyError(f"{path} is not in the import list")
        entry.join = bool(join) and entry.broken > 0
        row = self._entries.index(entry)
        self._fill_row(row, entry)
        if self._selected_row() == row:
            self._show_selected()

    def join_of(self, path: str | Path) -> bool:
        entry = self._entry(path)
        return bool(entry and entry.join)

    def prepared_of(self, path: str | Path) -> PreparedDocument | None:
        entry = self._entry(path)
        return entry.prepared if entry else None

    def error_of(self, path: str | Path) -> str | None:
        entry = self._entry(path)
        return entry.error if entry else None

    def select_path(self, path: str | Path) -> None:
        entry = self._entry(path)
        if entry is not None:
            self.table.selectRow(self._entries.index(entry))

    def import_all(self) -> list[ImportOutcome]:
        """Store every file that was read, each as one command; one outcome per listed file."""
        if self.outcomes is not None:
            return self.outcomes
        outcomes: list[ImportOutcome] = []
        todo = sum(1 for entry in self._entries if entry.prepared is not None)
        done = 0
        with ProgressWindow(self, "Import documents") as window:
            for entry in self._entries:
                if entry.prepared is None:
                    entry.outcome = ImportOutcome(entry.path, None, entry.error or "could not be read")
                elif window.cancelled:
                    entry.outcome = ImportOutcome(entry.path, None, "not imported: cancelled")
                else:
                    done += 1
                    entry.outcome = self._store(entry, window, f"{done} of {todo}" if todo > 1 else "")
                outcomes.append(entry.outcome)
        self.outcomes = outcomes
        self._rebuild_table()
        self._refresh()
        self.importFinished.emit(outcomes)
        return outcomes

    # -- reading and storing ----------------------------------------------------
    def _prepare(self, path: Path, window: ProgressWindow, note: str) -> _Entry | None:
        """Read a file into an entry (with its error if it cannot be read); None if cancelled."""
        try:
            return _Entry(path, prepared=window.run(lambda progress: prepare_document(path, progress), note))
        except Cancelled:
            return None
        except AccordError as problem:
            return _Entry(path, error=_short(str(problem), path))
        except Exception as problem:  # a reader bug must not take the dialog down
            return _Entry(path, error=f"could not be read ({type(problem).__name__}: {problem})")

    def _store(self, entry: _Entry, window: ProgressWindow, note: str) -> ImportOutcome:
        prepared = entry.to_store()
        try:
            built = window.run(lambda progress: build_document(prepared, progress), note)
            window.busy(f"Storing {entry.path.name}…")
            document = store_built(self.session.project, built)
        except Cancelled:
            return ImportOutcome(entry.path, None, "not imported: cancelled")
        except AccordError as problem:
            return ImportOutcome(entry.path, None, _short(str(problem), entry.path))
        except Exception as problem:  # the command rolled back; report and go on with the others
            return ImportOutcome(entry.path, None, f"could not be stored ({type(problem).__name__}: {problem})")
        message = f"imported as '{document.name}'"
        if entry.join and entry.broken:
            message += f", {_lines(entry.broken)} joined"
        return ImportOutcome(entry.path, document, message)

    # -- table --------------------------------------------------------------------
    def _entry(self, path: str | Path) -> _Entry | None:
        key = _key(path)
        for entry in self._entries:
            if _key(entry.path) == key:
                return entry
        return None

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _rebuild_table(self) -> None:
        selected = self._selected_row()
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(len(self._entries))
            for row, entry in enumerate(self._entries):
                self._fill_row(row, entry)
        finally:
            self.table.blockSignals(False)
        if selected is not None and selected < len(self._entries):
            self.table.selectRow(selected)
        self._show_selected()

    def _fill_row(self, row: int, entry: _Entry) -> None:
        def cell(column: int, text: str, tip: str = "", align=Qt.AlignmentFlag.AlignLeft) -> QTableWidgetItem:
            item = QTableWidgetItem(text)
            item.setToolTip(tip or text)
            item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
            return item

        cell(_FILE, entry.path.name, str(entry.path))
        prepared = entry.prepared
        if prepared is not None:
            length = entry.to_store().length
            cell(_CHARS, f"{length:,}", f"{length:,} characters", Qt.AlignmentFlag.AlignRight)
            encoding = prepared.notes.get("encoding")
            cell(_ENCODING, encoding or "—",
                 f"Read as {encoding}" if encoding else f"A .{prepared.format} file carries its own encoding")
        else:
            cell(_CHARS, "—", "", Qt.AlignmentFlag.AlignRight)
            cell(_ENCODING, "—")

        if entry.outcome is not None:
            good = entry.outcome.ok
            text = ("✓ " if good else "✗ ") + entry.outcome.message
            status = cell(_STATUS, text)
            status.setForeground(QBrush(_GOOD if good else _BAD))
        elif entry.error is not None:
            status = cell(_STATUS, f"✗ {entry.error}")
            status.setForeground(QBrush(_BAD))
        else:
            parts = ["Ready"]
            if entry.broken:
                if entry.join:
                    parts.append(f"{_lines(entry.broken)} broken mid-sentence will be joined")
                else:
                    parts.append(f"{_lines(entry.broken)} broken mid-sentence found")
            notes = prepared.notes.get("reader_notes") or []
            if notes:
                parts.append(f"{len(notes)} note{'s' if len(notes) != 1 else ''}")
            status = cell(_STATUS, " · ".join(parts), "\n".join(["Ready to import", *notes]))

    # -- preview --------------------------------------------------------------
    def _show_selected(self) -> None:
        row = self._selected_row()
        entry = self._entries[row] if row is not None and row < len(self._entries) else None
        self.join_checkbox.blockSignals(True)
        try:
            self._show_entry(entry)
        finally:
            self.join_checkbox.blockSignals(False)
        self.options_row.setVisible(not self.join_checkbox.isHidden() or bool(self.notes_label.text()))
        self._refresh_buttons()

    def _show_entry(self, entry: _Entry | None) -> None:
        if entry is None:
            self.preview_title.setText("Preview")
            self.text_preview.clear()
            self.text_preview.setPlaceholderText(
                "Select a file to see the beginning of its text." if self._entries
                else "Add files to see what will be imported."
            )
            self.join_checkbox.hide()
            self.join_preview.hide()
            self.notes_label.clear()
            return
        self.preview_title.setText(f"Preview of {entry.path.name}")
        if entry.prepared is None:
            self.text_preview.clear()
            self.text_preview.appendHtml(
                "<p>This file cannot be imported:</p>"
                f"<p style='color:{_BAD.name()};'>{html.escape(entry.error or '')}</p>"
            )
            self.join_checkbox.hide()
            self.join_preview.hide()
            self.notes_label.clear()
            return
        prepared = entry.to_store()
        shown = prepared.head(PREVIEW_CHARS)
        if prepared.length > PREVIEW_CHARS:
            shown += f"\n\n[… {prepared.length - PREVIEW_CHARS:,} more characters]"
        self.text_preview.setPlainText(shown)
        notes = entry.prepared.notes.get("reader_notes") or []
        self.notes_label.setText(" · ".join(notes) if notes else "")
        self.notes_label.setToolTip("\n".join(notes))
        if entry.broken:
            self.join_checkbox.setText(f"&Join {_lines(entry.broken)} broken mid-sentence")
            self.join_checkbox.setChecked(entry.join)
            self.join_checkbox.setEnabled(self.outcomes is None)
            self.join_checkbox.show()
            self.join_preview.setHtml(self._join_html(entry))
            self.join_preview.show()
        else:
            self.join_checkbox.hide()
            self.join_preview.hide()

    def _join_html(self, entry: _Entry) -> str:
        assert entry.prepared is not None
        lines = join_preview(entry.prepared.broken_lines, JOIN_PREVIEW_LIMIT, total=entry.broken).splitlines()
        marker = '<span style="color:#1565c0; font-weight:bold;">&nbsp;⏎&nbsp;</span>'
        rows = []
        for number, line in enumerate(lines):
            escaped = html.escape(line.strip())
            if number == 0:
                rows.append(f"<p style='margin:0 0 6px 0;'><b>{escaped}</b></p>")
            else:
                rows.append(f"<p style='margin:0 0 4px 0;'>{escaped.replace(' ⏎ ', marker)}</p>")
        return "".join(rows)

    def _on_join_toggled(self, on: bool) -> None:
        row = self._selected_row()
        if row is None:
            return
        self.set_join(self._entries[row].path, on)

    # -- state ----------------------------------------------------------------
    def _refresh(self) -> None:
        self.files_stack.setCurrentWidget(self.table if self._entries else self.empty_label)
        ready = sum(1 for e in self._entries if e.prepared is not None)
        failed = len(self._entries) - ready
        if self.outcomes is not None:
            imported = sum(1 for o in self.outcomes if o.ok)
            total = len(self.outcomes)
            self.summary_label.setText(f"{imported} of {total} file{'s' if total != 1 else ''} imported.")
        elif self._entries:
            parts = [f"{len(self._entries)} file{'s' if len(self._entries) != 1 else ''}", f"{ready} ready"]
            if failed:
                parts.append(f"{failed} cannot be read")
            self.summary_label.setText(" · ".join(parts))
        else:
            self.summary_label.setText("")
        self._refresh_buttons()

    def _refresh_buttons(self) -> None:
        finished = self.outcomes is not None
        ready = any(e.prepared is not None for e in self._entries)
        self.add_button.setVisible(not finished)
        self.remove_button.setVisible(not finished)
        self.remove_button.setEnabled(not finished and self._selected_row() is not None)
        if finished:
            self.import_button.setText("&Close")
            self.import_button.setToolTip("Close this window")
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
