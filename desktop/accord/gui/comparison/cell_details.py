"""The pane beside the agreement matrix: every figure behind the cell selected.

`CellDetails` names the cell (code and document, or "All codes" and "Pooled
over documents"), gives its figure or why it is undefined or unused, its
bootstrap interval when computed, and the table of figures `cell_details`
lists; its "Show disagreements" button is for the panel to wire.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .model import Cell, Matrix, cell_details, format_value
from ..i18n import fill


class CellDetails(QFrame):
    """The details of one cell, and "Show disagreements"."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.details = QLabel()
        self.details.setObjectName("cellDetails")
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMargin(12)
        self.setObjectName("detailsFrame")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.details)
        layout.addStretch(1)
        self.show_disagreements = QPushButton(self.tr("Show disagreements"))
        self.show_disagreements.setToolTip(self.tr("Open the disagreements about this code and document "
                                                   "(double-click a cell)"))
        self.show_disagreements.setEnabled(False)
        hint_row = QHBoxLayout()
        hint_row.setContentsMargins(12, 0, 12, 12)
        hint_row.addWidget(self.show_disagreements)
        hint_row.addStretch(1)
        layout.addLayout(hint_row)

    def show_cell(self, cell: Cell | None, matrix: Matrix | None, can_open: bool) -> None:
        """Describe `cell` of `matrix` (None: ask for one); `can_open`: a pair of coders, so disagreements exist."""
        self.show_disagreements.setEnabled(cell is not None and can_open)
        if cell is None or matrix is None:
            self.details.setText(self.tr("<p style='color:gray'>Select a cell to see the figures behind it.</p>"))
            return
        title = html.escape(cell.code) if cell.code else self.tr("All codes")
        where = html.escape(cell.document) if cell.document else self.tr("Pooled over documents")
        rows = []
        for label, value in cell_details(cell, matrix):
            if not value:
                rows.append(f"<tr><td colspan='2' style='padding-top:6px'>"
                            f"<b>{html.escape(label.strip())}</b></td></tr>")
            else:
                rows.append(f"<tr><td style='padding-right:14px'>{html.escape(label.strip())}</td>"
                            f"<td align='right'>{html.escape(value)}</td></tr>")
        metric = matrix.metric
        headline = (f"<b>{format_value(cell.value, metric.percent)}</b>" if cell.used and cell.value is not None
                    else self.tr("<i>not used here</i>") if not cell.used else self.tr("<i>undefined</i>"))
        reason = (f"<p style='color:gray'>{html.escape(cell.reason)}</p>"
                  if cell.reason and (cell.value is None or not cell.used) else "")
        interval = ""
        if cell.interval is not None:
            lo, hi = cell.interval
            span = fill(self.tr("95 % interval %1 – %2"), format_value(lo), format_value(hi))
            interval = f"<p>{span}<br><span style='color:gray'>{html.escape(cell.interval_note)}</span></p>"
        self.details.setText(
            f"<p style='font-size:12pt'><b>{title}</b><br><span style='color:gray'>{where}</span></p>"
            f"<p>{html.escape(metric.label if matrix.pair else metric.group_label)}: {headline}</p>"
            f"{reason}{interval}<table cellspacing='0' cellpadding='2'>{''.join(rows)}</table>")
