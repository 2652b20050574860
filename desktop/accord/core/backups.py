"""Rotating backups of a project in the user's data folder, and restoring one.

Backups are consistent copies made with SQLite's online backup API while the
project is open, kept per project in
`<data dir>/backups/<project stem>-<hash of its path>/` (the newest
`keep`, 10 by default). One is taken when a window opens a project for editing
(`Project.open(..., take_lock=True)`) and then, while changes are being made,
at most every few minutes (`BackupPolicy`, driven by the window's timer).
A backup identical to the newest one is not kept twice, so opening a project
again and again does not push older backups out.

`restore_backup` puts one back: it refuses while the project is open anywhere,
moves the current file aside as `<name>.before-restore-<stamp>.accord`, then
moves a verified copy of the backup in. Either the project is the backup
afterwards, or it is exactly as it was. `check_backup` runs SQLite's
`PRAGMA integrity_check` on a backup and counts its documents and codings;
`restore_project` (`accord restore`) puts back the newest backup that passes it,
moving a damaged file aside as `<name>.damaged-<stamp>` with its -wal and -shm.
Nothing is ever deleted but the backups beyond the newest `keep`.
"""

import hashlib
import os
import secrets
import shlex
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from . import project_file
from .errors import AccordError, ProjectFileError
from .files import fsync_folder, write_atomically
from .lock import ProjectLock, ProjectLocked

DEFAULT_KEEP = 10
DEFAULT_EVERY = timedelta(minutes=10)
SUFFIX = ".accord"
_STAMP = "%Y%m%dT%H%M%S%fZ"
_TEMPORARY_PREFIX = ".taking-"


class BackupFailed(AccordError):
    """A backup could not be written (full disk, unwritable folder); the project itself is unaffected."""


@dataclass(frozen=True)
class Backup:
    """One backup file. `taken_at` is UTC; `digest` is the start of the file's SHA-256."""

    path: Path
    taken_at: datetime
    size: int
    digest: str = ""

    @property
    def label(self) -> str:
        """'2024-05-01 14:03:12 (1.2 MB)' in local time, for a menu or list."""
        return f"{self.when} ({_size(self.size)})"

    @property
    def when(self) -> str:
        """'2024-05-01 14:03:12', local time."""
        return self.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")

    @property
    def size_text(self) -> str:
        return _size(self.size)


@dataclass(frozen=True)
class CheckedBackup:
    """A backup and what `PRAGMA integrity_check` says of it: `problem` is None when it passes."""

    backup: Backup
    problem: str | None
    documents: int | None = None
    codings: int | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def path(self) -> Path:
        return self.backup.path

    def summary(self) -> str:
        """'2024-05-01 14:03:12 (3 documents, 41 codings)'."""
        if not self.ok:
            return f"{self.backup.when} (damaged: {self.problem})"
        return (f"{self.backup.when} ({self.documents} document{'s' if self.documents != 1 else ''}, "
                f"{self.codings} coding{'s' if self.codings != 1 else ''})")


@dataclass(frozen=True)
class Restored:
    """What `restore_project` did: which backup it put back, and where the previous file went."""

    project: Path
    source: CheckedBackup
    aside: Path | None
    damaged: bool


def backups_root() -> Path:
    from ..appdirs import data_dir

    return data_dir() / "backups"


def backup_folder(project: str | Path) -> Path:
    """Where the backups of this project file go: one folder per project path."""
    project = Path(project)
    key = os.path.normcase(str(project.resolve()))
    return backups_root() / f"{project.stem}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:12]}"


def list_backups(project: str | Path) -> list[Backup]:
    """The backups of a project, newest first."""
    return backups_in(backup_folder(project))


