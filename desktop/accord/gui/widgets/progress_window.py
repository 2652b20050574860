"""Long work that the user waits for, done on a thread behind a progress dialog with Cancel.

    with ProgressWindow(parent, "Import documents") as window:
        prepared = window.run(lambda progress: prepare_document(path, progress))

`run` returns the work's result (or raises its exception, Cancelled if the user
pressed Cancel), keeping the window responsive meanwhile: the dialog is
window-modal, so the user can only watch or cancel. The worker never touches Qt
(see background.py for why); this side polls its Progress. Work that needs the
project's connection does not belong here: do it on the GUI thread between runs;
`busy(label)` says so first: the bar turns indeterminate (how long storing takes
is unknown) and the window, once due, is shown and painted before the GUI
thread blocks, never left as an empty frame.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from ...core.progress import Progress

T = TypeVar("T")

_STEPS = 1000  # resolution of the bar
_POLL_MS = 40
_QUICK_SECONDS = 0.05
SHOW_AFTER_MS = 400  # quick work finishes before the dialog appears
PAINT_WAIT_SECONDS = 0.5  # at most this long for a newly shown window to be painted before blocking


class ProgressWindow:
    def __init__(self, parent: QWidget | None, title: str):
        self.dialog = QProgressDialog("", QCoreApplication.translate("ProgressWindow", "&Cancel"), 0, _STEPS, parent)
        self.dialog.setObjectName("progressWindow")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setMinimumWidth(420)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.progress: Progress | None = None
        self.cancelled = False
        self._step = ""  # the step the label shows
        self._note = ""
        self.dialog.canceled.connect(self._cancel)
        self._started = time.monotonic()
        self.painted = False  # the dialog has been painted at least once
        self._paint_watch = _PaintWatch(self)
        self.dialog.installEventFilter(self._paint_watch)

    def __enter__(self) -> ProgressWindow:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def run(self, work: Callable[[Progress], T], note: str = "") -> T:
        """Do `work(progress)` on a thread; meanwhile show its progress and let the user cancel it.

        `note` follows the step's name in the label, e.g. "2 of 5".
        """
        progress = self.progress = Progress()
        self._note = f"  ({note})" if note else ""
        if self.cancelled:
            progress.cancel()
        outcome: list = []

        def target() -> None:
            try:
                outcome.append((True, work(progress)))
            except BaseException as problem:  # noqa: BLE001 - handed to the GUI thread, raised there
                outcome.append((False, problem))

        thread = threading.Thread(target=target, name="accord-progress", daemon=True)
        loop = QEventLoop()
        timer = QTimer(interval=_POLL_MS)

        def poll() -> None:
            if self.dialog.wasCanceled() and not self.cancelled:  # cancel() called directly emits nothing
                self._cancel()
            self._show(progress)
            if not thread.is_alive():
                loop.quit()

        timer.timeout.connect(poll)
        thread.start()
        # Most files take a few milliseconds: wait that long without an event loop, so that a
        # batch of small files does not pay a polling interval each.
        thread.join(_QUICK_SECONDS)
        if thread.is_alive():
            timer.start()
            loop.exec()
            timer.stop()
        thread.join()
        self.progress = None
        ok, value = outcome[0]
        if not ok:
            raise value
        return value

    def busy(self, label: str) -> None:
        """Say what the GUI thread is about to do (it cannot be cancelled there) and paint it now.

        The bar turns indeterminate (range 0, 0) until the next `run`: a full bar would claim the
        work is done while storing has only begun.
        """
        self._step = ""
        self.dialog.setLabelText(label)
        self.dialog.setRange(0, 0)
        if not self.dialog.isVisible() and (time.monotonic() - self._started) * 1000 >= SHOW_AFTER_MS:
            self.dialog.show()  # the work so far took long enough; the GUI thread is about to block
        self._paint()

    def _paint(self) -> None:
        """Let the dialog paint before the GUI thread blocks (a new window is exposed and painted later)."""
        flags = QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
        QApplication.processEvents(flags)
        if not self.dialog.isVisible():
            return
        deadline = time.monotonic() + PAINT_WAIT_SECONDS
        while not self.painted and time.monotonic() < deadline:
            QApplication.processEvents(flags, 20)
            time.sleep(0.005)
        self.dialog.repaint()

    def close(self) -> None:
        self.dialog.canceled.disconnect(self._cancel)  # closing the dialog would emit it
        self.dialog.removeEventFilter(self._paint_watch)
        self.dialog.reset()
        self.dialog.close()
        self.dialog.deleteLater()

    def _show(self, progress: Progress) -> None:
        if progress.step != self._step:
            self._step = progress.step
            self.dialog.setLabelText(progress.step + "…" + self._note)
        if self.dialog.maximum() != _STEPS:  # after busy(): a bar that moves again
            self.dialog.setRange(0, _STEPS)
        self.dialog.setValue(round(progress.fraction * _STEPS))

    def _cancel(self) -> None:
        self.cancelled = True
        if self.progress is not None:
            self.progress.cancel()


class _PaintWatch(QObject):
    """Notes the progress dialog's first paint (`ProgressWindow.painted`)."""

    def __init__(self, window: ProgressWindow):
        super().__init__(window.dialog)
        self.window = window

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.window.painted = True
        return False
