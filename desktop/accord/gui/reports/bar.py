"""The report dialog's bottom bar: progress, the status line, the save format and the buttons.

`ReportBar` holds a busy progress bar (building and writing take a time that
cannot be known in advance), a rich-text status line whose links open what was
saved or its folder (`widgets.links.open_url`), "Open in browser", the format
to save (remembered between sessions; `saving.FORMAT_CHOICES`), "Save…" (named
"Save tables…" for the table formats) and "Close". What the buttons do is the
dialog's.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ...core.reports import TABLE_FORMATS
from ..widgets import links
from .form import Remembered
from .saving import FORMAT_CHOICES, shown


class ReportBar(QWidget):
    """Progress and status on the left, format and buttons on the right."""

    def __init__(self, remembered: Remembered, parent: QWidget | None = None):
        super().__init__(parent)
        bottom = QHBoxLayout(self)
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.setSpacing(8)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("reportProgress")
        self.progress.setRange(0, 0)  # busy: how long a build takes cannot be known in advance
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(110)
        self.progress.setFixedHeight(max(10, self.fontMetrics().height() // 2 + 4))
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("reportStatus")
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.status.setMinimumWidth(120)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.status, 1)
        self.open_button = QPushButton(self.tr("Open in &browser"), self)
        self.open_button.setObjectName("openInBrowser")
        self.open_button.setAutoDefault(False)
        self.open_button.setToolTip(
            self.tr("Open the HTML report in your web browser (as a temporary file), e.g. to print it"))
        bottom.addWidget(self.open_button)
        bottom.addSpacing(10)
        format_label = QLabel(self.tr("&Format:"), self)
        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("formatCombo")
        for fmt, label, _, _ in FORMAT_CHOICES:
            self.format_combo.addItem(shown(label), fmt)
        self.format_combo.setToolTip(self.tr(
            "HTML, Word and Markdown are the report to read; Excel and CSV hold its tables, with every coded "
            "segment,\nfor your own analysis (CSV: one file per table, in a folder)."
        ))
        index = self.format_combo.findData(remembered.get("format", "html", str))
        self.format_combo.setCurrentIndex(max(0, index))
        format_label.setBuddy(self.format_combo)
        bottom.addWidget(format_label)
        bottom.addWidget(self.format_combo)
        self.save_button = QPushButton(self.tr("&Save…"), self)
        self.save_button.setObjectName("saveReport")
        self.save_button.setAutoDefault(False)  # Enter in the filter or the quotes box must not open a file dialog
        self.save_button.setToolTip(self.tr("Save the report in the chosen format (Ctrl+S)"))
        bottom.addWidget(self.save_button)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAutoDefault(False)
        bottom.addWidget(self.close_button)

        self.format_combo.currentIndexChanged.connect(self._on_format_changed)
        self.status.linkActivated.connect(self._on_status_link)
        self._on_format_changed()

    @property
    def format(self) -> str:
        return self.format_combo.currentData()

    def set_format(self, fmt: str) -> None:
        index = self.format_combo.findData(fmt)
        if index < 0:
            raise ValueError(f"unknown report format {fmt!r}")  # not text: a programming error
        self.format_combo.setCurrentIndex(index)

    def set_status(self, html: str) -> None:
        """Rich text in the status line."""
        self.status.setText(html)

    def say(self, text: str) -> None:
        """Plain text in the status line."""
        self.set_status(escape(str(text)))

    def set_buttons_enabled(self, enabled: bool) -> None:
        self.save_button.setEnabled(enabled)
        self.open_button.setEnabled(enabled)

    def _on_format_changed(self, *_args) -> None:
        self.save_button.setText(self.tr("&Save tables…") if self.format in TABLE_FORMATS else self.tr("&Save…"))

    def _on_status_link(self, url: str) -> None:
        links.open_url(QUrl(url))
