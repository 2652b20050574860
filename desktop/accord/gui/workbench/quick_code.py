"""The quick-code palette (Ctrl+K): type a few letters, press Enter, the code is chosen.

    palette = QuickCodePalette(session, parent=window)
    code_id = palette.choose()  # None when cancelled

The list shows every code (colour swatch, name, parent path in grey) filtered by
a case-insensitive substring of its name; matches at the start of a word come
first. When the typed text is not exactly the name of a code, the last row
offers to create it (at the top level of the codebook) and choose it.
"""

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ...core.codebook import PATH_SEPARATOR, code_tree, create_code
from ..i18n import fill

_CODE_ID = Qt.ItemDataRole.UserRole
_PATH = Qt.ItemDataRole.UserRole + 1
_COLOR = Qt.ItemDataRole.UserRole + 2
_CREATE = Qt.ItemDataRole.UserRole + 3  # the name to create, on the "Create code" row
_MATCH = Qt.ItemDataRole.UserRole + 4  # (start, length) of the match in the name

_VISIBLE_ROWS = 9


@dataclass(frozen=True)
class _Entry:
    id: int
    name: str
    path: str  # the parent path, '' at the top level
    color: str
    tip: str


def _normal(text: str) -> str:
    """How names compare: case-insensitive, runs of spaces as one."""
    return " ".join(text.split()).casefold()


def _word_start(name: str, at: int) -> bool:
    return at == 0 or not name[at - 1].isalnum()


def rank(name: str, query: str) -> tuple[int, int] | None:
    """How well `name` matches `query` (lower is better) and where; None when it does not match.

    0: the whole name, 1: its beginning, 2: the beginning of a later word, 3: elsewhere.
    Returns (rank, match start).
    """
    folded, wanted = name.casefold(), _normal(query)
    if not wanted:
        return (0, 0)
    if folded == wanted:
        return (0, 0)
    first = folded.find(wanted)
    if first < 0:
        return None
    if first == 0:
        return (1, 0)
    at = first
    while at >= 0:
        if _word_start(folded, at):
            return (2, at)
        at = folded.find(wanted, at + 1)
    return (3, first)


