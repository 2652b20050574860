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

from PySide6.QtWidgets import QWidget

from ...core.errors import AccordError, Cancelled
from ...core.importing import ImportOutcome, build_document, prepare_document, store_built
from ..widgets.progress_window import ProgressWindow
from .entry import Entry, lines, short

TITLE = "Import documents"


def read_files(parent: QWidget, paths: list[Path]) -> Iterator[Entry]:
    """An entry per file, read one after the other; stops at a Cancel."""
    with ProgressWindow(parent, TITLE) as window:
        for index, path in enumerate(paths):
            entry = _prepare(path, window, f"{index + 1} of {len(paths)}" if len(paths) > 1 else "")
            if entry is None:  # cancelled: this file and the rest are not added
                return
            yield entry


def import_entries(parent: QWidget, session, entries: list[Entry]) -> list[ImportOutcome]:
    """Store every ticked entry that was read, each as one command; one outcome per entry (also set on it)."""
    outcomes: list[ImportOutcome] = []
    todo = sum(1 for entry in entries if entry.prepared is not None and entry.include)
    done = 0
    with ProgressWindow(parent, TITLE) as window:
        for entry in entries:
            if entry.prepared is None:
                entry.outcome = ImportOutcome(entry.path, None, entry.error or "could not be read")
            elif not entry.include:
                why = entry.duplicate or "unticked"
                entry.outcome = ImportOutcome(entry.path, None, f"not imported: {why}", entry.duplicate_of)
            elif window.cancelled:
                entry.outcome = ImportOutcome(entry.path, None, "not imported: cancelled")
            else:
                done += 1
                entry.outcome = _store(session, entry, window, f"{done} of {todo}" if todo > 1 else "")
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
        return Entry(path, error=f"could not be read ({type(problem).__name__}: {problem})")


def _store(session, entry: Entry, window: ProgressWindow, note: str) -> ImportOutcome:
    prepared = entry.to_store()
    try:
        built = window.run(lambda progress: build_document(prepared, progress), note)
        window.busy(f"Storing {entry.path.name}…")
        document = store_built(session.project, built)
    except Cancelled:
        return ImportOutcome(entry.path, None, "not imported: cancelled")
    except AccordError as problem:
        return ImportOutcome(entry.path, None, short(str(problem), entry.path))
    except Exception as problem:  # the command rolled back; report and go on with the others
        return ImportOutcome(entry.path, None, f"could not be stored ({type(problem).__name__}: {problem})")
    message = f"imported as '{document.name}'"
    if entry.join and entry.broken:
        message += f", {lines(entry.broken)} joined"
    return ImportOutcome(entry.path, document, message)
