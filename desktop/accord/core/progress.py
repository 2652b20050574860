"""How far a long job has got, and whether the user asked to stop it.

    progress = Progress()
    worker thread:  progress.update(0.4)   # raises Cancelled once progress.cancel() was called
    GUI thread:     bar.setValue(progress.fraction); on Cancel: progress.cancel()

The job checks for cancellation only where it calls update(), between chunks, so
it stops at a point where nothing has been written.
"""

from __future__ import annotations

import threading

from .errors import Cancelled


class Progress:
    def __init__(self) -> None:
        self.fraction = 0.0  # of the current step, 0..1
        self.step = ""  # what is being done, for people ("Reading interview.txt")
        self._cancelled = threading.Event()

    def start(self, step: str) -> None:
        self.step, self.fraction = step, 0.0
        self.check()

    def update(self, fraction: float) -> None:
        self.fraction = min(1.0, max(0.0, fraction))
        self.check()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise Cancelled(f"{self.step or 'the job'}: cancelled")

