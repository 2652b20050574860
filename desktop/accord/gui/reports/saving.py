"""Saving a previewed report: the formats offered, asking where, and writing each format on a worker thread.

"Save…" writes the chosen format from the model that is previewed, so what is
saved is what was shown; CSV and XLSX add the table of every coded segment,
read when saving (`_write_tables`, with the project's own read-only
connection). "Open in browser" writes the real HTML report to a temporary file
(old ones are removed after TEMPORARY_DAYS). A chart of the Charts tab is
saved as SVG or PNG. Writing runs through gui.widgets.background, which calls
the receiver on the GUI thread with what was written or why it failed.
"""

from __future__ import annotations

import os
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from ...core.reports import TABLE_FORMATS, ReportModel, ReportOptions, build_report, write_report
from ..i18n import fill
from ..widgets import dialogs
from ..widgets.background import start_job
from .chart_view import ChartsPanel

# (format, label in the list, file filter, suffix added when missing); labels and filters are shown
# through `shown(...)` (translated under CONTEXT).
CONTEXT = "ReportSaving"  # not text: a translation context
FORMAT_CHOICES = (
    ("html", QT_TRANSLATE_NOOP("ReportSaving", "Web page (.html)"),
     QT_TRANSLATE_NOOP("ReportSaving", "Web pages (*.html *.htm)"), ".html"),
    ("docx", QT_TRANSLATE_NOOP("ReportSaving", "Word document (.docx)"),
     QT_TRANSLATE_NOOP("ReportSaving", "Word documents (*.docx)"), ".docx"),
    ("md", QT_TRANSLATE_NOOP("ReportSaving", "Markdown (.md)"),
     QT_TRANSLATE_NOOP("ReportSaving", "Markdown files (*.md)"), ".md"),
    ("xlsx", QT_TRANSLATE_NOOP("ReportSaving", "Excel workbook (.xlsx)"),
     QT_TRANSLATE_NOOP("ReportSaving", "Excel workbooks (*.xlsx)"), ".xlsx"),
    ("csv", QT_TRANSLATE_NOOP("ReportSaving", "CSV tables (a folder)"),
     QT_TRANSLATE_NOOP("ReportSaving", "Folders (*)"), ""),
)
FORMAT_NAMES = {"html": "HTML", "md": "Markdown", "docx": "Word", "xlsx": "Excel", "csv": "CSV"}  # not text: a format's name
TEMPORARY_DAYS = 2     # "Open in browser" files older than this are removed when the next one is written


def format_choice(fmt: str) -> tuple[str, str, str, str]:
    """The FORMAT_CHOICES row of `fmt` (StopIteration for a format not offered)."""
    return next(c for c in FORMAT_CHOICES if c[0] == fmt)


def shown(text: str) -> str:
    """A FORMAT_CHOICES label or filter in the interface's language."""
    return QCoreApplication.translate(CONTEXT, text)


def choose_file(parent: QWidget, choice: tuple[str, str, str, str], session) -> Path | None:
    """Ask where to save the report in the format of `choice`; None if cancelled or the answer is the project."""
    fmt = choice[0]
    title = (QCoreApplication.translate("ReportSaving", "Save the report's tables — name a folder for the CSV files")
             if fmt == "csv" else fill(QCoreApplication.translate("ReportSaving", "Save the report as %1"),
                                       shown(choice[1])))
    what = (QCoreApplication.translate("ReportSaving", "report tables") if fmt == "csv"
            else QCoreApplication.translate("ReportSaving", "codebook report"))
    answer = dialogs.ask_save_file(parent, title, shown(choice[2]), choice[3],
                                   dialogs.suggested_name(session.project.path, what, choice[3]))
    if not answer:
        return None
    out = Path(answer)
    if out.suffix.lower() == ".accord" or _is_project_file(out, session):
        dialogs.warn(parent, QCoreApplication.translate("ReportSaving", "Save report"),
                     fill(QCoreApplication.translate("ReportSaving", "%1 is a project file; choose another name."),
                          out.name))
        return None
    return out


def start_saving(session, model: ReportModel, options: ReportOptions, fmt: str, out: Path, receiver) -> None:
    """Write `model` as `fmt` to `out` on a worker thread; `receiver(paths written or None, error)`."""
    if fmt in TABLE_FORMATS:
        start_job(session, lambda db: _write_tables(db, options, model, fmt, out), receiver)
    else:
        start_job(session, lambda _db: write_report(model, fmt, out), receiver, needs_db=False)


def start_browser_copy(session, model: ReportModel, receiver) -> None:
    """Write `model` as HTML to a temporary file on a worker thread; `receiver(its path or None, error)`."""
    start_job(session, lambda _db: _write_temporary_html(model), receiver, needs_db=False)


def save_chart(parent: QWidget, charts: ChartsPanel, key: str, kind: str, project_path=None) -> Path | None:
    """Ask where, then save one chart as "svg" or "png"; None if there is no such chart, cancelled or failed."""
    if key not in charts.charts:
        return None
    suffix = f".{kind}"
    file_filter = (QCoreApplication.translate("ReportSaving", "SVG images (*.svg)") if kind == "svg"
                   else QCoreApplication.translate("ReportSaving", "PNG images (*.png)"))
    title = fill(QCoreApplication.translate("ReportSaving", "Save the chart as %1"), kind.upper())
    name = fill(QCoreApplication.translate("ReportSaving", "chart %1"), key)
    answer = dialogs.ask_save_file(parent, title, file_filter, suffix,
                                   dialogs.suggested_name(project_path, name, suffix))
    if not answer:
        return None
    try:
        return charts.save_chart(key, kind, Path(answer))
    except OSError as problem:
        dialogs.warn(parent, QCoreApplication.translate("ReportSaving", "Save chart"),
                     fill(QCoreApplication.translate("ReportSaving", "The chart could not be saved: %1"), problem))
        return None


def _is_project_file(out: Path, session) -> bool:
    project = session.project.path
    try:
        return project is not None and out.exists() and out.resolve() == Path(project).resolve()
    except OSError:
        return False


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
    from ...core.files import write_atomically

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
