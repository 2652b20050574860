"""The main window's handlers for the Analyse menu's matrix and code-relations views.

`MatrixHandlers` is a mixin of MainWindow: each method is named by an action of the
registry (actions.py) and uses the window's `session`.
"""


class MatrixHandlers:
    def show_matrix(self) -> None:
        """Analyse ▸ Matrix: one matrix window per project, brought forward when it is already open."""
        from ..analysis.matrix_view import MatrixWindow

        window = getattr(self, "matrix_window", None)
        if window is None or window.session is not self.session:
            window = self.matrix_window = MatrixWindow(self.session, self)
            window.segmentsRequested.connect(self._show_matrix_segments)
        window.show()
        window.raise_()
        window.activateWindow()

    def _show_matrix_segments(self, title: str, found: list) -> None:
        self.segments.show_segments(title, found)
        self.segments_dock.show()
        self.segments_dock.raise_()