def backups_in(folder: str | Path) -> list[Backup]:
    """The backups in one backup folder, newest first."""
    folder = Path(folder)
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = []
    for entry in entries:
        parsed = _parse(entry)
        if parsed is not None:
            found.append(parsed)
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def take_backup(project: str | Path, *, keep: int = DEFAULT_KEEP) -> Backup:
    """Back up a project (open or not) now; keep the newest `keep`. Raises BackupFailed."""
    project = Path(project)
    if keep < 1:
        raise ValueError("keep at least one backup")
    folder = backup_folder(project)
    temporary = folder / f"{_TEMPORARY_PREFIX}{os.getpid()}-{secrets.token_hex(4)}{SUFFIX}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _remove_leftovers(folder)
        project_file.backup(project, temporary)
        digest = _sha256(temporary)[:16]
        newest = list_backups(project)[:1]
        if newest and newest[0].digest == digest:  # nothing changed since: keep the older one
            _unlink(temporary)
            return newest[0]
        taken_at = datetime.now(timezone.utc)
        final = folder / f"{project.stem}.{taken_at.strftime(_STAMP)}.{digest}{SUFFIX}"
        os.replace(temporary, final)  # backup() wrote and fsync'd it; now its content-addressed name
        fsync_folder(folder)
    except (OSError, sqlite3.Error) as error:
        for leftover in (temporary, Path(f"{temporary}-journal"), Path(f"{temporary}-wal")):
            _unlink(leftover)
        reason = getattr(error, "strerror", None) or error
        raise BackupFailed(f"{project}: cannot write a backup to {folder} ({reason})") from error
    prune(project, keep=keep)
    return Backup(final, taken_at, final.stat().st_size, digest)


def prune(project: str | Path, *, keep: int = DEFAULT_KEEP) -> list[Path]:
    """Delete all but the newest `keep` backups; returns the deleted files."""
    removed = []
    for old in list_backups(project)[keep:]:
        if _unlink(old.path):
            removed.append(old.path)
    return removed


