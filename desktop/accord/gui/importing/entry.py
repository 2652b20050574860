"""One file in the import dialog's list: what was read from it or why it could not be, and how importing it ended.

An `Entry` holds the file's path, its `PreparedDocument` (or the error that
kept it from being read), whether its lines broken mid-sentence are to be
joined, and its `ImportOutcome` once Import has run. `key(path)` names a file
the same way however it was given, so a file is listed once; `lines(n)` and
`short(message, path)` word what the list, the preview and the outcomes say.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...core.importing import ImportOutcome, PreparedDocument


@dataclass
class Entry:
    path: Path
    prepared: PreparedDocument | None = None
    error: str | None = None
    join: bool = False
    outcome: ImportOutcome | None = None

    @property
    def broken(self) -> int:
        return self.prepared.broken_count if self.prepared else 0

    def to_store(self) -> PreparedDocument:
        assert self.prepared is not None
        return self.prepared.joined() if self.join else self.prepared


def key(path: str | Path) -> str:
    try:
        return str(Path(path).expanduser().resolve())
    except OSError:
        return str(Path(path).absolute())


def short(message: str, path: Path) -> str:
    """A core message without the file name the table already shows."""
    prefix = f"{path.name}: "
    return message[len(prefix):] if message.startswith(prefix) else message


def lines(n: int) -> str:
    return f"{n} line{'s' if n != 1 else ''}"
