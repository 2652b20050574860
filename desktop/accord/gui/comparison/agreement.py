"""The "Agreement" tab: a code × document matrix of α, κ or % agreement, coloured by the usual thresholds.

`AgreementPanel` owns the choice of coders (a pair, or all coders) and of the
figure, computes agreement for them (again after any change to the project)
and assembles the matrix, its summary and legend, the details of the cell
selected and the bootstrap interval controls. Rows are the codes in codebook
order (then "All codes"), columns the documents (then "Pooled", the prevalence
and the 95 % interval); double-clicking a cell, or "Show disagreements", asks
for its disagreements (`disagreementsRequested`).
"""

from __future__ import annotations

import html
from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFrame, QHBoxLayout, QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout,
    QWidget,
)

from ...core.agreement import AgreementOptions, AgreementResult, compute_agreement
from ...core.agreement.methods import DEFINITIONS
from ...core.codebook import code_tree
from ...core.coders import CODER, coders_with_codings
from ...core.errors import AccordError
from .cell_details import CellDetails
from .intervals import IntervalControls
from .matrix import MatrixDelegate, MatrixModel, is_dark, legend_text
from .model import METRIC_BY_KEY, METRICS, Matrix, Metric, build_matrix, figure_label, format_value
from ..i18n import fill, translate
from ..session import Session

