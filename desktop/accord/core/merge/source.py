"""Reading the source project, which a merge never writes: a read-only connection that leaves the
file (and its folder) untouched, an older project read from an upgraded temporary copy instead of
being upgraded in place, and one snapshot (`Source`) of the coders, documents, codes, codings, memos,
attributes and turns that the matching, the plan and the writing work from.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .. import schema
from ..codebook import TEXT_FIELDS
from ..documents import TimedTurnRecord
from ..errors import ProjectFileError
from ..project import Project
from ..recovery import inspect_project as inspect


@dataclass(frozen=True)
class SourceCoder:
    id: int
    name: str
    color: str
    created_at: str
    role: str  # a consensus stays one in the target


@dataclass(frozen=True)
class SourceDocument:
    id: int
    name: str
    source_name: str
    source_format: str
    imported_at: str
    length: int
    sha256: str
    import_notes: str


@dataclass(frozen=True)
class SourceCode:
    id: int
    parent_id: int | None
    path: tuple[str, ...]
    color: str
    texts: dict
    created_at: str
    guid: str | None  # the same code in the target has the same GUID, whatever its name there


@dataclass(frozen=True)
class SourceCoding:
    document_id: int
    code_id: int
    coder_id: int
    start: int
    end: int
    memo: str
    created_at: str
    origin: str = ""  # how it was made (core/codings.py ORIGINS); kept by the merge


@dataclass(frozen=True)
class SourceMemo:
    document_id: int | None
    code_id: int | None
    coder_id: int | None
    title: str
    text: str
    created_at: str
    updated_at: str


@dataclass
class Source:
    path: Path
    title: str
    created_at: str
    coders: list[SourceCoder]
    documents: list[SourceDocument]
    codes: list[SourceCode]  # parents before children
    codings: list[SourceCoding]
    memos: list[SourceMemo]
    attributes: dict[int, dict[str, str]]
    turns: dict[int, list[TimedTurnRecord]]  # with their times, so a transcript keeps them
    texts: dict[int, str] = field(default_factory=dict)  # only of the documents to add


def source_coder_names(source_path: str | Path) -> list[str]:
    """The coders of a project file, read without changing it."""
    source_path = Path(source_path)
    with source_connection(source_path) as conn:
        try:
            return [row[0] for row in conn.execute("SELECT name FROM coders ORDER BY id")]
        except sqlite3.Error as error:
            raise ProjectFileError(f"{source_path}: cannot read the project ({error})") from error


@contextmanager
def source_connection(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to a project file that leaves the file (and its folder) untouched.

    An older project is read from an upgraded temporary copy, never upgraded in place.
    """
    version = inspect(path)  # ProjectFileError naming the file for anything but an Accord project
    conn = _read_only(path)
    if version == schema.SCHEMA_VERSION:
        try:
            yield conn
        finally:
            conn.close()
        return
    with tempfile.TemporaryDirectory(prefix="accord-merge-") as folder:
        copy = Path(folder) / f"{path.stem}.accord"
        try:
            try:
                copy_conn = sqlite3.connect(str(copy))
                try:
                    conn.backup(copy_conn)
                finally:
                    copy_conn.close()
            finally:
                conn.close()
        except sqlite3.Error as error:
            raise ProjectFileError(f"{path}: cannot read the project ({error})") from error
        Project.open(copy, backup_dir=Path(folder)).close()  # upgrades the copy
        upgraded = _read_only(copy)
        try:
            yield upgraded
        finally:
            upgraded.close()


def _read_only(path: Path) -> sqlite3.Connection:
    # As in project_file.inspect: without a -wal file no one has the project open, and
    # reading it as immutable creates no -wal and -shm files next to it.
    query = "mode=ro" if Path(f"{path}-wal").exists() else "mode=ro&immutable=1"
    try:
        return sqlite3.connect(f"{path.resolve().as_uri()}?{query}", uri=True)
    except sqlite3.Error as error:
        raise ProjectFileError(f"{path}: cannot open the project ({error})") from error


def read_source(conn: sqlite3.Connection, path: Path) -> Source:
    meta = dict(conn.execute("SELECT key, value FROM project").fetchall())
    coders = [SourceCoder(*row) for row in conn.execute("SELECT id, name, color, created_at, role FROM coders ORDER BY id")]
    documents = [
        SourceDocument(*row)
        for row in conn.execute(
            "SELECT id, name, source_name, source_format, imported_at, length, sha256, import_notes "
            "FROM documents ORDER BY position, id"
        )
    ]
    rows = conn.execute(
        f"SELECT id, parent_id, name, color, created_at, guid, {', '.join(TEXT_FIELDS)} FROM codes "
        "ORDER BY position, id"
    ).fetchall()
    children: dict[int | None, list[tuple]] = {}
    for row in rows:
        children.setdefault(row[1], []).append(row)
    codes: list[SourceCode] = []

    def walk(parent_id: int | None, above: tuple[str, ...]) -> None:
        for row in children.get(parent_id, []):
            code_path = above + (row[2],)
            codes.append(SourceCode(row[0], row[1], code_path, row[3], dict(zip(TEXT_FIELDS, row[6:])), row[4],
                                    row[5]))
            walk(row[0], code_path)

    walk(None, ())
    codings = [
        SourceCoding(*row)
        for row in conn.execute(
            'SELECT document_id, code_id, coder_id, start, "end", memo, created_at, origin FROM codings '
            'ORDER BY document_id, code_id, coder_id, start, "end", id'
        )
    ]
    memos = [
        SourceMemo(*row)
        for row in conn.execute(
            "SELECT document_id, code_id, coder_id, title, text, created_at, updated_at FROM memos ORDER BY id"
        )
    ]
    attributes: dict[int, dict[str, str]] = {}
    for document_id, key, value in conn.execute("SELECT document_id, key, value FROM attributes ORDER BY key"):
        attributes.setdefault(document_id, {})[key] = value
    turns: dict[int, list[TimedTurnRecord]] = {}
    for document_id, *turn in conn.execute(
        'SELECT document_id, start, "end", label_end, speaker, time_start, time_end FROM turns'
        " ORDER BY document_id, start, id"
    ):
        turns.setdefault(document_id, []).append(TimedTurnRecord(*turn))
    return Source(path, meta.get("title", ""), meta.get("created_at", ""), coders, documents, codes, codings,
                   memos, attributes, turns)


def read_texts(conn: sqlite3.Connection, document_ids: list[int]) -> dict[int, str]:
    return {
        document_id: conn.execute("SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()[0]
        for document_id in document_ids
    }
