"""The margin of coding stripes beside the text: one labelled bar per coding.

Bars sit in columns (see CodingIndex.assign_columns) and span the lines of
their coding on screen; a label reads to the right of its bar as far as the
next bar that shares its height. The margin lives inside the text view's
frame, between the text and the scroll bar, and scrolls with the text. It
knows the view only through `StripeHost`, the little it asks of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, SignalInstance
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import QScrollBar, QToolTip, QWidget

from .geometry import ShownBlock
from .index import Mark, PaneState

LEFT_PAD = 8.0
RIGHT_PAD = 4.0
BAR_WIDTH = 4.0
GRIP = 5  # pixels at the left edge that resize the margin


class StripeHost(Protocol):
    """What the margin needs of the text view it sits in (and that is its parent widget).

    CodingTextView is one: its layout and marks to draw, its scroll position to
    know when to lay out again, its signals for clicks on a stripe, and the
    margin's width to resize it.
    """

    state: PaneState
    layout_generation: int  # changes whenever the blocks on screen are laid out anew
    markClicked: SignalInstance  # (coding id)
    markContextRequested: SignalInstance  # (coding id, global QPoint)

    def font(self) -> QFont: ...
    def palette(self) -> QPalette: ...
    def viewport(self) -> QWidget: ...
    def verticalScrollBar(self) -> QScrollBar: ...
    def contentOffset(self) -> QPointF: ...
    def shown_blocks(self) -> list[ShownBlock]: ...
    def visible_marks(self, shown: list[ShownBlock]) -> list[Mark]: ...
    def extent(self, shown: list[ShownBlock], qstart: int, qend: int) -> tuple[float, float] | None: ...
    def line_chars(self) -> int: ...
    def margin_width(self) -> int: ...
    def set_margin_width(self, width: int) -> None: ...
    def refresh(self) -> None: ...


@dataclass
class Stripe:
    mark: Mark
    bar: QRectF
    label: QRectF | None
    text: str


class _Bar:
    __slots__ = ("mark", "top", "bottom", "x", "slot", "named")

    def __init__(self, mark: Mark, top: float, bottom: float):
        self.mark, self.top, self.bottom = mark, top, bottom
        self.x, self.slot, self.named = 0.0, 0, True


class StripeMargin(QWidget):
    def __init__(self, view: StripeHost):
        super().__init__(view)
        self.view = view
        self.setMouseTracking(True)
        self.setAttribute(Qt.WA_OpaquePaintEvent)
        self._resize_from: tuple[float, int] | None = None  # (global x at press, width at press)
        self._cache_key: tuple | None = None
        self._cache: list[Stripe] = []

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
        """Where every on-screen coding's bar and label go (kept until the view moves or changes)."""
        view, state = self.view, self.view.state
        key = (view.layout_generation, view.verticalScrollBar().value(), view.contentOffset().y(),
               view.viewport().size(), self.size(), state.index.revision, state.preview)
        if key != self._cache_key:
            self._cache = self._layout()
            self._cache_key = key
        return self._cache

    def _layout(self) -> list[Stripe]:
        view, state = self.view, self.view.state
        shown = view.shown_blocks()
        if not shown:
            return []
        state.index.assign_columns(view.line_chars())
        metrics = QFontMetricsF(self.label_font())
        label_height = metrics.height()
        bars: list[_Bar] = []
        for mark in view.visible_marks(shown):
            extent = view.extent(shown, *state.qspan_of(mark))
            if extent is not None and extent[1] >= 0 and extent[0] <= self.height():
                top, bottom = extent
                bars.append(_Bar(mark, top + 1.5, max(top + 4.5, bottom - 1.5)))
        for cluster in _clusters(bars, label_height):
            self._place_columns(cluster, metrics)
        stripes = []
        for bar in bars:
            if bar.x + BAR_WIDTH <= self.width():
                label, text = self._place_label(bar, bars, metrics) if bar.named else (None, "")
                rect = QRectF(bar.x, bar.top, BAR_WIDTH, bar.bottom - bar.top)
                stripes.append(Stripe(bar.mark, rect, label, text))
        return stripes

    def _place_columns(self, bars: list[_Bar], metrics: QFontMetricsF) -> None:
        """Give a cluster of bars (stacked side by side) their x: only the columns in use take
        room, in their stable order; each is as wide as the labels that a bar to its right
        would otherwise cut short."""
        label_height = metrics.height()
        slots = {column: i for i, column in enumerate(sorted({bar.mark.column for bar in bars}))}
        for bar in bars:
            bar.slot = slots[bar.mark.column]
        need = [BAR_WIDTH + 5.0] * len(slots)
        for bar in bars:
            band = _label_top(bar.top, bar.bottom, label_height)
            beside = [other for other in bars if other.slot > bar.slot
                      and other.top < band + label_height and other.bottom > band]
            # Another coder's coding with the same code right beside it: one label for both.
            bar.named = not any(other.mark.code_id == bar.mark.code_id for other in beside)
            if bar.named and (beside or bar.slot == len(slots) - 1):
                wanted = BAR_WIDTH + 4 + metrics.horizontalAdvance(self.view.state.name_of(bar.mark)) + 8
                need[bar.slot] = max(need[bar.slot], wanted)
        widths = _fit(need, self.width() - LEFT_PAD - RIGHT_PAD, BAR_WIDTH + 5.0)
        lefts = [LEFT_PAD + sum(widths[:i]) for i in range(len(widths))]
        for bar in bars:
            bar.x = lefts[bar.slot]

    def _place_label(self, bar: _Bar, bars: list[_Bar], metrics: QFontMetricsF) -> tuple[QRectF | None, str]:
        """The label right of the bar: at its top (pinned while the bar runs on above the
        margin), else lower down beside the bar where the bars to its right leave more room."""
        label_height = metrics.height()
        name = self.view.state.name_of(bar.mark)
        wanted = metrics.horizontalAdvance(name)
        left = bar.x + BAR_WIDTH + 4
        to_the_right = [other for other in bars if other.x > bar.x]
        best: tuple[float, float] | None = None  # (room, y)
        y = _label_top(bar.top, bar.bottom, label_height)
        while True:
            right = self.width() - RIGHT_PAD
            for other in to_the_right:
                if other.top < y + label_height and other.bottom > y and other.x - 3 < right:
                    right = other.x - 3
            if best is None or right - left > best[0]:
                best = (right - left, y)
            if right - left >= wanted:
                break
            y += label_height
            if y + label_height > min(bar.bottom, self.height()):
                break
        room, y = best
        text = metrics.elidedText(name, Qt.ElideRight, room)
        if room < metrics.horizontalAdvance("M…") or not text:
            return None, ""
        return QRectF(left, y, metrics.horizontalAdvance(text), label_height), text

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
        painter.fillRect(self.rect(), mix_colours(base, text, 0.035))
        painter.fillRect(QRectF(0, 0, 1, self.height()), mix_colours(base, text, 0.18))
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
                painter.setPen(text if emphasised or hovered else mix_colours(text, base, 0.2))
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