def check_backup(backup: "Backup | str | Path") -> CheckedBackup:
    """Whether a backup passes `PRAGMA integrity_check`, and its document and coding counts. Changes nothing."""
    if not isinstance(backup, Backup):
        path = Path(backup)
        backup = _parse(path) or Backup(path, _modified(path), path.stat().st_size if path.is_file() else 0)
    try:
        project_file.inspect(backup.path)  # an Accord project of a version this Accord reads
        conn = sqlite3.connect(f"{backup.path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            if problems != ["ok"]:
                return CheckedBackup(backup, f"damaged ({problems[0]})")
            documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            codings = conn.execute("SELECT count(*) FROM codings").fetchone()[0]
        finally:
            conn.close()
    except ProjectFileError as error:
        return CheckedBackup(backup, str(error).removeprefix(f"{backup.path}: "))
    except sqlite3.DatabaseError as error:
        return CheckedBackup(backup, f"damaged ({error})")
    return CheckedBackup(backup, None, documents, codings)


def check_backups(project: str | Path) -> list[CheckedBackup]:
    """Every backup of a project, newest first, each checked."""
    return [check_backup(b) for b in list_backups(project)]


def newest_good_backup(project: str | Path) -> CheckedBackup | None:
    """The newest backup of a project that passes the integrity check, or None."""
    for backup in list_backups(project):
        checked = check_backup(backup)
        if checked.ok:
            return checked
    return None


def restore_project(project: str | Path, source: "Backup | str | Path | None" = None) -> Restored:
    """Put back the newest good backup of `project` (or `source`); the current file is moved aside first.

    A damaged file goes aside as `<name>.damaged-<stamp>` with its -wal and -shm
    files renamed alike, untouched; a sound one as `<name>.before-restore-<stamp>.accord`.
    Refuses (ProjectFileError) when there is no good backup, or `source` does not pass the check.
    """
    project = Path(project)
    quoted = shlex.quote(str(project))
    if source is None:
        checked = newest_good_backup(project)
        if checked is None:
            count = len(list_backups(project))
            found = (f"none of its {count} backups in {backup_folder(project)} passes the integrity check"
                     if count else f"it has no backups (they would be in {backup_folder(project)})")
            raise ProjectFileError(f"{project}: {found}; nothing was changed; restore a copy you kept "
                                   f"elsewhere with: accord restore {quoted} --from FILE")
    else:
        checked = check_backup(source)
        if not checked.ok:
            raise ProjectFileError(f"{checked.path}: {checked.problem}; it cannot be restored, nothing was changed; "
                                   f"see the other backups with: accord backups {quoted}")
    damaged = _is_damaged(project)
    aside = restore_backup(checked.backup, project, damaged=damaged)
    return Restored(project, checked, aside, damaged)


def restore_backup(backup: "Backup | str | Path", target: str | Path, *, damaged: bool = False) -> Path | None:
    """Make `target` a copy of the backup; returns where the current file was moved (None if none).

    Refuses (ProjectLocked) while a window has the project open and
    (ProjectFileError) while any other program has it open. The current file
    is moved aside as `<name>.before-restore-<stamp>.accord` next to it, or
    (`damaged`) as it is, with its sidecars, as `<name>.damaged-<stamp>`.
    """
    source = backup.path if isinstance(backup, Backup) else Path(backup)
    target = Path(target)
    checked = check_backup(source)  # a damaged backup or one from a newer Accord is refused here, before anything is moved
    if not checked.ok:
        raise ProjectFileError(f"{source}: {checked.problem}; choose another backup to restore")
    if not target.parent.is_dir():
        raise ProjectFileError(f"{target}: folder {target.parent} does not exist")
    try:
        lock = ProjectLock.acquire(target)  # keeps windows out while restoring
    except ProjectLocked as locked:
        raise ProjectLocked(target, locked.info, f"{target}: is open in an Accord window: "
                            f"{locked.info.describe()}; close it there, then restore the backup") from None
    temporary = target.with_name(f".{target.name}.restoring-{secrets.token_hex(4)}")
    aside = None
    try:
        try:
            write_atomically(temporary, lambda staged: shutil.copyfile(source, staged))
        except OSError as error:
            raise ProjectFileError(
                f"{target}: cannot copy the backup next to it ({error.strerror or error}); nothing was changed"
            ) from error
        project_file.inspect(temporary)  # the copy reads back as a sound project
        if target.exists():
            sidecars = _sidecars(target) if damaged else _make_standalone(target)
            aside = _aside_name(target, damaged)
            try:
                os.replace(target, aside)
                for suffix in sidecars:  # a damaged file's -wal must not be applied to the backup
                    os.replace(f"{target}{suffix}", f"{aside}{suffix}")
            except OSError as error:
                _put_back(aside, target, sidecars)
                raise ProjectFileError(
                    f"{target}: cannot move it aside ({error.strerror or error}); nothing was changed") from error
            try:
                os.replace(temporary, target)
            except OSError as error:
                _put_back(aside, target, sidecars)
                raise ProjectFileError(
                    f"{target}: cannot put the backup in place ({error.strerror or error}); nothing was changed"
                ) from error
        else:
            os.replace(temporary, target)
        fsync_folder(target.parent)
    finally:
        _unlink(temporary)
        lock.release()
    return aside


class BackupPolicy:
    """When to back up an open project: changes made, and `every` since the last backup.

    The window calls `maybe_backup()` from a timer (say once a minute);
    `due()` says whether it would back up. Failures raise BackupFailed (the
    message names the file and the folder) and are retried an interval later.
    """

    def __init__(self, project, *, every: timedelta | float = DEFAULT_EVERY, keep: int = DEFAULT_KEEP,
                 clock=time.monotonic):
        self.project = project
        self.every = every.total_seconds() if isinstance(every, timedelta) else float(every)
        self.keep = keep
        self._clock = clock
        self._last_time = clock()
        self._dirty = False
        self.last: Backup | None = getattr(project, "opening_backup", None)
        self.problem: str | None = getattr(project, "backup_problem", None)
        project.subscribe(self._changed)

    @property
    def enabled(self) -> bool:
        return self.project.path is not None and not self.project.read_only

    @property
    def dirty(self) -> bool:
        """Changes were made since the last backup."""
        return self._dirty

    def _changed(self, changes, label: str) -> None:
        if changes or self.project.history is None:  # without undo, changes are not itemised
            self._dirty = True

    def due(self) -> bool:
        return self.enabled and self._dirty and self._clock() - self._last_time >= self.every

    def maybe_backup(self) -> Backup | None:
        """Back up if due; returns the new backup, or None."""
        return self.backup_now() if self.due() else None

    def backup_now(self) -> Backup:
        if not self.enabled:
            raise BackupFailed(f"{self.project.path or 'this project'}: is not saved in a file of its own here")
        self._last_time = self._clock()  # after a failure too: try again an interval later
        try:
            made = take_backup(self.project.path, keep=self.keep)
        except BackupFailed as error:
            self.problem = str(error)
            raise
        self._dirty = False
        self.last = made
        self.problem = None
        return made

    def close(self) -> None:
        try:
            self.project.unsubscribe(self._changed)
        except ValueError:
            pass


# -- helpers -------------------------------------------------------------------
def _parse(entry: Path) -> Backup | None:
    name = entry.name
    if not name.endswith(SUFFIX) or name.startswith("."):
        return None
    parts = name[: -len(SUFFIX)].rsplit(".", 2)
    if len(parts) != 3:
        return None
    try:
        taken_at = datetime.strptime(parts[1], _STAMP).replace(tzinfo=timezone.utc)
        size = entry.stat().st_size
    except (ValueError, OSError):
        return None
    return Backup(entry, taken_at, size, parts[2])


def _make_standalone(target: Path) -> tuple[str, ...]:
    """Fold the -wal into the file and leave no -wal/-shm; refuse if any program has it open.

    Returns the sidecar suffixes still there (only for a file SQLite cannot read).
    Without -wal and -shm files no program has the project open and the file is
    complete as it is: it is left untouched.
    """
    if not any(Path(f"{target}{s}").exists() for s in ("-wal", "-shm", "-journal")):
        return ()
    try:
        conn = sqlite3.connect(str(target), timeout=1.0)
    except sqlite3.Error:
        conn = None
    if conn is not None:
        try:
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        except sqlite3.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                raise ProjectFileError(
                    f"{target}: is open in another program; close it there, then restore") from error
            mode = None
        except sqlite3.DatabaseError:
            mode = None  # damaged: moved aside as it is, with its -wal and -shm
        finally:
            conn.close()
        if mode is not None and mode.lower() != "delete":
            raise ProjectFileError(f"{target}: is open in another program; close it there, then restore")
    return tuple(s for s in ("-wal", "-shm", "-journal") if Path(f"{target}{s}").exists())


def _is_damaged(project: Path) -> bool:
    try:
        project_file.inspect(project)
    except project_file.ProjectDamaged:
        return True
    except ProjectFileError:
        return False
    return False


def _sidecars(target: Path) -> tuple[str, ...]:
    return tuple(s for s in ("-wal", "-shm", "-journal") if Path(f"{target}{s}").exists())


def _modified(path: Path) -> datetime:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, timezone.utc)
    except OSError:
        return datetime.now(timezone.utc)


