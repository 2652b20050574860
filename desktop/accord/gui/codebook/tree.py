"""The codebook's tree widget: key handling, drag and drop, and how a row is drawn.

`CodebookTree` is the view of the CodebookModel: it drags codes and accepts drops
of codes and text spans (the model decides what a drop means), turns Enter and
Delete on the current code into signals for the pane, and starts inline
renaming on F2. `CodebookDelegate` draws each row: the quick-key badge (1–9)
beside a code's name, and in the count column a collapsed code's count with its
sub-codes' codings, zeros muted. Neither knows the session; the pane does.
"""

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView, QWidget,
)

from .model import CODE_COLUMN, COUNT_COLUMN, FavouriteRole, HasChildrenRole, OwnCountRole, TotalCountRole


class CodebookTree(QTreeView):
    """The tree: drags codes, accepts codes and text spans, Enter and double-click activate, F2 renames inline."""

    enterPressed = Signal(QModelIndex)
    deletePressed = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAllColumnsShowFocus(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        # DragDrop rather than InternalMove: InternalMove refuses drops from other widgets
        # (text spans from the document view); the model accepts only codes and spans.
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setIndentation(16)
        self.setAnimated(False)
        self.setExpandsOnDoubleClick(False)  # a double-click codes the selection; the arrow expands

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.state() != QAbstractItemView.State.EditingState:
            index = self.currentIndex()
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid():
                self.enterPressed.emit(index)
                event.accept()
                return
            if event.key() == Qt.Key.Key_Delete and index.isValid():
                self.deletePressed.emit(index)
                event.accept()
                return
            if event.key() == Qt.Key.Key_F2 and index.isValid():
                self.edit(index.siblingAtColumn(CODE_COLUMN))
                event.accept()
                return
        super().keyPressEvent(event)


class CodebookDelegate(QStyledItemDelegate):
    """Quick-key badges beside names; a collapsed code counts its sub-codes' codings; zeros muted."""

    def __init__(self, view: QTreeView):
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(size.width() + (8 if index.column() == COUNT_COLUMN else 0), max(size.height() + 6, 22))

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if index.column() == COUNT_COLUMN:
            count = index.data(OwnCountRole)
            if index.data(HasChildrenRole) and not self._view.isExpanded(index.siblingAtColumn(CODE_COLUMN)):
                count = index.data(TotalCountRole)
            option.text = str(count)
            if not count:
                option.palette.setColor(QPalette.ColorRole.Text,
                                        option.palette.color(QPalette.ColorRole.PlaceholderText))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        number = index.data(FavouriteRole) if index.column() == CODE_COLUMN else None
        if number is None:
            if index.column() == COUNT_COLUMN:
                panel = QStyleOptionViewItem(option)
                self.initStyleOption(panel, index)
                style = panel.widget.style() if panel.widget else None
                if style is not None:  # the row's background to the edge, the number a little inside
                    style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, panel, painter, panel.widget)
                option = QStyleOptionViewItem(option)
                option.rect = option.rect.adjusted(0, 0, -6, 0)
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget else None
        metrics = opt.fontMetrics
        badge = max(metrics.height(), 14)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        room = max(0, text_rect.width() - badge - 8)
        opt.text = metrics.elidedText(opt.text, Qt.TextElideMode.ElideRight, room)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        ink = opt.palette.color(role)
        box = QRect(opt.rect.right() - badge - 4, opt.rect.center().y() - (badge - 2) // 2, badge, badge - 2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(ink)
        fill.setAlpha(60 if selected else 38)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(box, 3, 3)
        font = QFont(opt.font)
        font.setPointSizeF(font.pointSizeF() * 0.78)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(ink)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(number))
        painter.restore()
