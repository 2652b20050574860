"""The codebook as a Qt item model: a tree of codes with a codings count.

The model mirrors the database and never changes it by itself moving rows:
edits (rename, drag-and-drop) go through `session.run`, and the model is
rebuilt from the database when the session reports that "codes" changed.
A rebuild that leaves the tree's shape alone (rename, recolour, new
definition) only emits dataChanged, so views keep their expansion and
selection; anything else resets the model and the view restores its state.
When only "codings" change, just the Codings column is updated.

Each index carries its code id as internalId, so indexes never point at
Python objects that a rebuild could free.
"""

import json

from PySide6.QtCore import (
    QAbstractItemModel, QByteArray, QMimeData, QModelIndex, QRectF, QSize, Qt, Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from ...core.codebook import Code, code_tree, move_code, rename_code
from ...core.codings import coding_counts_by_code
from ..i18n import fill
from ..session import Session

CODES_MIME = "application/x-accord-codes"  # JSON list of code ids, dragged inside the tree
SPAN_MIME = "application/x-accord-span"  # JSON {"document_id", "start", "end"} in code points

CODE_COLUMN, COUNT_COLUMN = 0, 1
CodeIdRole = Qt.ItemDataRole.UserRole + 1  # int
ColourRole = Qt.ItemDataRole.UserRole + 2  # "#rrggbb"
TotalCountRole = Qt.ItemDataRole.UserRole + 3  # codings of the code and its sub-codes
OwnCountRole = Qt.ItemDataRole.UserRole + 4  # codings of the code itself
FavouriteRole = Qt.ItemDataRole.UserRole + 5  # 1..9 or None
CodeRole = Qt.ItemDataRole.UserRole + 6  # the core Code record
HasChildrenRole = Qt.ItemDataRole.UserRole + 7  # bool

FAVOURITES = 9


def paint_swatch(painter: QPainter, rect: QRectF, colour: str, radius: float) -> None:
    """A rounded square of the code's colour with a faint darker edge, so light colours show on light themes."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(colour)
    edge = fill.darker(135)
    edge.setAlpha(200)
    painter.setPen(edge)
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, radius, radius)


def swatch_icon(colour: str, size: int = 12) -> QIcon:
    """A small rounded square of the code's colour with a faint edge (visible on light and dark)."""
    icon = _SWATCHES.get((colour, size))
    if icon is None:
        icon = QIcon()
        for scale in (1, 2):
            pixmap = QPixmap(QSize(size, size) * scale)
            pixmap.setDevicePixelRatio(scale)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            paint_swatch(painter, QRectF(0.5, 0.5, size - 1, size - 1), colour, 2.5)
            painter.end()
            for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
                icon.addPixmap(pixmap, mode)  # the true colour, never tinted by the selection
        _SWATCHES[(colour, size)] = icon
    return icon


_SWATCHES: dict[tuple[str, int], QIcon] = {}


class CodebookModel(QAbstractItemModel):
    spanDropped = Signal(int, int, int, int)  # code id, document id, start, end

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self._codes: dict[int, Code] = {}
        self._children: dict[int | None, list[int]] = {None: []}
        self._row: dict[int, int] = {}
        self._order: list[int] = []  # depth-first
        self._own: dict[int, int] = {}
        self._total: dict[int, int] = {}
        self._load()
        session.changed.connect(self._on_changed)
        session.visibleCodersChanged.connect(self.refresh_counts)

    def _on_changed(self, changes, _label: str) -> None:
        if changes.touches("codes"):
            self.reload()  # counts too: a merge or delete moves codings with the codes
        elif changes.touches("codings"):
            self.refresh_counts()

    # -- reading the database ------------------------------------------------
    def _load(self) -> None:
        codes, children = self._read()
        self._install(codes, children)
        self._own, self._total = self._count()

    def _read(self) -> tuple[dict[int, Code], dict[int | None, list[int]]]:
        codes: dict[int, Code] = {}
        children: dict[int | None, list[int]] = {None: []}
        for code, _depth in code_tree(self.session.db):
            codes[code.id] = code
            children.setdefault(code.parent_id, []).append(code.id)
        return codes, children

    def _install(self, codes: dict[int, Code], children: dict[int | None, list[int]]) -> None:
        self._codes, self._children = codes, children
        self._row = {cid: row for kids in children.values() for row, cid in enumerate(kids)}
        order: list[int] = []

        def walk(parent: int | None) -> None:
            for cid in children.get(parent, []):
                order.append(cid)
                walk(cid)

        walk(None)
        self._order = order

    def _count(self) -> tuple[dict[int, int], dict[int, int]]:
        own = coding_counts_by_code(self.session.db, self.session.visible_coders)
        own = {cid: own.get(cid, 0) for cid in self._codes}
        total = dict(own)
        for cid in reversed(self._order):  # children come after their parent
            parent = self._codes[cid].parent_id
            if parent is not None:
                total[parent] += total[cid]
        return own, total

    def reload(self) -> None:
        """Re-read the codebook; a reset only when the tree's shape changed."""
        codes, children = self._read()
        same_shape = {k: v for k, v in children.items() if v} == {k: v for k, v in self._children.items() if v}
        if same_shape:
            self._codes = codes
            self._own, self._total = self._count()
            for parent, kids in self._children.items():
                if kids:
                    parent_index = self._index_of(parent)
                    self.dataChanged.emit(self.index(0, 0, parent_index),
                                          self.index(len(kids) - 1, COUNT_COLUMN, parent_index))
            return
        self.beginResetModel()
        self._install(codes, children)
        self._own, self._total = self._count()
        self.endResetModel()

    def refresh_counts(self) -> None:
        """Re-count codings; dataChanged on the Codings cells that changed, nothing else."""
        own, total = self._count()
        changed = [cid for cid in self._order if own[cid] != self._own.get(cid) or total[cid] != self._total.get(cid)]
        self._own, self._total = own, total
        roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, TotalCountRole, OwnCountRole]
        for cid in changed:
            cell = self.index_of(cid, COUNT_COLUMN)
            self.dataChanged.emit(cell, cell, roles)

    # -- lookups ---------------------------------------------------------------
    def code(self, code_id: int) -> Code | None:
        return self._codes.get(code_id)

    def code_ids(self) -> list[int]:
        """Every code id, depth-first in codebook order."""
        return list(self._order)

    def children_of(self, code_id: int | None) -> list[int]:
        return list(self._children.get(code_id, []))

    def code_ids_under(self, code_id: int) -> list[int]:
        """The sub-codes of a code, all levels down, in tree order."""
        found: list[int] = []
        for child in self._children.get(code_id, []):
            found.append(child)
            found.extend(self.code_ids_under(child))
        return found

    def depth_of(self, code_id: int) -> int:
        depth, parent = 0, self._codes[code_id].parent_id
        while parent is not None:
            depth, parent = depth + 1, self._codes[parent].parent_id
        return depth

    def own_count(self, code_id: int) -> int:
        return self._own.get(code_id, 0)

    def total_count(self, code_id: int) -> int:
        return self._total.get(code_id, 0)

    def favourite_code(self, n: int) -> int | None:
        """The code behind quick key n (1..9): the first nine codes in tree order."""
        if 1 <= n <= FAVOURITES and n <= len(self._order):
            return self._order[n - 1]
        return None

    def favourite_number(self, code_id: int) -> int | None:
        try:
            n = self._order.index(code_id, 0, FAVOURITES) + 1
        except ValueError:
            return None
        return n

    def index_of(self, code_id: int, column: int = CODE_COLUMN) -> QModelIndex:
        if code_id not in self._codes:
            return QModelIndex()
        return self.createIndex(self._row[code_id], column, code_id)

    def _index_of(self, code_id: int | None) -> QModelIndex:
        return QModelIndex() if code_id is None else self.index_of(code_id)

    @staticmethod
    def code_id_of(index: QModelIndex) -> int | None:
        return index.internalId() if index.isValid() else None

    # -- QAbstractItemModel ------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        kids = self._children.get(self.code_id_of(parent), [])
        if 0 <= row < len(kids) and 0 <= column < 2:
            return self.createIndex(row, column, kids[row])
        return QModelIndex()

    def parent(self, index: QModelIndex | None = None):  # noqa: D401 - Qt's overload
        if index is None:
            return super().parent()
        if not index.isValid():
            return QModelIndex()
        code = self._codes.get(index.internalId())
        if code is None or code.parent_id is None:
            return QModelIndex()
        return self.index_of(code.parent_id)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(self.code_id_of(parent), []))

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 2

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return (self.tr("Code"), self.tr("Codings"))[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section == COUNT_COLUMN:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.ToolTipRole and section == COUNT_COLUMN:
                return self.tr("Codings of each code (a collapsed code counts its sub-codes too)")
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        cid = index.internalId()
        code = self._codes.get(cid)
        if code is None:
            return None
        column = index.column()
        if role == CodeIdRole:
            return cid
        if role == CodeRole:
            return code
        if role == ColourRole:
            return code.color
        if role == OwnCountRole:
            return self._own.get(cid, 0)
        if role == TotalCountRole:
            return self._total.get(cid, 0)
        if role == FavouriteRole:
            return self.favourite_number(cid)
        if role == HasChildrenRole:
            return bool(self._children.get(cid))
        if column == CODE_COLUMN:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return code.name
            if role == Qt.ItemDataRole.DecorationRole:
                return swatch_icon(code.color)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._name_tooltip(code)
        else:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._own.get(cid, 0)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._count_tooltip(cid)
        return None

    def _name_tooltip(self, code: Code) -> str:
        path, parent = [code.name], code.parent_id
        while parent is not None:
            path.insert(0, self._codes[parent].name)
            parent = self._codes[parent].parent_id
        lines = [" › ".join(path)]
        if code.description:
            lines.append(code.description)
        n = self.favourite_number(code.id)
        if n is not None:
            lines.append(fill(self.tr("Quick key: %1"), n))
        return "\n".join(lines)

    def _count_tooltip(self, cid: int) -> str:
        own, total = self._own.get(cid, 0), self._total.get(cid, 0)
        if self._children.get(cid):
            text = fill(CodebookModel.tr("%n coding(s), %1 with sub-codes", "", own), total)
        else:
            text = CodebookModel.tr("%n coding(s)", "", own)
        if self.session.visible_coders is not None:
            text = fill(self.tr("%1 (shown coders only)"), text)
        return text

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drop on empty space: to the top level
        flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                 | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)
        if index.column() == CODE_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Inline rename: runs rename_code as a command; the tree updates from session.changed."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != CODE_COLUMN:
            return False
        code = self._codes.get(index.internalId())
        name = " ".join(str(value or "").split())
        if code is None or not name:
            return False
        if name == code.name:
            return True
        self.session.run(fill(self.tr("Rename code “%1”"), code.name), rename_code, code.id, name)
        renamed = self._codes.get(code.id)  # reloaded by session.changed when it worked
        return renamed is not None and renamed.name == name

    # -- drag and drop ------------------------------------------------------------
    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction | Qt.DropAction.LinkAction

    def mimeTypes(self) -> list[str]:
        return [CODES_MIME, SPAN_MIME]

    def mimeData(self, indexes) -> QMimeData:
        ids: list[int] = []
        for index in indexes:
            cid = self.code_id_of(index)
            if cid is not None and cid not in ids:
                ids.append(cid)
        mime = QMimeData()
        mime.setData(CODES_MIME, QByteArray(json.dumps(ids).encode()))
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: QModelIndex) -> bool:
        if data.hasFormat(SPAN_MIME):
            return parent.isValid() and row == -1 and _span(data) is not None
        if data.hasFormat(CODES_MIME):
            ids = _code_ids(data)
            target = self.code_id_of(parent)
            return bool(ids) and all(cid in self._codes and not self._is_within(target, cid) for cid in ids)
        return False

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: QModelIndex) -> bool:
        """A span on a code: spanDropped. Codes: move them (in the database) there.

        On an item (row == -1) a code becomes its last child; between rows it
        goes to that place among the siblings. Qt never moves rows itself: the
        model has no insertRows/removeRows, and it is rebuilt from the database.
        """
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        if data.hasFormat(SPAN_MIME):
            span = _span(data)
            self.spanDropped.emit(parent.internalId(), *span)
            return True
        new_parent = self.code_id_of(parent)
        position = None if row < 0 else row
        moved = False
        for cid in _code_ids(data):
            code = self._codes[cid]
            if position is not None and code.parent_id == new_parent and self._row[cid] < position:
                position -= 1  # its own row no longer counts among the siblings
            label = (fill(self.tr("Move code “%1” under “%2”"), code.name, self._codes[new_parent].name)
                     if new_parent is not None else fill(self.tr("Move code “%1” to the top level"), code.name))
            self.session.run(label, move_code, cid, new_parent, position)
            moved = moved or (cid in self._codes and self._codes[cid].parent_id == new_parent)
            if position is not None:
                position += 1  # several codes keep their order
        # The tree has already followed session.changed; removeRows refuses, so the view removes nothing.
        return moved

    def removeRows(self, row: int, count: int, parent: QModelIndex = QModelIndex()) -> bool:
        return False  # rows only go when the database says so

    def _is_within(self, target: int | None, code_id: int) -> bool:
        """Whether `target` is `code_id` or one of its sub-codes."""
        while target is not None:
            if target == code_id:
                return True
            target = self._codes[target].parent_id if target in self._codes else None
        return False


def _code_ids(data: QMimeData) -> list[int]:
    try:
        ids = json.loads(bytes(data.data(CODES_MIME)).decode())
    except ValueError:
        return []
    return [i for i in ids if isinstance(i, int)] if isinstance(ids, list) else []


def _span(data: QMimeData) -> tuple[int, int, int] | None:
    try:
        payload = json.loads(bytes(data.data(SPAN_MIME)).decode())
        span = int(payload["document_id"]), int(payload["start"]), int(payload["end"])
    except (ValueError, KeyError, TypeError):
        return None
    return span if 0 <= span[1] <= span[2] else None


def span_mime(document_id: int, start: int, end: int) -> QMimeData:
    """Mime data for a text span, as the document view should drag it."""
    mime = QMimeData()
    mime.setData(SPAN_MIME, QByteArray(json.dumps({"document_id": document_id, "start": start, "end": end}).encode()))
    return mime
