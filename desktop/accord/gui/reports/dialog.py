"""The Report dialog: choose what a codebook report covers, preview it, save it or open it in a browser.

    ReportDialog(session, parent=window).exec()
    ReportDialog(session, codes=[code_id], parent=window).exec()   # start with one sub-tree ticked
    RetrieveDialog(session, code_id=code_id, parent=window).exec()  # segments of one code (txt, docx)

The options are those of `accord report` (see cli_report): codes (whole
sub-trees), coders, documents, example quotes per code, memos, the agreement
section (with or without bootstrap intervals). Every change rebuilds the
report a moment later (changes in quick succession are taken together).

Building runs on a worker thread with its own read-only connection
(gui.background), because with the agreement section it bootstraps the
agreement intervals, which takes a while on large projects: the dialog stays
responsive, a progress bar and a line of text say what is being done, and a
result that arrives after the options changed again is dropped. Projects
without a file build on the GUI thread under a busy cursor.

The preview is not the HTML file itself: QTextBrowser cannot draw its CSS or
inline SVG, so `report_preview.preview_html` lays the same ReportModel out in
the rich text Qt draws, with the same SVG charts painted as images; the
Charts tab shows those charts at full quality (QSvgWidget). "Open in browser"
writes the real HTML report to a temporary file and opens that.

"Save…" writes the chosen format from the model that is previewed, so what is
saved is what was shown; CSV and XLSX add the table of every coded segment,
read when saving.
"""

from __future__ import annotations

import os
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.coders import list_coders
from ...core.documents import coding_counts, list_documents
from ...core.reports import TABLE_FORMATS, ReportModel, ReportOptions, build_report, write_report
from ...core.reports.charts import Chart, report_charts
from ...core.reports.model import CODER_PALETTE, MAX_QUOTES, safe_colour
from ..widgets import dialogs
from .chart_view import ChartsPanel
from .options import CheckList, CodeTree
from .preview import PreviewBrowser, make_document, preview_html
from .retrieve import RetrieveDialog
from ..widgets.background import running_jobs, start_job, wait_for_jobs

__all__ = ["FORMAT_CHOICES", "ReportDialog", "RetrieveDialog", "open_url", "wait_for_jobs"]

# (format, label in the list, file filter, suffix added when missing)
FORMAT_CHOICES = (
    ("html", "Web page (.html)", "Web pages (*.html *.htm)", ".html"),
    ("docx", "Word document (.docx)", "Word documents (*.docx)", ".docx"),
    ("md", "Markdown (.md)", "Markdown files (*.md)", ".md"),
    ("xlsx", "Excel workbook (.xlsx)", "Excel workbooks (*.xlsx)", ".xlsx"),
    ("csv", "CSV tables (a folder)", "Folders (*)", ""),
)
FORMAT_NAMES = {"html": "HTML", "md": "Markdown", "docx": "Word", "xlsx": "Excel", "csv": "CSV"}
DEBOUNCE_MS = 250      # options changed in quick succession give one rebuild
BUSY_AFTER_MS = 250    # builds quicker than this never show the progress bar
MAX_BUILDS = 2         # builds running at once (an outdated one finishes unseen; more wait their turn)
TEMPORARY_DAYS = 2     # "Open in browser" files older than this are removed when the next one is written
_ERROR = "#b3261e"


def open_url(url: QUrl) -> bool:
    """Open a file or folder with the desktop's program for it (tests replace this)."""
    return QDesktopServices.openUrl(url)


@dataclass
class _Built:
    model: ReportModel
    charts: dict[str, Chart]
    html: str
    seconds: float
    document: QTextDocument | None = None


def _build(db, options: ReportOptions) -> _Built:
    """Worker-thread part of a preview: the model, its charts, the preview's rich text, parsed."""
    started = time.perf_counter()
    model = build_report(db, options)
    charts = report_charts(model)
    html = preview_html(model, charts)
    return _Built(model, charts, html, time.perf_counter() - started, make_document(html))


