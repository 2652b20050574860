"""The report dialog's Charts tab: the report's SVG charts, drawn by QtSvg, each savable as SVG or PNG.

The charts are the very SVG strings the HTML report embeds
(`core.reports.charts.report_charts`). A chart keeps its proportions: it
shrinks with a narrow window and never grows beyond the size it was drawn for.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.reports.charts import Chart
from ...core.reports.model import ReportModel
from ..i18n import fill
from .preview import CHART_TITLES, MUTED, chart_size

CAPTIONS = {  # shown translated under "ChartsPanel"
    "frequency": QT_TRANSLATE_NOOP("ChartsPanel", "A code's own codings (without its sub-codes)."),
    "frequency_by_coder": QT_TRANSLATE_NOOP("ChartsPanel",
                                            "A code's own codings (without its sub-codes), split by coder."),
    "documents": QT_TRANSLATE_NOOP("ChartsPanel", "How often each code was applied in each document; "
                                                  "darker cells mean more codings."),
    "cooccurrence": QT_TRANSLATE_NOOP("ChartsPanel", "In how many places passages coded with both codes overlap."),
}


class ChartView(QSvgWidget):
    """An SVG chart that keeps its aspect ratio and is never drawn larger than its own size."""

    def __init__(self, svg: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.svg = svg
        self.load(QByteArray(svg.encode("utf-8")))
        natural = self.renderer().defaultSize()
        if natural.isEmpty():
            width, height = chart_size(svg)
            natural = QSize(max(width, 1), max(height, 1))
        self.natural = natural
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumWidth(min(240, natural.width()))

    def sizeHint(self) -> QSize:
        return QSize(self.natural)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        shown = min(width, self.natural.width())
        return max(1, round(shown * self.natural.height() / max(1, self.natural.width())))

    def drawn_rect(self) -> QRectF:
        width = min(self.width(), self.natural.width())
        height = width * self.natural.height() / max(1, self.natural.width())
        if height > self.height():
            height = self.height()
            width = height * self.natural.width() / max(1, self.natural.height())
        return QRectF(0, 0, width, height)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.renderer().render(painter, self.drawn_rect())
        painter.end()


class ChartsPanel(QScrollArea):
    """The three charts of the report (or why one is missing), one below the other."""

    saveRequested = Signal(str, str)  # chart key, "svg" or "png"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reportCharts")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.views: dict[str, ChartView] = {}
        self.charts: dict[str, Chart] = {}
        self._page: QWidget | None = None
        self.show_message(self.tr("The charts appear here once the report is built."))

    def _new_page(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        page.setObjectName("chartsPage")
        page.setAutoFillBackground(True)
        palette = page.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.Base))
        page.setPalette(palette)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(22, 16, 22, 20)
        layout.setSpacing(6)
        return page, layout

    def show_message(self, text: str) -> None:
        page, layout = self._new_page()
        label = QLabel(text, page)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setEnabled(False)
        layout.addWidget(label, 1)
        self._install(page)
        self.views, self.charts = {}, {}

    def show_charts(self, model: ReportModel, charts: dict[str, Chart]) -> None:
        if not model.codes or not model.total_codings:
            self.show_message(self.tr("No codes are in this selection: there is nothing to chart.") if not model.codes
                              else self.tr("Nothing has been coded in this selection yet: there is nothing to chart."))
            return
        page, layout = self._new_page()
        self.views, self.charts = {}, {}
        several = len(model.coders) > 1
        for index, key in enumerate(("frequency", "documents", "cooccurrence")):
            title = (self.tr("Codings per code and coder") if key == "frequency" and several
                     else QCoreApplication.translate("ReportPreview", CHART_TITLES[key]))
            heading = QHBoxLayout()
            heading.setSpacing(4)
            label = QLabel(title, page)
            font = label.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.15)
            label.setFont(font)
            heading.addWidget(label)
            heading.addStretch(1)
            layout.addSpacing(0 if index == 0 else 18)
            layout.addLayout(heading)
            why_not = _missing(key, model)
            if why_not:
                empty = QLabel(why_not, page)
                empty.setStyleSheet(f"color: {MUTED}; font-style: italic;")
                empty.setWordWrap(True)
                layout.addWidget(empty)
                continue
            chart = charts[key]
            button = QToolButton(page)
            button.setObjectName(f"save-{key}")
            button.setText(self.tr("Save image"))
            button.setAutoRaise(True)
            button.setToolTip(self.tr("Save this chart as an SVG image (for print and further editing) or as a PNG image"))
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            menu = QMenu(button)
            menu.addAction(self.tr("SVG image…"), lambda k=key: self.saveRequested.emit(k, "svg"))
            menu.addAction(self.tr("PNG image…"), lambda k=key: self.saveRequested.emit(k, "png"))
            button.setMenu(menu)
            heading.addWidget(button)
            view = ChartView(str(chart), page)
            view.setObjectName(f"chart-{key}")
            view.setToolTip(title)
            layout.addWidget(view)
            caption = QCoreApplication.translate(
                "ChartsPanel", CAPTIONS["frequency_by_coder" if key == "frequency" and several else key])
            if chart.note:
                caption = fill(self.tr("%1 Showing %2."), caption, chart.note)
            note = QLabel(caption, page)
            note.setWordWrap(True)
            note.setStyleSheet(f"color: {MUTED};")
            layout.addWidget(note)
            self.views[key], self.charts[key] = view, chart
        layout.addStretch(1)
        self._install(page)

    def _install(self, page: QWidget) -> None:
        position = self.verticalScrollBar().value()
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self.setWidget(page)
        self._page = page
        self.verticalScrollBar().setValue(position)

    def save_chart(self, key: str, kind: str, path: Path) -> Path:
        """Write one chart as SVG or PNG (twice the drawn size, for print)."""
        from ...core.files import write_atomically
        from ..widgets.png import png_bytes
        from .preview_browser import svg_image

        chart = self.charts[key]
        if kind == "svg":
            write_atomically(path, str(chart).encode("utf-8"))
        else:
            width, height = chart_size(chart)
            image = svg_image(str(chart), width, height, scale=2.0)
            image.setDevicePixelRatio(1.0)
            write_atomically(path, png_bytes(image))
        return path


def _missing(key: str, model: ReportModel) -> str:
    """Why a chart is not drawn for this selection, or ""."""
    if not model.codes:
        return QCoreApplication.translate("ChartsPanel", "No codes are in this selection.")
    if not model.total_codings:
        return QCoreApplication.translate("ChartsPanel", "Nothing has been coded in this selection.")
    if key == "documents" and not model.documents:
        return QCoreApplication.translate("ChartsPanel", "No documents are in this selection.")
    if key == "cooccurrence":
        if len(model.codes) < 2:
            return QCoreApplication.translate("ChartsPanel", "Co-occurrence needs at least two codes.")
        if not model.cooccurrence.pairs:
            return QCoreApplication.translate("ChartsPanel", "No two codes overlap in this selection.")
    return ""
