"""Helpers shared by the command-line tests (imported as a plain module: tests/cli is on sys.path)."""

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from accord.core.documents import add_document
from accord.core.project import Project

INTERVIEW_1 = (
    "I trust my doctor. My doctor listens to me.\n"
    "Sometimes I do not trust the clinic at all.\n"
    "The nurse is kind."
)
INTERVIEW_2 = "Waiting times are long. I trust the nurse 😀 more than the 医生 at the café."


@dataclass
class Run:
    status: int
    out: str
    err: str

    @property
    def json(self):
        assert self.status == 0, self.err
        return json.loads(self.out)


def run_subprocess(*args, cwd=None, **env_vars: str) -> Run:
    """The real thing: `python -m accord.cli ...` in a child process."""
    env = dict(os.environ, PYTHONUTF8="1", **env_vars)
    done = subprocess.run([sys.executable, "-m", "accord.cli", *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", env=env, cwd=cwd, timeout=60)
    return Run(done.returncode, done.stdout, done.stderr)


def snapshot(folder: Path, *, sidecars: bool = True) -> dict[str, bytes]:
    """Every file in a folder with its bytes (without SQLite's -wal and -shm files unless `sidecars`)."""
    return {
        p.name: p.read_bytes() for p in sorted(folder.iterdir())
        if p.is_file() and (sidecars or not p.name.endswith(("-wal", "-shm")))
    }


def add_documents(path: Path, **texts: str) -> None:
    """Documents put straight into a project through the core (import has its own tests)."""
    with Project.open(path) as project:
        with project.command("Add test documents"):
            for name, text in texts.items():
                add_document(project.db, name, text)


def importing_available() -> bool:
    try:
        import accord.core.importing  # noqa: F401
    except ImportError:
        return False
    return True


needs_importers = pytest.mark.skipif(
    not importing_available(), reason="accord.core.importing cannot be imported yet (importers unfinished)"
)
