"""Codebook ▸ Import codebook…: the preview of what a codebook file adds, and the import itself.

The dialog lists the codes the file would add, those already in the codebook
(same path, same fields) and the conflicts (same path, other fields, each with
the project's and the file's value), with an "Update conflicting codes" box.
Import runs the whole import as one undoable command through the session, which
plans again against the project as it is then, so the preview can never be stale.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.codebook_files import Plan, apply_import, plan_import
from ...core.codebook_files.rows import Codebook
from ..i18n import fill
from ..session import Session

_FIELD_LABELS = {
    "description": QT_TRANSLATE_NOOP("ImportCodebookDialog", "description"),
    "definition": QT_TRANSLATE_NOOP("ImportCodebookDialog", "definition"),
    "inclusion": QT_TRANSLATE_NOOP("ImportCodebookDialog", "inclusion"),
    "exclusion": QT_TRANSLATE_NOOP("ImportCodebookDialog", "exclusion"),
    "example": QT_TRANSLATE_NOOP("ImportCodebookDialog", "example"),
    "colour": QT_TRANSLATE_NOOP("ImportCodebookDialog", "colour"),
}


def _field_label(field: str) -> str:
    return QCoreApplication.translate("ImportCodebookDialog", _FIELD_LABELS[field]) if field in _FIELD_LABELS else field


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


class ImportCodebookDialog(QDialog):
    def __init__(self, session: Session, book: Codebook, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.book = book
        self.result_plan: Plan | None = None  # what the import did, once it ran
        self.plan = plan_import(session.db, book)
        self.setWindowTitle(self.tr("Import codebook"))
        self.resize(640, 400)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self._summary_text())
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Code"), self.tr("Details")])
        self.tree.setColumnWidth(0, 260)
        self.tree.setAlternatingRowColors(True)
        self._fill()
        layout.addWidget(self.tree, 1)
        self.update_box = QCheckBox(self.tr("Update conflicting codes (the file's values replace the project's)"))
        self.update_box.setEnabled(bool(self.plan.conflicts))
        self.update_box.toggled.connect(self._enable_import)
        layout.addWidget(self.update_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._enable_import()

    def _summary_text(self) -> str:
        plan = self.plan
        # Three independent phrases, each a whole plural message: "3 codes to add · 2 already in … · 1 conflict".
        counts = " · ".join([
            ImportCodebookDialog.tr("%n code(s) to add", "", len(plan.added)),
            ImportCodebookDialog.tr("%n already in the codebook", "", len(plan.existing)),
            ImportCodebookDialog.tr("%n conflict(s)", "", len(plan.conflicts)),
        ])
        text = fill(self.tr("%1: %2."), self.book.name, counts)
        if plan.conflicts:
            text += " " + self.tr("Conflicting codes are left as they are unless you tick the box below.")
        if not plan.added and not plan.conflicts:
            text += " " + self.tr("Nothing to import: the codebook already has every code of this file.")
        return text

    def _group(self, title: str, count: int) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [f"{title} ({count})"])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setFirstColumnSpanned(True)
        item.setExpanded(True)
        return item

    def _fill(self) -> None:
        plan = self.plan
        fields = {parts_path: fields for action, parts, fields in plan.steps if action == "add"
                  for parts_path in ["/".join(parts)]}
        if plan.added:
            group = self._group(self.tr("To add"), len(plan.added))
            for path in plan.added:
                given = fields.get(path, {})
                detail = _short(given.get("definition") or given.get("description") or "")
                QTreeWidgetItem(group, [path, detail or self.tr("(no definition)")])
        if plan.conflicts:
            group = self._group(self.tr("Conflicts"), len(plan.conflicts))
            for conflict in plan.conflicts:
                differs = ", ".join(_field_label(field) for field in conflict["fields"])
                item = QTreeWidgetItem(group, [conflict["path"], fill(self.tr("differs in: %1"), differs)])
                item.setExpanded(True)
                for field, values in conflict["fields"].items():
                    here = f"“{_short(values['project'], 28)}”" if values["project"] else self.tr("(empty)")
                    there = f"“{_short(values['file'], 28)}”"
                    change = fill(self.tr("%1 here → %2 in the file"), here, there)
                    QTreeWidgetItem(item, [_field_label(field), change])
        if plan.existing:
            group = self._group(self.tr("Already in the codebook"), len(plan.existing))
            group.setExpanded(len(plan.existing) <= 20)
            for path in plan.existing:
                QTreeWidgetItem(group, [path, ""])
        if plan.warnings:
            group = self._group(self.tr("Warnings"), len(plan.warnings))
            for warning in plan.warnings:
                item = QTreeWidgetItem(group, [warning])
                item.setFirstColumnSpanned(True)

    def _enable_import(self) -> None:
        self.import_button.setEnabled(bool(self.plan.added) or
                                      (bool(self.plan.conflicts) and self.update_box.isChecked()))

    def _import(self) -> None:
        done, plan = self.session.try_run(fill(self.tr("Import codebook %1"), self.book.name),
                                          apply_import, self.book, update=self.update_box.isChecked())
        if done:
            self.result_plan = plan
            self.accept()
