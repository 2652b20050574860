"""Helpers shared by test_project.py and test_project_versions.py: project files and their SQLite pragmas.

The names keep the leading underscore they had when they lived in test_project.py, so the tests read as before.
"""

import hashlib
import sqlite3
from pathlib import Path

from accord.core.codebook import create_code
from accord.core.codings import apply_code
from accord.core.documents import add_document
from accord.core.project import Project


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _pragma(path: Path, name: str):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def _set_pragma(path: Path, name: str, value: int) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA {name} = {value}")
        conn.commit()
    finally:
        conn.close()


def _make_project(path: Path, *, documents: int = 3) -> Path:
    """A closed project file with some content."""
    with Project.create(path, coder="ann") as p:
        with p.command("fill"):
            create_code(p.db, "Theme")
            for i in range(documents):
                add_document(p.db, f"doc{i}", f"Document number {i}. " * 200)
                apply_code(p.db, f"doc{i}", "Theme", "ann", 0, 8)
    return path
