"""Help ▸ Getting started: a short offline guide, resources/help/getting-started.html, in a window of its own.

The guide is read in the interface's language when there is a translation of it
(getting-started.de.html, …), else in English.

The window is not modal, so the guide can stay open beside the project while
the user tries what it says; choosing the menu item again brings it to the front.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ...resources import resource
from ..i18n import current_language

GUIDE = ("help", "getting-started.html")


def guide_path(language: str):
    """The guide in `language`, or the English one when it has no translation."""
    translated = resource("help", f"getting-started.{language}.html")
    return translated if translated.exists() else resource(*GUIDE)


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("gettingStarted")
        self.setWindowTitle(self.tr("Getting started with Accord"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        try:
            path = guide_path(current_language())
            self.browser.setSearchPaths([str(path.parent)])
            self.browser.setHtml(path.read_text(encoding="utf-8"))
        except OSError as problem:  # a broken installation: say so rather than show nothing
            self.browser.setPlainText(self.tr("The guide could not be read: %s") % problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 720)


def show_guide(parent: QWidget) -> GuideDialog:
    """Show the guide (the one already open, if any) in front."""
    dialog = parent.findChild(GuideDialog)
    if dialog is None:
        dialog = GuideDialog(parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
