"""Bootstrap intervals off the GUI thread: compute_agreement on a fresh read-only connection.

The GUI's own connection belongs to the GUI thread (sqlite3 connections may
not cross threads), so the worker opens the project file again, read-only
(mode=ro), and closes it when done. Every command has committed by the time
the user can ask for intervals, and WAL lets the worker read while the GUI
writes; a result that arrives after the data or the options changed is
dropped by the caller (see AgreementPanel's generation counter).

A project without a file (Project.in_memory, used in tests and previews)
cannot be opened twice: `run_intervals` then computes on the GUI thread, under
a busy cursor.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Qt, Signal
from PySide6.QtGui import QGuiApplication
from sqlite_utils import Database

from ..core.agreement import AgreementOptions, compute_agreement
from ..core.errors import AccordError

_RUNNING: set["IntervalThread"] = set()  # a QThread must outlive its run(), even if its window closes


class IntervalThread(QThread):
    """Runs compute_agreement(options) with a bootstrap on its own connection to `path`."""

    done = Signal(object, str)  # AgreementResult (None on failure), error message

    def __init__(self, path: Path, options: AgreementOptions, parent: QObject | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self.options = options

    def run(self) -> None:
        try:
            connection = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                result = compute_agreement(Database(connection), self.options)
            finally:
                connection.close()
        except Exception as problem:  # noqa: BLE001 - whatever it was, the panel must hear that it ended
            self.done.emit(None, str(problem) or type(problem).__name__)
            return
        self.done.emit(result, "")


def run_intervals(path: Path | None, db, options: AgreementOptions, receiver) -> IntervalThread | None:
    """Start the bootstrap; `receiver(result, error)` is called on the GUI thread.

    Returns the running thread, or None when it ran synchronously (no project file).
    """
    if path is None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            try:
                result, error = compute_agreement(db, options), ""
            except AccordError as problem:
                result, error = None, str(problem)
        finally:
            QGuiApplication.restoreOverrideCursor()
        receiver(result, error)
        return None
    global _KEEPER
    if _KEEPER is None:
        _KEEPER = _Keeper()
    thread = IntervalThread(path, options)
    _RUNNING.add(thread)
    thread.done.connect(receiver, Qt.ConnectionType.QueuedConnection)
    thread.finished.connect(_KEEPER.forget, Qt.ConnectionType.QueuedConnection)
    thread.start()
    return thread


class _Keeper(QObject):
    """Lives on the GUI thread; lets finished threads go."""

    def forget(self) -> None:
        thread = self.sender()
        if isinstance(thread, IntervalThread):
            thread.wait()  # `finished` comes just before run() returns: a moment at most
            _RUNNING.discard(thread)
            thread.deleteLater()


_KEEPER: _Keeper | None = None


def wait_for_intervals(timeout_ms: int = 10_000) -> None:
    """Wait for running bootstrap threads (at exit, and in tests)."""
    for thread in list(_RUNNING):
        thread.wait(timeout_ms)
