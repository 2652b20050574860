"""One file in the import dialog's list: what was read from it or why it could not be, and how importing it ended.

An `Entry` holds the file's path, its `PreparedDocument` (or the error that
kept it from being read), whether it is ticked for import, whether its lines
broken mid-sentence are to be joined, which detected speakers were unticked,
what it duplicates (a document already in the project, or a file above it in
the list), and its `ImportOutcome` once Import has run. `key(path)` names a file
the same way however it was given, so a file is listed once; `short(message,
path)` takes the file name off a core message the list already names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ...core.documents import Document
from ...core.importing import ImportOutcome, PreparedDocument


@dataclass
class Entry:
    path: Path
    prepared: PreparedDocument | None = None
    error: str | None = None
    join: bool = False
    outcome: ImportOutcome | None = None
    include: bool = True  # ticked: imported by Import
    dropped_speakers: set[str] = field(default_factory=set)  # detected, but unticked: not speakers
    duplicate: str | None = None  # why it is a duplicate ("already in the project as ..."), if it is
    duplicate_of: Document | None = None  # the document in the project with the same text

    @property
    def broken(self) -> int:
        return self.prepared.broken_count if self.prepared else 0

    @property
    def speakers(self) -> tuple[str, ...]:
        return self.prepared.speakers if self.prepared else ()

    def to_store(self) -> PreparedDocument:
        assert self.prepared is not None
        prepared = self.prepared.joined() if self.join else self.prepared
        return prepared.without_speakers(self.dropped_speakers) if self.dropped_speakers else prepared


def key(path: str | Path) -> str:
    try:
        return str(Path(path).expanduser().resolve())
    except OSError:
        return str(Path(path).absolute())


def short(message: str, path: Path) -> str:
    """A core message without the file name the table already shows."""
    prefix = f"{path.name}: "
    return message[len(prefix):] if message.startswith(prefix) else message
