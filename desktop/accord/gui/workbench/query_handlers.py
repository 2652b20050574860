"""The main window's handlers for the Analyse menu's query builder and saved queries.

`QueryHandlers` is a mixin of MainWindow: each method is named by an action of the
registry (actions.py) and uses the window's `session`.
"""


class QueryHandlers:
    def coding_query(self) -> None:
        """Analyse ▸ Coding query: one builder per project, brought forward when it is already open."""
        from ..analysis.query_builder import QueryBuilder

        builder = getattr(self, "query_builder", None)
        if builder is None or builder.session is not self.session:
            builder = self.query_builder = QueryBuilder(self.session, self)
            builder.queryRun.connect(self._show_query_results)
        builder.show()
        builder.raise_()
        builder.activateWindow()

    def _show_query_results(self, title: str, query, found: list) -> None:
        """List a query's passages in the retrieval dock, run again whenever the project changes."""
        from ...core.analysis.query import run_query
        from ..analysis.query_builder import as_segments

        session = self.session
        coders = ", ".join(query.coders or [])
        self.segments.show_segments(title, as_segments(found, coders),
                                    rerun=lambda: as_segments(run_query(session.db, query), coders))
        self.segments_dock.show()
        self.segments_dock.raise_()
