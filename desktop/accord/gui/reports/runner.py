"""Building the report preview off the GUI thread: when to build, at most how many at once, which result counts.

`PreviewRunner` turns changes of the report options into builds. A change
asks for a build a moment later (DEBOUNCE_MS: changes in quick succession are
taken together); each build runs `_build` (the ReportModel, its SVG charts and
the preview's rich text) on a worker thread with its own read-only
connection (gui.widgets.background), with at most MAX_BUILDS at once, and only
the result of the newest request is passed on (`finished`); an outdated build
finishes unseen. `busy` says a build has taken longer than BUSY_AFTER_MS or
waits for its turn, so quick builds never flash a progress bar. Projects
without a file build on the GUI thread under a busy cursor.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from ...core.reports import ReportModel, ReportOptions, build_report
from ...core.reports.charts import Chart, report_charts
from ..widgets.background import running_jobs, start_job
from .preview import preview_html

DEBOUNCE_MS = 250      # options changed in quick succession give one rebuild
BUSY_AFTER_MS = 250    # builds quicker than this never show the progress bar
MAX_BUILDS = 2         # builds running at once (an outdated one finishes unseen; more wait their turn)


@dataclass
class Built:
    """One finished preview build."""

    model: ReportModel
    charts: dict[str, Chart]
    html: str
    seconds: float


def _build(db, options: ReportOptions) -> Built:
    """Worker-thread part of a preview: the model, its charts, the preview's rich text."""
    started = time.perf_counter()
    model = build_report(db, options)
    charts = report_charts(model)
    html = preview_html(model, charts)
    return Built(model, charts, html, time.perf_counter() - started)


class PreviewRunner(QObject):
    """Builds what `form` describes (its `problem()` and `options(db)`) for the session's project."""

    started = Signal(object)                # a build of these ReportOptions began
    busy = Signal()                         # a build takes a while, or waits for its turn
    finished = Signal(object, object, str)  # the newest request's options (or None), Built (or None), error

    def __init__(self, session, form, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self._form = form
        self.generation = 0            # bumped by every change of the options
        self.shown_generation = -1     # the generation of the last good result
        self._builds: set[int] = set()  # generations being built
        self._waiting = False          # a build is wanted but MAX_BUILDS are running
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._start)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self.busy)

    @property
    def up_to_date(self) -> bool:
        """The last good result is of the current options, and no rebuild is pending."""
        return self.shown_generation == self.generation and not self._debounce.isActive()

    @property
    def building(self) -> bool:
        return bool(self._builds)

    @property
    def working(self) -> bool:
        """A build runs, or waits for its turn."""
        return bool(self._builds or self._waiting)

    def outdate(self) -> None:
        """The options changed: results of earlier requests are dropped from now on."""
        self.generation += 1

    def request(self, immediately: bool = False) -> None:
        """Build after a short pause (or at once)."""
        if immediately:
            self._debounce.stop()
            self._start()
        else:
            self._debounce.start()

    def hold(self) -> None:
        """Forget a pending request (there is nothing to build)."""
        self._debounce.stop()

    def stop(self) -> None:
        """No more builds, and results still on their way are dropped."""
        self._debounce.stop()
        self._busy_timer.stop()
        self.generation += 1

    def _start(self) -> None:
        if self._form.problem():
            return
        if running_jobs() >= MAX_BUILDS and self._builds:
            self._waiting = True  # started when a running build ends
            self.busy.emit()
            return
        self._waiting = False
        try:
            options = self._form.options(self.session.db)
        except Exception as problem:  # noqa: BLE001 - a code renamed away under us, say
            self._on_built(self.generation, options=None, result=None, error=str(problem))
            return
        if options is None:
            return
        generation = self.generation
        self._builds.add(generation)
        self.started.emit(options)
        self._busy_timer.start()
        start_job(self.session, lambda db: _build(db, options),
                  lambda result, error: self._on_built(generation, options, result, error))

    def _on_built(self, generation: int, options: ReportOptions | None, result: Built | None, error: str) -> None:
        if not shiboken6.isValid(self):
            return  # the dialog is gone; the thread finished unseen
        self._builds.discard(generation)
        if self._waiting:
            self._start()
        if generation != self.generation:
            return  # the options changed meanwhile: a newer build is running or about to
        self._busy_timer.stop()
        if result is not None:
            self.shown_generation = generation
        self.finished.emit(options, result, error)
