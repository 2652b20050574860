"""Documents: imported texts, stored once and never changed, with their speaker turns."""

import hashlib
import itertools
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from sqlite_utils import Database

from .command_guard import changes_project
from .clock import now
from .errors import InvalidValue, NotFound
from .lookup import resolve_id

_COLUMNS = "id, name, source_name, source_format, imported_at, length, sha256, import_notes, position"


@dataclass(frozen=True)
class Document:
    id: int
    name: str
    source_name: str
    source_format: str
    imported_at: str
    length: int
    sha256: str
    import_notes: dict = field(default_factory=dict)
    position: int = 0


class TurnRecord(NamedTuple):
    """A speaker turn as stored (a named tuple: long transcripts have thousands)."""

    start: int
    end: int
    label_end: int
    speaker: str


class TimedTurnRecord(NamedTuple):
    """A stored turn with its times in seconds (None where the source gave none)."""

    start: int
    end: int
    label_end: int
    speaker: str
    time_start: float | None
    time_end: float | None


@changes_project
def add_document(db: Database, name: str, text: str, *, source_name: str = "", source_format: str = "",
                 notes: dict | None = None, turns: Iterable[TurnRecord] | None = None) -> Document:
    """Store a (normalised) text as a new document; the name must be free."""
    utf8 = text.encode("utf-8")
    return insert_document(db, name, utf8, len(text), hashlib.sha256(utf8).hexdigest(), source_name=source_name,
                           source_format=source_format, notes=notes, turns=turns)


@changes_project
def insert_document(db: Database, name: str, utf8: bytes | bytearray, length: int, sha256: str, *,
                    source_name: str = "", source_format: str = "", notes: dict | None = None,
                    turns: Iterable[TurnRecord] | None = None) -> Document:
    """Store a text given as UTF-8 (with its length in code points and its hash) as a new document.

    SQLite takes the bytes as they are (CAST to TEXT), so a large text is never
    held as a Python str as well. Turns may be a generator.
    """
    name = name.strip()
    if not name:
        raise InvalidValue("a document needs a name")
    if db.execute("SELECT 1 FROM documents WHERE name = ?", [name]).fetchone():
        raise InvalidValue(f"a document named {name!r} already exists")
    position = db.execute("SELECT ifnull(max(position) + 1, 0) FROM documents").fetchone()[0]
    cursor = db.execute(
        "INSERT INTO documents(name, source_name, source_format, imported_at, text, length, sha256,"
        " import_notes, position) VALUES (?, ?, ?, ?, CAST(? AS TEXT), ?, ?, ?, ?)",
        [name, source_name, source_format, now(), utf8, length, sha256,
         json.dumps(notes or {}, ensure_ascii=False), position],
    )
    document_id = int(cursor.lastrowid)
    # One statement for all turns (a long transcript has 100,000s), taking the (start, end,
    # label_end, speaker[, time_start, time_end]) tuples as they come; atomic() so that the raw
    # executemany never leaves an implicit transaction open when called outside a command.
    rows = iter(turns or ())
    first = next(rows, None)
    if first is not None:  # no statement at all for a text without turns
        with db.atomic():
            db.conn.executemany(
                f'INSERT INTO turns(document_id, start, "end", label_end, speaker, time_start, time_end)'
                f' VALUES ({document_id}, ?, ?, ?, ?, ?, ?)',
                (row if len(row) == 6 else (*row, None, None) for row in itertools.chain([first], rows)),
            )
    return get_document(db, document_id)


def sha256_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def find_by_sha256(db: Database, sha256: str) -> Document | None:
    """The first document whose text has this SHA-256 (an index lookup), or None."""
    row = db.execute(
        f"SELECT {_COLUMNS} FROM documents WHERE sha256 = ? ORDER BY position, id LIMIT 1", [sha256]
    ).fetchone()
    return None if row is None else _document(row)


@changes_project
def rename_document(db: Database, document: str | int, new_name: str) -> None:
    document_id = resolve_document(db, document)
    new_name = new_name.strip()
    if not new_name:
        raise InvalidValue("a document needs a name")
    clash = db.execute("SELECT id FROM documents WHERE name = ?", [new_name]).fetchone()
    if clash and clash[0] != document_id:
        raise InvalidValue(f"a document named {new_name!r} already exists")
    db.execute("UPDATE documents SET name = ? WHERE id = ?", [new_name, document_id])


