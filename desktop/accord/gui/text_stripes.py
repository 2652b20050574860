"""The margin of coding stripes beside the text: one labelled bar per coding.

Bars sit in columns (see CodingIndex.assign_columns) and span the lines of
their coding on screen; a label reads to the right of its bar as far as the
next bar that shares its height. The margin lives inside the text view's
frame, between the text and the scroll bar, and scrolls with the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

from .text_index import Mark

if TYPE_CHECKING:
    from .text_view import CodingTextView

LEFT_PAD = 8.0
RIGHT_PAD = 4.0
BAR_WIDTH = 4.0
MIN_STEP = 9.0  # narrowest column
MAX_STEP = 96.0  # widest column
GRIP = 5  # pixels at the left edge that resize the margin


@dataclass
class Stripe:
    mark: Mark
    bar: QRectF
    label: QRectF | None
    text: str


class StripeMargin(QWidget):
    def __init__(self, view: CodingTextView):
        super().__init__(view)
        self.view = view
        self.setMouseTracking(True)
        self.setAttribute(Qt.WA_OpaquePaintEvent)
        self._resize_from: tuple[float, int] | None = None  # (global x at press, width at press)

    # -- layout ------------------------------------------------------------------
    def label_font(self) -> QFont:
        font = QFont(self.font())
        size = font.pointSizeF() if font.pointSizeF() > 0 else 9.0
        font.setPointSizeF(size * 0.92)
        line = QFontMetricsF(self.view.font()).lineSpacing()
        while QFontMetricsF(font).height() > line and font.pointSizeF() > 5:
            font.setPointSizeF(font.pointSizeF() - 0.5)
        return font

    def stripes(self) -> list[Stripe]:
        """Where every on-screen coding's bar and label go."""
        view, state = self.view, self.view.state
        shown = view.shown_blocks()
        if not shown:
            return []
        columns = max(1, state.index.assign_columns(view.line_chars()))
        step = min(MAX_STEP, max(MIN_STEP, (self.width() - LEFT_PAD - RIGHT_PAD) / columns))
        metrics = QFontMetricsF(self.label_font())
        label_height = metrics.height()
        height = self.height()
        bars: list[tuple[Mark, QRectF]] = []
        for mark in view.visible_marks(shown):
            extent = view.extent(shown, *state.qspan_of(mark))
            if extent is None:
                continue
            top, bottom = extent
            x = LEFT_PAD + mark.column * step
            if x + BAR_WIDTH > self.width():
                continue
            bars.append((mark, QRectF(x, top + 1.5, BAR_WIDTH, max(3.0, bottom - top - 3))))
        stripes = []
        for mark, bar in bars:
            # Pin the label to the top while the bar runs on above the margin.
            label_top = max(bar.top(), 0.0)
            if bar.bottom() - label_top < label_height:
                label_top = bar.bottom() - label_height
            left = bar.right() + 4
            right = self.width() - RIGHT_PAD
            twin = False  # the same code beside it (another coder's coding): one label for both
            for other_mark, other in bars:
                if (other.left() > bar.left() and other.top() < label_top + label_height
                        and other.bottom() > label_top):
                    right = min(right, other.left() - 3)
                    twin = twin or (other_mark.code_id == mark.code_id and abs(other.top() - bar.top()) < label_height)
            text = "" if twin else metrics.elidedText(state.name_of(mark), Qt.ElideRight, right - left)
            label = None
            if right - left >= metrics.horizontalAdvance("M…") and text:
                label = QRectF(left, label_top, metrics.horizontalAdvance(text), label_height)
            if bar.bottom() >= 0 and bar.top() <= height:
                stripes.append(Stripe(mark, bar, label, text))
        return stripes

    def stripe_at(self, pos: QPointF) -> Stripe | None:
        for stripe in reversed(self.stripes()):
            if stripe.bar.adjusted(-3, -1, 3, 1).contains(pos) or (stripe.label and stripe.label.contains(pos)):
                return stripe
        return None

    # -- painting ----------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        palette = self.view.palette()
        base, text = palette.color(QPalette.Base), palette.color(QPalette.Text)
        painter.fillRect(self.rect(), _mix(base, text, 0.035))
        painter.fillRect(QRectF(0, 0, 1, self.height()), _mix(base, text, 0.18))
        painter.setRenderHint(QPainter.Antialiasing)
        font = self.label_font()
        bold = QFont(font)
        bold.setBold(True)
        state = self.view.state
        for stripe in self.stripes():
            colour = QColor(state.colour_of(stripe.mark))
            emphasised = stripe.mark.id == state.selected_id
            hovered = stripe.mark.id == state.hover_id
            bar = stripe.bar
            if emphasised or hovered:
                bar = bar.adjusted(-1, 0, 1.5, 0)
            if emphasised and stripe.label is not None:
                tint = QColor(colour)
                tint.setAlphaF(0.22)
                painter.setPen(Qt.NoPen)
                painter.setBrush(tint)
                painter.drawRoundedRect(stripe.label.adjusted(-3, 0, 3, 0), 3, 3)
            painter.setPen(Qt.NoPen)
            painter.setBrush(colour.darker(125) if emphasised else colour)
            painter.drawRoundedRect(bar, 2, 2)
            if stripe.label is not None:
                painter.setFont(bold if emphasised else font)
                painter.setPen(text if emphasised or hovered else _mix(text, base, 0.2))
                metrics = QFontMetricsF(painter.font())
                label = stripe.label.adjusted(0, 0, metrics.horizontalAdvance(stripe.text) - stripe.label.width(), 0)
                painter.drawText(label, Qt.AlignLeft | Qt.AlignVCenter, stripe.text)
        painter.end()

    # -- mouse ---------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if event.button() == Qt.LeftButton and pos.x() < GRIP:
            self._resize_from = (event.globalPosition().x(), self.view.margin_width())
            return
        stripe = self.stripe_at(pos)
        if stripe is None:
            return
        if event.button() == Qt.LeftButton:
            self.view.markClicked.emit(stripe.mark.id)
        elif event.button() == Qt.RightButton:
            self.view.markContextRequested.emit(stripe.mark.id, event.globalPosition().toPoint())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._resize_from is not None:
            start_x, start_width = self._resize_from
            self.view.set_margin_width(int(start_width + start_x - event.globalPosition().x()))
            return
        stripe = self.stripe_at(pos) if event.buttons() == Qt.NoButton else None
        self.setCursor(Qt.SplitHCursor if pos.x() < GRIP else Qt.PointingHandCursor if stripe else Qt.ArrowCursor)
        self._set_hover(stripe.mark.id if stripe else None)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._resize_from = None

    def leaveEvent(self, event) -> None:
        self._set_hover(None)

    def _set_hover(self, coding_id: int | None) -> None:
        if coding_id != self.view.state.hover_id:
            self.view.state.hover_id = coding_id
            self.view.refresh()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.ToolTip:
            stripe = self.stripe_at(QPointF(event.pos()))
            if stripe is not None:
                QToolTip.showText(event.globalPos(), self.view.state.tooltip([stripe.mark]), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """`a` moved `amount` (0..1) of the way to `b`."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )
