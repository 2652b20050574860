"""The agreement matrix as a Qt table: its model, the delegate that paints it, and its colours.

`MatrixModel` lays a `Matrix` out as Code | documents… | Pooled | Prevalence |
95 % CI, with each figure's band (`BandRole`), cell (`CellRole`) and kind of
column (`KindRole`); `MatrixDelegate` paints the figures as rounded chips in
their band's colour (`band_colours`, for a light or a dark palette) and indents
the codes by depth; `legend_text` explains those colours under the matrix.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from .model import BANDS, Cell, Matrix, band_label, cell_tooltip, format_share, format_value
from ..i18n import fill, number, translate

CellRole = Qt.ItemDataRole.UserRole + 1
BandRole = Qt.ItemDataRole.UserRole + 2
KindRole = Qt.ItemDataRole.UserRole + 3  # "code", "cell", "pooled", "prevalence", "interval"


def is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Base).lightness() < 128


def band_colours(name: str, dark: bool) -> tuple[QColor, QColor]:
    light_pair, dark_pair = BANDS[name]
    background, text = dark_pair if dark else light_pair
    return QColor(background), QColor(text)


class MatrixModel(QAbstractTableModel):
    """The matrix as a table: Code | documents… | Pooled | Prevalence | 95 % CI."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.matrix: Matrix | None = None
        self.colours: dict[str, str] = {}  # code name -> colour
        self.dark = False

    def set_matrix(self, matrix: Matrix | None, colours: dict[str, str]) -> None:
        self.beginResetModel()
        self.matrix, self.colours = matrix, colours
        self.endResetModel()

    # columns
    @property
    def pooled_column(self) -> int:
        return len(self.matrix.documents) + 1 if self.matrix else 1

    @property
    def prevalence_column(self) -> int:
        return self.pooled_column + 1

    @property
    def interval_column(self) -> int:
        return self.pooled_column + 2

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.documents) + 4

    def cell(self, index: QModelIndex) -> Cell | None:
        if not index.isValid() or self.matrix is None:
            return None
        row = self.matrix.rows[index.row()]
        column = index.column()
        if 1 <= column <= self.pooled_column:
            return row.cells[column - 1]
        if column in (self.prevalence_column, self.interval_column):
            return row.cells[-1]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or self.matrix is None:
            return None
        documents = self.matrix.documents
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return "   " + self.tr("Code")
            if section <= len(documents):
                return documents[section - 1]
            return {self.pooled_column: self.tr("Pooled"), self.prevalence_column: self.tr("Prevalence"),
                    self.interval_column: self.tr("95 % interval")}.get(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            if 1 <= section <= len(documents):
                return documents[section - 1]
            return {
                self.pooled_column: self.tr("Pooled over documents (character counts summed)"),
                self.prevalence_column: self.tr("Mean share of the characters the compared coders coded with the "
                                                "code (pooled over documents); low prevalence makes α and κ fragile"),
                self.interval_column: self.tr("Bootstrap 95 % interval of the pooled figure (resampling "
                                              "documents); use “Compute intervals”"),
            }.get(section)
        if role == Qt.ItemDataRole.TextAlignmentRole and section == 0:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and section == self.pooled_column:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.matrix is None:
            return None
        matrix = self.matrix
        row = matrix.rows[index.row()]
        column = index.column()
        metric = matrix.metric
        if column == 0:
            return self._code_data(row, role)
        cell = self.cell(index)
        if column == self.prevalence_column:
            if role == Qt.ItemDataRole.DisplayRole:
                return format_share(cell.prevalence) if row.code is not None else ""
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.ToolTipRole and row.code is not None:
                return fill(self.tr("%1: the compared coders coded %2 of the characters on average"),
                            html.escape(row.code), format_share(cell.prevalence))
            if role == KindRole:
                return "prevalence"
            return None
        if column == self.interval_column:
            if role == Qt.ItemDataRole.DisplayRole:
                if cell.interval is not None:
                    lo, hi = cell.interval
                    return f"{format_value(lo)} – {format_value(hi)}"
                if matrix.has_intervals and not metric.percent and cell.used:
                    return format_value(None)
                return ""
            if role == Qt.ItemDataRole.ToolTipRole:
                return cell.interval_note or (self.tr("Use “Compute intervals” for bootstrap intervals")
                                              if not matrix.has_intervals else None)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            if role == Qt.ItemDataRole.ForegroundRole and cell.interval is None:
                return QColor("#8a8a8a")
            if role == KindRole:
                return "interval"
            return None
        # a figure
        if role == Qt.ItemDataRole.DisplayRole:
            return format_value(cell.value, metric.percent) if cell.used else "–"
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell_tooltip(cell, metric, matrix)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == CellRole:
            return cell
        if role == BandRole:
            return cell.band(metric.percent)
        if role == KindRole:
            return "pooled" if column == self.pooled_column or row.code is None else "cell"
        if role == Qt.ItemDataRole.BackgroundRole:
            name = cell.band(metric.percent)
            return band_colours(name, self.dark)[0] if name != "unused" else None
        if role == Qt.ItemDataRole.ForegroundRole:
            name = cell.band(metric.percent)
            return band_colours(name, self.dark)[1] if name != "unused" else QColor("#9a9a9a")
        return None

    def _code_data(self, row, role):
        if role == Qt.ItemDataRole.DisplayRole:
            return row.label
        if role == Qt.ItemDataRole.DecorationRole and row.code is not None:
            return _swatch(self.colours.get(row.code, "#9e9e9e"))
        if role == Qt.ItemDataRole.FontRole and (row.code is None or row.depth == 0):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.code is None:
                return (self.tr("Every code at once: De Vries et al.'s pooled κ (observed and expected agreement "
                                "averaged over the codes either coder used)") if not self.matrix.metric.percent
                        else self.tr("Every code at once: % agreement averaged over the codes either coder used"))
            return row.code
        if role == KindRole:
            return "code"
        if role == Qt.ItemDataRole.UserRole:
            return row.depth
        return None


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(QColor(colour).darker(130))
    painter.drawRoundedRect(QRectF(0.5, 0.5, 11, 11), 3, 3)
    painter.end()
    return QIcon(pixmap)


class MatrixDelegate(QStyledItemDelegate):
    """Figures as rounded chips in their band's colour; the code column indented by depth."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self._paint(painter, option, index)
        if index.row() == index.model().rowCount() - 1:  # a rule above the "All codes" row
            painter.save()
            painter.setPen(option.palette.color(QPalette.ColorRole.Mid))
            painter.drawLine(option.rect.topLeft(), option.rect.topRight())
            painter.restore()

    def _paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        kind = index.data(KindRole)
        if kind == "code":
            option = QStyleOptionViewItem(option)
            option.rect = option.rect.adjusted(8 + 16 * (index.data(Qt.ItemDataRole.UserRole) or 0), 0, 0, 0)
            super().paint(painter, option, index)
            return
        if kind not in ("cell", "pooled"):
            super().paint(painter, option, index)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = QRectF(option.rect).adjusted(3, 2.5, -3, -2.5)
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if background is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(background)
            painter.drawRoundedRect(rect, 4, 4)
        if selected:
            pen_colour = option.palette.color(QPalette.ColorRole.Highlight)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(pen_colour)
            painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 5, 5)
        font = QFont(option.font)
        if kind == "pooled":
            font.setBold(True)
        painter.setFont(font)
        painter.setPen(index.data(Qt.ItemDataRole.ForegroundRole) or option.palette.color(QPalette.ColorRole.Text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 16, max(size.height() + 8, 28))


def legend_text(percent: bool, dark: bool) -> str:
    """The legend under the matrix: a chip per band, and what the figures and colours mean."""
    chips = []
    for name in ("good", "tentative", "poor", "undefined"):
        background, text = band_colours(name, dark)
        chips.append(f"<span style='background:{background.name()}; color:{text.name()};'>"
                     f"&nbsp;&nbsp;{html.escape(band_label(name))}&nbsp;&nbsp;</span>")
    note = (fill(translate("MatrixLegend", "% agreement also counts the characters nobody coded, so it runs high; "
                                           "coloured at %1 % and %2 %."), number(66.7, 1), number(80, 0))
            if percent else
            translate("MatrixLegend", "Thresholds after Krippendorff (2004). Hover a cell for its basis; "
                                      "an undefined figure says why."))
    more = translate("MatrixLegend", "Prevalence is the mean share of characters the coders coded. "
                                     "Double-click a cell to see its disagreements.")
    return " &nbsp; ".join(chips) + f"<br><span style='color:gray'>{html.escape(note)} {html.escape(more)}</span>"
