"""The one way Accord writes a file: whole or not at all, and on the disk before it counts as written.

Reports, exports, backups, copies and settings all go through `write_atomically`.
The content goes to a temporary file in the target's folder (so the rename
stays on one file system), which is flushed and fsync'd, then renamed over
the target, and the folder is fsync'd so that the rename itself survives a
power cut. Until the rename the target is untouched; if anything fails the
temporary file is removed and the error passes through.
"""

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

Content = bytes | Callable[[Path], object]


def write_atomically(path: str | Path, content: Content) -> Path:
    """Replace `path` with `content`: bytes, or a function that writes the file it is given.

    A function gets the temporary path (it may open it, or hand it to a
    library such as openpyxl or SQLite's backup, which write by name). A file
    that existed keeps its permissions; a new one gets the usual ones (0666
    less the umask), not the private 0600 of a temporary file.
    """
    path = Path(path)
    folder = path.parent
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    temporary = Path(name)
    try:
        if isinstance(content, (bytes, bytearray, memoryview)):
            with os.fdopen(handle, "wb") as stream:
                stream.write(content)
                stream.flush()
                os.fsync(stream.fileno())
        else:
            os.close(handle)
            content(temporary)
            fsync_file(temporary)
        os.chmod(temporary, _mode_for(path))
        os.replace(temporary, path)
    except BaseException:
        try:
            temporary.unlink()
        except OSError:
            pass
        raise
    fsync_folder(folder)
    return path


def fsync_file(path: Path) -> None:
    """Flush a written file's data to the disk."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename or a new name in `folder` durable (POSIX; Windows has no handle to a folder for this)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the data itself is already on disk
    finally:
        os.close(fd)


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    try:  # Linux: read it without changing it (changing it is not thread-safe)
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
