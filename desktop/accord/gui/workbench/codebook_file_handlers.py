"""The main window's handlers for the Codebook menu's import and export of codebook files.

`CodebookFileHandlers` is a mixin of MainWindow: each method is named by an action of the
registry (actions.py) and uses the window's `session`.
"""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from ...core.codebook_files import export_codebook, read_codebook
from ...core.codebook_files.write import FORMATS
from ...core.errors import AccordError
from ..widgets import dialogs


def _tr(text: str) -> str:
    return QCoreApplication.translate("CodebookFileHandlers", text)


class CodebookFileHandlers:
    def import_codebook(self) -> None:
        """Codebook ▸ Import codebook…: a file, then the preview; Import adds the codes as one undo step."""
        from ..codebook.import_dialog import ImportCodebookDialog

        path = dialogs.ask_open_file(self, _tr("Import codebook"),
                                     _tr("Codebooks (*.csv *.xlsx *.docx);;All files (*)"))
        if not path:
            return
        try:
            book = read_codebook(path)
        except AccordError as problem:
            dialogs.warn(self, _tr("Cannot import codebook"), str(problem))
            return
        dialog = ImportCodebookDialog(self.session, book, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_plan is not None:
            plan = dialog.result_plan
            self.statusBar().showMessage(
                _tr("Imported %1: %2 code(s) added, %3 updated").replace("%1", book.name)
                .replace("%2", str(len(plan.added))).replace("%3", str(len(plan.updated))), 8000)

    def export_codebook(self) -> None:
        """Codebook ▸ Export codebook…: .xlsx, .csv or .docx (by the name given; .xlsx when it has none)."""
        suggested = dialogs.suggested_name(self.session.project.path, "codebook", ".xlsx")
        path = dialogs.ask_save_file(self, _tr("Export codebook"),
                                     _tr("Excel workbook (*.xlsx);;CSV (*.csv);;Word document (*.docx)"),
                                     "", suggested)
        if not path:
            return
        if not path.lower().endswith(FORMATS):
            path += ".xlsx"
        try:
            written = export_codebook(self.session.db, path)
        except (AccordError, OSError) as problem:
            dialogs.warn(self, _tr("Cannot export codebook"), str(problem))
            return
        self.statusBar().showMessage(_tr("Exported %1 code(s) to %2").replace("%1", str(written))
                                     .replace("%2", path), 5000)
