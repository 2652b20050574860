"""Codings: a code applied by a coder to a span of a document.

Invariant: the codings of one coder with one code in one document never
overlap. Applying, resizing or recoding a coding so that it would overlap
another of the same coder and code merges the two into one.

Each coding records its origin (see ORIGINS): '' coded by hand, 'suggestion'
accepted from a similar-passage suggestion, 'autocode' made by auto-coding.
When codings merge, hand coding wins: the merged coding's origin is '' if any
of them was coded by hand, else the origin of the coding that is kept (when
applying a code over existing codings, the oldest of those).
"""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from sqlite_utils import Database

from .command_guard import changes_project
from .clock import now
from .codebook import descendant_ids, resolve_code
from .coders import resolve_coder
from .documents import document_length, document_text, resolve_document
from .errors import InvalidValue, NotFound
from .lookup import is_row_id
from .spans import check_span

_COLUMNS = 'id, document_id, code_id, coder_id, start, "end", memo, created_at, origin'

HAND, SUGGESTION, AUTOCODE = "", "suggestion", "autocode"
ORIGINS = (HAND, SUGGESTION, AUTOCODE)


class Coding(NamedTuple):
    """One coding. A named tuple, not a dataclass: documents load thousands at once."""

    id: int
    document_id: int
    code_id: int
    coder_id: int
    start: int
    end: int
    memo: str = ""
    created_at: str = ""
    origin: str = HAND


@dataclass(frozen=True)
class Segment:
    """A coding with the names around it and the text it covers."""

    id: int
    document_id: int
    document: str
    code_id: int
    code: str
    coder_id: int
    coder: str
    start: int
    end: int
    text: str
    memo: str
    origin: str = HAND