def _write_tables(db, options: ReportOptions, model: ReportModel, fmt: str, out: Path) -> list[Path]:
    """CSV/XLSX: the previewed model plus every coded segment (its agreement section is reused, not redone)."""
    tables = build_report(db, replace(options, segments=True, agreement=False))
    tables.agreement = model.agreement
    tables.generated_at = model.generated_at
    return write_report(tables, fmt, out)


def _render_html(model: ReportModel) -> str:
    from ...core.reports.html import render_html

    return render_html(model)


def _write_temporary_html(model: ReportModel) -> Path:
    from ...core.reports.output import write_atomically

    folder = Path(tempfile.gettempdir()) / "accord-reports"
    folder.mkdir(exist_ok=True)
    stale = time.time() - TEMPORARY_DAYS * 86_400
    for old in folder.glob("report-*.html"):  # a browser has long read these
        try:
            if old.stat().st_mtime < stale:
                old.unlink()
        except OSError:
            pass
    handle, name = tempfile.mkstemp(prefix="report-", suffix=".html", dir=folder)
    os.close(handle)
    write_atomically(Path(name), _render_html(model).encode("utf-8"))
    return Path(name)


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


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
        self._generation = 0                   # bumped by every change of the options
        self._shown_generation = -1            # the generation the preview shows
        self._shown_options: ReportOptions | None = None
        self._builds: set[int] = set()         # generations being built
        self._waiting = False                  # a build is wanted but MAX_BUILDS are running
        self._saving = False
        self._listening = False
        self._sized = False
        self._settings = self._open_settings()

        self.setObjectName("ReportDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # `ReportDialog(...).exec()` leaves nothing behind
        self.setWindowTitle("Codebook report")
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
        options = QWidget(splitter)
        options.setMinimumWidth(280)
        options_layout = QVBoxLayout(options)
        options_layout.setContentsMargins(0, 0, 6, 0)
        options_layout.setSpacing(8)
        self._lists = lists = QSplitter(Qt.Orientation.Vertical, options)
        lists.setChildrenCollapsible(False)
        self.code_tree = CodeTree(lists)
        self.coder_list = CheckList("C&oders", "coder", lists)
        self.coder_list.list.setToolTip("Only the codings of the ticked coders are counted and quoted")
        self.document_list = CheckList("&Documents", "document", lists)
        self.document_list.list.setToolTip("Only the codings in the ticked documents are counted and quoted")
        lists.addWidget(self.code_tree)
        lists.addWidget(self.coder_list)
        lists.addWidget(self.document_list)
        lists.setStretchFactor(0, 5)
        lists.setStretchFactor(1, 1)
        lists.setStretchFactor(2, 2)
        options_layout.addWidget(lists, 1)
        options_layout.addSpacing(4)

        include = QLabel("Include", options)
        bold = include.font()
        bold.setBold(True)
        include.setFont(bold)
        options_layout.addWidget(include)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(8)
        form.setVerticalSpacing(4)
        self.quotes_spin = QSpinBox(options)
        self.quotes_spin.setObjectName("quotesSpin")
        self.quotes_spin.setRange(0, MAX_QUOTES)
        self.quotes_spin.setSpecialValueText("none")
        self.quotes_spin.setValue(self._setting("quotes", 3, int))
        self.quotes_spin.setToolTip("How many coded passages to quote under each code (spread over the documents)")
        self.quotes_spin.setKeyboardTracking(False)
        self.quotes_spin.setMinimumWidth(70)
        self.quotes_spin.setMaximumWidth(90)
        quotes_label = QLabel("Example &quotes per code:", options)
        quotes_label.setBuddy(self.quotes_spin)
        form.addRow(quotes_label, self.quotes_spin)
        options_layout.addLayout(form)
        self.memos_check = QCheckBox("&Memos (project, documents, codes, codings)", options)
        self.memos_check.setChecked(self._setting("memos", False, bool))
        self.memos_check.setToolTip("Print the memos next to what they are about")
        self.agreement_check = QCheckBox("Inter-coder &agreement", options)
        self.agreement_check.setChecked(self._setting("agreement", True, bool))
        self.agreement_check.setToolTip("Percent agreement, κ and Krippendorff's α per code, for two or more coders")
        self.intervals_check = QCheckBox("with 95 % &intervals (bootstrap; slower)", options)
        self.intervals_check.setChecked(self._setting("intervals", True, bool))
        self.intervals_check.setToolTip(
            "Bootstrap intervals for α (1,000 resamples of the documents; 200 above 20,000 codings).\n"
            "On large projects this is most of the time a report takes."
        )
        intervals_row = QHBoxLayout()
        intervals_row.setContentsMargins(22, 0, 0, 0)
        intervals_row.addWidget(self.intervals_check)
        options_layout.addWidget(self.memos_check)
        options_layout.addWidget(self.agreement_check)
        options_layout.addLayout(intervals_row)

        # Right: preview and charts.
        self.tabs = QTabWidget(splitter)
        self.tabs.setObjectName("reportTabs")
        self.preview_stack = QStackedWidget(self.tabs)
        self.preview = PreviewBrowser(self.preview_stack)
        self.preview.setObjectName("reportPreview")
        self.preview.setToolTip("")
        self.message_page = QLabel(self.preview_stack)
        self.message_page.setObjectName("reportMessage")
        self.message_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_page.setWordWrap(True)
        self.message_page.setTextFormat(Qt.TextFormat.RichText)
        self.message_page.setFrameShape(QLabel.Shape.StyledPanel)
        self.message_page.setMargin(30)
        self.preview_stack.addWidget(self.preview)
        self.preview_stack.addWidget(self.message_page)
        self.charts_panel = ChartsPanel(self.tabs)
        self.tabs.addTab(self.preview_stack, "&Preview")
        self.tabs.addTab(self.charts_panel, "C&harts")
        self.tabs.setTabToolTip(0, "The report as it will be saved (the web page and Word file look the same, "
                                   "with their own fonts)")
        self.tabs.setTabToolTip(1, "The report's charts; each can be saved as an image")

        splitter.addWidget(options)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 870])

        # Bottom: progress and status, format, actions.
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("reportProgress")
        self.progress.setRange(0, 0)  # busy: how long a build takes cannot be known in advance
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(110)
        self.progress.setFixedHeight(max(10, self.fontMetrics().height() // 2 + 4))
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("reportStatus")
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.status.setMinimumWidth(120)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.status, 1)
        self.open_button = QPushButton("Open in &browser", self)
        self.open_button.setObjectName("openInBrowser")
        self.open_button.setAutoDefault(False)
        self.open_button.setToolTip("Open the HTML report in your web browser (as a temporary file), e.g. to print it")
        bottom.addWidget(self.open_button)
        bottom.addSpacing(10)
        format_label = QLabel("&Format:", self)
        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("formatCombo")
        for fmt, label, _, _ in FORMAT_CHOICES:
            self.format_combo.addItem(label, fmt)
        self.format_combo.setToolTip(
            "HTML, Word and Markdown are the report to read; Excel and CSV hold its tables, with every coded "
            "segment,\nfor your own analysis (CSV: one file per table, in a folder)."
        )
        remembered = self.format_combo.findData(self._setting("format", "html", str))
        self.format_combo.setCurrentIndex(max(0, remembered))
        format_label.setBuddy(self.format_combo)
        bottom.addWidget(format_label)
        bottom.addWidget(self.format_combo)
        self.save_button = QPushButton("&Save…", self)
        self.save_button.setObjectName("saveReport")
        self.save_button.setAutoDefault(False)  # Enter in the filter or the quotes box must not open a file dialog
        self.save_button.setToolTip("Save the report in the chosen format (Ctrl+S)")
        bottom.addWidget(self.save_button)
        self.close_button = QPushButton("Close", self)
        self.close_button.setAutoDefault(False)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)

        # Timers.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._start_build)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)

        # Connections.
        self.code_tree.changed.connect(self._options_changed)
        self.coder_list.changed.connect(self._options_changed)
        self.document_list.changed.connect(self._options_changed)
        self.quotes_spin.valueChanged.connect(self._options_changed)
        self.memos_check.toggled.connect(self._options_changed)
        self.agreement_check.toggled.connect(self._on_agreement_toggled)
        self.intervals_check.toggled.connect(self._options_changed)
        self.format_combo.currentIndexChanged.connect(self._on_format_changed)
        self.save_button.clicked.connect(lambda: self.save())
        self.open_button.clicked.connect(lambda: self.open_in_browser())
        self.close_button.clicked.connect(self.reject)
        self.charts_panel.saveRequested.connect(self.save_chart)
        self.status.linkActivated.connect(self._on_status_link)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=lambda: self.save())

        self._load_lists()
        if codes:
            wanted = {int(c) for c in codes}
            self.code_tree.set_all(False)
            for code_id in wanted:
                if code_id in self.code_tree.ids():
                    self.code_tree.set_checked(code_id, True)
        self.intervals_check.setEnabled(self.agreement_check.isChecked())
        self.coder_list.fit_height(2, 8)
        self.document_list.fit_height(3, 14)
        self._on_format_changed()
        self._listen(True)
        self._request(immediately=True)

    # -- public API -----------------------------------------------------------------
    @property
    def ready(self) -> bool:
        """The preview shows the current options, and nothing is being saved."""
        return (self.model is not None and self._shown_generation == self._generation
                and not self._debounce.isActive() and not self._saving)

    @property
    def format(self) -> str:
        return self.format_combo.currentData()

    def set_format(self, fmt: str) -> None:
        index = self.format_combo.findData(fmt)
        if index < 0:
            raise ValueError(f"unknown report format {fmt!r}")
        self.format_combo.setCurrentIndex(index)

    def options(self) -> ReportOptions | None:
        """The report the options describe, or None when nothing would be in it (see `problem`)."""
        if self.problem():
            return None
        db = self.session.db
        codes = () if self.code_tree.all_checked() else self.code_tree.refs(db, self.code_tree.roots())
        coders = () if self.coder_list.all_checked() else tuple(self.coder_list.checked_ids())
        documents = () if self.document_list.all_checked() else tuple(self.document_list.checked_ids())
        agreement = self.agreement_check.isChecked()
        return ReportOptions(codes=codes, coders=coders, documents=documents, quotes=self.quotes_spin.value(),
                             memos=self.memos_check.isChecked(), agreement=agreement,
                             resamples=None if self.intervals_check.isChecked() else 0)

    def problem(self) -> str:
        """Why there is no report to show (nothing ticked), or ""."""
        for name, ids, checked in (("code", self.code_tree.ids(), self.code_tree.included_ids()),
                                   ("coder", self.coder_list.ids(), self.coder_list.checked_ids()),
                                   ("document", self.document_list.ids(), self.document_list.checked_ids())):
            if ids and not checked:
                return f"Tick at least one {name} to see a report."
        return ""

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
        choice = next(c for c in FORMAT_CHOICES if c[0] == fmt)
        if not self.ready or self.model is None:
            self._say("Wait for the preview to be up to date, then save.")
            return False
        title = ("Save the report's tables — name a folder for the CSV files" if fmt == "csv"
                 else f"Save the report as {choice[1]}")
        answer = dialogs.ask_save_file(self, title, choice[2], choice[3])
        if not answer:
            return False
        out = Path(answer)
        if out.suffix.lower() == ".accord" or self._is_project_file(out):
            dialogs.warn(self, "Save report", f"{out.name} is a project file; choose another name.")
            return False
        model, options = self.model, self._shown_options
        self._settings_set("format", fmt)
        self._begin_save(f"Writing the {FORMAT_NAMES[fmt]} report…")
        if fmt in TABLE_FORMATS:
            start_job(self.session, lambda db: _write_tables(db, options, model, fmt, out),
                      lambda result, error: self._on_saved(fmt, out, result, error))
        else:
            start_job(self.session, lambda _db: write_report(model, fmt, out),
                      lambda result, error: self._on_saved(fmt, out, result, error), needs_db=False)
        return True

    def open_in_browser(self) -> bool:
        """Write the HTML report to a temporary file and open it with the default browser."""
        if not self.ready or self.model is None:
            self._say("Wait for the preview to be up to date.")
            return False
        model = self.model
        self._begin_save("Preparing the web page…")
        start_job(self.session, lambda _db: _write_temporary_html(model), self._on_html_written, needs_db=False)
        return True

    def save_chart(self, key: str, kind: str) -> Path | None:
        """Ask where, then save one chart of the Charts tab as "svg" or "png"."""
        if key not in self.charts_panel.charts:
            return None
        suffix = f".{kind}"
        file_filter = "SVG images (*.svg)" if kind == "svg" else "PNG images (*.png)"
        answer = dialogs.ask_save_file(self, f"Save the chart as {kind.upper()}", file_filter, suffix)
        if not answer:
            return None
        try:
            path = self.charts_panel.save_chart(key, kind, Path(answer))
        except OSError as problem:
            dialogs.warn(self, "Save chart", f"The chart could not be saved: {problem}")
            return None
        self._set_status(f"Saved the chart: {_link(path, path.name)} · {_link(path.parent, 'Show folder')}")
        return path

    # -- building ---------------------------------------------------------------------
    def _options_changed(self, *_args) -> None:
        self._request()

    def _on_agreement_toggled(self, on: bool) -> None:
        self.intervals_check.setEnabled(on)
        self._request()

    def _request(self, immediately: bool = False) -> None:
        """The options changed: build again after a short pause (or at once)."""
        self._generation += 1
        self._update_buttons()
        problem = self.problem()
        if problem:
            self._debounce.stop()
            self._show_message(problem, "Untick fewer, or use <b>All</b> above a list.")
            self._set_status(problem)
            self._update_buttons()
            return
        if immediately:
            self._debounce.stop()
            self._start_build()
        else:
            self._debounce.start()

    def _start_build(self) -> None:
        if self.problem():
            return
        if running_jobs() >= MAX_BUILDS and self._builds:
            self._waiting = True  # started when a running build ends
            self._show_busy()
            return
        self._waiting = False
        try:
            options = self.options()
        except Exception as problem:  # noqa: BLE001 - a code renamed away under us, say
            self._on_built(self._generation, options=None, result=None, error=str(problem))
            return
        if options is None:
            return
        generation = self._generation
        self._builds.add(generation)
        if self.model is None:
            self._show_message("Building the report…", self._busy_detail(options), busy=True)
        self._busy_timer.start()
        start_job(self.session, lambda db: _build(db, options),
                  lambda result, error: self._on_built(generation, options, result, error))

    def _busy_detail(self, options: ReportOptions) -> str:
        if options.agreement and options.resamples != 0 and self.coder_list.list.count() > 1:
            return ("The agreement section's bootstrap intervals take longest on large projects; untick "
                    "<i>with 95 % intervals</i> for a quicker preview.")
        return ""

    def _on_built(self, generation: int, options: ReportOptions | None, result: _Built | None, error: str) -> None:
        if not shiboken6.isValid(self):
            return  # the dialog is gone; the thread finished unseen
        self._builds.discard(generation)
        if self._waiting:
            self._start_build()
        if generation != self._generation:
            return  # the options changed meanwhile: a newer build is running or about to
        self._busy_timer.stop()
        self.progress.hide()
        if result is None:
            self.error = error
            if self.model is None:
                self._show_message("The report could not be built.", _html_escape(error), error=True)
            self._set_status(f'<span style="color:{_ERROR}">The report could not be built: '
                             f"{_html_escape(error)}</span>")
            self.failed.emit(error)
            self._update_buttons()
            return
        self.error = ""
        self.model, self.charts = result.model, result.charts
        self._shown_generation, self._shown_options = generation, options
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)  # laying out a long preview takes a moment
        try:
            self.preview.show_report(result.html, result.charts, result.document)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.preview_stack.setCurrentWidget(self.preview)
        self.charts_panel.show_charts(result.model, result.charts)
        self._set_status(self._summary(result))
        self._update_buttons()
        self.previewReady.emit()

    def _summary(self, built: _Built) -> str:
        model = built.model
        parts = [_plural(len(model.codes), "code"), _plural(model.total_codings, "coding"),
                 _plural(len(model.documents), "document"), _plural(len(model.coders), "coder")]
        if model.options.agreement and len(model.coders) > 1 and model.agreement is None:
            parts.append("no agreement section (the agreement engine gave nothing)")
        text = " · ".join(parts)
        if built.seconds >= 1:
            text += f" · built in {built.seconds:.1f} s"
        return text

    def _show_busy(self) -> None:
        if self._builds or self._waiting or self._saving:
            self.progress.show()
            if not self._saving:
                self._set_status("Updating the preview…")

    def _show_message(self, title: str, detail: str = "", *, busy: bool = False, error: bool = False) -> None:
        colour = f' style="color:{_ERROR}"' if error else ""
        body = f"<p{colour}><b>{_html_escape(title)}</b></p>"
        if detail:
            body += f'<p style="color:#5f6670">{detail}</p>'
        self.message_page.setText(body)
        self.preview_stack.setCurrentWidget(self.message_page)
        if busy:
            self.progress.show()
            self._set_status("Building the report…")
        if self.model is None or not busy:
            self.charts_panel.show_message(title)

    # -- saving ------------------------------------------------------------------------
    def _begin_save(self, text: str) -> None:
        self._saving = True
        self.progress.show()
        self._set_status(text)
        self._update_buttons()

    def _end_save(self) -> None:
        self._saving = False
        self.progress.setVisible(bool(self._builds))
        self._update_buttons()

    def _on_saved(self, fmt: str, out: Path, result, error: str) -> None:
        if not shiboken6.isValid(self):
            return
        self._end_save()
        if result is None:
            self.error = error
            self._set_status(f'<span style="color:{_ERROR}">Not saved: {_html_escape(error)}</span>')
            dialogs.warn(self, "Save report", f"The report could not be saved:\n{error}")
            self.failed.emit(error)
            return
        self.error = ""
        written = [Path(p) for p in result]
        self.last_saved = written
        if len(written) == 1:
            where = _link(written[0], written[0].name)
            folder = written[0].parent
        else:
            folder = written[0].parent
            where = f"{len(written)} files in {_link(folder, folder.name or str(folder))}"
        self._set_status(f"Saved the {FORMAT_NAMES[fmt]} report: {where} · {_link(folder, 'Show folder')}")
        self.saved.emit(written)

    def _on_html_written(self, result, error: str) -> None:
        if not shiboken6.isValid(self):
            return
        self._end_save()
        if result is None:
            self._set_status(f'<span style="color:{_ERROR}">{_html_escape(error)}</span>')
            dialogs.warn(self, "Open in browser", f"The web page could not be written:\n{error}")
            return
        self.last_opened = Path(result)
        if open_url(QUrl.fromLocalFile(str(result))):
            self._set_status(f"Opened the report in your browser (a temporary copy: {_link(result, result.name)}).")
        else:
            dialogs.warn(self, "Open in browser",
                         f"No web browser could be started. The report is in the temporary file\n{result}")

    def _on_status_link(self, link: str) -> None:
        open_url(QUrl(link))

    def _is_project_file(self, out: Path) -> bool:
        project = self.session.project.path
        try:
            return project is not None and out.exists() and out.resolve() == Path(project).resolve()
        except OSError:
            return False

    # -- lists and state -------------------------------------------------------------------
    def _load_lists(self) -> None:
        db = self.session.db
        self.code_tree.load(db)
        per_document = coding_counts(db)
        coders = []
        for index, coder in enumerate(list_coders(db)):
            colour = safe_colour(coder.color, CODER_PALETTE[index % len(CODER_PALETTE)])
            coders.append((coder.id, coder.name, colour, f"Codings by {coder.name}"))
        self.coder_list.set_items(coders)
        self.document_list.set_items([
            (d.id, d.name, None, f"{d.name}: {d.length:,} characters, {per_document.get(d.id, 0):,} codings")
            for d in list_documents(db)])

    def _update_buttons(self) -> None:
        ready = self.ready
        self.save_button.setEnabled(ready)
        self.open_button.setEnabled(ready)

    def _on_format_changed(self, *_args) -> None:
        fmt = self.format
        self.save_button.setText("&Save tables…" if fmt in TABLE_FORMATS else "&Save…")

    def _say(self, text: str) -> None:
        self._set_status(_html_escape(text))

    def _set_status(self, html: str) -> None:
        self.status.setText(html)

    def _on_session_changed(self, changes, _label: str) -> None:
        if changes.touches("codes", "coders", "documents"):
            self._load_lists()
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

    def _size_lists(self) -> None:
        """Coders and documents as tall as their rows (up to their limits); the code tree takes the rest."""
        total = sum(self._lists.sizes())
        coders = min(self.coder_list.maximumHeight(), max(self.coder_list.minimumSizeHint().height(), total // 6))
        documents = min(self.document_list.maximumHeight(),
                        max(self.document_list.minimumSizeHint().height(), total // 4))
        self._lists.setSizes([max(1, total - coders - documents), coders, documents])

    def showEvent(self, event) -> None:
        if not self._sized:
            self._sized = True
            QTimer.singleShot(0, self._size_lists)
        if not self._listening:  # shown again after closing: catch up with the project
            self._listen(True)
            self._load_lists()
            self._request(immediately=True)
        super().showEvent(event)

    def done(self, result: int) -> None:
        self._debounce.stop()
        self._busy_timer.stop()
        self._listen(False)
        self._generation += 1  # results still on their way are dropped
        self._settings_set("quotes", self.quotes_spin.value())
        self._settings_set("memos", self.memos_check.isChecked())
        self._settings_set("agreement", self.agreement_check.isChecked())
        self._settings_set("intervals", self.intervals_check.isChecked())
        super().done(result)

    # -- settings ----------------------------------------------------------------------------
    @staticmethod
    def _open_settings() -> QSettings | None:
        try:
            from ...appdirs import settings_file

            return QSettings(str(settings_file()), QSettings.Format.IniFormat)
        except Exception:  # noqa: BLE001 - remembering choices is a nicety
            return None

    def _setting(self, key: str, default, kind):
        if self._settings is None:
            return default
        value = self._settings.value(f"report/{key}", default)
        if kind is bool:
            return value if isinstance(value, bool) else str(value).lower() in ("true", "1", "yes")
        try:
            return kind(value)
        except (TypeError, ValueError):
            return default

    def _settings_set(self, key: str, value) -> None:
        if self._settings is not None:
            self._settings.setValue(f"report/{key}", value)


def _html_escape(text: str) -> str:
    from html import escape

    return escape(str(text))


def _link(path: Path, text: str) -> str:
    return f'<a href="{QUrl.fromLocalFile(str(path)).toString()}">{_html_escape(text)}</a>'