ALL = "all"


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
        self._coder_names: dict[int, str] = {}
        self._raters: tuple[int, ...] = ()  # the coders "All coders" compares: role coder, never a consensus

        self.coder_box = QComboBox()
        self.coder_box.setObjectName("agreementCoders")
        self.coder_box.setToolTip(self.tr("Which coders to compare: a pair, or all coders (consensus coders left out)"))
        self.coder_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.metric_box = QComboBox()
        self.metric_box.setObjectName("agreementMetric")
        for metric in METRICS:
            self.metric_box.addItem(metric.label, metric.key)
        self.metric_box.setToolTip(self.tr("The figure shown in the cells"))
        self.intervals = IntervalControls(session)
        self.resamples = self.intervals.resamples
        self.interval_button, self.interval_status = self.intervals.interval_button, self.intervals.interval_status

        controls = QHBoxLayout()
        controls.setSpacing(8)
        controls.addWidget(QLabel(self.tr("Compare")))
        controls.addWidget(self.coder_box)
        controls.addSpacing(12)
        controls.addWidget(QLabel(self.tr("Show")))
        controls.addWidget(self.metric_box)
        controls.addStretch(1)
        controls.addWidget(self.intervals)

        self.model = MatrixModel(self)
        self.view = QTableView()
        self.view.setObjectName("agreementMatrix")
        self.view.setModel(self.model)
        self.view.setItemDelegate(MatrixDelegate(self.view))
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

        details_frame = self.details_frame = CellDetails()
        self.details = details_frame.details

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
        self.across = QLabel()  # which code a passage gets: every code at once, beside the per-code matrix
        self.across.setObjectName("agreementAcrossCodes")
        self.across.setTextFormat(Qt.TextFormat.RichText)
        self.across.setToolTip("\n\n".join(
            f"{translate('Methods', d.statistic)}: {translate('Methods', d.definition)}" for d in DEFINITIONS
            if d.column.startswith("across_codes.")))
        self.warning = QLabel()  # what the figures shown need to be read with (intervals from few documents)
        self.warning.setObjectName("agreementWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a5300;")
        self.warning.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 8)
        layout.setSpacing(8)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(self.across)
        layout.addWidget(self.warning)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.legend)

        self.coder_box.activated.connect(lambda _: self.refresh())
        self.metric_box.currentIndexChanged.connect(lambda _: self._show_matrix())
        self.interval_button.clicked.connect(self.compute_intervals)
        self.intervals.finished.connect(self._intervals_arrived)
        self.view.selectionModel().currentChanged.connect(lambda current, _: self._show_details(current))
        self.view.doubleClicked.connect(self._activate)
        details_frame.show_disagreements.clicked.connect(lambda: self._activate(self.view.currentIndex()))
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
        found = coders_with_codings(self.session.db)  # pairs may name a consensus; "All coders" never does
        coders = [(c.id, c.name) for c in found]
        self._coder_names = dict(coders)
        raters = [(c.id, c.name) for c in found if c.role == CODER]
        self._raters = tuple(cid for cid, _ in raters)
        self.coder_box.blockSignals(True)
        self.coder_box.clear()
        if len(raters) >= 3:
            self.coder_box.addItem(AgreementPanel.tr("All %n coders", "", len(raters)), ALL)
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
            coders = self._raters
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
        self.intervals.figures_changed()
        options = self._options()
        self.result, self.message = None, ""
        if options is None:
            self.message = self.tr("Agreement needs at least two coders with codings.")
        else:
            try:
                self.result = compute_agreement(self.session.db, options)
            except AccordError as problem:
                self.message = str(problem)
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
            hint = self.tr("Import another coder's work (File ▸ Merge coders' projects) or code as a second coder.")
            self.empty.setText(f"<p style='font-size:13pt'>{html.escape(self.message)}</p>"
                               f"<p style='color:gray'>{html.escape(hint)}</p>")
            self.empty.show()
            self.summary.setText("")
            self.across.setText("")
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
        self.interval_button.setEnabled(not self.intervals.running and not self.metric.percent)
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
        coders, count = ", ".join(matrix.coders), len(matrix.coders)
        who = " ↔ ".join(matrix.pair) if matrix.pair else fill(AgreementPanel.tr("all %n coders (%1)", "", count),
                                                               coders)
        totals = matrix.rows[-1] if matrix.rows and matrix.rows[-1].code is None else None
        overall = ""
        if totals is not None:  # the α view has no total of its own kind, so it shows none
            value = format_value(totals.cells[-1].value, matrix.metric.percent)
            overall = " &nbsp; — &nbsp; " + fill(self.tr("overall %1: <b>%2</b>"),
                                                 html.escape(matrix.metric.pooled_label), value)
        codes, documents = len(result.codes), len(result.documents)
        characters = int(result.selection.document_lengths.sum())
        facts = [AgreementPanel.tr("%n code(s)", "", codes), AgreementPanel.tr("%n document(s)", "", documents),
                 AgreementPanel.tr("%Ln character(s)", "", characters),
                 self.tr("whitespace trimmed") if self.trim_whitespace else self.tr("codings as stored")]
        self.summary.setText(
            f"<span style='font-size:12pt'><b>{html.escape(who)}</b></span>"
            f"<span style='color:gray'> &nbsp;·&nbsp; {' &nbsp;·&nbsp; '.join(facts)}</span>" + overall)
        self.warning.setText("\n".join(f"⚠ {warning}" for warning in result.warnings))
        self.warning.setVisible(bool(result.warnings))
        self._update_across(result)

    def _update_across(self, result: AgreementResult) -> None:
        figures = result.across_codes()
        parts = []
        for name in ("cu_alpha", "c_given_u_alpha"):
            value = figures[name]
            shown = (f"<b>{format_value(value, False)}</b>" if value is not None else
                     fill(self.tr("<i>undefined</i> <span style='color:gray'>(%1)</span>"),
                          html.escape(figures[name + "_undefined_reason"])))
            parts.append(f"{html.escape(figure_label(name))}: {shown}")
        self.across.setText(self.tr("Which code each passage gets, all codes at once:") + " &nbsp;"
                            + " &nbsp;·&nbsp; ".join(parts))

    def _update_legend(self) -> None:
        self.legend.setText(legend_text(self.metric.percent, is_dark(self)))

    # -- details ---------------------------------------------------------------------
    def _show_details(self, index: QModelIndex) -> None:
        self.details_frame.show_cell(self.model.cell(index), self.matrix, self.choice not in (None, ALL))

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
        return self.intervals.running

    def compute_intervals(self) -> None:
        options = self._options(bootstrap=self.resamples.value())
        if options is not None:
            options = replace(options, bootstrap_unit=self.intervals.unit.currentData())
        if options is not None:
            self.intervals.start(options)

    def _intervals_arrived(self, result: AgreementResult | None) -> None:
        if result is not None:
            self.result = result
            self._show_matrix()
        self.interval_button.setEnabled(self.result is not None and not self.metric.percent)
