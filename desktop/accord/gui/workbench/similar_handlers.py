"""The main window's side of similar passages (issue #19): the dock and the ways to ask it.

"Find similar passages" is in the Analyse menu (the selection if there is one,
else the current code), in the selected text's context menu and in a code's
context menu. `SimilarHandlers` is a mixin of MainWindow: it uses the window's
`session`, `view`, `codebook`, `coding` and `_dock`.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from ...core.codings import segments
from ..similar.panel import SimilarPanel

SUGGESTIONS_HEIGHT = 320


class SimilarHandlers:
    def _build_similar_dock(self, session) -> QDockWidget:
        self.similar = SimilarPanel(session, self.coding.apply_span)
        self.similar.jumpRequested.connect(self.jump_to)
        self.codebook.findSimilarRequested.connect(self.find_similar_to_code)
        return self._dock(self.tr("Similar passages"), "similar-dock", self.similar)

    def find_similar(self) -> None:
        """Analyse ▸ Find similar passages: like the selected text, or else like the current code."""
        span = self.view.selection_span()
        if span is not None and self.view.document_id is not None:
            self.find_similar_to_selection()
        elif self.codebook.current_code_id() is not None:
            self.find_similar_to_code(self.codebook.current_code_id())
        else:
            self.statusBar().showMessage(
                self.tr("Select some text, or a code in the codebook, to find passages like it"), 5000)

    def find_similar_to_selection(self) -> None:
        span = self.view.selection_span()
        if span is None or self.view.document_id is None:
            return
        self._show_similar_dock()
        self.similar.find_like_passage(self.view.document_id, *span)

    def find_similar_to_code(self, code_id: int) -> None:
        """Like the current coder's segments of the code, when there are some; else like everyone's."""
        coder = self.session.coder_id
        if coder is not None and not segments(self.session.db, code=code_id, coder=coder):
            coder = None
        self._show_similar_dock()
        self.similar.find_like_code(code_id, coder)

    def similar_settings(self) -> None:
        """Settings ▸ Similar passages: the model for finding passages by meaning, and the project's cache."""
        from ..similar.settings import SimilarSettingsDialog

        dialog = SimilarSettingsDialog(self.session, self)
        dialog.exec()
        if self.session is not None:
            self.similar.update_backends()

    def _show_similar_dock(self) -> None:
        self.similar_dock.show()
        self.similar_dock.raise_()
        if self.similar_dock.height() < SUGGESTIONS_HEIGHT:  # room for a few suggestions and their context
            self.resizeDocks([self.similar_dock], [SUGGESTIONS_HEIGHT], Qt.Vertical)
