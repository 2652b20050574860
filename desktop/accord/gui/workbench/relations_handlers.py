"""The main window's handler for Analyse ▸ Code relations (a mixin of MainWindow, like matrix_handlers)."""


class RelationsHandlers:
    def show_relations(self) -> None:
        """Analyse ▸ Code relations: one window per project, brought forward when it is already open."""
        from ..analysis.relations_view import RelationsWindow

        window = getattr(self, "relations_window", None)
        if window is None or window.session is not self.session:
            window = self.relations_window = RelationsWindow(self.session, self)
            window.segmentsRequested.connect(self._show_relation_places)
        window.show()
        window.raise_()
        window.activateWindow()

    def _show_relation_places(self, title: str, found: list) -> None:
        self.segments.show_segments(title, found)
        self.segments_dock.show()
        self.segments_dock.raise_()
