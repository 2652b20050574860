"""The report dialog's right side: the Preview tab (the report, or a message in its place) and the Charts tab.

`ReportTabs` shows a finished build (`show_report`: the preview's rich text in
a `PreviewBrowser`, the charts at full quality in a `ChartsPanel`) or, while
there is no report to show, a message saying why: building, nothing ticked,
or what went wrong (`show_message`).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QWidget

from .chart_view import ChartsPanel
from .preview_browser import PreviewBrowser
from .runner import Built

ERROR_COLOUR = "#b3261e"


class ReportTabs(QTabWidget):
    """Preview and Charts of the report being shown."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reportTabs")
        self.preview_stack = QStackedWidget(self)
        self.preview = PreviewBrowser(self.preview_stack)
        self.preview.setObjectName("reportPreview")
        self.preview.setToolTip("")
        self.message_page = QLabel(self.preview_stack)
        self.message_page.setObjectName("reportMessage")
        self.message_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_page.setWordWrap(True)
        self.message_page.setTextFormat(Qt.TextFormat.RichText)
        self.message_page.setFrameShape(QLabel.Shape.StyledPanel)
        self.message_page.setMargin(30)
        self.preview_stack.addWidget(self.preview)
        self.preview_stack.addWidget(self.message_page)
        self.charts_panel = ChartsPanel(self)
        self.addTab(self.preview_stack, self.tr("&Preview"))
        self.addTab(self.charts_panel, self.tr("C&harts"))
        self.setTabToolTip(0, self.tr("The report as it will be saved (the web page and Word file look the same, "
                                      "with their own fonts)"))
        self.setTabToolTip(1, self.tr("The report's charts; each can be saved as an image"))

    def show_report(self, built: Built) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)  # laying out a long preview takes a moment
        try:
            self.preview.show_report(built.html, built.charts)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.preview_stack.setCurrentWidget(self.preview)
        self.charts_panel.show_charts(built.model, built.charts)

    def show_message(self, title: str, detail: str = "", *, error: bool = False, charts: bool = True) -> None:
        """A message in place of the preview (`detail` is rich text), and in place of the charts if `charts`."""
        colour = f' style="color:{ERROR_COLOUR}"' if error else ""  # not text: markup
        body = f"<p{colour}><b>{escape(str(title))}</b></p>"
        if detail:
            body += f'<p style="color:#5f6670">{detail}</p>'
        self.message_page.setText(body)
        self.preview_stack.setCurrentWidget(self.message_page)
        if charts:
            self.charts_panel.show_message(title)
