"""Long work off the GUI thread: reports, agreement intervals (bootstrap), anything that reads a whole project.

Building a report or bootstrapping agreement intervals reads the whole
project; on a large one that takes seconds to minutes.
`start_job(session, work, receiver)` runs `work(db)` on a thread
with its own read-only connection to the project file (sqlite3 connections
may not cross threads; every command has committed by the time the user can
ask for a report, and WAL lets the thread read while the GUI writes), and
calls `receiver(result, error)` on the GUI thread when it is done. Work that
needs no database (`needs_db=False`: rendering or writing a model already
built) runs on a thread too.

A project without a file (Project.in_memory) or opened read-only cannot be
opened a second time like that: the work then runs on the GUI thread under a
busy cursor, and the receiver is called before `start_job` returns.

`work` makes no Qt object (no QObject: no QTextDocument, no moveToThread). PySide
keeps the interpreter lock through such calls while they wait for Qt's own locks,
and the GUI thread may hold one of those while it waits for the interpreter lock:
a report preview that parsed its rich text on the worker hung that way. Pure
Python data goes back to the GUI thread, which makes the widgets' objects.

Threads outlive the window that started them (a QThread must not be destroyed
while it runs); a result that arrives after its window closed or after the
options changed is dropped by the caller. `wait_for_jobs()` waits for them
(at exit, and in tests).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from sqlite_utils import Database

from ...core.errors import AccordError

_RUNNING: set["BackgroundJob"] = set()


def describe(problem: BaseException) -> str:
    """A one-line message for the user."""
    if isinstance(problem, (AccordError, OSError)):
        return str(problem) or type(problem).__name__
    return f"{type(problem).__name__}: {problem}" if str(problem) else type(problem).__name__


class BackgroundJob:
    """Runs `work(db)` on a plain Python thread (db: a read-only connection to `path`, or None).

    The worker thread never touches Qt: a QThread emitting a signal while the GUI
    thread disconnects one can deadlock PySide6 (Qt's connection mutex against
    the GIL). The GUI thread polls instead and hands the result to `receiver`.
    """

    POLL_MS = 20

    def __init__(self, work: Callable[[Database | None], Any], path, receiver: Callable[[Any, str], None]):
        self.work, self.path, self.receiver = work, path, receiver
        self.outcome: tuple[Any, str] | None = None
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.timer = QTimer(interval=self.POLL_MS)
        self.timer.timeout.connect(self._deliver)

    def start(self) -> None:
        self.thread.start()
        self.timer.start()

    def isRunning(self) -> bool:
        return self.thread.is_alive()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        self.thread.join(timeout_ms / 1000)
        return not self.thread.is_alive()

    def _run(self) -> None:
        try:
            if self.path is None:
                result = self.work(None)
            else:
                connection = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
                try:
                    result = self.work(Database(connection))
                finally:
                    connection.close()
        except Exception as problem:  # noqa: BLE001 - whatever it was, the window must hear that it ended
            self.outcome = (None, describe(problem))
            return
        self.outcome = (result, "")

    def _deliver(self) -> None:
        if self.outcome is None:
            return
        self.timer.stop()
        _RUNNING.discard(self)
        self.receiver(*self.outcome)


def can_read_in_background(session) -> bool:
    project = session.project
    return project.path is not None and not getattr(project, "read_only", False)


def start_job(session, work: Callable[[Database | None], Any], receiver: Callable[[Any, str], None], *,
              needs_db: bool = True) -> BackgroundJob | None:
    """Run `work` in the background; `receiver(result, error)` is called on the GUI thread.

    Returns the running thread, or None when the work ran at once (see the module's docstring).
    """
    if needs_db and not can_read_in_background(session):
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            try:
                result, error = work(session.db), ""
            except Exception as problem:  # noqa: BLE001 - reported like a thread's failure
                result, error = None, describe(problem)
        finally:
            QGuiApplication.restoreOverrideCursor()
        receiver(result, error)
        return None
    job = BackgroundJob(work, session.project.path if needs_db else None, receiver)
    _RUNNING.add(job)
    job.start()
    return job


def running_jobs() -> int:
    return sum(1 for job in _RUNNING if job.isRunning())


def wait_for_jobs(timeout_ms: int = 30_000) -> None:
    """Wait for background threads still running (at exit, and in tests)."""
    for job in list(_RUNNING):
        job.wait(timeout_ms)
