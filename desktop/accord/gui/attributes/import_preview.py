"""Attributes from and to a spreadsheet: the import preview, and the two steps the dialog and the menu share.

The preview shows, before anything is written, what core/attribute_files
planned: the documents the rows matched, the values that will be set or
changed, the attributes with their (inferred) types, the rows that matched no
document and the empty cells (which leave a value as it was). The column that
names the documents can be changed; the file is then planned again. Import
applies the plan as one undoable command.
"""

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QTableWidget, QTableWidgetItem, QTabWidget,
    QVBoxLayout, QWidget,
)

from ...core.attribute_files import ImportPlan, apply_plan, export_attributes, plan_import
from ...core.errors import AccordError
from ..i18n import fill
from ..session import Session
from ..widgets import dialogs
from .model import type_name

SPREADSHEETS = QT_TRANSLATE_NOOP("AttributeFiles", "Spreadsheets (*.csv *.xlsx);;All files (*)")


class ImportPreview(QDialog):
    """What importing a spreadsheet would do; `plan` is the one to apply when accepted."""

    def __init__(self, session: Session, plan: ImportPlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.plan = plan
        self.setWindowTitle(fill(self.tr("Import attributes from %1"), plan.path.name))
        self.resize(720, 460)
        self.key_column = QComboBox()
        self.key_column.addItems(plan.headers)
        self.key_column.setCurrentText(plan.key_column)
        self.key_column.currentTextChanged.connect(self._replan)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a40000")
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Documents are named in the column")))
        choose.addWidget(self.key_column)
        choose.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._show(plan)

    def _replan(self, column: str) -> None:
        try:
            plan = plan_import(self.session.db, self.plan.path, column)
        except AccordError as problem:
            self.problem.setText(str(problem))
            self.problem.setVisible(True)
            self.import_button.setEnabled(False)
            return
        self._show(plan)

    def _show(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.problem.setVisible(False)
        self.import_button.setEnabled(bool(plan.matched) and bool(plan.changes or plan.new_keys))
        # One sentence per count, each a whole plural message.
        rows = len(plan.matched) + len(plan.unmatched)
        self.summary.setText(" ".join([
            fill(ImportPreview.tr("%1 of %n row(s) match a document.", "", rows),
                 len(plan.matched)),
            fill(ImportPreview.tr("Import sets %n value(s) (%1 already as in the file).",
                                            "", len(plan.changes)), plan.unchanged),
            ImportPreview.tr("%n empty cell(s) leave values as they are.", "",
                                       len(plan.empty_cells)),
        ]))
        current = self.tabs.currentIndex()
        self.tabs.clear()
        new = set(plan.new_keys)
        sections = [
            (self.tr("Matched documents (%1)"), [self.tr("Row"), self.tr("In the file"), self.tr("Document"),
                                                 self.tr("Matched by")],
             [[m.row, m.key, m.doc, self.tr("name") if m.by == "name" else self.tr("source file")]
              for m in plan.matched]),
            (self.tr("Values to set (%1)"), [self.tr("Document"), self.tr("Attribute"), self.tr("Now"),
                                             self.tr("After import")],
             [[c.doc, c.key, "" if c.old is None else c.old, c.new] for c in plan.changes]),
            (self.tr("Attributes (%1)"), [self.tr("Attribute"), self.tr("Type"), ""],
             [[k, type_name(t), self.tr("new") if k in new else self.tr("exists")] for k, t in plan.types.items()]),
            (self.tr("Unmatched rows (%1)"), [self.tr("Row"), self.tr("In the file"), self.tr("Why")],
             [[u.row, u.key, u.reason] for u in plan.unmatched]),
            (self.tr("Empty cells (%1)"), [self.tr("Row"), self.tr("Document"), self.tr("Attribute")],
             [list(cell) for cell in plan.empty_cells]),
        ]
        for title, headers, rows in sections:
            self.tabs.addTab(_table(headers, rows), fill(title, len(rows)))
        self.tabs.setCurrentIndex(max(current, 0))

    def table(self, index: int) -> QTableWidget:
        return self.tabs.widget(index)


def _table(headers: list[str], rows: list[list]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(str(value))
            if isinstance(value, int):
                item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    for column in range(len(headers)):
        table.setColumnWidth(column, min(max(table.columnWidth(column), 90), 260))
    table.horizontalHeader().setStretchLastSection(True)
    return table


def import_attribute_file(parent: QWidget, session: Session) -> ImportPlan | None:
    """Ask for a spreadsheet, preview it, and on Import apply it as one command; the plan applied, or None."""
    path = dialogs.ask_open_file(parent, QCoreApplication.translate("AttributeFiles", "Import attributes"),
                                 QCoreApplication.translate("AttributeFiles", SPREADSHEETS))
    if not path:
        return None
    try:
        plan = plan_import(session.db, path)
    except AccordError as problem:
        dialogs.warn(parent, QCoreApplication.translate("AttributeFiles", "Cannot import attributes"), str(problem))
        return None
    preview = ImportPreview(session, plan, parent)
    accepted = preview.exec() == QDialog.DialogCode.Accepted
    preview.deleteLater()  # a parent that stays open would keep every preview otherwise
    if not accepted:
        return None
    label = fill(QCoreApplication.translate("AttributeFiles", "Import attributes from %1"), Path(path).name)
    done, _count = session.try_run(label, apply_plan, preview.plan)
    return preview.plan if done else None


def export_attribute_file(parent: QWidget, session: Session) -> str | None:
    """Ask where, then write every document's attributes (.xlsx unless the name ends in .csv); the path or None."""
    suggested = dialogs.suggested_name(session.project.path, "attributes", ".xlsx")
    path = dialogs.ask_save_file(parent, QCoreApplication.translate("AttributeFiles", "Export attributes"),
                                 QCoreApplication.translate("AttributeFiles", "Excel workbook (*.xlsx);;CSV (*.csv)"),
                                 "", suggested)
    if not path:
        return None
    if not path.lower().endswith((".csv", ".xlsx")):
        path += ".xlsx"
    try:
        export_attributes(session.db, path)
    except (AccordError, OSError) as problem:
        dialogs.warn(parent, QCoreApplication.translate("AttributeFiles", "Cannot export attributes"), str(problem))
        return None
    return path
