"""Reading and importing the import dialog's files, each on a thread behind a progress window with Cancel.

`read_files` reads (prepares) each new file into an `Entry`, with the error
that kept it from being read; a Cancel leaves that file and the rest out.
`import_entries` stores every ticked entry that was read, each as one command of its
own (`core.importing.store_built`), so a file that fails leaves nothing
behind and does not stop the others; a Cancel leaves the files stored before it
imported. Each entry gets its `ImportOutcome`. Nothing is written while reading.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from ...core.errors import AccordError, Cancelled
from ...core.importing import ImportOutcome, build_document, prepare_document, store_built
from ..widgets.progress_window import ProgressWindow
from ..i18n import fill
from .entry import Entry, short
from .files import FileList  # its context holds the outcome messages the list shows

TITLE = QT_TRANSLATE_NOOP("ImportRunner", "Import documents")


def read_files(parent: QWidget, paths: list[Path]) -> Iterator[Entry]:
    """An entry per file, read one after the other; stops at a Cancel."""
    with ProgressWindow(parent, QCoreApplication.translate("ImportRunner", TITLE)) as window:
        for index, path in enumerate(paths):
            of = fill(QCoreApplication.translate("ImportRunner", "%1 of %2"), index + 1, len(paths))
            entry = _prepare(path, window, of if len(paths) > 1 else "")
            if entry is None:  # cancelled: this file and the rest are not added
                return
            yield entry


def import_entries(parent: QWidget, session, entries: list[Entry]) -> list[ImportOutcome]:
    """Store every ticked entry that was read, each as one command; one outcome per entry (also set on it)."""
    outcomes: list[ImportOutcome] = []
    todo = sum(1 for entry in entries if entry.prepared is not None and entry.include)
    done = 0
    with ProgressWindow(parent, QCoreApplication.translate("ImportRunner", TITLE)) as window:
        for entry in entries:
            if entry.prepared is None:
                why = entry.error or QCoreApplication.translate("ImportRunner", "could not be read")
                entry.outcome = ImportOutcome(entry.path, None, why)
            elif not entry.include:
                why = (fill(QCoreApplication.translate("ImportRunner", "not imported: %1"), entry.duplicate)
                       if entry.duplicate else QCoreApplication.translate("ImportRunner", "not imported: unticked"))
                entry.outcome = ImportOutcome(entry.path, None, why, entry.duplicate_of)
            elif window.cancelled:
                entry.outcome = ImportOutcome(entry.path, None, _cancelled())
            else:
                done += 1
                of = fill(QCoreApplication.translate("ImportRunner", "%1 of %2"), done, todo)
                entry.outcome = _store(session, entry, window, of if todo > 1 else "")
            outcomes.append(entry.outcome)
    return outcomes


def _prepare(path: Path, window: ProgressWindow, note: str) -> Entry | None:
    """Read a file into an entry (with its error if it cannot be read); None if cancelled."""
    try:
        return Entry(path, prepared=window.run(lambda progress: prepare_document(path, progress), note))
    except Cancelled:
        return None
    except AccordError as problem:
        return Entry(path, error=short(str(problem), path))
    except Exception as problem:  # a reader bug must not take the dialog down
        why = fill(QCoreApplication.translate("ImportRunner", "could not be read (%1: %2)"),
                   type(problem).__name__, problem)
        return Entry(path, error=why)


def _store(session, entry: Entry, window: ProgressWindow, note: str) -> ImportOutcome:
    prepared = entry.to_store()
    try:
        built = window.run(lambda progress: build_document(prepared, progress), note)
        window.busy(fill(QCoreApplication.translate("ImportRunner", "Storing %1…"), entry.path.name))
        document = store_built(session.project, built)
    except Cancelled:
        return ImportOutcome(entry.path, None, _cancelled())
    except AccordError as problem:
        return ImportOutcome(entry.path, None, short(str(problem), entry.path))
    except Exception as problem:  # the command rolled back; report and go on with the others
        why = fill(QCoreApplication.translate("ImportRunner", "could not be stored (%1: %2)"),
                   type(problem).__name__, problem)
        return ImportOutcome(entry.path, None, why)
    if entry.join and entry.broken:
        message = fill(FileList.tr("imported as '%1', %Ln line(s) joined", "",
                                                  entry.broken), document.name)
    else:
        message = fill(QCoreApplication.translate("ImportRunner", "imported as '%1'"), document.name)
    return ImportOutcome(entry.path, document, message)


def _cancelled() -> str:
    return QCoreApplication.translate("ImportRunner", "not imported: cancelled")
