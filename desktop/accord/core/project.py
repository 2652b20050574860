"""Open, create and migrate an .accord project file; run changes as commands.

A project is one SQLite file in WAL mode with foreign keys on. Every change a
user makes runs inside `Project.command(label)`: one transaction, recorded in
the undo history (when the project was opened with undo) and announced to
subscribers with a `Changes` record so that views redraw only what changed.
The core's write functions refuse to run anywhere else (command_guard.py).

A window opens a project with `take_lock=True`: a lock file beside the project
(see lock.py) tells a second window who has it open, and that window opens it
read-only (`read_only=True`) or takes it over (`force=True`). Opening with the
lock also takes a rotating backup (see backups.py). Short-lived programs (the
command line) take the lock only when they first change the project, inside
`lock_before_writing()`: a project open in a window is then refused, reading is not.

A change that cannot be written (full disk, file gone read-only, I/O error)
raises ProjectFileError naming the file; nothing of that change is kept and
the project stays usable.
"""

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime, timezone
from pathlib import Path

from sqlite_utils import Database

from . import project_file, schema
from .backups import BackupFailed, take_backup
from .clock import now
from .command_guard import changes_project, command_open
from .errors import ProjectFileError
from .history import Changes, History
from .recovery import inspect_project
from .lock import LockInfo, ProjectLock, ProjectLocked, holder, lock_path

__all__ = ["Project", "ProjectLocked", "LockInfo", "set_meta", "lock_path", "lock_before_writing", "SUFFIX"]

SUFFIX = ".accord"

Listener = Callable[[Changes, str], None]

# Set by `lock_before_writing()` (the command line): a project opened without a lock
# takes one before its first change, so a window that has it open refuses the change.
_lock_on_write: ContextVar[bool] = ContextVar("accord_lock_on_write", default=False)


@contextmanager
def lock_before_writing() -> Iterator[None]:
    """Within this, a project opened without a lock (`take_lock=False`) takes the lock
    before its first change and holds it until closed: a project open in a window
    raises ProjectLocked before anything is written, a stale lock is cleared, and
    reading needs no lock at all. Which commands write is thus never listed anywhere."""
    token = _lock_on_write.set(True)
    try:
        yield
    finally:
        _lock_on_write.reset(token)


