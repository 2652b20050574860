"""Memos: free notes on the project, a document or a code. (A coding's memo is on the coding:
its `memo` column; `coding_memos` lists the codings that have one.)"""

from dataclasses import dataclass

from sqlite_utils import Database

from .command_guard import changes_project
from .clock import now
from .codebook import resolve_code
from .coders import resolve_coder
from .codings import Segment, segments
from .documents import resolve_document
from .errors import InvalidValue, NotFound
from .lookup import is_row_id

_COLUMNS = "id, document_id, code_id, coder_id, title, text, created_at, updated_at"


@dataclass(frozen=True)
class Memo:
    id: int
    document_id: int | None
    code_id: int | None
    coder_id: int | None
    title: str
    text: str
    created_at: str
    updated_at: str


@changes_project
def add_memo(db: Database, text: str, *, title: str = "", document: str | int | None = None,
             code: str | int | None = None, coder: str | int | None = None) -> Memo:
    """A memo on a document, on a code, or (neither given) on the project."""
    if document is not None and code is not None:
        raise InvalidValue("a memo belongs to a document or to a code, not both")
    document_id = resolve_document(db, document) if document is not None else None
    code_id = resolve_code(db, code) if code is not None else None
    coder_id = resolve_coder(db, coder) if coder is not None else None
    stamp = now()
    cursor = db.execute(
        "INSERT INTO memos(document_id, code_id, coder_id, title, text, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [document_id, code_id, coder_id, title, text, stamp, stamp],
    )
    return get_memo(db, cursor.lastrowid)


@changes_project
def update_memo(db: Database, memo_id: int, *, text: str | None = None, title: str | None = None) -> Memo:
    memo = get_memo(db, memo_id)
    db.execute(
        "UPDATE memos SET text = ?, title = ?, updated_at = ? WHERE id = ?",
        [memo.text if text is None else text, memo.title if title is None else title, now(), memo_id],
    )
    return get_memo(db, memo_id)


@changes_project
def delete_memo(db: Database, memo_id: int) -> None:
    get_memo(db, memo_id)
    db.execute("DELETE FROM memos WHERE id = ?", [memo_id])


def get_memo(db: Database, memo_id: int) -> Memo:
    if isinstance(memo_id, int) and not is_row_id(memo_id):  # too large for SQLite: no such row
        row = None
    else:
        row = db.execute(f"SELECT {_COLUMNS} FROM memos WHERE id = ?", [memo_id]).fetchone()
    if row is None:
        raise NotFound(f"no memo with id {memo_id}")
    return Memo(*row)


def memos_of(db: Database, *, document: str | int | None = None, code: str | int | None = None) -> list[Memo]:
    """The memos of a document, of a code, or (neither given) of the project itself."""
    if document is not None:
        where, params = "document_id = ?", [resolve_document(db, document)]
    elif code is not None:
        where, params = "code_id = ?", [resolve_code(db, code)]
    else:
        where, params = "document_id IS NULL AND code_id IS NULL", []
    return [Memo(*row) for row in db.execute(f"SELECT {_COLUMNS} FROM memos WHERE {where} ORDER BY id", params)]


def all_memos(db: Database) -> list[Memo]:
    return [Memo(*row) for row in db.execute(f"SELECT {_COLUMNS} FROM memos ORDER BY id")]


def coding_memos(db: Database, *, document: str | int | None = None,
                 code: str | int | None = None) -> list[Segment]:
    """The codings that carry a memo, with their document, code, coder and quote, in document order;
    only those in a document, or with a code (not its sub-codes), if one is given."""
    return segments(db, document=document, code=code, with_memo=True)