def _aside_name(target: Path, damaged: bool = False) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    if damaged:  # `<name>.damaged-<stamp>`: its -wal and -shm keep SQLite's names beside it
        candidate, n = target.with_name(f"{target.name}.damaged-{stamp}"), 2
        while any(Path(f"{candidate}{s}").exists() for s in ("", "-wal", "-shm", "-journal")):
            candidate, n = target.with_name(f"{target.name}.damaged-{stamp}-{n}"), n + 1
        return candidate
    stem = target.name[: -len(SUFFIX)] if target.name.endswith(SUFFIX) else target.name
    candidate = target.with_name(f"{stem}.before-restore-{stamp}{SUFFIX}")
    n = 2
    while candidate.exists():
        candidate = target.with_name(f"{stem}.before-restore-{stamp}-{n}{SUFFIX}")
        n += 1
    return candidate


def _put_back(aside: Path, target: Path, sidecars: tuple[str, ...]) -> None:
    for suffix in sidecars:
        if Path(f"{aside}{suffix}").exists():
            try:
                os.replace(f"{aside}{suffix}", f"{target}{suffix}")
            except OSError:
                pass
    if aside.exists():
        os.replace(aside, target)


def _remove_leftovers(folder: Path) -> None:
    """Temporary files of backups interrupted by a crash (more than an hour old)."""
    for entry in folder.glob(f"*{_TEMPORARY_PREFIX}*"):  # also write_atomically's own temporary beside it
        try:
            if time.time() - entry.stat().st_mtime > 3600:
                entry.unlink()
        except OSError:
            pass


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _unlink(path: Path) -> bool:
    try:
        path.unlink()
        return True
    except OSError:
        return False


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} bytes"
