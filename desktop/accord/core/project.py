"""Open, create and migrate an .accord project file; run changes as commands.

A project is one SQLite file in WAL mode with foreign keys on. Every change a
user makes runs inside `Project.command(label)`: one transaction, recorded in
the undo history (when the project was opened with undo) and announced to
subscribers with a `Changes` record so that views redraw only what changed.
"""

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from sqlite_utils import Database

from . import schema
from .clock import now
from .errors import ProjectFileError
from .history import Changes, History

SUFFIX = ".accord"
_SQLITE_MAGIC = b"SQLite format 3\x00"

Listener = Callable[[Changes, str], None]


class Project:
    """An open project file. Use `Project.create` or `Project.open`."""

    def __init__(self, path: Path | None, db: Database, *, undo: bool, read_only: bool = False):
        self.path = path
        self.db = db
        self.read_only = read_only
        self.history = History(db) if undo and not read_only else None
        self._listeners: list[Listener] = []
        self._depth = 0  # commands nested inside a command are part of it

    # -- opening and creating -------------------------------------------
    @classmethod
    def create(cls, path: str | Path, *, title: str | None = None, coder: str | None = None,
               undo: bool = False) -> "Project":
        path = Path(path)
        if path.exists():
            raise ProjectFileError(f"{path}: already exists; choose another name or open it")
        if not path.parent.is_dir():
            raise ProjectFileError(f"{path}: folder {path.parent} does not exist")
        try:
            db = _connect(path)
            _initialise(db, title or path.stem)
        except sqlite3.Error as error:
            _remove_quietly(path)
            raise ProjectFileError(f"{path}: cannot create project ({error})") from error
        project = cls(path, db, undo=undo)
        if coder:
            from .coders import add_coder

            try:
                add_coder(db, coder)
            except Exception:  # e.g. a blank name: leave no half-made project behind
                db.close()
                _remove_quietly(path)
                raise
        return project

    @classmethod
    def in_memory(cls, *, title: str = "Untitled", undo: bool = True) -> "Project":
        """A throw-away project, for tests and previews."""
        db = Database(memory=True)
        _configure(db)
        _initialise(db, title)
        return cls(None, db, undo=undo)

    @classmethod
    def open(cls, path: str | Path, *, undo: bool = False, backup_dir: Path | None = None) -> "Project":
        """Open an existing project, migrating it (after a backup) if it is older.

        A file that is not an Accord project, comes from a newer Accord, or is
        damaged raises ProjectFileError and is left exactly as it was.
        """
        path = Path(path)
        version = inspect(path)
        read_only = not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)
        if version < schema.SCHEMA_VERSION:
            if read_only:
                raise ProjectFileError(f"{path}: needs upgrading but the file is read-only")
            target = (backup_dir or path.parent) / _backup_name(path, version)
            try:
                backup(path, target)
            except (OSError, sqlite3.Error) as error:
                raise ProjectFileError(f"{path}: cannot back up to {target} before upgrading ({error})") from error
        db = None
        try:
            db = _connect(path, read_only=read_only)
            if version < schema.SCHEMA_VERSION:
                schema.migrations.apply(db)
                db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
        except sqlite3.Error as error:
            if db is not None:
                db.close()
            raise ProjectFileError(f"{path}: cannot open project ({error})") from error
        return cls(path, db, undo=undo, read_only=read_only)

    def close(self) -> None:
        if not self.read_only:
            try:
                self.db.execute("PRAGMA optimize")
            except sqlite3.Error:
                pass
        self.db.close()

    def __enter__(self) -> "Project":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- metadata --------------------------------------------------------
    def meta(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM project WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    @property
    def title(self) -> str:
        return self.meta("title")

    # -- changes ---------------------------------------------------------
    @contextmanager
    def command(self, label: str) -> Iterator[None]:
        """Run the body as one undoable user action in one transaction."""
        if self.read_only:
            raise ProjectFileError(f"{self.path}: the project is open read-only")
        outermost = self._depth == 0
        with self.db.atomic():
            since = self.history.mark() if self.history and outermost else 0
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
        if not outermost:  # a nested command is recorded and announced with the outer one
            return
        changes = self.history.record(label, since) if self.history else Changes()
        self._announce(changes, label)

    def undo(self) -> Changes:
        if self.history is None or self.history.undo_label is None:
            return Changes()
        label = self.history.undo_label
        changes = self.history.undo()
        self._announce(changes, f"Undo {label}")
        return changes

    def redo(self) -> Changes:
        if self.history is None or self.history.redo_label is None:
            return Changes()
        label = self.history.redo_label
        changes = self.history.redo()
        self._announce(changes, f"Redo {label}")
        return changes

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def _announce(self, changes: Changes, label: str) -> None:
        for listener in list(self._listeners):
            listener(changes, label)


def set_meta(db: Database, key: str, value: str) -> None:
    db.execute("INSERT OR REPLACE INTO project(key, value) VALUES (?, ?)", [key, value])


def inspect(path: Path) -> int:
    """The schema version of an Accord file; raises ProjectFileError for anything else.

    Reads the file through a read-only connection, so nothing is changed.
    """
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
        raise ProjectFileError(f"{path}: empty file, not an Accord project")
    if header != _SQLITE_MAGIC:
        raise ProjectFileError(f"{path}: not an Accord project (not a SQLite database)")
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
                    raise ProjectFileError(f"{path}: the project file is damaged ({problems[0][0]})")
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise ProjectFileError(f"{path}: the project file is damaged ({error})") from error
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
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def _backup_name(path: Path, version: int) -> str:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    return f"{path.stem}.before-upgrade-from-v{version}.{stamp}{SUFFIX}"


def _connect(path: Path, *, read_only: bool = False) -> Database:
    if read_only:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        db = Database(conn)
    else:
        db = Database(path)
    _configure(db, wal=not read_only)
    return db


def _configure(db: Database, *, wal: bool = False) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    if wal:
        db.execute("PRAGMA journal_mode = WAL")
        # WAL with synchronous=NORMAL never corrupts; FULL also keeps the
        # last transaction through a power cut, which is what users expect.
        db.execute("PRAGMA synchronous = FULL")


def _initialise(db: Database, title: str) -> None:
    db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    schema.migrations.apply(db)
    with db.atomic():
        db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
        set_meta(db, "title", title)
        set_meta(db, "created_at", now())


def _remove_quietly(path: Path) -> None:
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            candidate.unlink()
        except OSError:
            pass
