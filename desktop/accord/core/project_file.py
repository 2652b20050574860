"""The project file on disk, before or without opening it as a Project.

`inspect` says what a file is (an Accord project of which format version, or
why not) without changing it; `backup` makes a consistent copy of one, even
while a window has it open, through the one atomic write. Project uses both
before a migration, and backups.py for the rotating backups and for checking
a backup before restoring it. Callers use them through this module
(`project_file.backup(...)`) so that tests can watch them.

A damaged project raises `ProjectDamaged` (what is wrong); `recovery.py` adds
the newest backup that passes SQLite's integrity check and the command that
puts it back, so that every way of opening a project says what to do next.
"""

import os
import sqlite3
from pathlib import Path

from . import schema
from .errors import ProjectFileError
from .files import write_atomically

_SQLITE_MAGIC = b"SQLite format 3\x00"


class ProjectDamaged(ProjectFileError):
    """An Accord project that cannot be read as one any more.

    `problem` is what is wrong; `good` is the newest backup of it that passes the
    integrity check (a backups.CheckedBackup), or None; `backups` how many it has.
    """

    def __init__(self, path: Path, problem: str, *, good=None, backups: int = 0, message: str | None = None):
        self.path, self.problem, self.good, self.backups = Path(path), problem, good, backups
        super().__init__(message or f"{path}: {problem}")


class Unreadable(ProjectDamaged):
    """Not a SQLite file at all: a damaged project if it has backups, else simply not a project."""


def inspect(path: Path) -> int:
    """The schema version of an Accord file; raises ProjectFileError for anything else.

    Reads the file through a read-only connection, so nothing is changed. A
    damaged project raises ProjectDamaged; `recovery.inspect_project` adds to its
    message which backup to restore, and how.
    """
    return _inspect(Path(path))


def _inspect(path: Path) -> int:
    if not path.exists():
        raise ProjectFileError(f"{path}: no such file")
    if path.is_dir():
        raise ProjectFileError(f"{path}: is a folder, not a project file")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_MAGIC))
    except OSError as error:
        raise ProjectFileError(f"{path}: cannot read ({error.strerror})") from error
    if not header:
        raise Unreadable(path, "empty file, not an Accord project")
    if header != _SQLITE_MAGIC:
        raise Unreadable(path, "not an Accord project (not a SQLite database)")
    # mode=ro on a WAL-mode file creates empty -wal and -shm files next to it. With
    # no -wal there is nothing beyond the main file to read (and no one has it open
    # in WAL mode), so read it as immutable, which touches nothing.
    query = "mode=ro" if Path(f"{path}-wal").exists() else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{query}", uri=True)
        try:
            application_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if application_id == schema.APPLICATION_ID:
                problems = conn.execute("PRAGMA quick_check").fetchall()
                if problems != [("ok",)]:
                    raise ProjectDamaged(path, f"the project file is damaged ({problems[0][0]})")
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise ProjectDamaged(path, f"the project file is damaged ({error})") from error
    if application_id != schema.APPLICATION_ID:
        raise ProjectFileError(f"{path}: not an Accord project (a SQLite database of another program)")
    if version > schema.SCHEMA_VERSION:
        raise ProjectFileError(
            f"{path}: made by a newer version of Accord (file format {version}, "
            f"this version reads up to {schema.SCHEMA_VERSION}); please update Accord"
        )
    return version


def backup(source: Path, target: Path) -> Path:
    """A consistent copy of a project (SQLite's online backup), even while it is open."""
    source, target = Path(source), Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)

    def copy(temporary: Path) -> None:
        src = _reader(source)
        try:
            dst = sqlite3.connect(str(temporary))
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()

    return write_atomically(target, copy)


def _reader(path: Path) -> sqlite3.Connection:
    """A connection for reading a project that leaves nothing behind.

    While a program has the project open (there is a -wal file), read-only.
    Otherwise an ordinary connection, which removes the -wal and -shm files it
    makes when it closes (a read-only one cannot), or, where the file cannot
    be written at all, an immutable read that makes none.
    """
    if Path(f"{path}-wal").exists():
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
        return sqlite3.connect(str(path))
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