class Project:
    """An open project file. Use `Project.create` or `Project.open`."""

    def __init__(self, path: Path | None, db: Database, *, undo: bool, read_only: bool = False,
                 lock: ProjectLock | None = None, locked_by: LockInfo | None = None):
        self.path = path
        self.db = db
        self.read_only = read_only
        self.history = History(db) if undo and not read_only else None
        self.lock = lock  # this session's lock file (opened with take_lock), or None
        self._write_lock: ProjectLock | None = None  # taken for the first change (lock_before_writing)
        self._reader_only = lock is None and _lock_on_write.get()  # until it takes _write_lock
        # Another session that has (or had, if we took it over with force) the project open.
        self.locked_by = locked_by
        self.opening_backup = None  # the Backup taken when opened with take_lock
        self.backup_problem: str | None = None  # why that backup could not be taken
        self._listeners: list[Listener] = []
        self._depth = 0  # commands nested inside a command are part of it
        self._closed = False
        self._read_only_reason = ""
        self._identity = _identity(path) if path is not None else None
        if not read_only:
            # Outside any transaction, so that a rolled-back transaction cannot take it away.
            db.execute("CREATE TEMP TABLE IF NOT EXISTS accord_transaction(open INTEGER)")

    # -- opening and creating -------------------------------------------
    @classmethod
    def create(cls, path: str | Path, *, title: str | None = None, coder: str | None = None,
               undo: bool = False, take_lock: bool = False) -> "Project":
        """A new project file; `take_lock` as in `open` (a window editing it)."""
        path = Path(path)
        if path.exists():
            raise ProjectFileError(f"{path}: already exists; choose another name or open it")
        if not path.parent.is_dir():
            raise ProjectFileError(f"{path}: folder {path.parent} does not exist")
        lock = ProjectLock.acquire(path) if take_lock else None
        try:
            db = None
            try:
                db = _connect(path)
                _initialise(db, title or path.stem, coder)
            except sqlite3.Error as error:
                _remove_quietly(path)
                raise ProjectFileError(f"{path}: cannot create project ({_reason(error)})") from error
            except Exception:  # e.g. a blank coder name: leave no half-made project behind
                if db is not None:
                    db.close()
                _remove_quietly(path)
                raise
            project = cls(path, db, undo=undo, lock=lock)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        return project

    @classmethod
    def in_memory(cls, *, title: str = "Untitled", undo: bool = True, coder: str | None = None) -> "Project":
        """A throw-away project, for tests and previews."""
        db = Database(memory=True)
        _configure(db)
        _initialise(db, title, coder)
        return cls(None, db, undo=undo)

    @classmethod
    def open(cls, path: str | Path, *, undo: bool = False, backup_dir: Path | None = None,
             read_only: bool = False, force: bool = False, take_lock: bool = False) -> "Project":
        """Open an existing project, migrating it (after a backup) if it is older.

        A file that is not an Accord project, comes from a newer Accord, or is
        damaged raises ProjectFileError and is left exactly as it was.

        `take_lock` (a window that will edit the project): put a lock file beside
        it, or raise ProjectLocked (saying who has it open) if another window
        has it; then take a rotating backup (`opening_backup`, or the reason it
        failed in `backup_problem`). `read_only`: open without changing anything
        (no lock, no upgrade); `command()` refuses. `force` with `take_lock`:
        take the project over from the other window (`locked_by` says whose).
        A stale lock (its program is gone) is cleared. A file or folder that
        cannot be written is opened read-only.
        """
        path = Path(path)
        version = inspect_project(path)
        unwritable = not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)
        read_only = read_only or unwritable
        lock = None
        locked_by = None
        if take_lock and not read_only:
            lock = ProjectLock.acquire(path, force=force)  # raises ProjectLocked
            locked_by = lock.replaced
        elif take_lock:
            locked_by = holder(path)
        try:
            if version < schema.SCHEMA_VERSION:
                if read_only:
                    raise ProjectFileError(
                        f"{path}: needs upgrading to this version of Accord, which cannot be done "
                        f"while it is {'read-only' if unwritable else 'opened read-only'}")
                target = (backup_dir or path.parent) / _backup_name(path, version)
                try:
                    project_file.backup(path, target)
                except (OSError, sqlite3.Error) as error:
                    raise ProjectFileError(
                        f"{path}: cannot back up to {target} before upgrading ({_reason(error)})") from error
            db = None
            try:
                # Without a -wal file no one has the project open; a folder we cannot write
                # to would not take the -shm file a read-only connection needs: read the
                # file as immutable (it touches nothing).
                immutable = (read_only and not os.access(path.parent, os.W_OK)
                             and not Path(f"{path}-wal").exists())
                db = _connect(path, read_only=read_only, immutable=immutable)
                if version < schema.SCHEMA_VERSION:
                    schema.migrations.apply(db)
                    db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
            except sqlite3.Error as error:
                if db is not None:
                    db.close()
                raise ProjectFileError(f"{path}: cannot open project ({_reason(error)})") from error
            project = cls(path, db, undo=undo, read_only=read_only, lock=lock, locked_by=locked_by)
            if unwritable:
                project._read_only_reason = "the file or its folder cannot be written"
            elif locked_by is not None:
                project._read_only_reason = f"it is open in another window: {locked_by.describe()}"
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        if lock is not None:
            project._backup_on_open()
        return project

    def _backup_on_open(self) -> None:
        try:
            self.opening_backup = take_backup(self.path)
        except BackupFailed as problem:
            self.backup_problem = str(problem)

    def close(self) -> None:
        """Close the connection (folding the -wal into the file) and release the lock; never raises."""
        if self._closed:
            return
        self._closed = True
        try:
            # A short-lived program that only read (lock_before_writing, no lock taken) leaves the file alone.
            if not self.read_only and not (self._reader_only and self._write_lock is None):
                for pragma in ("PRAGMA optimize", "PRAGMA wal_checkpoint(TRUNCATE)"):
                    try:
                        self.db.execute(pragma)
                    except sqlite3.Error:
                        pass
            self.db.close()
        finally:
            for lock in (self.lock, self._write_lock):
                if lock is not None:
                    lock.release()

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
        """Run the body as one undoable user action in one transaction.

        If the change cannot be written (full disk, unwritable file, I/O error),
        ProjectFileError names the file and nothing of the change is kept.
        """
        if self.read_only:
            reason = f" ({self._read_only_reason})" if self._read_only_reason else ""
            raise ProjectFileError(f"{self.path}: the project is open read-only{reason}")
        outermost = self._depth == 0
        def lost() -> ProjectFileError:
            return ProjectFileError(
                f"{self.path or self.title}: {label!r} could not be saved (a write to the project file "
                "failed, perhaps the disk is full); nothing of it was kept")

        if not outermost and not self.db.conn.in_transaction:
            raise lost()  # the outer command's transaction is gone: do not start one of our own
        if outermost:
            self._check_not_replaced(label)
            self._lock_for_writing()
        with self._translated(label):
            with self.db.atomic():
                if outermost:
                    _start_sentinel(self.db)
                since = self.history.mark() if self.history and outermost else 0
                self._depth += 1
                try:
                    with command_open(self.db):
                        if outermost:
                            # SQLite may give up the whole transaction on a full disk or an I/O
                            # error. If the body catches that error and carries on, its further
                            # statements would each be committed on their own: refuse them.
                            with self.db.tracer(_transaction_guard(self.db, lost)):
                                yield
                        else:
                            yield
                finally:
                    self._depth -= 1
                if outermost and not _end_sentinel(self.db):
                    raise lost()
        if not outermost:  # a nested command is recorded and announced with the outer one
            return
        changes = self.history.record(label, since) if self.history else Changes()
        self._fold_wal()
        self._announce(changes, label)

    def undo(self) -> Changes:
        if self.history is None or self.history.undo_label is None:
            return Changes()
        label = self.history.undo_label
        self._check_not_replaced(f"Undo {label}")
        with self._translated(f"Undo {label}"):
            changes = self.history.undo()
        self._fold_wal()
        self._announce(changes, f"Undo {label}")
        return changes

    def redo(self) -> Changes:
        if self.history is None or self.history.redo_label is None:
            return Changes()
        label = self.history.redo_label
        self._check_not_replaced(f"Redo {label}")
        with self._translated(f"Redo {label}"):
            changes = self.history.redo()
        self._fold_wal()
        self._announce(changes, f"Redo {label}")
        return changes

    def _lock_for_writing(self) -> None:
        if self.lock is None and self._write_lock is None and self.path is not None and _lock_on_write.get():
            try:
                self._write_lock = ProjectLock.acquire(self.path)  # clears a stale lock
            except ProjectLocked as locked:
                raise ProjectLocked(self.path, locked.info, (
                    f"{self.path}: is open in Accord by {locked.info.describe()}, so nothing was changed; "
                    "close it in Accord first, or use a command that only reads it (such as 'accord docs')"
                )) from None

    def _check_not_replaced(self, label: str) -> None:
        """Refuse to write if the file at our path is no longer the one we opened.

        A sync client (or a person) may move the project or put another copy in
        its place while it is open. SQLite would go on writing to the old file
        and to a -wal that the new file would then be read with.
        """
        if self._identity is None or _identity(self.path) == self._identity:
            return
        raise ProjectFileError(
            f"{self.path}: the project file was moved or replaced by another program (a sync folder?) "
            f"while it was open, so {label!r} was not saved; close the project and open it again")

    def _fold_wal(self) -> None:
        """In a window's session, copy committed changes into the project file itself at once.

        Then the .accord file alone (what a sync client uploads, what a copy
        takes) holds all committed work, not just the -wal beside it. PASSIVE
        never waits for other programs; whatever it cannot copy now, it copies later.
        """
        if self.lock is None:
            return
        try:
            self.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        except sqlite3.Error:
            pass

    @contextmanager
    def _translated(self, label: str) -> Iterator[None]:
        """SQLite's write failures as ProjectFileError naming the file; other errors pass through."""
        try:
            yield
        except sqlite3.DatabaseError as error:
            message = _write_failure(error)
            if message is None:
                raise
            raise ProjectFileError(
                f"{self.path or self.title}: {label!r} was not saved: {message}; nothing of it was kept"
            ) from error

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def _announce(self, changes: Changes, label: str) -> None:
        for listener in list(self._listeners):
            listener(changes, label)