class _PaletteDelegate(QStyledItemDelegate):
    """One row: colour swatch, name (match in bold), parent path in grey."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        height = QFontMetrics(option.font).height()
        return QSize(200, max(28, height + 12))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.icon = type(opt.icon)()
        widget = opt.widget
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        grey = QColor(text_colour)
        grey.setAlphaF(0.6 if selected else 0.5)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = opt.rect.adjusted(10, 0, -10, 0)
        swatch = QRect(rect.left(), rect.center().y() - 6, 12, 12)
        create_name = index.data(_CREATE)
        font = QFont(opt.font)
        metrics = QFontMetrics(font)
        x = swatch.right() + 10

        if create_name is not None:
            # A "+" in place of the swatch, then: Create code “name”
            pen = painter.pen()
            pen.setColor(text_colour)
            pen.setWidthF(1.6)
            painter.setPen(pen)
            c = swatch.center()
            painter.drawLine(c.x() - 5, c.y(), c.x() + 5, c.y())
            painter.drawLine(c.x(), c.y() - 5, c.x(), c.y() + 5)
            # the whole sentence is translated; the name in it is drawn bold
            lead, _, after = QCoreApplication.translate("QuickCodePalette", "Create code “%1”").partition("%1")
            painter.setFont(font)
            painter.drawText(QRect(x, rect.top(), rect.right() - x, rect.height()),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, lead)
            x += metrics.horizontalAdvance(lead)
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            room = rect.right() - x - metrics.horizontalAdvance(after)
            shown = QFontMetrics(bold).elidedText(create_name, Qt.TextElideMode.ElideRight, room)
            painter.drawText(QRect(x, rect.top(), room, rect.height()),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown)
            x += QFontMetrics(bold).horizontalAdvance(shown)
            painter.setFont(font)
            painter.drawText(QRect(x, rect.top(), rect.right() - x, rect.height()),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, after)
            painter.restore()
            return

        colour = QColor(index.data(_COLOR) or "#999999")
        painter.setPen(QColor(text_colour) if selected else colour.darker(130))
        painter.setBrush(colour)
        painter.drawRoundedRect(swatch, 3, 3)

        name = index.data(Qt.ItemDataRole.DisplayRole) or ""
        path = index.data(_PATH) or ""
        available = rect.right() - x
        path_width = 0
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.9))
        small_metrics = QFontMetrics(small)
        if path:
            # The path gets what the name leaves over, but at most half of the row.
            path_width = min(small_metrics.horizontalAdvance(path), max(0, available // 2))
        name_space = available - (path_width + 12 if path else 0)

        painter.setPen(text_colour)
        match = index.data(_MATCH)
        shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, name_space)
        if match and match[1] and shown == name:
            start, length = match
            parts = [(name[:start], False), (name[start:start + length], True), (name[start + length:], False)]
            for part, strong in parts:
                if not part:
                    continue
                part_font = QFont(font)
                part_font.setBold(strong)
                painter.setFont(part_font)
                width = QFontMetrics(part_font).horizontalAdvance(part)
                painter.drawText(QRect(x, rect.top(), width + 2, rect.height()),
                                 Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, part)
                x += width
        else:
            painter.setFont(font)
            painter.drawText(QRect(x, rect.top(), name_space, rect.height()),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown)
            x += metrics.horizontalAdvance(shown)

        if path:
            painter.setFont(small)
            painter.setPen(grey)
            x += 12
            width = rect.right() - x
            painter.drawText(QRect(x, rect.top(), width, rect.height()),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             small_metrics.elidedText(path, Qt.TextElideMode.ElideLeft, width))
        painter.restore()


class QuickCodePalette(QDialog):
    """A search-as-you-type list of codes; Enter picks, Esc cancels."""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.picked_code_id: int | None = None
        self.setObjectName("QuickCodePalette")
        self.setWindowTitle(self.tr("Quick code"))
        self.setWindowFlags(Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self.setModal(True)

        self._entries: list[_Entry] = []
        self._exact_names: set[str] = set()

        frame = QFrame(self)
        frame.setObjectName("paletteFrame")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)

        layout = QVBoxLayout(frame)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(8)

        self.search = QLineEdit(frame)
        self.search.setObjectName("paletteSearch")
        self.search.setPlaceholderText(self.tr("Type to find a code, or a new name to create one…"))
        self.search.setToolTip(self.tr("Filter the codes by name. Enter codes the selection with the highlighted "
                                        "code."))
        self.search.setClearButtonEnabled(True)
        font = self.search.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.search.setFont(font)
        self.search.setMinimumHeight(34)
        layout.addWidget(self.search)

        self.list = QListWidget(frame)
        self.list.setObjectName("paletteList")
        self.list.setItemDelegate(_PaletteDelegate(self.list))
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setUniformItemSizes(True)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.list)

        self.empty_label = QLabel(self.tr("No codes yet: type a name to create the first one."), frame)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setEnabled(False)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        layout.addWidget(self.empty_label)

        self.hint = QLabel(self.tr("↑ ↓ to move  ·  Enter to choose  ·  Esc to cancel"), frame)
        self.hint.setObjectName("paletteHint")
        self.hint.setEnabled(False)
        hint_font = self.hint.font()
        hint_font.setPointSizeF(hint_font.pointSizeF() * 0.9)
        self.hint.setFont(hint_font)
        layout.addWidget(self.hint)

        self.error_label = QLabel(frame)
        self.error_label.setObjectName("paletteError")
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)

        self.setStyleSheet("#paletteFrame { border: 1px solid palette(dark); background: palette(window); }")

        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.list.itemClicked.connect(self._pick_item)

        self._load()
        self._filter("")
        self._size_to_parent()
        self.search.setFocus()

    # -- public API -----------------------------------------------------------
    def choose(self) -> int | None:
        """Show the palette; the id of the code chosen (perhaps just created), or None."""
        self.picked_code_id = None
        self.search.setFocus()
        if self.exec() == QDialog.DialogCode.Accepted:
            return self.picked_code_id
        return None

    def pick_current(self) -> None:
        """Choose the highlighted row (as Enter does)."""
        item = self.list.currentItem()
        if item is not None:
            self._pick_item(item)

    # -- data -------------------------------------------------------------------
    def _load(self) -> None:
        tree = code_tree(self.session.db)
        names = {code.id: code.name for code, _ in tree}
        parents = {code.id: code.parent_id for code, _ in tree}
        self._entries = []
        for code, _depth in tree:
            chain, up = [], code.parent_id
            while up is not None:
                chain.append(names[up])
                up = parents[up]
            path = PATH_SEPARATOR.join(reversed(chain))
            full = f"{path}{PATH_SEPARATOR}{code.name}" if path else code.name
            about = code.definition or code.description
            tip = full if not about else f"{full}\n\n{about[:300]}{'…' if len(about) > 300 else ''}"
            self._entries.append(_Entry(code.id, code.name, path, code.color, tip))
        self._exact_names = {_normal(e.name) for e in self._entries}
        self._exact_names |= {_normal(f"{e.path}{PATH_SEPARATOR}{e.name}") for e in self._entries if e.path}

    def _filter(self, text: str) -> None:
        self.error_label.hide()
        query = _normal(text)
        matches: list[tuple[tuple[int, int], int, _Entry, tuple[int, int]]] = []
        for order, entry in enumerate(self._entries):
            found = rank(entry.name, query)
            if found is None and PATH_SEPARATOR in query:
                # 'Parent/Child' typed: match against the full path.
                full = f"{entry.path}{PATH_SEPARATOR}{entry.name}" if entry.path else entry.name
                whole = rank(full, query)
                if whole is not None:
                    found = (whole[0] + 4, -1)
            if found is None:
                continue
            level, start = found
            span = (start, len(query)) if query and start >= 0 else (0, 0)
            matches.append(((level, order), order, entry, span))
        matches.sort(key=lambda m: m[0])

        self.list.clear()
        for _key, _order, entry, span in matches:
            item = QListWidgetItem(entry.name)
            item.setData(_CODE_ID, entry.id)
            item.setData(_PATH, entry.path)
            item.setData(_COLOR, entry.color)
            item.setData(_MATCH, span)
            item.setToolTip(entry.tip)
            self.list.addItem(item)
        wanted = " ".join(text.split())
        if wanted and _normal(wanted) not in self._exact_names:
            item = QListWidgetItem(fill(self.tr("Create code “%1”"), wanted))
            item.setData(_CREATE, wanted)
            item.setToolTip(fill(self.tr("Add “%1” at the top level of the codebook and code with it"), wanted))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.empty_label.setVisible(not self._entries and not wanted)
        self.list.setVisible(self.list.count() > 0)
        self._fit_list()

    # -- choosing -------------------------------------------------------------
    def _pick_item(self, item: QListWidgetItem) -> None:
        create = item.data(_CREATE)
        if create is not None:
            code_id = self._create(create)
            if code_id is None:
                return
        else:
            code_id = item.data(_CODE_ID)
        self.picked_code_id = int(code_id)
        self.accept()

    def _create(self, name: str) -> int | None:
        problems: list[str] = []
        self.session.error.connect(problems.append)
        try:
            code = self.session.run(fill(self.tr("New code “%1”"), name), create_code, name)
        finally:
            self.session.error.disconnect(problems.append)
        if code is None:
            could_not = fill(self.tr("Could not create the code “%1”."), name)
            self.error_label.setText(problems[-1] if problems else could_not)
            self.error_label.show()
            return None
        return code.id

    # -- keys -----------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            if self._navigate(event):
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._navigate(event):
            super().keyPressEvent(event)

    def _navigate(self, event: QKeyEvent) -> bool:
        key = event.key()
        count = self.list.count()
        row = self.list.currentRow()
        page = max(1, _VISIBLE_ROWS - 1)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.pick_current()
            return True
        if key == Qt.Key.Key_Escape:
            self.reject()
            return True
        if not count:
            return False
        moves = {
            Qt.Key.Key_Down: (row + 1) % count,
            Qt.Key.Key_Up: (row - 1) % count,
            Qt.Key.Key_PageDown: min(count - 1, row + page),
            Qt.Key.Key_PageUp: max(0, row - page),
        }
        if key in moves:
            self.list.setCurrentRow(moves[key])
            return True
        if key == Qt.Key.Key_Tab or key == Qt.Key.Key_Backtab:
            return True  # nowhere else for the focus to go
        return False

    # -- geometry -------------------------------------------------------------
    def _fit_list(self) -> None:
        """The list as tall as its rows, up to _VISIBLE_ROWS; the palette grows and shrinks with it."""
        row = max(self.list.sizeHintForRow(0) if self.list.count() else 0, 28)
        rows = min(max(self.list.count(), 1), _VISIBLE_ROWS)
        self.list.setFixedHeight(row * rows + 2 * self.list.frameWidth())
        for layout in (self.list.parentWidget().layout(), self.layout()):
            layout.invalidate()
            layout.activate()
        self.resize(self.width(), self.minimumSizeHint().height())

    def _size_to_parent(self) -> None:
        self.resize(540, self.sizeHint().height())
        host = self.parentWidget().window() if self.parentWidget() else None
        if host is not None:
            frame = host.geometry()
            self.move(frame.center().x() - self.width() // 2, frame.top() + max(40, frame.height() // 6))
