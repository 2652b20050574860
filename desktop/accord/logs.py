"""Accord's log file: `accord.log` in the per-user log folder, rotated at about 1 MB, 5 old files kept.

    from accord.logs import setup_logging
    log_file = setup_logging()          # at start-up; None when no file could be opened

Where the folder is: appdirs.log_dir() (ACCORD_LOG_DIR overrides it), for example
~/.local/state/Accord/log on Linux, %LOCALAPPDATA%\\Accord\\Logs on Windows,
~/Library/Logs/Accord on macOS.

Besides the records of `logging`, uncaught exceptions (sys.excepthook, threading.excepthook)
are written to the file before Python's usual report of them. A folder that cannot be
created or a file that cannot be opened never stops the application: it then runs
without a log file. No Qt here; routing Qt's own messages is the GUI's business.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
import threading
from pathlib import Path

from . import __version__
from .appdirs import log_dir

LOG_NAME = "accord.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)-8s %(name)s: %(message)s"

log = logging.getLogger("accord")

_handler: logging.handlers.RotatingFileHandler | None = None
_previous_excepthook = None
_previous_threading_excepthook = None


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send log records of `level` and above to the log file; return its path (None if impossible).

    Calling it again replaces the file handler it installed before (for example after
    ACCORD_LOG_DIR changed), never adds a second one.
    """
    global _handler
    stop_logging()
    handler = _open_handler()
    if handler is None:
        return None
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    _handler = handler
    _install_excepthooks()
    frozen = " (bundle)" if getattr(sys, "frozen", False) else ""
    log.info("Accord %s%s starting; Python %s on %s", __version__, frozen,
             platform.python_version(), platform.platform())
    return Path(handler.baseFilename)


def log_file() -> Path | None:
    """The file setup_logging is writing to, if any."""
    return Path(_handler.baseFilename) if _handler is not None else None


def stop_logging() -> None:
    """Undo setup_logging: close the file and give back the exception hooks it replaced."""
    global _handler, _previous_excepthook, _previous_threading_excepthook
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
    if _previous_excepthook is not None:
        if sys.excepthook is _log_uncaught:
            sys.excepthook = _previous_excepthook
        _previous_excepthook = None
    if _previous_threading_excepthook is not None:
        if threading.excepthook is _log_uncaught_in_thread:
            threading.excepthook = _previous_threading_excepthook
        _previous_threading_excepthook = None


def _open_handler() -> logging.handlers.RotatingFileHandler | None:
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        return logging.handlers.RotatingFileHandler(
            folder / LOG_NAME, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8",
        )
    except (OSError, ValueError):  # read-only or missing home, a file where the folder should be, ...
        return None


def _install_excepthooks() -> None:
    global _previous_excepthook, _previous_threading_excepthook
    if sys.excepthook is not _log_uncaught:
        _previous_excepthook = sys.excepthook
        sys.excepthook = _log_uncaught
    if threading.excepthook is not _log_uncaught_in_thread:
        _previous_threading_excepthook = threading.excepthook
        threading.excepthook = _log_uncaught_in_thread


def _log_uncaught(exc_type, exc, tb) -> None:
    if not issubclass(exc_type, KeyboardInterrupt):
        try:
            log.critical("Uncaught exception", exc_info=(exc_type, exc, tb))
        except Exception:  # the report below must happen whatever logging does
            pass
    (_previous_excepthook or sys.__excepthook__)(exc_type, exc, tb)


def _log_uncaught_in_thread(args) -> None:
    if args.exc_type is not SystemExit:
        name = args.thread.name if args.thread is not None else "?"
        try:
            log.critical("Uncaught exception in thread %s", name,
                         exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
        except Exception:
            pass
    (_previous_threading_excepthook or threading.__excepthook__)(args)
