"""The main window's handlers for the Codebook menu's import and export of codebook files.

`CodebookFileHandlers` is a mixin of MainWindow: each method is named by an action of the
registry (actions.py) and uses the window's `session`.
"""

from PySide6.QtCore import QObject, QCoreApplication
from PySide6.QtWidgets import QDialog

from ...core.codebook_files import export_codebook, read_codebook
from ...core.codebook_files.write import FORMATS
from ...core.errors import AccordError
from ..i18n import fill
from ..widgets import dialogs


class CodebookFileMessages(QObject):
    """The context of this module's plural messages (lupdate reads them as CodebookFileMessages.tr)."""


class CodebookFileHandlers:
    def import_codebook(self) -> None:
        """Codebook ▸ Import codebook…: a file, then the preview; Import adds the codes as one undo step."""
        from ..codebook.import_dialog import ImportCodebookDialog

        path = dialogs.ask_open_file(self, self.tr("Import codebook"),
                                     self.tr("Codebooks (*.csv *.xlsx *.docx);;All files (*)"))
        if not path:
            return
        try:
            book = read_codebook(path)
        except AccordError as problem:
            dialogs.warn(self, self.tr("Cannot import codebook"), str(problem))
            return
        dialog = ImportCodebookDialog(self.session, book, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_plan is not None:
            plan = dialog.result_plan
            self.statusBar().showMessage(
                fill(CodebookFileMessages.tr("Imported %1: %n code(s) added, %2 updated",
                                                "", len(plan.added)), book.name, len(plan.updated)), 8000)

    def export_codebook(self) -> None:
        """Codebook ▸ Export codebook…: .xlsx, .csv or .docx (by the name given; .xlsx when it has none)."""
        suggested = dialogs.suggested_name(self.session.project.path, "codebook", ".xlsx")
        path = dialogs.ask_save_file(self, self.tr("Export codebook"),
                                     self.tr("Excel workbook (*.xlsx);;CSV (*.csv);;Word document (*.docx)"),
                                     "", suggested)
        if not path:
            return
        if not path.lower().endswith(FORMATS):
            path += ".xlsx"
        try:
            written = export_codebook(self.session.db, path)
        except (AccordError, OSError) as problem:
            dialogs.warn(self, self.tr("Cannot export codebook"), str(problem))
            return
        self.statusBar().showMessage(
            fill(CodebookFileMessages.tr("Exported %n code(s) to %1", "", written), path),
            5000)
