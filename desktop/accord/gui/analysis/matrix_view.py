"""Analyse ▸ Matrix: codes against documents, speakers, coders or an attribute, as a heat map.

Clicking a cell lists the passages behind it (segmentsRequested); the table exports to
CSV/XLSX (core/analysis/matrix_export) and the picture to PNG or SVG.
"""

from PySide6.QtCore import QPoint, QRect, QSize, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QPushButton,
)

from ...core.analysis.matrix import cell_segments, code_matrix
from ...core.analysis.matrix_export import write_matrix
from ...core.attributes import attribute_keys
from ...core.errors import AccordError
from ..i18n import fill
from ..widgets import dialogs
from .heat_window import CoderChecklist, heat_table, lay_out
from .matrix_model import MatrixModel


class MatrixWindow(QDialog):
    segmentsRequested = Signal(str, list)  # title, [Segment]

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Code matrix"))
        self.columns = QComboBox()
        self.measure = QComboBox()
        for key, label in (("count", self.tr("Codings")), ("presence", self.tr("Presence (1 or 0)")),
                           ("coverage", self.tr("Coverage (% of characters)")), ("words", self.tr("Words covered"))):
            self.measure.addItem(label, key)
        self.bins = QLineEdit()
        self.bins.setPlaceholderText(self.tr("e.g. 30,45,60 (numbers only)"))
        self.subcodes = QCheckBox(self.tr("Roll sub-codes into their parents"))
        self.coders = CoderChecklist()
        self.coders.setMaximumHeight(110)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.model = MatrixModel(self)
        self.table = heat_table(self.model, 52)
        self.export_table = QPushButton(self.tr("Export table…"))
        self.export_image = QPushButton(self.tr("Export image…"))
        close = QPushButton(self.tr("Close"))
        form = QFormLayout()
        form.addRow(self.tr("Columns:"), self.columns)
        form.addRow(self.tr("Bins:"), self.bins)
        form.addRow(self.tr("Cells:"), self.measure)
        form.addRow("", self.subcodes)
        lay_out(self, form, self.coders, self.table, self.message, [self.export_table, self.export_image, close])
        self._fill_choices()
        for signal in (self.columns.currentIndexChanged, self.measure.currentIndexChanged, self.subcodes.toggled,
                       self.bins.editingFinished, self.coders.itemChanged):
            signal.connect(self.refresh)
        self.table.clicked.connect(self._cell_clicked)
        self.export_table.clicked.connect(self._export_table)
        self.export_image.clicked.connect(self._export_image)
        close.clicked.connect(self.close)
        session.changed.connect(lambda *_: self.refresh())
        session.closing.connect(self.close)
        self.resize(900, 600)
        self.refresh()

    def _fill_choices(self) -> None:
        db = self.session.db
        for key, label in (("documents", self.tr("Documents")), ("speakers", self.tr("Speakers")),
                           ("coders", self.tr("Coders"))):
            self.columns.addItem(label, key)
        for key in attribute_keys(db):
            self.columns.addItem(fill(self.tr("Attribute: %1"), key), f"attr:{key}")
        self.coders.fill(db)

    def options(self) -> dict:
        """The matrix's settings, as code_matrix and cell_segments take them."""
        cols = self.columns.currentData()
        coders = self.coders.ticked()
        bins = None
        self.bins.setEnabled(cols.startswith("attr:"))
        if cols.startswith("attr:") and self.bins.text().strip():
            try:
                bins = [float(part) for part in self.bins.text().split(",")]
            except ValueError:
                raise AccordError(self.tr("Bins are numbers separated by commas, e.g. 30,45,60")) from None
        return {"cols": cols, "coders": coders, "subcodes": self.subcodes.isChecked(), "bins": bins}

    def refresh(self) -> None:
        try:
            found = code_matrix(self.session.db, measure=self.measure.currentData(), **self.options())
        except AccordError as error:
            self.model.set_matrix(None)
            self.message.setText(str(error))
            return
        self.model.set_matrix(found)
        self.message.setText(self.tr("Click a cell to list its passages."))

    def _cell_clicked(self, index) -> None:
        matrix = self.model.matrix
        if matrix is None or not index.isValid():
            return
        code, column = matrix.rows[index.row()], matrix.columns[index.column()]
        try:
            found = cell_segments(self.session.db, code=matrix.code_ids[index.row()], column=column,
                                  **self.options())
        except AccordError as error:  # the settings changed under the table (e.g. bins being typed)
            self.message.setText(str(error))
            return
        self.segmentsRequested.emit(f"{code} · {column}", found)

    def _export_table(self) -> None:
        if self.model.matrix is None:
            return
        path = dialogs.ask_save_file(self, self.tr("Export the matrix"),
                                     self.tr("Excel workbook (*.xlsx);;CSV table (*.csv)"), ".xlsx")
        if path:
            try:
                write_matrix(self.model.matrix, path)
            except (AccordError, OSError) as error:
                self.message.setText(str(error))
                return
            self.message.setText(fill(self.tr("Wrote %1"), path))

    def _export_image(self) -> None:
        if self.model.matrix is None:
            return
        path = dialogs.ask_save_file(self, self.tr("Export the matrix as a picture"),
                                     self.tr("PNG image (*.png);;SVG drawing (*.svg)"), ".png")
        if path:
            self.save_image(path)
            self.message.setText(fill(self.tr("Wrote %1"), path))

    def save_image(self, path: str) -> None:
        """The whole table (not only the part in view) as a PNG or an SVG."""
        table = self.table
        size = QSize(table.verticalHeader().width() + table.horizontalHeader().length() + 4,
                     table.horizontalHeader().height() + table.verticalHeader().length() + 4)
        old = table.size()
        table.resize(size)
        try:
            if path.lower().endswith(".svg"):
                from PySide6.QtSvg import QSvgGenerator

                generator = QSvgGenerator()
                generator.setFileName(path)
                generator.setSize(size)
                generator.setViewBox(QRect(0, 0, size.width(), size.height()))
                generator.setTitle(self.windowTitle())
                painter = QPainter(generator)
                try:
                    table.render(painter, QPoint(0, 0))
                finally:
                    painter.end()
            else:
                table.grab().save(path)
        finally:
            table.resize(old)