@changes_project
def set_meta(db: Database, key: str, value: str) -> None:
    db.execute("INSERT OR REPLACE INTO project(key, value) VALUES (?, ?)", [key, value])


def _backup_name(path: Path, version: int) -> str:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    return f"{path.stem}.before-upgrade-from-v{version}.{stamp}{SUFFIX}"


def _connect(path: Path, *, read_only: bool = False, immutable: bool = False) -> Database:
    if read_only:
        query = "mode=ro&immutable=1" if immutable else "mode=ro"
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{query}", uri=True)
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


def _initialise(db: Database, title: str, coder: str | None = None) -> None:
    """The tables and first rows of a new project: before it has a history, so none of it can be undone."""
    db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    schema.migrations.apply(db)
    with db.atomic(), command_open(db):
        db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
        set_meta(db, "title", title)
        set_meta(db, "created_at", now())
        if coder:
            from .coders import add_coder

            add_coder(db, coder)


def _remove_quietly(path: Path) -> None:
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            candidate.unlink()
        except OSError:
            pass


# -- write failures --------------------------------------------------------------
_FAILURES = {
    "SQLITE_READONLY_DBMOVED": "the project file was moved or replaced by another program; "
                               "close the project and open it again",
    "SQLITE_FULL": "the disk is full; free some space, then try again",
    "SQLITE_IOERR": "the project file could not be written",
    "SQLITE_READONLY": "the project file can no longer be written (read-only)",
    "SQLITE_BUSY": "another program is changing the project; try again",
    "SQLITE_LOCKED": "another program is changing the project; try again",
    "SQLITE_CANTOPEN": "the project file (or its folder) cannot be opened for writing",
    "SQLITE_CORRUPT": "the project file is damaged",
    "SQLITE_NOTADB": "the project file is damaged",
}


