"""The main window's Settings ▸ Language: a mixin of MainWindow (the dialog is language_dialog.py)."""


class LanguageHandlers:
    def choose_language(self) -> None:
        from .language_dialog import LanguageDialog

        LanguageDialog(parent=self).exec()
