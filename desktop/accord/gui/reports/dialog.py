"""The Report dialog: choose what a codebook report covers, preview it, save it or open it in a browser.

    ReportDialog(session, parent=window).exec()
    ReportDialog(session, codes=[code_id], parent=window).exec()   # start with one sub-tree ticked

The dialog assembles the options form (`form`, the options of `accord report`),
the preview runner (`runner`: every change rebuilds the report a moment later,
on a worker thread), the Preview and Charts tabs (`tabs`) and the bottom bar
(`bar`), and owns what lies between them: whether the preview is up to date
and nothing is being written (`ready`), and how building and saving ended
(status line, `previewReady`, `saved`, `failed`); `saving` asks where and
writes. The preview is not the HTML file itself: QTextBrowser cannot draw its
CSS or inline SVG, so `preview.preview_html` lays the same ReportModel out in
the rich text Qt draws; "Open in browser" writes the real HTML report to a
temporary file and opens that. Segments of one code: `retrieve.RetrieveDialog`.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QSplitter, QVBoxLayout, QWidget

from ...core.reports import ReportModel, ReportOptions
from ...core.reports.charts import Chart
from ..i18n import fill, number
from ..widgets import dialogs, links
from ..widgets.links import link
from . import saving
from .bar import ReportBar
from .form import Remembered, ReportForm
from .runner import Built, PreviewRunner
from .saving import FORMAT_NAMES
from .tabs import ERROR_COLOUR, ReportTabs

__all__ = ["ReportDialog"]  # not text: the module's export


class ReportDialog(QDialog):
    """Choose, preview and save a codebook report."""

    previewReady = Signal()   # the preview shows the current options
    saved = Signal(list)      # the paths written by Save…
    failed = Signal(str)      # building or saving went wrong (the message is also shown)

    def __init__(self, session, parent: QWidget | None = None, *, codes=None):
        super().__init__(parent)
        self.session = session
        self.model: ReportModel | None = None
        self.charts: dict[str, Chart] = {}
        self.error = ""                        # the last failure, "" after a success
        self.last_saved: list[Path] = []
        self.last_opened: Path | None = None   # the temporary HTML file "Open in browser" wrote
        self._shown_options: ReportOptions | None = None
        self._saving = False
        self._listening = False
        self._sized = False
        self._remembered = Remembered()

        self.setObjectName("ReportDialog")  # not text: an object name
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # `ReportDialog(...).exec()` leaves nothing behind
        self.setWindowTitle(self.tr("Codebook report"))
        self.setSizeGripEnabled(True)
        self.resize(1200, 800)
        self.setMinimumSize(860, 560)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        # Left: what the report covers.
        self.form = ReportForm(self._remembered, splitter)
        self.code_tree = self.form.code_tree
        self.coder_list = self.form.coder_list
        self.document_list = self.form.document_list
        self.quotes_spin = self.form.quotes_spin
        self.memos_check = self.form.memos_check
        self.agreement_check = self.form.agreement_check
        self.intervals_check = self.form.intervals_check

        # Right: preview and charts.
        self.tabs = ReportTabs(splitter)
        self.preview_stack = self.tabs.preview_stack
        self.preview = self.tabs.preview
        self.message_page = self.tabs.message_page
        self.charts_panel = self.tabs.charts_panel

        splitter.addWidget(self.form)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 870])

        # Bottom: progress and status, format, actions.
        self.bar = ReportBar(self._remembered, self)
        self.progress = self.bar.progress
        self.status = self.bar.status
        self.open_button = self.bar.open_button
        self.format_combo = self.bar.format_combo
        self.save_button = self.bar.save_button
        self.close_button = self.bar.close_button
        layout.addWidget(self.bar)

        # Building the preview.
        self.runner = PreviewRunner(session, self.form, self)
        self.runner.started.connect(self._on_build_started)
        self.runner.busy.connect(self._show_busy)
        self.runner.finished.connect(self._on_built)

        # Connections.
        self.form.changed.connect(self._request)
        self.save_button.clicked.connect(lambda: self.save())
        self.open_button.clicked.connect(lambda: self.open_in_browser())
        self.close_button.clicked.connect(self.reject)
        self.charts_panel.saveRequested.connect(self.save_chart)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=lambda: self.save())

        self.form.load(self.session.db)
        if codes:
            self.form.select_codes(codes)
        self.form.fit_lists()
        self._listen(True)
        self._request(immediately=True)

    # -- public API -----------------------------------------------------------------
    @property
    def ready(self) -> bool:
        """The preview shows the current options, and nothing is being saved."""
        return self.model is not None and self.runner.up_to_date and not self._saving

    @property
    def format(self) -> str:
        return self.bar.format

    def set_format(self, fmt: str) -> None:
        self.bar.set_format(fmt)

    def options(self) -> ReportOptions | None:
        """The report the options describe, or None when nothing would be in it (see `problem`)."""
        return self.form.options(self.session.db)

    def problem(self) -> str:
        """Why there is no report to show (nothing ticked), or ""."""
        return self.form.problem()

    def preview_text(self) -> str:
        """The preview as plain text (what a reader sees)."""
        return self.preview.toPlainText()

    def refresh(self) -> None:
        """Rebuild now, without waiting for more changes."""
        self._request(immediately=True)

    def save(self, fmt: str | None = None) -> bool:
        """Ask where, then write the previewed report as `fmt` (default: the chosen format) on a worker thread.

        Returns whether writing started; `saved` or `failed` tells how it ended.
        """
        fmt = fmt or self.format
        choice = saving.format_choice(fmt)
        if not self.ready or self.model is None:
            self.bar.say(self.tr("Wait for the preview to be up to date, then save."))
            return False
        out = saving.choose_file(self, choice, self.session)
        if out is None:
            return False
        model, options = self.model, self._shown_options
        self._remembered.set("format", fmt)
        self._begin_save(fill(self.tr("Writing the %1 report…"), FORMAT_NAMES[fmt]))
        saving.start_saving(self.session, model, options, fmt, out,
                            lambda result, error: self._on_saved(fmt, out, result, error))
        return True

    def open_in_browser(self) -> bool:
        """Write the HTML report to a temporary file and open it with the default browser."""
        if not self.ready or self.model is None:
            self.bar.say(self.tr("Wait for the preview to be up to date."))
            return False
        model = self.model
        self._begin_save(self.tr("Preparing the web page…"))
        saving.start_browser_copy(self.session, model, self._on_html_written)
        return True

    def save_chart(self, key: str, kind: str) -> Path | None:
        """Ask where, then save one chart of the Charts tab as "svg" or "png"."""
        path = saving.save_chart(self, self.charts_panel, key, kind, self.session.project.path)
        if path is not None:
            self.bar.set_status(fill(self.tr("Saved the chart: %1 · %2"), link(path, path.name),
                                     link(path.parent, self.tr("Show folder"))))
        return path

    # -- building ---------------------------------------------------------------------
    def _request(self, immediately: bool = False) -> None:
        """The options changed: build again after a short pause (or at once)."""
        self.runner.outdate()
        self._update_buttons()
        problem = self.problem()
        if problem:
            self.runner.hold()
            self._show_message(problem, self.tr("Untick fewer, or use <b>All</b> above a list."))
            self.bar.set_status(problem)
            self._update_buttons()
            return
        self.runner.request(immediately)

    def _on_build_started(self, options: ReportOptions) -> None:
        if self.model is None:
            self._show_message(self.tr("Building the report…"), self.form.slow_hint(options), busy=True)

    def _on_built(self, options: ReportOptions | None, result: Built | None, error: str) -> None:
        self.progress.hide()
        if result is None:
            self.error = error
            if self.model is None:
                self._show_message(self.tr("The report could not be built."), escape(str(error)), error=True)
            why = fill(self.tr("The report could not be built: %1"), escape(str(error)))
            self.bar.set_status(f'<span style="color:{ERROR_COLOUR}">{why}</span>')
            self.failed.emit(error)
            self._update_buttons()
            return
        self.error = ""
        self.model, self.charts = result.model, result.charts
        self._shown_options = options
        self.tabs.show_report(result)
        self.bar.set_status(self._summary(result))
        self._update_buttons()
        self.previewReady.emit()

    def _summary(self, built: Built) -> str:
        model = built.model
        parts = [ReportDialog.tr("%Ln code(s)", "", len(model.codes)),
                 ReportDialog.tr("%Ln coding(s)", "", model.total_codings),
                 ReportDialog.tr("%Ln document(s)", "", len(model.documents)),
                 ReportDialog.tr("%Ln coder(s)", "", len(model.coders))]
        if model.options.agreement and len(model.coders) > 1 and model.agreement is None:
            parts.append(self.tr("no agreement section (the agreement engine gave nothing)"))
        if built.seconds >= 1:
            parts.append(fill(self.tr("built in %1 s"), number(built.seconds, 1)))
        return " · ".join(parts)

    def _show_busy(self) -> None:
        if self.runner.working or self._saving:
            self.progress.show()
            if not self._saving:
                self.bar.set_status(self.tr("Updating the preview…"))

    def _show_message(self, title: str, detail: str = "", *, busy: bool = False, error: bool = False) -> None:
        self.tabs.show_message(title, detail, error=error, charts=self.model is None or not busy)
        if busy:
            self.progress.show()
            self.bar.set_status(self.tr("Building the report…"))

    # -- saving ------------------------------------------------------------------------
    def _begin_save(self, text: str) -> None:
        self._saving = True
        self.progress.show()
        self.bar.set_status(text)
        self._update_buttons()

    def _end_save(self) -> None:
        self._saving = False
        self.progress.setVisible(self.runner.building)
        self._update_buttons()

    def _on_saved(self, fmt: str, out: Path, result, error: str) -> None:
        if not shiboken6.isValid(self):
            return
        self._end_save()
        if result is None:
            self.error = error
            why = fill(self.tr("Not saved: %1"), escape(str(error)))
            self.bar.set_status(f'<span style="color:{ERROR_COLOUR}">{why}</span>')
            dialogs.warn(self, self.tr("Save report"), fill(self.tr("The report could not be saved:\n%1"), error))
            self.failed.emit(error)
            return
        self.error = ""
        written = [Path(p) for p in result]
        self.last_saved = written
        if len(written) == 1:
            where = link(written[0], written[0].name)
            folder = written[0].parent
        else:
            folder = written[0].parent
            where = fill(ReportDialog.tr("%Ln file(s) in %1", "", len(written)),
                         link(folder, folder.name or str(folder)))
        self.bar.set_status(fill(self.tr("Saved the %1 report: %2 · %3"), FORMAT_NAMES[fmt], where,
                                 link(folder, self.tr("Show folder"))))
        self.saved.emit(written)

    def _on_html_written(self, result, error: str) -> None:
        if not shiboken6.isValid(self):
            return
        self._end_save()
        if result is None:
            self.bar.set_status(f'<span style="color:{ERROR_COLOUR}">{escape(str(error))}</span>')
            dialogs.warn(self, self.tr("Open in browser"), fill(self.tr("The web page could not be written:\n%1"), error))
            return
        self.last_opened = Path(result)
        if links.open_url(QUrl.fromLocalFile(str(result))):
            self.bar.set_status(fill(self.tr("Opened the report in your browser (a temporary copy: %1)."),
                                     link(result, result.name)))
        else:
            dialogs.warn(self, self.tr("Open in browser"),
                         fill(self.tr("No web browser could be started. The report is in the temporary file\n%1"),
                              result))

    # -- state -------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        self.bar.set_buttons_enabled(self.ready)

    def _on_session_changed(self, changes, _label: str) -> None:
        if changes.touches("codes", "coders", "documents"):
            self.form.load(self.session.db)
        self._request()

    def _listen(self, on: bool) -> None:
        if on and not self._listening:
            self.session.changed.connect(self._on_session_changed)
        elif not on and self._listening:
            try:
                self.session.changed.disconnect(self._on_session_changed)
            except (RuntimeError, TypeError):
                pass
        self._listening = on

    def showEvent(self, event) -> None:
        if not self._sized:
            self._sized = True
            QTimer.singleShot(0, self.form.size_lists)
        if not self._listening:  # shown again after closing: catch up with the project
            self._listen(True)
            self.form.load(self.session.db)
            self._request(immediately=True)
        super().showEvent(event)

    def done(self, result: int) -> None:
        self.runner.stop()
        self._listen(False)
        self.form.remember()
        super().done(result)