def trim_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """[start, end) of `text` without white space at either end; None when nothing else is in it."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


@changes_project
def apply_code(db: Database, document: str | int, code: str | int, coder: str | int,
               start: int, end: int, memo: str = "", origin: str = HAND) -> Coding:
    """Code [start, end) of a document; merges with overlapping codings of the same coder and code.

    `origin` says how the coding came about (one of ORIGINS). Merged into an existing coding, the
    result is hand-coded ('') if either was; otherwise the existing coding keeps its own origin.
    """
    if origin not in ORIGINS:
        raise InvalidValue(f"unknown coding origin {origin!r}; use one of {', '.join(map(repr, ORIGINS))}")
    document_id = resolve_document(db, document)
    code_id = resolve_code(db, code)
    coder_id = resolve_coder(db, coder)
    check_span(start, end, document_length(db, document_id))
    return _place(db, document_id, code_id, coder_id, start, end, memo, origin)


@changes_project
def remove_coding(db: Database, coding_id: int) -> Coding:
    coding = get_coding(db, coding_id)
    db.execute("DELETE FROM codings WHERE id = ?", [coding_id])
    return coding


@changes_project
def change_code(db: Database, coding_id: int, code: str | int) -> Coding:
    """Give a coding another code (merging with that code's overlapping codings)."""
    get_coding(db, coding_id)  # NotFound for an unknown id
    code_id = resolve_code(db, code)
    db.execute("UPDATE codings SET code_id = ? WHERE id = ?", [code_id, coding_id])
    return _merge_into(db, get_coding(db, coding_id))


@changes_project
def resize_coding(db: Database, coding_id: int, start: int, end: int) -> Coding:
    coding = get_coding(db, coding_id)
    check_span(start, end, document_length(db, coding.document_id))
    db.execute('UPDATE codings SET start = ?, "end" = ? WHERE id = ?', [start, end, coding_id])
    return _merge_into(db, get_coding(db, coding_id))


@changes_project
def set_coding_memo(db: Database, coding_id: int, memo: str) -> None:
    get_coding(db, coding_id)
    db.execute("UPDATE codings SET memo = ? WHERE id = ?", [memo, coding_id])


def get_coding(db: Database, coding_id: int) -> Coding:
    if isinstance(coding_id, int) and not is_row_id(coding_id):  # too large for SQLite: no such row
        row = None
    else:
        row = db.execute(f"SELECT {_COLUMNS} FROM codings WHERE id = ?", [coding_id]).fetchone()
    if row is None:
        raise NotFound(f"no coding with id {coding_id}")
    return Coding(*row)


def codings_of_document(db: Database, document: str | int, coders: Iterable[int] | None = None) -> list[Coding]:
    """All codings of one document (optionally of some coders), by start."""
    document_id = resolve_document(db, document)
    sql = f"SELECT {_COLUMNS} FROM codings WHERE document_id = ?"
    params: list = [document_id]
    if coders is not None:
        coder_ids = list(coders)
        sql += f" AND coder_id IN ({','.join('?' * len(coder_ids))})"
        params += coder_ids
    return [Coding(*row) for row in db.execute(sql + ' ORDER BY start, "end", id', params)]


def segments(db: Database, *, code: str | int | None = None, include_subcodes: bool = False,
             coder: str | int | None = None, document: str | int | None = None,
             with_memo: bool = False) -> list[Segment]:
    """Coded segments with their text, filtered by code (and sub-codes), coder, document and having a memo."""
    where, params = (["TRIM(c.memo) != ''"] if with_memo else []), []
    if code is not None:
        code_ids = descendant_ids(db, resolve_code(db, code)) if include_subcodes else [resolve_code(db, code)]
        where.append(f"c.code_id IN ({','.join('?' * len(code_ids))})")
        params += code_ids
    if coder is not None:
        where.append("c.coder_id = ?")
        params.append(resolve_coder(db, coder))
    if document is not None:
        where.append("c.document_id = ?")
        params.append(resolve_document(db, document))
    rows = db.execute(
        f"""SELECT c.id, c.document_id, d.name, c.code_id, k.name, c.coder_id, p.name, c.start, c."end", c.memo,
                   c.origin
            FROM codings c JOIN documents d ON d.id = c.document_id
                 JOIN codes k ON k.id = c.code_id JOIN coders p ON p.id = c.coder_id
            {'WHERE ' + ' AND '.join(where) if where else ''}
            ORDER BY d.position, d.id, c.start, c."end", c.id""",
        params,
    ).fetchall()
    texts: dict[int, str] = {}
    result = []
    for row in rows:
        document_id, start, end = row[1], row[7], row[8]
        if document_id not in texts:
            texts[document_id] = document_text(db, document_id)
        result.append(Segment(*row[:9], texts[document_id][start:end], row[9], row[10]))
    return result


@changes_project
def merge_overlaps_of(db: Database, *, code_id: int) -> None:
    """Restore the no-overlap invariant for one code (after a merge of codes)."""
    for (coding_id,) in db.execute(
        'SELECT id FROM codings WHERE code_id = ? ORDER BY document_id, coder_id, start, id', [code_id]
    ).fetchall():
        if db.execute("SELECT 1 FROM codings WHERE id = ?", [coding_id]).fetchone():
            _merge_into(db, get_coding(db, coding_id))


def _place(db: Database, document_id: int, code_id: int, coder_id: int, start: int, end: int, memo: str,
           origin: str = HAND) -> Coding:
    overlapping = _overlapping(db, document_id, code_id, coder_id, start, end)
    if not overlapping:
        cursor = db.execute(
            'INSERT INTO codings(document_id, code_id, coder_id, start, "end", memo, created_at, origin) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [document_id, code_id, coder_id, start, end, memo, now(), origin],
        )
        return get_coding(db, cursor.lastrowid)
    keep = overlapping[0]
    db.execute(
        'UPDATE codings SET start = ?, "end" = ?, memo = ?, origin = ? WHERE id = ?',
        [min(start, keep.start), max(end, keep.end), _join_memos([keep.memo, memo]),
         _joined_origin([keep.origin, origin]), keep.id],
    )
    return _merge_into(db, get_coding(db, keep.id))


def _merge_into(db: Database, coding: Coding) -> Coding:
    """Absorb every other coding of the same document, code and coder that overlaps this one."""
    others = [
        c for c in _overlapping(db, coding.document_id, coding.code_id, coding.coder_id, coding.start, coding.end)
        if c.id != coding.id
    ]
    if not others:
        return coding
    start = min([coding.start] + [c.start for c in others])
    end = max([coding.end] + [c.end for c in others])
    memo = _join_memos([coding.memo] + [c.memo for c in others])
    origin = _joined_origin([coding.origin] + [c.origin for c in others])
    db.execute(f"DELETE FROM codings WHERE id IN ({','.join('?' * len(others))})", [c.id for c in others])
    db.execute('UPDATE codings SET start = ?, "end" = ?, memo = ?, origin = ? WHERE id = ?',
               [start, end, memo, origin, coding.id])
    return get_coding(db, coding.id)


def _overlapping(db: Database, document_id: int, code_id: int, coder_id: int, start: int, end: int) -> list[Coding]:
    return [
        Coding(*row)
        for row in db.execute(
            f'SELECT {_COLUMNS} FROM codings WHERE document_id = ? AND code_id = ? AND coder_id = ? '
            'AND start < ? AND "end" > ? ORDER BY id',
            [document_id, code_id, coder_id, end, start],
        )
    ]


def _joined_origin(origins: list[str]) -> str:
    """Hand coding wins: '' if any part was coded by hand, else the first (kept) coding's origin."""
    return HAND if HAND in origins else origins[0]


def _join_memos(memos: list[str]) -> str:
    seen: list[str] = []
    for memo in memos:
        if memo and memo not in seen:
            seen.append(memo)
    return "\n".join(seen)


def coding_counts_by_code(db: Database, coders: Iterable[int] | None = None) -> dict[int, int]:
    """{code id: number of codings} (of some coders, or of all)."""
    sql, params = "SELECT code_id, count(*) FROM codings", []
    if coders is not None:
        params = sorted(coders)
        sql += f" WHERE coder_id IN ({','.join('?' * len(params))})"
    return dict(db.execute(sql + " GROUP BY code_id", params).fetchall())
