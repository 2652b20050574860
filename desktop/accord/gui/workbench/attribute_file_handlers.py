"""The main window's handlers for import and export of attribute spreadsheets.

`AttributeFileHandlers` is a mixin of MainWindow: each method is named by an action of the
registry (actions.py) and uses the window's `session`. The Attributes dialog's Import… and
Export… buttons run the same two steps (gui/attributes/import_preview.py).
"""

from PySide6.QtCore import QObject, QCoreApplication

from ..i18n import fill


class AttributeFileMessages(QObject):
    """The context of this module's plural messages (lupdate reads them as AttributeFileMessages.tr)."""


class AttributeFileHandlers:
    def import_attribute_file(self) -> None:
        """Project ▸ Import attributes…: a spreadsheet, its preview, then one undoable command."""
        from ..attributes.import_preview import import_attribute_file

        plan = import_attribute_file(self, self.session)
        if plan is not None:
            self.statusBar().showMessage(
                fill(AttributeFileMessages.tr("Imported attributes from %1: %n value(s) set on %2 document(s)",
                                                "", len(plan.changes)), plan.path.name, len(plan.matched)), 8000)

    def export_attribute_file(self) -> None:
        """Project ▸ Export attributes…: every document's attributes to .xlsx or .csv."""
        from ..attributes.import_preview import export_attribute_file

        path = export_attribute_file(self, self.session)
        if path is not None:
            self.statusBar().showMessage(fill(self.tr("Exported the attributes to %1"), path), 5000)
