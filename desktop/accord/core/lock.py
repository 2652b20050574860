"""Who has a project open: a lock file beside it, so that a second window opens it read-only.

SQLite already keeps every transaction whole when two programs write to one
file. What it cannot prevent is two long-lived sessions (two windows, or two
computers sharing a sync folder) each showing and changing the project as if
it were theirs alone. So a window that opens a project for editing puts
`<name>.accord.lock` beside it, a small JSON record of who (user, host,
process, since when, which Accord). A second window finds it and is told who
has the project open; it may open the project read-only or take it over.

The lock file is created with O_CREAT | O_EXCL, so of two programs starting at
the same moment only one gets it. A lock whose process is gone (the program
crashed) on this computer is stale and is cleared. A lock from another
computer cannot be checked from here: the user decides.
"""

import atexit
import errno
import getpass
import hashlib
import json
import os
import secrets
import socket
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .errors import ProjectFileError
from .files import write_atomically

LOCK_SUFFIX = ".lock"
# A lock file that cannot be read is treated as being written right now for
# this long (the owner created it and is about to fill it in), then as stale.
_UNREADABLE_GRACE = 30.0


def lock_path(project: Path) -> Path:
    """`study.accord` -> `study.accord.lock`, in the same folder."""
    project = Path(project)
    return project.with_name(project.name + LOCK_SUFFIX)


@dataclass(frozen=True)
class LockInfo:
    """The content of a lock file."""

    user: str
    host: str
    pid: int
    since: str  # UTC, ISO 8601
    app: str
    token: str = ""  # tells this lock from any other, even of the same process

    @classmethod
    def mine(cls) -> "LockInfo":
        from .. import __version__

        return cls(_user(), _host(), os.getpid(), datetime.now(timezone.utc).isoformat(timespec="seconds"),
                   f"Accord {__version__}", secrets.token_hex(8))

    def to_json(self) -> str:
        return json.dumps({"user": self.user, "host": self.host, "pid": self.pid, "since": self.since,
                           "app": self.app, "token": self.token}, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str) -> "LockInfo | None":
        try:
            data = json.loads(text)
            if not isinstance(data, dict):
                return None
            return cls(str(data.get("user") or "someone"), str(data.get("host") or "an unknown computer"),
                       int(data.get("pid") or 0), str(data.get("since") or ""), str(data.get("app") or "Accord"),
                       str(data.get("token") or ""))
        except (ValueError, TypeError):
            return None

    @property
    def on_this_host(self) -> bool:
        return self.host.casefold() == _host().casefold()

    @property
    def since_local(self) -> str:
        """When the lock was taken, in this computer's time zone (for messages)."""
        try:
            return datetime.fromisoformat(self.since).astimezone().strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return self.since or "an unknown time"

    def describe(self) -> str:
        """'ann on laptop (process 4242, Accord 0.1.0) since 2024-05-01 14:03'"""
        who = self.user
        if self.on_this_host and self.pid == os.getpid():
            who = f"{self.user} in this program"
        process = f"process {self.pid}, {self.app}" if self.pid > 0 else self.app
        return f"{who} on {self.host} ({process}) since {self.since_local}"

    def is_stale(self) -> bool:
        """True when the process that took the lock is certainly gone (only knowable on this host)."""
        if not self.on_this_host or self.pid <= 0:
            return False
        if not _pid_alive(self.pid):
            return True
        started = _process_start(self.pid)
        try:
            taken = datetime.fromisoformat(self.since).timestamp()
        except ValueError:
            return False
        # The number was reused by a process that started after the lock was taken.
        return started is not None and started > taken + 2


class ProjectLocked(ProjectFileError):
    """The project is open for editing in another Accord window (or on another computer).

    `info` says who, where and since when; `lock_file` is the lock's path.
    Open it with `read_only=True`, or with `force=True` to take it over.
    """

    def __init__(self, path: Path, info: LockInfo, message: str | None = None):
        self.path = Path(path)
        self.info = info
        self.lock_file = lock_path(path)
        super().__init__(message or (
            f"{path}: is open in another Accord window: {info.describe()}. "
            "Open it read-only, or open it anyway if that window is no longer in use"))


def read_lock(project: Path) -> LockInfo | None:
    """The lock on a project, or None if it has none. A lock being written is waited for briefly."""
    path = lock_path(project)
    for _attempt in range(10):
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError:
            text = ""
        info = LockInfo.from_json(text)
        if info is not None:
            return info
        if not _young(path):
            break
        time.sleep(0.05)
    # Unreadable: being written (then it is someone's), or left half-written by a crash (stale).
    return LockInfo("someone", "an unknown computer", 0, _mtime_iso(path), "Accord", "unreadable")


def holder(project: Path) -> LockInfo | None:
    """The live lock of another session on a project (stale locks do not count)."""
    info = read_lock(project)
    if info is None or _is_stale(project, info):
        return None
    return info