@changes_project
def delete_document(db: Database, document: str | int) -> int:
    """Delete a document with its codings, turns, attributes and memos; returns the codings removed."""
    document_id = resolve_document(db, document)
    removed = db.execute("SELECT count(*) FROM codings WHERE document_id = ?", [document_id]).fetchone()[0]
    db.execute("DELETE FROM documents WHERE id = ?", [document_id])
    return removed


def count_codings_in(db: Database, document: str | int) -> int:
    document_id = resolve_document(db, document)
    return db.execute("SELECT count(*) FROM codings WHERE document_id = ?", [document_id]).fetchone()[0]


def list_documents(db: Database) -> list[Document]:
    return [_document(row) for row in db.execute(f"SELECT {_COLUMNS} FROM documents ORDER BY position, id")]


def get_document(db: Database, document: str | int) -> Document:
    document_id = resolve_document(db, document)
    return _document(db.execute(f"SELECT {_COLUMNS} FROM documents WHERE id = ?", [document_id]).fetchone())


def document_text(db: Database, document: str | int) -> str:
    document_id = resolve_document(db, document)
    return db.execute("SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()[0]


def document_length(db: Database, document_id: int) -> int:
    row = db.execute("SELECT length FROM documents WHERE id = ?", [document_id]).fetchone()
    if row is None:
        raise NotFound(f"no document with id {document_id}")
    return row[0]


def turns_of(db: Database, document: str | int) -> list[TurnRecord]:
    document_id = resolve_document(db, document)
    rows = db.execute(
        'SELECT start, "end", label_end, speaker FROM turns WHERE document_id = ? ORDER BY start', [document_id]
    )
    return list(map(TurnRecord._make, rows))  # _make builds the tuple in C: a transcript has 100,000s


def timed_turns_of(db: Database, document: str | int) -> list[TimedTurnRecord]:
    """The document's turns with their times (a transcript's; None for turns found in plain text)."""
    document_id = resolve_document(db, document)
    rows = db.execute(
        'SELECT start, "end", label_end, speaker, time_start, time_end FROM turns WHERE document_id = ?'
        " ORDER BY start", [document_id]
    )
    return list(map(TimedTurnRecord._make, rows))


def turn_times_of(db: Database, document_id: int) -> list[tuple[int, int, str, float | None, float | None]]:
    """(start, end, speaker, time_start, time_end) of the turns that have a time: [] for most documents."""
    return db.execute(
        'SELECT start, "end", speaker, time_start, time_end FROM turns WHERE document_id = ?'
        " AND (time_start IS NOT NULL OR time_end IS NOT NULL) ORDER BY start", [document_id]
    ).fetchall()


def speakers(db: Database, document: str | int | None = None) -> list[str]:
    """Speaker names in order of first appearance (in one document, or in the whole project).

    A transcript's turns whose speaker the file did not name (speaker "") are left out.
    """
    if document is None:
        rows = db.execute(
            "SELECT speaker FROM turns WHERE speaker != '' GROUP BY speaker ORDER BY min(document_id * 1e12 + start)"
        )
    else:
        rows = db.execute(
            "SELECT speaker FROM turns WHERE document_id = ? AND speaker != '' GROUP BY speaker ORDER BY min(start)",
            [resolve_document(db, document)],
        )
    return [row[0] for row in rows]


def coding_counts(db: Database, coders: Iterable[int] | None = None) -> dict[int, int]:
    """{document id: number of codings} (of some coders, or of all)."""
    if coders is None:
        return dict(db.execute("SELECT document_id, count(*) FROM codings GROUP BY document_id").fetchall())
    coder_ids = list(coders)
    return dict(db.execute(
        f"SELECT document_id, count(*) FROM codings WHERE coder_id IN ({','.join('?' * len(coder_ids))}) "
        "GROUP BY document_id",
        coder_ids,
    ).fetchall())


def resolve_document(db: Database, document: str | int) -> int:
    return resolve_id(db, "documents", document, "document")


def free_document_name(db: Database, wanted: str) -> str:
    """`wanted`, or `wanted (2)`, `wanted (3)`… whichever is not taken yet."""
    wanted = wanted.strip()  # as add_document will store it
    name, counter = wanted, 2
    while db.execute("SELECT 1 FROM documents WHERE name = ?", [name]).fetchone():
        name = f"{wanted} ({counter})"
        counter += 1
    return name


def _document(row: tuple) -> Document:
    values = list(row)
    values[7] = json.loads(values[7] or "{}")
    return Document(*values)


def document_name_for(path: Path) -> str:
    return path.stem
