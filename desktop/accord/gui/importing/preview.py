"""The import dialog's preview pane: the beginning of the selected file's text as it will be imported.

`FilePreview` shows the first PREVIEW_CHARS characters of the selected entry
(joined, if its broken lines are to be joined), or why it cannot be imported,
with the reader's notes. When lines are broken mid-sentence it offers to join
them (`joinToggled`) and lists where, with ⏎ marking each join. It lists the
speakers found, each with a tick box: an unticked one is not stored as a speaker
(`speakerToggled`). A file whose text the project already has says so.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core.importers.transcripts.times import clock
from ...core.linejoin import preview as join_preview
from ..i18n import fill
from .entry import Entry
from .files import BAD, NOTICE

PREVIEW_CHARS = 4000  # how much of a text the preview shows
JOIN_PREVIEW_LIMIT = 60


class FilePreview(QWidget):
    """The selected file's text, and the choice to join its broken lines."""

    joinToggled = Signal(bool)
    speakerToggled = Signal(str, bool)  # speaker, ticked

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(6)
        self.title = QLabel(self)
        title_font = self.title.font()
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.title)
        self.duplicate_label = QLabel(self)
        self.duplicate_label.setObjectName("duplicateLabel")
        self.duplicate_label.setTextFormat(Qt.TextFormat.PlainText)
        self.duplicate_label.setWordWrap(True)
        self.duplicate_label.setStyleSheet(f"color: {NOTICE.name()};")
        self.duplicate_label.hide()
        layout.addWidget(self.duplicate_label)
        self.transcript_label = QLabel(self)
        self.transcript_label.setObjectName("transcriptLabel")
        self.transcript_label.setTextFormat(Qt.TextFormat.PlainText)
        self.transcript_label.setWordWrap(True)
        self.transcript_label.hide()
        layout.addWidget(self.transcript_label)

        self.options_row = QWidget(self)
        join_row = QHBoxLayout(self.options_row)
        join_row.setContentsMargins(0, 0, 0, 0)
        self.join_checkbox = QCheckBox(self.options_row)
        self.join_checkbox.setObjectName("joinCheckbox")
        self.join_checkbox.setToolTip(self.tr(
            "Replace these line breaks with spaces before importing (for text copied from PDFs or "
            "web pages).\nA document's text never changes once imported, so decide now."
        ))
        join_row.addWidget(self.join_checkbox)
        join_row.addStretch(1)
        self.notes_label = QLabel(self.options_row)
        self.notes_label.setEnabled(False)
        self.notes_label.setTextFormat(Qt.TextFormat.PlainText)
        join_row.addWidget(self.notes_label)
        layout.addWidget(self.options_row)

        panes = QSplitter(Qt.Orientation.Horizontal, self)
        panes.setChildrenCollapsible(False)
        self.text_preview = QPlainTextEdit(panes)
        self.text_preview.setObjectName("textPreview")
        self.text_preview.setReadOnly(True)
        self.text_preview.setToolTip(self.tr("The beginning of the text as it will be imported"))
        self.text_preview.setPlaceholderText(self.tr("Select a file to see the beginning of its text."))
        self.join_preview = QTextBrowser(panes)
        self.join_preview.setObjectName("joinPreview")
        self.join_preview.setOpenLinks(False)
        self.join_preview.setToolTip(
            self.tr("Each line break found in mid-sentence; ⏎ marks where the lines would be joined"))
        self.speakers_box = QWidget(panes)
        speakers_layout = QVBoxLayout(self.speakers_box)
        speakers_layout.setContentsMargins(0, 0, 0, 0)
        self.speakers_label = QLabel(self.tr("Speakers found (untick any that is not one):"), self.speakers_box)
        self.speakers_label.setWordWrap(True)
        self.speaker_list = QListWidget(self.speakers_box)
        self.speaker_list.setObjectName("speakerList")
        self.speaker_list.setToolTip(self.tr(
            "Lines starting with a ticked name open that speaker's turns.\n"
            "Untick a name that is not a speaker (\"By:\", \"Edition:\"): its lines are kept as text."
        ))
        self.speakers_label.setBuddy(self.speaker_list)
        speakers_layout.addWidget(self.speakers_label)
        speakers_layout.addWidget(self.speaker_list, 1)
        panes.addWidget(self.text_preview)
        panes.addWidget(self.join_preview)
        panes.addWidget(self.speakers_box)
        panes.setStretchFactor(0, 3)
        panes.setStretchFactor(1, 2)
        panes.setStretchFactor(2, 1)
        layout.addWidget(panes, 1)

        self.join_checkbox.toggled.connect(self.joinToggled)
        self.speaker_list.itemChanged.connect(self._on_speaker_changed)

    def _on_speaker_changed(self, item: QListWidgetItem) -> None:
        self.speakerToggled.emit(item.text(), item.checkState() == Qt.CheckState.Checked)

    def show_entry(self, entry: Entry | None, *, listed: bool, editable: bool) -> None:
        """Show `entry` (None: nothing selected, with `listed` saying whether there are files to select)."""
        self.join_checkbox.blockSignals(True)
        self.speaker_list.blockSignals(True)
        try:
            self._show(entry, listed, editable)
            self._show_speakers(entry, editable)
        finally:
            self.join_checkbox.blockSignals(False)
            self.speaker_list.blockSignals(False)
        self.options_row.setVisible(not self.join_checkbox.isHidden() or bool(self.notes_label.text()))

    def _show_speakers(self, entry: Entry | None, editable: bool) -> None:
        self.speaker_list.clear()
        speakers = entry.speakers if entry is not None else ()
        for name in speakers:
            item = QListWidgetItem(name, self.speaker_list)
            checkable = Qt.ItemFlag.ItemIsUserCheckable if editable else Qt.ItemFlag.NoItemFlags
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | checkable)
            item.setCheckState(Qt.CheckState.Unchecked if name in entry.dropped_speakers else Qt.CheckState.Checked)
        self.speakers_box.setVisible(bool(speakers))
        duplicate = entry.duplicate if entry is not None and entry.outcome is None else None
        if duplicate:
            then = (self.tr("Ticked: it will be imported anyway.") if entry.include
                    else self.tr("Tick it in the list above to import it anyway."))
            self.duplicate_label.setText(f"{duplicate[0].upper()}{duplicate[1:]}. {then}")
        self.duplicate_label.setVisible(bool(duplicate))

    def _show(self, entry: Entry | None, listed: bool, editable: bool) -> None:
        if entry is None:
            self.title.setText(self.tr("Preview"))
            self.text_preview.clear()
            self.text_preview.setPlaceholderText(
                self.tr("Select a file to see the beginning of its text.") if listed
                else self.tr("Add files to see what will be imported.")
            )
            self.join_checkbox.hide()
            self.join_preview.hide()
            self.notes_label.clear()
            self.transcript_label.hide()
            return
        self.title.setText(fill(self.tr("Preview of %1"), entry.path.name))
        if entry.prepared is None:
            self.text_preview.clear()
            self.text_preview.appendHtml(
                "<p>" + html.escape(self.tr("This file cannot be imported:")) + "</p>"
                f"<p style='color:{BAD.name()};'>{html.escape(entry.error or '')}</p>"
            )
            self.join_checkbox.hide()
            self.join_preview.hide()
            self.notes_label.clear()
            self.transcript_label.hide()
            return
        prepared = entry.to_store()
        self._show_transcript(prepared.transcript)
        shown = prepared.head(PREVIEW_CHARS)
        if prepared.length > PREVIEW_CHARS:
            more = prepared.length - PREVIEW_CHARS
            shown += "\n\n" + FilePreview.tr("[… %Ln more character(s)]", "", more)
        self.text_preview.setPlainText(shown)
        notes = entry.prepared.notes.get("reader_notes") or []
        self.notes_label.setText(" · ".join(notes) if notes else "")
        self.notes_label.setToolTip("\n".join(notes))
        if entry.broken:
            self.join_checkbox.setText(
                FilePreview.tr("&Join %Ln line(s) broken mid-sentence", "", entry.broken))
            self.join_checkbox.setChecked(entry.join)
            self.join_checkbox.setEnabled(editable)
            self.join_checkbox.show()
            self.join_preview.setHtml(self._join_html(entry))
            self.join_preview.show()
        else:
            self.join_checkbox.hide()
            self.join_preview.hide()

    def _show_transcript(self, transcript) -> None:
        """Say that the file was recognised as a transcript: which kind, who speaks, how many turns, how long."""
        if transcript is None:
            self.transcript_label.hide()
            return
        speakers = transcript.speakers
        times = [t for turn in transcript.turns for t in (turn.time_start, turn.time_end) if t is not None]
        speaker_count, turn_count = len(speakers), len(transcript.turns)
        speakers_text = FilePreview.tr("%Ln speaker(s)", "", speaker_count)
        turns_text = FilePreview.tr("%Ln turn(s)", "", turn_count)
        parts = [fill(self.tr("Transcript recognised: %1"), transcript.kind), speakers_text, turns_text]
        if times:
            parts.append(f"{clock(min(times))}–{clock(max(times))}")
        self.transcript_label.setText(" · ".join(parts))
        self.transcript_label.setToolTip(
            self.tr("Speakers and times come from the file; each turn is stored as \"Name: text\" with its times."))
        self.transcript_label.show()

    def _join_html(self, entry: Entry) -> str:
        assert entry.prepared is not None
        broken = join_preview(entry.prepared.broken_lines, JOIN_PREVIEW_LIMIT, total=entry.broken).splitlines()
        marker = '<span style="color:#1565c0; font-weight:bold;">&nbsp;⏎&nbsp;</span>'
        rows = []
        for number, line in enumerate(broken):
            escaped = html.escape(line.strip())
            if number == 0:
                rows.append(f"<p style='margin:0 0 6px 0;'><b>{escaped}</b></p>")
            else:
                rows.append(f"<p style='margin:0 0 4px 0;'>{escaped.replace(' ⏎ ', marker)}</p>")
        return "".join(rows)