class ProjectLock:
    """This session's lock on a project; `release()` removes it (only if it is still ours)."""

    def __init__(self, project: Path, info: LockInfo, replaced: LockInfo | None = None):
        self.project = Path(project)
        self.path = lock_path(project)
        self.info = info
        self.replaced = replaced  # the other session's lock that `force` took over
        self.released = False
        _held.add(self)

    @classmethod
    def acquire(cls, project: str | Path, *, force: bool = False) -> "ProjectLock":
        """Lock a project, clearing a stale lock; raises ProjectLocked if another session has it.

        With `force`, another session's lock is replaced by ours (that session
        keeps working; SQLite keeps both sessions' transactions whole).
        """
        project = Path(project)
        mine = LockInfo.mine()
        path = lock_path(project)
        _sweep(path)
        for _attempt in range(5):
            try:
                _create_exclusive(path, mine.to_json())
                return cls(project, mine)
            except FileExistsError:
                pass
            except OSError as error:
                raise ProjectFileError(
                    f"{project}: cannot create the lock file {path.name} ({error.strerror or error}); "
                    "open the project read-only") from error
            other = read_lock(project)
            if other is None:
                continue  # released meanwhile: try again
            if _is_stale(project, other):
                _break(path, other)
                continue
            if not force:
                raise ProjectLocked(project, other)
            try:
                write_atomically(path, mine.to_json().encode("utf-8"))  # take it over
            except OSError as error:
                raise ProjectFileError(
                    f"{project}: cannot take over the lock file {path.name} ({error.strerror or error})") from error
            return cls(project, mine, replaced=other)
        other = read_lock(project)
        raise ProjectLocked(project, other or LockInfo("someone", "an unknown computer", 0, "", "Accord"))

    def still_ours(self) -> bool:
        info = read_lock(self.project)
        return info is not None and info.token == self.info.token and info.pid == self.info.pid

    def release(self) -> None:
        """Remove the lock file if it is still ours (someone may have taken it over); never raises."""
        if self.released:
            return
        self.released = True
        _held.discard(self)
        try:
            if self.still_ours():
                self.path.unlink()
        except OSError:
            pass

    def __enter__(self) -> "ProjectLock":
        return self

    def __exit__(self, *exc) -> None:
        self.release()


# Locks of this program not yet released: released when Python exits normally
# even if a project was never closed (a crash leaves a stale lock, cleared later).
_held: "set[ProjectLock]" = set()


@atexit.register
def _release_held() -> None:
    for lock in list(_held):
        lock.release()


# -- helpers -------------------------------------------------------------------
def _is_stale(project: Path, info: LockInfo) -> bool:
    if info.token == "unreadable":
        return not _young(lock_path(project))
    return info.is_stale()


def _create_exclusive(path: Path, text: str) -> None:
    """Create the lock file `path` holding `text`; FileExistsError if there is one already.

    The text goes into a draft of its own first, which is then hard-linked into place: the lock
    file is never there half-written, so a program killed while locking leaves no unreadable lock
    (which others would have to respect for _UNREADABLE_GRACE). Where hard links are impossible
    (FAT drives, some network shares) the lock file is created exclusively, then filled in."""
    draft = _beside(path, "new")
    _write_new(draft, text)
    try:
        os.link(draft, path)
    except FileExistsError:
        raise
    except OSError:  # no hard links on this drive
        _write_new(path, text)
    finally:
        _remove(draft)


def _write_new(path: Path, text: str) -> None:
    """Create `path` (FileExistsError if it exists) with `text`, on disk before returning."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o644)
    try:
        data = text.encode("utf-8")
        while data:
            data = data[os.write(fd, data):]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        _remove(path)
        raise
    os.close(fd)


# A lock's drafts and set-aside copies are named <lock>.<kind>-<computer>-<pid>-<random>: a program
# killed between making one and removing it leaves it behind, and the next one to lock on this
# computer removes it once that process is gone.
_THIS_COMPUTER = hashlib.sha256(socket.gethostname().encode("utf-8")).hexdigest()[:8]


def _beside(path: Path, kind: str) -> Path:
    return path.with_name(f"{path.name}.{kind}-{_THIS_COMPUTER}-{os.getpid()}-{secrets.token_hex(4)}")


def _sweep(path: Path) -> None:
    """Remove the drafts and set-aside copies that killed programs of this computer left beside `path`."""
    for kind in ("new", "stale"):
        prefix = f"{path.name}.{kind}-{_THIS_COMPUTER}-"
        try:
            names = [entry.name for entry in os.scandir(path.parent) if entry.name.startswith(prefix)]
        except OSError:
            return
        for name in names:
            pid = name[len(prefix):].split("-")[0]
            if pid.isdigit() and int(pid) != os.getpid() and not _pid_alive(int(pid)):
                _remove(path.with_name(name))


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def _break(path: Path, stale: LockInfo) -> None:
    """Remove a stale lock without removing a fresh one another program put there meanwhile."""
    aside = _beside(path, "stale")
    try:
        os.rename(path, aside)
    except FileNotFoundError:
        return  # someone else cleared it
    except OSError:  # e.g. Windows while another program reads it: try to delete it directly
        _remove(path)
        return
    try:
        moved = LockInfo.from_json(aside.read_text(encoding="utf-8"))
    except OSError:
        moved = None
    if moved is not None and moved.token != stale.token:  # a fresh lock: put it back
        try:
            os.link(aside, path)
        except OSError:
            try:
                if not path.exists():
                    os.rename(aside, path)
            except OSError:
                pass
    _remove(aside)


def _young(path: Path) -> bool:
    try:
        return time.time() - path.stat().st_mtime < _UNREADABLE_GRACE
    except OSError:
        return False


def _mtime_iso(path: Path) -> str:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, timezone.utc).isoformat(timespec="seconds")
    except OSError:
        return ""


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment or the password database
        return "someone"


def _host() -> str:
    return socket.gethostname() or "this computer"


def _pid_alive(pid: int) -> bool:
    if sys.platform == "win32":
        return _pid_alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, belongs to someone else
    except OSError as error:
        return error.errno != errno.ESRCH
    return True


def _pid_alive_windows(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.get_last_error() == 5  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _process_start(pid: int) -> float | None:
    """When a process started (seconds since the epoch), where the system tells (Linux); else None."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        ticks = int(stat.rsplit(")", 1)[1].split()[19])
        boot = next(float(line.split()[1]) for line in Path("/proc/stat").read_text().splitlines()
                    if line.startswith("btime "))
        return boot + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration, AttributeError):
        return None
