"""The import dialog's file list: the files to import, one table row each, with what was found or went wrong.

`FileList` holds the entries (`entry.Entry`) in the order they were added and
shows them in a table (file, characters, encoding, status), or a hint while
there are none. Each file has a tick box: only ticked files are imported
(`includeToggled`). The status column is each file's check: ready, with how many
lines are broken mid-sentence (and whether they will be joined), the speakers
found and the reader's notes; a document already in the project with the same
text (such a file starts unticked); why it cannot be read; or, once imported,
how importing it ended.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ..i18n import fill, integer
from .entry import Entry, key

GOOD = QColor("#2e7d32")
BAD = QColor("#c62828")
NOTICE = QColor("#8a5a00")  # a duplicate: not wrong, but worth a second look
_COLUMNS = 4  # file, characters, encoding, status
_FILE, _CHARS, _ENCODING, _STATUS = range(4)


class FileList(QStackedWidget):
    """The entries, as a table (or the hint that there are none yet)."""

    includeToggled = Signal(int, bool)  # row, ticked

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.entries: list[Entry] = []
        self.table = QTableWidget(0, _COLUMNS, self)
        self.table.setObjectName("importTable")
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Characters"), self.tr("Encoding"),
                                              self.tr("Status")])
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
        self.table.setToolTip(self.tr("The files to import; select one to preview it"))
        self.empty_label = QLabel(
            self.tr("No files yet.\nClick “Add files…” or drop files here.\n\n"
                    "Accord reads .txt, .md, .docx, .pdf, .html, .odt and .rtf files,\n"
                    "and transcripts with speakers and times (.vtt from Zoom or Teams, .srt)."),
            self,
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setEnabled(False)
        self.empty_label.setFrameShape(QLabel.Shape.StyledPanel)
        self.addWidget(self.empty_label)
        self.addWidget(self.table)
        self.table.itemChanged.connect(self._on_item_changed)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        row = item.row()
        if item.column() != _FILE or not 0 <= row < len(self.entries):
            return
        ticked = item.checkState() == Qt.CheckState.Checked
        if ticked != self.entries[row].include:
            self.includeToggled.emit(row, ticked)

    def entry(self, path: str | Path) -> Entry | None:
        wanted = key(path)
        for entry in self.entries:
            if key(entry.path) == wanted:
                return entry
        return None

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def selected_entry(self) -> Entry | None:
        row = self.selected_row()
        return self.entries[row] if row is not None and row < len(self.entries) else None

    def show_current(self) -> None:
        """The table if there are entries, else the hint."""
        self.setCurrentWidget(self.table if self.entries else self.empty_label)

    def rebuild(self) -> None:
        """One row per entry, keeping the selected row when it is still there."""
        selected = self.selected_row()
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(len(self.entries))
            for row, entry in enumerate(self.entries):
                self.fill_row(row, entry)
        finally:
            self.table.blockSignals(False)
        if selected is not None and selected < len(self.entries):
            self.table.selectRow(selected)

    def fill_row(self, row: int, entry: Entry) -> None:
        def cell(column: int, text: str, tip: str = "", align=Qt.AlignmentFlag.AlignLeft,
                 tick: bool | None = None) -> QTableWidgetItem:
            item = QTableWidgetItem(text)
            item.setToolTip(tip or text)
            item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
            if tick is not None:  # set before the item is in the table: no itemChanged
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable
                              if entry.outcome is None else item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if tick else Qt.CheckState.Unchecked)
            blocked = self.table.blockSignals(True)
            self.table.setItem(row, column, item)
            self.table.blockSignals(blocked)
            return item

        readable = entry.prepared is not None
        cell(_FILE, entry.path.name, fill(self.tr("%1\nTicked files are imported"), entry.path),
             tick=entry.include and readable if readable else None)
        prepared = entry.prepared
        if prepared is not None:
            length = entry.to_store().length
            cell(_CHARS, integer(length), FileList.tr("%Ln character(s)", "", length),
                 Qt.AlignmentFlag.AlignRight)
            encoding = prepared.notes.get("encoding")
            cell(_ENCODING, encoding or "—",
                 fill(self.tr("Read as %1"), encoding) if encoding
                 else fill(self.tr("A .%1 file carries its own encoding"), prepared.format))
        else:
            cell(_CHARS, "—", "", Qt.AlignmentFlag.AlignRight)
            cell(_ENCODING, "—")

        if entry.outcome is not None:
            good = entry.outcome.ok
            text = ("✓ " if good else "✗ ") + entry.outcome.message
            status = cell(_STATUS, text)
            status.setForeground(QBrush(GOOD if good else BAD))
        elif entry.error is not None:
            status = cell(_STATUS, f"✗ {entry.error}")
            status.setForeground(QBrush(BAD))
        elif entry.duplicate is not None:
            shown = (entry.duplicate if entry.include
                     else fill(self.tr("%1: tick it to import it anyway"), entry.duplicate))
            status = cell(_STATUS, shown,
                          self.tr("The project already has this text; a ticked file is imported anyway"))
            status.setForeground(QBrush(NOTICE))
        else:
            parts = [self.tr("Ready") if entry.include else self.tr("Unticked: not imported")]
            if entry.broken:
                if entry.join:
                    parts.append(FileList.tr(
                        "%Ln line(s) broken mid-sentence will be joined", "", entry.broken))
                else:
                    parts.append(FileList.tr(
                        "%Ln line(s) broken mid-sentence found", "", entry.broken))
            speakers = [name for name in entry.speakers if name not in entry.dropped_speakers]
            if speakers:
                parts.append(FileList.tr("%Ln speaker(s)", "", len(speakers)))
            notes = prepared.notes.get("reader_notes") or []
            if notes:
                parts.append(FileList.tr("%Ln note(s)", "", len(notes)))
            status = cell(_STATUS, " · ".join(parts), "\n".join([self.tr("Ready to import"), *notes]))
