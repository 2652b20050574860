"""Settings ▸ Language: the interface language for the next start (issue #18).

The choice is stored with `i18n.choose_language` ("" follows the system) and read
once, at start-up: Qt's translators cannot re-translate windows already built,
so the dialog says plainly that the change waits for the next start.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from .. import i18n
from ..i18n import fill


class LanguageDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("languageDialog")
        self.setWindowTitle(self.tr("Language"))
        self.combo = QComboBox()
        system = i18n.LANGUAGES[i18n.system_language()]
        self.combo.addItem(fill(self.tr("System default (%1)"), system), "")
        for code, name in i18n.LANGUAGES.items():
            self.combo.addItem(name, code)  # each language by its own name, as its speakers look for it
        self.combo.setCurrentIndex(max(0, self.combo.findData(i18n.chosen_language())))
        self.note = QLabel(self.tr("The new language takes effect when Accord next starts."))
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        form = QFormLayout()
        form.addRow(self.tr("&Interface language:"), self.combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def chosen(self) -> str:
        """The code picked in the list ("" for the system's language)."""
        return self.combo.currentData()

    def accept(self) -> None:
        i18n.choose_language(self.chosen())
        super().accept()
