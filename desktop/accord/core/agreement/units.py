"""From codings to units: each coder's set of coded intervals per code and document.

All work is on numpy arrays of spans, never on characters:

- codings are read with one query (selected coders, codes and documents);
- offsets are clipped to the document; with `trim` each span's ends move
  inward past whitespace (str.isspace), one slice per coding;
- zero-length spans (as stored, or once trimmed) are dropped and counted;
- one coder's overlapping spans of one code in one document merge into one
  unit; touching spans ([0, 5) and [5, 9)) stay two units.

The result is sorted by group (document, then code), coder and start, so that
within a group each coder's units are disjoint and ordered: their starts and
their ends both increase.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sqlite_utils import Database

from ..documents import document_text
from .options import Selection


@dataclass(frozen=True)
class Units:
    """Merged units of all selected coders, sorted by (group, coder, start).

    A group is one (document, code) in which at least one selected coder has a unit;
    groups are numbered in document order, then code order.
    """

    group: np.ndarray  # per unit: group index
    coder: np.ndarray  # per unit: coder index (position in Selection.coder_ids)
    start: np.ndarray
    end: np.ndarray
    group_document: np.ndarray  # per group: document index
    group_code: np.ndarray  # per group: code index
    group_length: np.ndarray  # per group: length of its document
    coders: int
    dropped_zero_length: int
    # For tracing units back to codings (disagreements, adjudication):
    coding_ids: np.ndarray  # ids of the codings kept, in the order of coding_unit
    coding_unit: np.ndarray  # per kept coding: the unit it ended up in

    @property
    def lengths(self) -> np.ndarray:
        return self.end - self.start

    def __len__(self) -> int:
        return len(self.start)

    @property
    def groups(self) -> int:
        return len(self.group_document)


def _lookup(ids) -> np.ndarray:
    """An array mapping an id to its position among `ids` (-1 for other ids)."""
    ids = np.asarray(ids, dtype=np.int64)
    if len(ids) == 0:
        return np.full(1, -1, dtype=np.int64)
    table = np.full(int(ids.max()) + 2, -1, dtype=np.int64)
    table[ids] = np.arange(len(ids))
    return table


def _read_codings(db: Database, selection: Selection) -> np.ndarray:
    """(document_id, code_id, coder_id, start, end, id) of the selected codings, as an n × 6 array.

    One aggregate query returns each column as one comma-separated string (all
    aggregates of a query step through the rows together, so the columns line up);
    numpy parses them, which is several times faster than building a tuple per row.
    """
    where = [f"coder_id IN ({','.join('?' * len(selection.coder_ids))})"]
    params: list = list(selection.coder_ids)
    if not selection.all_codes:
        if not selection.code_ids:
            return np.zeros((0, 6), dtype=np.int64)
        where.append(f"code_id IN ({','.join('?' * len(selection.code_ids))})")
        params += selection.code_ids
    if not selection.all_documents:
        if not selection.document_ids:
            return np.zeros((0, 6), dtype=np.int64)
        where.append(f"document_id IN ({','.join('?' * len(selection.document_ids))})")
        params += selection.document_ids
    columns = ("document_id", "code_id", "coder_id", "start", '"end"', "id")
    row = db.execute(
        f"SELECT count(*), {', '.join(f'group_concat({c})' for c in columns)} FROM codings "
        f"WHERE {' AND '.join(where)}",
        params,
    ).fetchone()
    if not row[0]:
        return np.zeros((0, 6), dtype=np.int64)
    return np.stack([np.fromstring(text, dtype=np.int64, sep=",") for text in row[1:]], axis=1)


def _trim(db: Database, selection: Selection, doc: np.ndarray, start: np.ndarray, end: np.ndarray) -> None:
    """Move each span's ends inward past whitespace (in place); one slice per coding, not per character."""
    order = np.argsort(doc, kind="stable")
    texts: dict[int, str] = {}
    for index in order.tolist():
        d = int(doc[index])
        if d not in texts:
            texts.clear()  # one document's text in memory at a time
            texts[d] = document_text(db, selection.document_ids[d])
        text = texts[d]
        s, e = int(start[index]), int(end[index])
        if s >= e:
            continue
        piece = text[s:e]
        stripped = piece.lstrip()
        if not stripped:
            end[index] = s
            continue
        s += len(piece) - len(stripped)
        e -= len(stripped) - len(stripped.rstrip())
        start[index], end[index] = s, e


