"""Helpers shared by the durability tests (imported as a plain module: tests/durability is on sys.path)."""

import hashlib
import json
import os
import queue
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from accord.core.codebook import create_code
from accord.core.documents import add_document
from accord.core.project import Project

DRIVER = Path(__file__).with_name("driver.py")

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX signals and resource limits")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def integrity(path: Path) -> list[str]:
    """PRAGMA integrity_check of a project file, through a plain connection (as a reopening program would)."""
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()


def coding_ids(path: Path) -> set[int]:
    with Project.open(path) as project:
        return {row[0] for row in project.db.execute("SELECT id FROM codings")}


def make_project(path: Path, *, length: int = 20_000) -> Path:
    """A closed project with coder ann, code C and a document d of `length` characters."""
    with Project.create(path, coder="ann") as project:
        with project.command("setup"):
            create_code(project.db, "C")
            add_document(project.db, "d", ("All work and no play. " * (length // 22 + 1))[:length])
    return path


def driver_env() -> dict[str, str]:
    # os.environ already carries the test's private ACCORD_* folders (set by the root conftest).
    return dict(os.environ, PYTHONUTF8="1", PYTHONDONTWRITEBYTECODE="1")


def start_driver(*args, stdin: bool = False) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(DRIVER), *map(str, args)], env=driver_env(),
                            stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")


class Lines:
    """The stdout lines of a child, read by a thread (so that we can wait with a timeout)."""

    def __init__(self, process: subprocess.Popen):
        self.process = process
        self.queue: queue.Queue = queue.Queue()
        self.complete: list[str] = []  # every line that arrived whole (with its newline)
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        for line in self.process.stdout:
            if line.endswith("\n"):
                self.complete.append(line[:-1])
                self.queue.put(line[:-1])
        self.queue.put(None)

    def next(self, timeout: float = 30) -> str:
        line = self.queue.get(timeout=timeout)
        if line is None:
            raise AssertionError(f"the child ended: {self.process.wait()} {self.process.stderr.read()}")
        return line

    def json(self, timeout: float = 30):
        return json.loads(self.next(timeout))

    def finish(self, timeout: float = 30) -> None:
        self._thread.join(timeout)


class Holder:
    """A child process holding a project open as a window does (driver.py hold)."""

    def __init__(self, path: Path, *options: str, wait: bool = True):
        """`wait=False`: do not wait for the child to report whether it got the project (see `status`)."""
        self.process = start_driver("hold", path, *options, stdin=True)
        self.lines = Lines(self.process)
        self._status = self.lines.json() if wait else None

    @property
    def status(self) -> dict:
        """What the child reported on opening: {"locked": bool, ...} (see driver.py hold)."""
        if self._status is None:
            self._status = self.lines.json()
        return self._status

    @property
    def pid(self) -> int:
        return self.process.pid

    def ask(self, word: str):
        self.process.stdin.write(word + "\n")
        self.process.stdin.flush()
        return self.lines.json()

    def quit(self) -> None:
        if self.process.poll() is None:
            assert self.ask("quit") == {"closed": True}
        self.process.wait(30)
        self.lines.finish()

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(30)
        self.lines.finish()

    def __enter__(self) -> "Holder":
        return self

    def __exit__(self, *exc) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(30)
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream:
                stream.close()
