"""The "Agreement" tab: a code × document matrix of α, κ or % agreement, coloured by the usual thresholds.

Rows are the codes in codebook order (then "All codes", pooled over codes);
columns the documents (then "Pooled", over documents), followed by the
prevalence (mean share of characters the compared coders coded) and the
bootstrap 95 % interval of the pooled figure once "Compute intervals" has run.
A cell's tooltip says why a figure is undefined; selecting a cell lists every
figure behind it; double-clicking one asks for its disagreements
(`disagreementsRequested`).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFrame, QHBoxLayout, QHeaderView, QLabel, QProgressBar, QPushButton,
    QSpinBox, QSplitter, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView, QVBoxLayout,
    QWidget,
)

from ...core.agreement.adjudication import adjudications
from ...core.agreement import AgreementOptions, AgreementResult, compute_agreement
from ...core.agreement.options import resolve_selection
from ...core.codebook import code_tree
from ...core.errors import AccordError
from .model import (
    BAND_LABELS, BANDS, METRIC_BY_KEY, METRICS, Cell, Matrix, Metric, build_matrix, cell_details, cell_tooltip,
    format_share, format_value,
)
from ..widgets.background import start_job
from ..session import Session

ALL = "all"
CellRole = Qt.ItemDataRole.UserRole + 1
BandRole = Qt.ItemDataRole.UserRole + 2
KindRole = Qt.ItemDataRole.UserRole + 3  # "code", "cell", "pooled", "prevalence", "interval"
BUSY_AFTER_MS = 300  # show the progress bar only for a bootstrap that takes longer than this


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
                return "   Code"
            if section <= len(documents):
                return documents[section - 1]
            return {self.pooled_column: "Pooled", self.prevalence_column: "Prevalence",
                    self.interval_column: "95 % interval"}.get(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            if 1 <= section <= len(documents):
                return documents[section - 1]
            return {
                self.pooled_column: "Pooled over documents (character counts summed)",
                self.prevalence_column: "Mean share of the characters the compared coders coded with the code "
                                        "(pooled over documents); low prevalence makes α and κ fragile",
                self.interval_column: "Bootstrap 95 % interval of the pooled figure (resampling documents); "
                                      "use “Compute intervals”",
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
                return (f"{html.escape(row.code)}: the compared coders coded {format_share(cell.prevalence)} "
                        f"of the characters on average")
            if role == KindRole:
                return "prevalence"
            return None
        if column == self.interval_column:
            if role == Qt.ItemDataRole.DisplayRole:
                if cell.interval is not None:
                    lo, hi = cell.interval
                    return f"{format_value(lo)} – {format_value(hi)}"
                if matrix.has_intervals and not metric.percent and cell.used:
                    return "n/a"
                return ""
            if role == Qt.ItemDataRole.ToolTipRole:
                return cell.interval_note or ("Use “Compute intervals” for bootstrap intervals"
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
                return ("Every code at once: De Vries et al.'s pooled κ (observed and expected agreement "
                        "averaged over the codes either coder used)" if not self.matrix.metric.percent
                        else "Every code at once: % agreement averaged over the codes either coder used")
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


class _MatrixDelegate(QStyledItemDelegate):
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


class AgreementPanel(QWidget):
    """Coders and metric pickers, the matrix, a details box and a legend."""

    disagreementsRequested = Signal(object, object, object)  # code name | None, document id | None, (a, b) ids

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.trim_whitespace = False
        self.result: AgreementResult | None = None
        self.matrix: Matrix | None = None
        self.message = ""  # why there is no matrix
        self._generation = 0  # bumped whenever the figures could change; stale intervals are dropped
        self._interval_thread = None
        self._interval_generation = -1
        self._coder_names: dict[int, str] = {}

        self.coder_box = QComboBox()
        self.coder_box.setObjectName("agreementCoders")
        self.coder_box.setToolTip("Which coders to compare: a pair, or all coders (consensus coders left out)")
        self.coder_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.metric_box = QComboBox()
        self.metric_box.setObjectName("agreementMetric")
        for metric in METRICS:
            self.metric_box.addItem(metric.label, metric.key)
        self.metric_box.setToolTip("The figure shown in the cells")
        self.resamples = QSpinBox()
        self.resamples.setRange(100, 20000)
        self.resamples.setSingleStep(500)
        self.resamples.setValue(1000)
        self.resamples.setSuffix(" resamples")
        self.resamples.setToolTip("Bootstrap resamples of the documents (seeded, so the same every time)")
        self.interval_button = QPushButton("Compute intervals")
        self.interval_button.setObjectName("computeIntervals")
        self.interval_button.setToolTip("Bootstrap 95 % intervals of the pooled figures, resampling documents")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedWidth(110)
        self.busy.setFixedHeight(12)
        self.busy.hide()
        self.interval_status = QLabel()
        self.interval_status.setObjectName("intervalStatus")
        self.interval_status.setStyleSheet("color: palette(mid);")
        self._busy_timer = QTimer(self, singleShot=True, interval=BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)

        controls = QHBoxLayout()
        controls.setSpacing(8)
        controls.addWidget(QLabel("Compare"))
        controls.addWidget(self.coder_box)
        controls.addSpacing(12)
        controls.addWidget(QLabel("Show"))
        controls.addWidget(self.metric_box)
        controls.addStretch(1)
        controls.addWidget(self.interval_status)
        controls.addWidget(self.busy)
        controls.addWidget(self.resamples)
        controls.addWidget(self.interval_button)

        self.model = MatrixModel(self)
        self.view = QTableView()
        self.view.setObjectName("agreementMatrix")
        self.view.setModel(self.model)
        self.view.setItemDelegate(_MatrixDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(30)
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setFrameShape(QFrame.Shape.NoFrame)

        self.empty = QLabel()
        self.empty.setObjectName("agreementEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()

        self.details = QLabel()
        self.details.setObjectName("cellDetails")
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMargin(12)
        details_frame = self.details_frame = QFrame()
        details_frame.setObjectName("detailsFrame")
        details_frame.setFrameShape(QFrame.Shape.StyledPanel)
        details_layout = QVBoxLayout(details_frame)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.details)
        details_layout.addStretch(1)
        self.show_disagreements = QPushButton("Show disagreements")
        self.show_disagreements.setToolTip("Open the disagreements about this code and document (double-click a cell)")
        self.show_disagreements.setEnabled(False)
        hint_row = QHBoxLayout()
        hint_row.setContentsMargins(12, 0, 12, 12)
        hint_row.addWidget(self.show_disagreements)
        hint_row.addStretch(1)
        details_layout.addLayout(hint_row)

        table_frame = QFrame()
        table_frame.setFrameShape(QFrame.Shape.StyledPanel)
        table_layout = QVBoxLayout(table_frame)
        table_layout.setContentsMargins(1, 1, 1, 1)
        table_layout.addWidget(self.view)
        table_layout.addWidget(self.empty)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(table_frame)
        splitter.addWidget(details_frame)
        splitter.setStretchFactor(0, 1)
        splitter.setCollapsible(0, False)
        splitter.setSizes([980, 300])
        self.splitter = splitter

        self.legend = QLabel()
        self.legend.setObjectName("agreementLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("agreementSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 8)
        layout.setSpacing(8)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.legend)

        self.coder_box.activated.connect(lambda _: self.refresh())
        self.metric_box.currentIndexChanged.connect(lambda _: self._show_matrix())
        self.interval_button.clicked.connect(self.compute_intervals)
        self.view.selectionModel().currentChanged.connect(lambda current, _: self._show_details(current))
        self.view.doubleClicked.connect(self._activate)
        self.show_disagreements.clicked.connect(lambda: self._activate(self.view.currentIndex()))
        self._fill_coder_box()
        self.refresh()

    # -- choices -----------------------------------------------------------------
    @property
    def metric(self) -> Metric:
        return METRIC_BY_KEY[self.metric_box.currentData()]

    def set_metric(self, key: str) -> None:
        self.metric_box.setCurrentIndex(self.metric_box.findData(key))

    @property
    def choice(self):
        """(first id, second id), or "all"."""
        return self.coder_box.currentData()

    def set_pair(self, first: int, second: int) -> bool:
        for index in range(self.coder_box.count()):
            data = self.coder_box.itemData(index)
            if data != ALL and set(data) == {first, second}:
                self.coder_box.setCurrentIndex(index)
                self.refresh()
                return True
        return False

    def set_all_coders(self) -> bool:
        index = self.coder_box.findData(ALL)
        if index < 0:
            return False
        self.coder_box.setCurrentIndex(index)
        self.refresh()
        return True

    def pair_names(self) -> list[str]:
        return [self.coder_box.itemText(i) for i in range(self.coder_box.count())]

    def set_trim_whitespace(self, trim: bool) -> None:
        if trim != self.trim_whitespace:
            self.trim_whitespace = trim
            self.refresh()

    def refresh_coders(self) -> None:
        """Offer the coders there are now (new coders, a new consensus coder) without recomputing."""
        self._fill_coder_box()

    def _fill_coder_box(self) -> None:
        """Every pair of coders with codings, after "All coders" when three or more (consensus coders apart)."""
        previous = self.coder_box.currentData()
        db = self.session.db
        try:
            selection = resolve_selection(db, AgreementOptions())
            coders = list(zip(selection.coder_ids, selection.coder_names))
        except AccordError:
            coders = []
        consensus = {a.consensus_coder_id for a in adjudications(db)}
        self._coder_names = dict(coders)
        raters = [(cid, name) for cid, name in coders if cid not in consensus]
        self.coder_box.blockSignals(True)
        self.coder_box.clear()
        if len(raters) >= 3:
            self.coder_box.addItem(f"All {len(raters)} coders", ALL)
            self.coder_box.setItemData(0, ", ".join(name for _, name in raters), Qt.ItemDataRole.ToolTipRole)
        for i, (first, first_name) in enumerate(coders):
            for second, second_name in coders[i + 1:]:
                self.coder_box.addItem(f"{first_name} ↔ {second_name}", (first, second))
        index = self.coder_box.findData(previous) if previous is not None else -1
        self.coder_box.setCurrentIndex(index if index >= 0 else 0 if self.coder_box.count() else -1)
        self.coder_box.blockSignals(False)
        self.coder_box.setEnabled(self.coder_box.count() > 0)

    def _options(self, bootstrap: int = 0) -> AgreementOptions | None:
        choice = self.choice
        if choice is None:
            return None
        if choice == ALL:
            consensus = {a.consensus_coder_id for a in adjudications(self.session.db)}
            coders = tuple(cid for cid in self._coder_names if cid not in consensus)
        else:
            coders = tuple(choice)
        return AgreementOptions(coders=coders, trim_whitespace=self.trim_whitespace, bootstrap=bootstrap)

    # -- computing ------------------------------------------------------------------
    def on_changed(self, changes) -> None:
        """The project changed: new coders may have appeared, every figure may differ."""
        if changes.touches("coders", "codings", "adjudications"):
            self._fill_coder_box()
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        options = self._options()
        self.result, self.message = None, ""
        if options is None:
            self.message = "Agreement needs at least two coders with codings."
        else:
            try:
                self.result = compute_agreement(self.session.db, options)
            except AccordError as problem:
                self.message = str(problem)
        if self._interval_thread is None:
            self.interval_status.setText("")
        self._show_matrix()

    def _show_matrix(self) -> None:
        current = self.view.currentIndex()
        position = (current.row(), current.column()) if current.isValid() else None
        self.model.dark = is_dark(self)
        if self.result is None:
            self.matrix = None
            self.model.set_matrix(None, {})
            self.view.hide()
            self.details_frame.hide()
            self.empty.setText(f"<p style='font-size:13pt'>{html.escape(self.message)}</p>"
                               "<p style='color:gray'>Import another coder's work (File ▸ Merge coders' "
                               "projects) or code as a second coder.</p>")
            self.empty.show()
            self.summary.setText("")
            self.details.setText("")
            self.interval_button.setEnabled(False)
            self._update_legend()
            return
        self.view.show()
        self.details_frame.show()
        self.empty.hide()
        result = self.result
        pair = None
        if self.choice != ALL:
            names = self._coder_names
            pair = (names.get(self.choice[0], result.coders[0]), names.get(self.choice[1], result.coders[1]))
        tree = {code.id: (code, depth) for code, depth in code_tree(self.session.db)}
        colours, depths = {}, {}
        for code_id, name in zip(result.selection.code_ids, result.codes):
            if code_id in tree:
                colours[name], depths[name] = tree[code_id][0].color, tree[code_id][1]
        self.matrix = build_matrix(result, self.metric, pair, depths)
        self.model.set_matrix(self.matrix, colours)
        self._size_columns()
        if position is not None and position[0] < self.model.rowCount() and position[1] < self.model.columnCount():
            self.view.setCurrentIndex(self.model.index(*position))
        else:
            self._show_details(QModelIndex())
        self.interval_button.setEnabled(self._interval_thread is None and not self.metric.percent)
        self._update_summary()
        self._update_legend()

    def _size_columns(self) -> None:
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.resizeColumnToContents(0)
        header.resizeSection(0, max(header.sectionSize(0) + 24, 200))
        metrics = self.view.fontMetrics()
        for column in range(1, self.model.columnCount()):
            title = self.model.headerData(column, Qt.Orientation.Horizontal) or ""
            width = max(86, min(metrics.horizontalAdvance(title) + 28, 150))
            if column == self.model.interval_column:
                width = max(width, metrics.horizontalAdvance("−0.000 – −0.000") + 24)
            header.resizeSection(column, width)
        header.setStretchLastSection(True)

    def _update_summary(self) -> None:
        result, matrix = self.result, self.matrix
        coders = ", ".join(matrix.coders)
        who = " ↔ ".join(matrix.pair) if matrix.pair else f"all {len(matrix.coders)} coders ({coders})"
        overall = matrix.rows[-1].cells[-1]
        figure = "pooled κ" if not matrix.metric.percent else "pooled % agreement"
        value = format_value(overall.value, matrix.metric.percent)
        characters = int(result.selection.document_lengths.sum())
        self.summary.setText(
            f"<span style='font-size:12pt'><b>{html.escape(who)}</b></span>"
            f"<span style='color:gray'> &nbsp;·&nbsp; {len(result.codes)} codes &nbsp;·&nbsp; "
            f"{len(result.documents)} documents &nbsp;·&nbsp; {characters:,} characters &nbsp;·&nbsp; "
            f"{'whitespace trimmed' if self.trim_whitespace else 'codings as stored'}</span>"
            f" &nbsp; — &nbsp; overall {figure}: <b>{value}</b>")

    def _update_legend(self) -> None:
        dark = is_dark(self)
        chips = []
        for name in ("good", "tentative", "poor", "undefined"):
            background, text = band_colours(name, dark)
            chips.append(f"<span style='background:{background.name()}; color:{text.name()};'>"
                         f"&nbsp;&nbsp;{html.escape(BAND_LABELS[name])}&nbsp;&nbsp;</span>")
        note = ("% agreement also counts the characters nobody coded, so it runs high; coloured at 66.7 % and 80 %."
                if self.metric.percent else
                "Thresholds after Krippendorff (2004). Hover a cell for its basis; an undefined figure says why.")
        self.legend.setText(" &nbsp; ".join(chips) + f"<br><span style='color:gray'>{html.escape(note)} "
                            "Prevalence is the mean share of characters the coders coded. "
                            "Double-click a cell to see its disagreements.</span>")

    # -- details ---------------------------------------------------------------------
    def _show_details(self, index: QModelIndex) -> None:
        cell = self.model.cell(index)
        self.show_disagreements.setEnabled(cell is not None and self.choice not in (None, ALL))
        if cell is None or self.matrix is None:
            self.details.setText("<p style='color:gray'>Select a cell to see the figures behind it.</p>")
            return
        title = html.escape(cell.code) if cell.code else "All codes"
        where = html.escape(cell.document) if cell.document else "Pooled over documents"
        rows = []
        for label, value in cell_details(cell, self.matrix):
            if not value:
                rows.append(f"<tr><td colspan='2' style='padding-top:6px'>"
                            f"<b>{html.escape(label.strip())}</b></td></tr>")
            else:
                rows.append(f"<tr><td style='padding-right:14px'>{html.escape(label.strip())}</td>"
                            f"<td align='right'>{html.escape(value)}</td></tr>")
        metric = self.matrix.metric
        headline = (f"<b>{format_value(cell.value, metric.percent)}</b>" if cell.used and cell.value is not None
                    else "<i>not used here</i>" if not cell.used else "<i>undefined</i>")
        reason = (f"<p style='color:gray'>{html.escape(cell.reason)}</p>"
                  if cell.reason and (cell.value is None or not cell.used) else "")
        interval = ""
        if cell.interval is not None:
            interval = (f"<p>95 % interval {format_value(cell.interval[0])} – {format_value(cell.interval[1])}"
                        f"<br><span style='color:gray'>{html.escape(cell.interval_note)}</span></p>")
        self.details.setText(
            f"<p style='font-size:12pt'><b>{title}</b><br><span style='color:gray'>{where}</span></p>"
            f"<p>{html.escape(metric.label if self.matrix.pair else metric.group_label)}: {headline}</p>"
            f"{reason}{interval}<table cellspacing='0' cellpadding='2'>{''.join(rows)}</table>")

    def _activate(self, index: QModelIndex) -> None:
        cell = self.model.cell(index)
        if cell is None or self.choice in (None, ALL):
            return
        document_id = None
        if cell.document is not None and self.matrix is not None:
            document_id = self.matrix.document_ids[self.matrix.documents.index(cell.document)]
        self.disagreementsRequested.emit(cell.code, document_id, tuple(self.choice))

    # -- intervals -------------------------------------------------------------------
    @property
    def intervals_running(self) -> bool:
        return self._interval_thread is not None

    def compute_intervals(self) -> None:
        options = self._options(bootstrap=self.resamples.value())
        if options is None or self._interval_thread is not None:
            return
        self._interval_generation = self._generation
        self.interval_button.setEnabled(False)
        self.interval_status.setText("")
        self._busy_timer.start()
        self._interval_thread = start_job(self.session, lambda db: compute_agreement(db, options),
                                          self._intervals_arrived)

    def _show_busy(self) -> None:
        if self._interval_thread is not None:
            self.busy.show()
            self.interval_status.setText("Computing intervals…")

    def _intervals_arrived(self, result, error: str) -> None:
        self._interval_thread = None
        self._busy_timer.stop()
        self.busy.hide()
        if self._interval_generation != self._generation:  # the figures changed meanwhile
            self.interval_status.setText("Figures changed: compute the intervals again")
        elif result is None:
            self.interval_status.setText(f"No intervals: {error}")
        else:
            self.result = result
            self._show_matrix()
            self.interval_status.setText(f"{result.options.bootstrap:,} resamples · seed {result.options.seed}")
        self.interval_button.setEnabled(self.result is not None and not self.metric.percent)