def _clusters(bars: list[_Bar], label_height: float) -> list[list[_Bar]]:
    """Bars that share some height (labels included), each group laid out on its own."""
    clusters: list[list[_Bar]] = []
    bottom = float("-inf")
    for bar in sorted(bars, key=lambda b: b.top):
        if not clusters or bar.top >= bottom:
            clusters.append([])
        clusters[-1].append(bar)
        bottom = max(bottom, bar.bottom, _label_top(bar.top, bar.bottom, label_height) + label_height)
    return clusters


def _label_top(top: float, bottom: float, label_height: float) -> float:
    """Labels sit at the top of their bar, pinned to the top of the margin while the bar runs on above."""
    pinned = max(top, 0.0)
    return bottom - label_height if bottom - pinned < label_height else pinned


def _fit(need: list[float], room: float, least: float) -> list[float]:
    """Column widths: what each needs if all fit, else an equal cap ("water level") on the widest."""
    if sum(need) <= room:
        return list(need)
    if least * len(need) >= room:
        return [least] * len(need)
    level, rest, count = room, room, len(need)
    for width in sorted(need):
        level = rest / count
        if width > level:
            break
        rest -= width
        count -= 1
    return [min(width, level) for width in need]


def mix_colours(a: QColor, b: QColor, amount: float) -> QColor:
    """`a` moved `amount` (0..1) of the way to `b`."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )
