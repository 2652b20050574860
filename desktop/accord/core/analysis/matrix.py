"""The code matrix: codes (rows, in codebook order) against documents, speakers, coders or attribute values.

    code_matrix(db, cols="documents", measure="coverage", coders=["Ana"], subcodes=True) -> Matrix

What a cell holds (a "piece" is a coding, or for speaker columns the part of a
coding inside one turn of that speaker: see speakers.py):

- `count`: how many codings of the code fall in the column. For documents, coders
  and attribute values that is every coding there; for a speaker, every coding
  that shares at least one character with one of their turns (once, however many
  of their turns it spans). With sub-codes the codings of the code and of every
  code below it are counted.
- `presence`: 1 when the count is above 0, else 0 (QualCoder#954's table with
  documents as columns).
- `coverage`: the percent of the column's characters covered by the union of the
  code's pieces (overlapping codings of two coders, or of a code and its
  sub-code, count once). A column's characters: for a document its length; for a
  coder, the total length of the chosen documents (all of which they could code);
  for an attribute value, the total length of its documents; for a speaker, the
  total length of their turns (labels included). A column of 0 characters has 0.
- `words`: how many words the union covers; a word is a run of letters, digits
  and underscores, with inner apostrophes ("don't", "l’hôpital" are one word),
  and counts when at least one of its characters is covered.

Coders: None means every coder of role `coder` (a consensus only when named).
Documents: None means all; columns follow the documents' order.

Everything is computed from the codings' spans with SQL and numpy interval
arithmetic: the union of a cell's pieces is a running maximum over its sorted
pieces, never a set of characters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sqlite_utils import Database

from ..codebook import code_tree, resolve_code
from ..coders import CODER, list_coders, resolve_coder
from ..codings import Segment
from ..documents import resolve_document
from ..errors import InvalidValue, NotFound
from .matrix_columns import ATTRIBUTE_PREFIX, attribute_columns, check_bins, check_columns
from .speakers import speaker_lengths, speaker_piece_rows, speakers_in_order

MEASURES = ("count", "presence", "coverage", "words")
_WORD = re.compile(r"\w+(?:['’]\w+)*")


@dataclass(frozen=True)
class Matrix:
    rows: list[str]  # code paths, codebook order
    columns: list[str]
    measure: str
    cells: list[list]  # cells[row][column]: int, or float (percent) for coverage
    code_ids: list[int]  # the code of each row

    def to_json(self) -> dict:
        return {"rows": self.rows, "columns": self.columns, "measure": self.measure, "cells": self.cells}


@dataclass
class _Pieces:
    """The pieces of one matrix as parallel arrays, and the columns they fall in."""

    columns: list[str]
    sizes: np.ndarray  # characters of each column
    document_ids: list[int]  # the chosen documents, in order
    coding: np.ndarray
    code: np.ndarray  # code ids
    document: np.ndarray
    coder: np.ndarray
    column: np.ndarray
    start: np.ndarray
    end: np.ndarray
    weight: np.ndarray | None = None  # codings per row when grouped (count and presence), else None


def code_matrix(db: Database, *, cols: str, measure: str = "count", coders: Sequence[str | int] | None = None,
                subcodes: bool = False, documents: Sequence[str | int] | None = None,
                bins: Sequence[float] | None = None) -> Matrix:
    """Codes × columns (see the module docstring for the measures and the columns)."""
    if measure not in MEASURES:
        raise InvalidValue(f"unknown measure {measure!r}: use {', '.join(MEASURES)}")
    pieces = _pieces(db, cols, coders, documents, bins, grouped=measure in ("count", "presence"))
    tree = code_tree(db)
    paths, code_ids, row_of_code, parents = [], [], {}, {}
    for code, _depth in tree:
        parents[code.id] = code.parent_id
        path = code.name if code.parent_id is None else paths[row_of_code[code.parent_id]] + "/" + code.name
        row_of_code[code.id] = len(paths)
        paths.append(path)
        code_ids.append(code.id)
    rows, keep = _rows_of(pieces.code, row_of_code, parents, subcodes)
    n_rows, n_cols = len(paths), len(pieces.columns)
    cell = rows * n_cols + pieces.column[keep]
    size = n_rows * n_cols
    if measure in ("count", "presence"):
        if pieces.weight is not None:  # one row per code and column already: a coding is in one row each
            values = np.bincount(cell, weights=pieces.weight[keep], minlength=size).astype(np.int64)
        else:
            values = _distinct_count(cell, pieces.coding[keep], size)
        if measure == "presence":
            values = (values > 0).astype(np.int64)
    else:
        order = np.lexsort((pieces.end[keep], pieces.start[keep], pieces.document[keep], cell))
        starts, ends = pieces.start[keep][order], pieces.end[keep][order]
        cells, docs = cell[order], pieces.document[keep][order]
        new_start = _union_parts(cells, docs, starts, ends)
        if measure == "coverage":
            covered = np.bincount(cells, weights=np.maximum(0, ends - new_start), minlength=size)
            totals = np.tile(pieces.sizes, n_rows).astype(float)
            values = np.divide(100.0 * covered, totals, out=np.zeros(size), where=totals > 0)
        else:
            values = _words(db, pieces.document_ids, cells, docs, new_start, ends, size)
    grid = values.reshape(n_rows, n_cols).tolist() if n_cols else [[] for _ in paths]
    return Matrix(paths, list(pieces.columns), measure, grid, code_ids)


def cell_segments(db: Database, *, cols: str, code: str | int, column: str,
                  coders: Sequence[str | int] | None = None, subcodes: bool = False,
                  documents: Sequence[str | int] | None = None,
                  bins: Sequence[float] | None = None) -> list[Segment]:
    """The pieces behind one cell, as segments (for speakers: the part in their turns), in text order."""
    pieces = _pieces(db, cols, coders, documents, bins)
    if column not in pieces.columns:
        raise NotFound(f"the matrix has no column {column!r}")
    code_id = resolve_code(db, code)
    wanted = [code_id]
    if subcodes:
        from ..codebook import descendant_ids

        wanted = descendant_ids(db, code_id)
    mask = np.isin(pieces.code, wanted) & (pieces.column == pieces.columns.index(column))
    picked = np.flatnonzero(mask)
    names = {
        table: dict(db.execute(f"SELECT id, name FROM {table}").fetchall())
        for table in ("documents", "codes", "coders")
    }
    position = {d: i for i, d in enumerate(pieces.document_ids)}
    picked = sorted(picked, key=lambda i: (position[int(pieces.document[i])], int(pieces.start[i]),
                                           int(pieces.end[i]), int(pieces.coding[i])))
    memos = dict(db.execute(
        f"SELECT id, memo FROM codings WHERE id IN ({','.join('?' * len(picked))})",
        [int(pieces.coding[i]) for i in picked]).fetchall()) if picked else {}
    texts: dict[int, str] = {}
    found = []
    for i in picked:
        document_id, start, end = int(pieces.document[i]), int(pieces.start[i]), int(pieces.end[i])
        if document_id not in texts:
            texts[document_id] = db.execute("SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()[0]
        coding_id, code_of, coder_id = int(pieces.coding[i]), int(pieces.code[i]), int(pieces.coder[i])
        found.append(Segment(coding_id, document_id, names["documents"][document_id], code_of,
                             names["codes"][code_of], coder_id, names["coders"][coder_id], start, end,
                             texts[document_id][start:end], memos.get(coding_id, "")))
    return found


# -- the pieces -------------------------------------------------------------------------------
def _selection(db: Database, coders, documents) -> tuple[list[int], list[tuple[int, str, int]]]:
    """(coder ids, [(document id, name, length)] in document order)."""
    if coders is None:
        coder_ids = [c.id for c in list_coders(db, CODER)]
    else:
        coder_ids = list(dict.fromkeys(resolve_coder(db, c) for c in coders))
    rows = db.execute("SELECT id, name, length FROM documents ORDER BY position, id").fetchall()
    if documents is not None:
        chosen = {resolve_document(db, d) for d in documents}
        rows = [row for row in rows if row[0] in chosen]
    return coder_ids, rows


def _pieces(db: Database, cols: str, coders, documents, bins, grouped: bool = False) -> _Pieces:
    """The pieces of the matrix; `grouped`: for count and presence, codings counted by SQL instead.

    Grouped rows carry their number of codings in `weight` and no coding id or span; speaker
    columns are never grouped (a coding can fall in several turns of one speaker).
    """
    cols = check_columns(cols)
    edges = check_bins(bins)
    if edges is not None and not cols.startswith(ATTRIBUTE_PREFIX):
        raise InvalidValue("bins go with attribute columns (attr:KEY)")
    coder_ids, docs = _selection(db, coders, documents)
    document_ids = [d for d, _, _ in docs]
    if cols == "speakers":
        found = speaker_piece_rows(db, coder_ids=coder_ids, document_ids=None if documents is None else document_ids)
        names = speakers_in_order(db, document_ids)
        lengths = speaker_lengths(db, document_ids)
        index = {name: i for i, name in enumerate(names)}
        arrays = np.array([(c, k, d, p, index[s], a, b) for c, k, d, p, s, a, b in found],
                          dtype=np.int64).reshape(-1, 7)
        sizes = np.array([lengths.get(name, 0) for name in names], dtype=np.int64)
        return _Pieces(names, sizes, document_ids, *arrays.T)
    marks = ",".join("?" * len(coder_ids))
    sql, params = f'SELECT id, code_id, document_id, coder_id, start, "end", 1 FROM codings ', list(coder_ids)
    if grouped and cols == "coders":
        sql = "SELECT 0, code_id, 0, coder_id, 0, 0, count(*) FROM codings "
        if documents is not None:  # grouped rows have no document to leave out afterwards
            marks += f") AND document_id IN ({','.join('?' * len(document_ids))}"
            params += document_ids
    elif grouped:
        sql = "SELECT 0, code_id, document_id, 0, 0, 0, count(*) FROM codings "
    sql += f"WHERE coder_id IN ({marks})" + (" GROUP BY 2, 3, 4" if grouped else "")
    rows = np.array(db.execute(sql, params).fetchall(), dtype=np.int64).reshape(-1, 7)
    coding, code, document, coder, start, end, weight = rows.T
    known = {d: i for i, d in enumerate(document_ids)}
    rank = np.full(max(int(document.max(initial=0)), max(document_ids, default=0)) + 1, -1, dtype=np.int64)
    rank[list(known)] = list(known.values())
    inside = np.ones(len(code), dtype=bool) if grouped and cols == "coders" else rank[document] >= 0
    coding, code, document, coder, start, end, weight = (
        a[inside] for a in (coding, code, document, coder, start, end, weight))
    lengths = np.array([length for _, _, length in docs], dtype=np.int64)
    if cols == "documents":
        names, column, sizes = [name for _, name, _ in docs], rank[document], lengths
    elif cols == "coders":
        names = [db.execute("SELECT name FROM coders WHERE id = ?", [c]).fetchone()[0] for c in coder_ids]
        position = np.zeros(int(max(coder_ids, default=0)) + 1, dtype=np.int64)
        position[coder_ids] = np.arange(len(coder_ids))
        column, sizes = position[coder], np.full(len(names), lengths.sum(), dtype=np.int64)
    else:
        names, column_of = attribute_columns(db, cols[len(ATTRIBUTE_PREFIX):], document_ids, edges)
        by_rank = np.array([column_of[d] for d in document_ids], dtype=np.int64)
        column = by_rank[rank[document]]
        sizes = np.bincount(by_rank, weights=lengths, minlength=len(names)).astype(np.int64)
    return _Pieces(names, sizes, document_ids, coding, code, document, coder, column, start, end,
                   weight if grouped else None)


def _rows_of(code: np.ndarray, row_of_code: dict, parents: dict, subcodes: bool) -> tuple[np.ndarray, np.ndarray]:
    """(row of each kept piece, indices of the pieces kept); with sub-codes a piece goes to every ancestor too."""
    top = max(row_of_code, default=0)
    if not subcodes:
        lookup = np.zeros(top + 1, dtype=np.int64)
        lookup[list(row_of_code)] = list(row_of_code.values())
        return lookup[code], np.arange(len(code))
    pairs = []
    for code_id in row_of_code:
        ancestor = code_id
        while ancestor is not None:
            pairs.append((code_id, row_of_code[ancestor]))
            ancestor = parents[ancestor]
    order = np.argsort(code, kind="stable")
    sorted_codes = code[order]
    keep, rows = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)]
    for code_id, row in pairs:  # one slice per code and ancestor, never a loop over pieces
        lo, hi = np.searchsorted(sorted_codes, [code_id, code_id + 1])
        keep.append(order[lo:hi])
        rows.append(np.full(hi - lo, row, dtype=np.int64))
    return np.concatenate(rows), np.concatenate(keep)


def _distinct_count(cell: np.ndarray, coding: np.ndarray, size: int) -> np.ndarray:
    """Per cell, how many distinct codings its pieces come from."""
    if not len(cell):
        return np.zeros(size, dtype=np.int64)
    key = np.unique(cell * (int(coding.max()) + 1) + coding)
    return np.bincount(key // (int(coding.max()) + 1), minlength=size).astype(np.int64)


def _union_parts(cells: np.ndarray, docs: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """For pieces sorted by (cell, document, start): where each one's new part begins.

    Piece i adds [max(start, furthest end so far in its cell and document), end) to the
    union (nothing when that is empty); those parts are disjoint and make up the union.
    Shifting each (cell, document) group past the previous one lets one running maximum
    serve every group.
    """
    if not len(cells):
        return starts
    group = np.concatenate([[0], np.cumsum((cells[1:] != cells[:-1]) | (docs[1:] != docs[:-1]))])
    span = int(ends.max()) + 1
    shifted_end = group * span + ends
    reach = np.maximum.accumulate(shifted_end)
    previous = np.concatenate([[-1], reach[:-1]]) - group * span
    return np.maximum(starts, previous)


def _words(db: Database, document_ids: list[int], cells, docs, new_start, ends, size: int) -> np.ndarray:
    """Per cell, the words that the union's parts [new_start, end) touch (each word once)."""
    real = ends > new_start
    cells, docs, new_start, ends = cells[real], docs[real], new_start[real], ends[real]
    result = np.zeros(size, dtype=np.int64)
    if not len(cells):
        return result
    word_starts, word_ends, offsets = [], [], {}
    total = 0
    for document_id in sorted(set(docs.tolist())):
        text = db.execute("SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()[0]
        spans = np.array([m.span() for m in _WORD.finditer(text)], dtype=np.int64).reshape(-1, 2)
        offsets[document_id] = (total, len(word_starts))
        word_starts.append(spans[:, 0] + total)
        word_ends.append(spans[:, 1] + total)
        total += len(text) + 1
    all_starts, all_ends = np.concatenate(word_starts), np.concatenate(word_ends)
    base = np.array([offsets[int(d)][0] for d in docs], dtype=np.int64)
    first = np.searchsorted(all_ends, new_start + base, side="right")  # first word ending after the start
    past = np.searchsorted(all_starts, ends + base, side="left")  # words starting before the end
    # A word split between two parts of one cell counts once: a running maximum per cell again.
    group = np.concatenate([[0], np.cumsum(cells[1:] != cells[:-1])])
    span = len(all_starts) + 1
    reach = np.maximum.accumulate(group * span + past)
    previous = np.concatenate([[-1], reach[:-1]]) - group * span
    added = np.maximum(0, past - np.maximum(first, previous))
    np.add.at(result, cells, added)
    return result