def load_units(db: Database, selection: Selection, *, trim: bool = False) -> Units:
    """Read, clip, trim, drop empty and merge the selected codings into units."""
    rows = _read_codings(db, selection)
    doc_of = _lookup(selection.document_ids)
    code_of = _lookup(selection.code_ids)
    coder_of = _lookup(selection.coder_ids)

    def index(table: np.ndarray, ids: np.ndarray) -> np.ndarray:
        inside = (ids >= 0) & (ids < len(table))
        return np.where(inside, table[np.where(inside, ids, 0)], -1)

    doc = index(doc_of, rows[:, 0])
    code = index(code_of, rows[:, 1])
    coder = index(coder_of, rows[:, 2])
    keep = (doc >= 0) & (code >= 0) & (coder >= 0)
    doc, code, coder, coding_id = doc[keep], code[keep], coder[keep], rows[keep, 5]
    lengths = selection.document_lengths
    start = np.clip(rows[keep, 3], 0, lengths[doc] if len(doc) else 0)
    end = np.clip(rows[keep, 4], 0, lengths[doc] if len(doc) else 0)
    if trim and len(start):
        _trim(db, selection, doc, start, end)
    nonempty = end > start
    dropped = int(np.count_nonzero(~nonempty))
    doc, code, coder, start, end, coding_id = (x[nonempty] for x in (doc, code, coder, start, end, coding_id))

    m = len(selection.coder_ids)
    n_codes = max(len(selection.code_ids), 1)
    key = doc * n_codes + code
    order = np.lexsort((end, start, coder, key))
    key, coder, start, end, coding_id = key[order], coder[order], start[order], end[order], coding_id[order]
    if len(start) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return Units(empty, empty, empty, empty, empty, empty, empty, m, dropped, empty, empty)

    # Merge overlapping spans within each (group, coder): shift every run by rank × big so that one
    # running maximum of the ends serves all runs at once.
    run = key * m + coder
    new_run = np.empty(len(run), dtype=bool)
    new_run[0] = True
    new_run[1:] = run[1:] != run[:-1]
    rank = np.cumsum(new_run) - 1
    big = int(lengths.max()) + 1
    shifted_start = start + rank * big
    reach = np.maximum.accumulate(end + rank * big)
    new_unit = np.empty(len(start), dtype=bool)
    new_unit[0] = True
    new_unit[1:] = shifted_start[1:] >= reach[:-1]  # touching (==) starts a new unit
    first = np.flatnonzero(new_unit)
    unit_start = start[first]
    unit_end = np.maximum.reduceat(end, first)
    unit_key = key[first]
    unit_coder = coder[first]
    coding_unit = np.cumsum(new_unit) - 1

    group_keys, group = np.unique(unit_key, return_inverse=True)
    group_document = group_keys // n_codes
    return Units(
        group=group.astype(np.int64),
        coder=unit_coder,
        start=unit_start,
        end=unit_end,
        group_document=group_document,
        group_code=group_keys % n_codes,
        group_length=lengths[group_document],
        coders=m,
        dropped_zero_length=dropped,
        coding_ids=coding_id,
        coding_unit=coding_unit,
    )


def sum_rows(index: np.ndarray, values: np.ndarray, rows: int) -> np.ndarray:
    """out[r] = Σ values[k] over k with index[k] == r (values: 1-D or 2-D, summed per column)."""
    if values.ndim == 1:
        return np.bincount(index, weights=values, minlength=rows)
    flat = values.reshape(len(values), int(np.prod(values.shape[1:])))
    out = np.stack([np.bincount(index, weights=flat[:, c], minlength=rows) for c in range(flat.shape[1])], axis=1)
    return out.reshape((rows,) + values.shape[1:])
