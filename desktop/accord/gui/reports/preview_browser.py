"""The preview's images and the browser that shows them (GUI thread).

`PreviewBrowser` draws the named images of `preview.preview_html` (`chart:frequency`,
`swatch:4e79a7`) from the report's own SVG charts with QSvgRenderer, so the preview shows
exactly the pictures the report embeds, and follows in-page links.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QPainter, QTextDocument
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QTextBrowser

from ...core.reports.charts import Chart
from ..codebook.model import paint_swatch
from .preview import chart_size


def svg_image(svg: str, width: int, height: int, scale: float = 2.0) -> QImage:
    """An SVG drawn into a white image of width × height (logical pixels) at `scale`."""
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    image = QImage(QSize(max(1, round(width * scale)), max(1, round(height * scale))),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    image.setDevicePixelRatio(scale)
    return image


def swatch_image(colour: str, size: int = 12, scale: float = 2.0) -> QImage:
    image = QImage(QSize(round(size * scale), round(size * scale)), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    paint_swatch(painter, QRectF(0.5, 0.5, image.width() - 1, image.height() - 1), colour, 2.5 * scale)
    painter.end()
    image.setDevicePixelRatio(scale)
    return image


DOCUMENT_MARGIN = 14


class PreviewBrowser(QTextBrowser):
    """A QTextBrowser that draws the preview's `chart:` and `swatch:` images and follows in-page links."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(True)
        self.setOpenExternalLinks(False)
        self._charts: dict[str, Chart] = {}
        self._images: dict[str, QImage] = {}
        self.source_html = ""   # the HTML last shown (toHtml() would give Qt's rewrite of it)
        self.document().setDocumentMargin(DOCUMENT_MARGIN)

    def show_report(self, html: str, charts: dict[str, Chart]) -> None:
        """Show new preview HTML, keeping the reading position."""
        position = self.verticalScrollBar().value()
        self._charts = dict(charts)
        self._images = {k: v for k, v in self._images.items() if k.startswith("swatch:")}
        self.source_html = html
        self.setHtml(html)
        self.verticalScrollBar().setValue(position)

    def loadResource(self, kind: int, url: QUrl):
        if kind == QTextDocument.ResourceType.ImageResource.value or kind == QTextDocument.ResourceType.ImageResource:
            name = url.toString()
            if name in self._images:
                return self._images[name]
            if name.startswith("swatch:"):
                image = self._images[name] = swatch_image("#" + name[len("swatch:"):])
                return image
            if name.startswith("chart:") and name[len("chart:"):] in self._charts:
                chart = self._charts[name[len("chart:"):]]
                width, height = chart_size(chart)
                image = self._images[name] = svg_image(str(chart), width, height)
                return image
        return super().loadResource(kind, url)