def _write_failure(error: sqlite3.DatabaseError) -> str | None:
    """What went wrong, in words, for a failure of the file (not of a statement); else None."""
    name = getattr(error, "sqlite_errorname", "") or ""
    for prefix, words in _FAILURES.items():
        if name == prefix or name.startswith(prefix + "_"):
            return f"{words} ({error})"
    return None


def _reason(error: BaseException) -> str:
    message = _write_failure(error) if isinstance(error, sqlite3.DatabaseError) else None
    return message or str(getattr(error, "strerror", None) or error)


def _identity(path: Path) -> tuple[int, int] | None:
    """Which file is at `path` (device, inode); None if none, or if the system gives no inode."""
    try:
        info = os.stat(path)
    except OSError:
        return (-1, -1)  # gone: not the file we opened
    return (info.st_dev, info.st_ino) if info.st_ino else None


def _transaction_guard(db: Database, lost: Callable[[], ProjectFileError]) -> Callable[[str, object], None]:
    """A sqlite-utils tracer that refuses any statement once the command's transaction is gone."""
    previous = getattr(db, "_tracer", None)  # keep a tracer someone is debugging with

    def guard(sql: str, parameters: object) -> None:
        if previous is not None:
            previous(sql, parameters)
        if not db.conn.in_transaction:
            raise lost()

    return guard


def _start_sentinel(db: Database) -> None:
    """A row in a temporary table (made by Project) that disappears if SQLite rolls back the transaction."""
    db.execute("INSERT INTO temp.accord_transaction(open) VALUES (1)")


def _end_sentinel(db: Database) -> bool:
    """True if the command's transaction is still the one it began."""
    still_open = db.execute("SELECT count(*) FROM temp.accord_transaction").fetchone()[0] > 0
    db.execute("DELETE FROM temp.accord_transaction")
    return still_open
