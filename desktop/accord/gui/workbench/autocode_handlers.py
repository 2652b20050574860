"""The main window's handlers for auto-coding (from the Analyse menu, find-in-all results and the speaker filter).

`AutocodeHandlers` is a mixin of MainWindow: each method is named by an action of the
registry (actions.py) and uses the window's `session`.
"""


class AutocodeHandlers:
    def autocode(self, search: str | None = None, speaker: str | None = None):
        """Analyse ▸ Auto-code: one dialog per project, brought forward (and pre-filled when asked).

        From the menu while the text shows one speaker's turns (the documents pane's
        speaker filter), it opens on that speaker's turns.
        """
        from ..analysis.autocode_dialog import AutocodeDialog

        documents = getattr(self, "documents", None)
        if search is None and speaker is None and documents is not None:
            speaker = documents.chosen_speaker() or None
        dialog = getattr(self, "autocode_dialog", None)
        if dialog is None or dialog.session is not self.session or search is not None or speaker is not None:
            if dialog is not None:  # replaced by one pre-filled afresh
                dialog.close()
                dialog.deleteLater()
            dialog = self.autocode_dialog = AutocodeDialog(self.session, self, search=search or "", speaker=speaker)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog
