"""Codings by speaker: each coding clipped to the speaker turns it falls in (SQL interval arithmetic).

A speaker's text is the union of their turns, each turn the stored span [start, end)
of the `turns` table, its "Name:" label included. The part of a coding that a speaker
said is its intersection with each of that speaker's turns: a coding across two turns
gives two pieces (one per turn), and text outside every turn (a heading before the
first turn) belongs to no speaker. Speakers are told apart by their exact name across
documents: "Interviewer" in two transcripts is one speaker.

Shared by the matrix (speaker columns), and meant for code relations and the report's
"codes by speaker" table.
"""

from collections.abc import Sequence
from typing import NamedTuple

from sqlite_utils import Database


class SpeakerPiece(NamedTuple):
    """The part [start, end) of coding `coding_id` that lies in one turn of `speaker`."""

    coding_id: int
    code_id: int
    document_id: int
    coder_id: int
    speaker: str
    start: int
    end: int


def _in(column: str, ids: Sequence[int] | None) -> tuple[str, list]:
    if ids is None:
        return "", []
    return f" AND {column} IN ({','.join('?' * len(ids))})", list(ids)


def speaker_pieces(db: Database, *, coder_ids: Sequence[int] | None = None,
                   document_ids: Sequence[int] | None = None,
                   code_ids: Sequence[int] | None = None) -> list[SpeakerPiece]:
    """Every coding (of these coders, documents, codes; None: all) clipped to each turn it overlaps.

    Ordered by document, start. Empty pieces never occur: a piece shares at least one character.
    """
    rows = speaker_piece_rows(db, coder_ids=coder_ids, document_ids=document_ids, code_ids=code_ids)
    rows.sort(key=lambda row: (row[2], row[5], row[6], row[0]))
    return [SpeakerPiece(*row) for row in rows]


def speaker_piece_rows(db: Database, *, coder_ids: Sequence[int] | None = None,
                       document_ids: Sequence[int] | None = None,
                       code_ids: Sequence[int] | None = None) -> list[tuple]:
    """speaker_pieces as plain tuples in no particular order: the quick form for large projects."""
    where, params = "", []
    for column, ids in (("c.coder_id", coder_ids), ("c.document_id", document_ids), ("c.code_id", code_ids)):
        sql, values = _in(column, ids)
        where, params = where + sql, params + values
    rows = db.execute(
        f"""SELECT c.id, c.code_id, c.document_id, c.coder_id, t.speaker,
                   max(c.start, t.start), min(c."end", t."end")
            FROM codings c JOIN turns t
                 ON t.document_id = c.document_id AND t.start < c."end" AND c.start < t."end"
                -- Turns never overlap: start from the last turn that opens at or before the coding
                -- (an index seek), not from the document's first turn.
                AND t.start >= ifnull((SELECT max(u.start) FROM turns u
                                       WHERE u.document_id = c.document_id AND u.start <= c.start), 0)
            WHERE 1 {where}""",
        params,
    ).fetchall()
    return rows


def speakers_in_order(db: Database, document_ids: Sequence[int] | None = None) -> list[str]:
    """The speakers of these documents (None: all), in order of first turn (documents in their order)."""
    sql, params = _in("t.document_id", document_ids)
    rows = db.execute(
        f"""SELECT speaker FROM (
                SELECT t.speaker, row_number() OVER (ORDER BY d.position, d.id, t.start) AS n
                FROM turns t JOIN documents d ON d.id = t.document_id WHERE 1 {sql})
            GROUP BY speaker ORDER BY min(n)""",
        params,
    ).fetchall()
    return [row[0] for row in rows]


def speaker_lengths(db: Database, document_ids: Sequence[int] | None = None) -> dict[str, int]:
    """{speaker: characters of all their turns} over these documents (None: all)."""
    sql, params = _in("document_id", document_ids)
    return dict(db.execute(f'SELECT speaker, sum("end" - start) FROM turns WHERE 1 {sql} GROUP BY speaker',
                           params).fetchall())
