"""Code relations: one definition of co-occurrence for the CLI, the report and the GUI (issue #16).

What is counted is PLACES, each place counted once, per document:

* A code's text is the union of its codings by the chosen coders (by default every coder
  of role `coder`, or every coder when none has that role); touching codings join.
* overlap (the default): a place is each maximal stretch of characters coded with both A
  and B, i.e. each span of intersect(union A, union B). Touching is not overlapping.
* within="turn" | "paragraph": a place is each speaker turn (row of the `turns` table) or
  paragraph that shares at least one character with A and one with B. Paragraphs are the
  runs of text between blank lines, or the lines when a text has no blank line (the
  definition of `accord query --within`, core/analysis/query.paragraphs).
* near=N: a span of A's union is "near" when a span of B's union lies at most N characters
  away (the gap between them: 0 when they touch or overlap), and likewise for B. A place
  is each group of near spans (of A and of B) chained by gaps of at most N characters;
  it stretches from the group's first start to its last end.

The diagonal of the matrix is 0. Rows and columns are in codebook order.
Everything is interval arithmetic on sorted spans (core/analysis/intervals), never per character.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from sqlite_utils import Database

from ..codebook import code_path, code_tree, resolve_code
from ..codings import Segment
from ..coders import CODER, list_coders, resolve_coder
from ..documents import resolve_document
from ..errors import InvalidValue
from . import intervals
from .query import paragraphs

UNITS = ("turn", "paragraph")


class Place(NamedTuple):
    document_id: int
    start: int
    end: int


@dataclass
class Relations:
    code_ids: list[int]                  # codebook order
    matrix: list[list[int]]              # symmetric, diagonal 0
    pairs: list[tuple[int, int, int]]    # (code a, code b, places), most first, then codebook order

    def count(self, a: int, b: int) -> int:
        index = {c: i for i, c in enumerate(self.code_ids)}
        return self.matrix[index[a]][index[b]]


def default_coders(db: Database) -> list[int]:
    """Coders of role `coder` (every coder when none has that role)."""
    everyone = list_coders(db)
    return [c.id for c in everyone if c.role == CODER] or [c.id for c in everyone]


def describe(within: str | None = None, near: int | None = None) -> str:
    if within:
        return f"in the same {within}"
    if near is not None:
        return f"within {near} characters"
    return "overlapping"


def _check(within: str | None, near: int | None) -> None:
    if within is not None and within not in UNITS:
        raise InvalidValue(f"within must be 'turn' or 'paragraph', not {within!r}")
    if within is not None and near is not None:
        raise InvalidValue("give either within (turn/paragraph) or near (characters), not both")
    if near is not None and (not isinstance(near, int) or near < 0):
        raise InvalidValue(f"near must be a whole number of characters, 0 or more, not {near!r}")


def _in(column: str, ids: Sequence[int] | None) -> tuple[str, list]:
    if ids is None:
        return "", []
    return f" AND {column} IN ({','.join('?' * len(ids))})", list(ids)


def _unions(db: Database, coder_ids, document_ids, code_ids) -> dict[int, dict[int, intervals.Spans]]:
    """{document: {code: merged spans}} of the chosen coders' codings."""
    where, params = "", []
    for column, ids in (("coder_id", coder_ids), ("document_id", document_ids), ("code_id", code_ids)):
        sql, values = _in(column, ids)
        where, params = where + sql, params + values
    raw: dict[int, dict[int, list]] = defaultdict(lambda: defaultdict(list))
    for document_id, code_id, start, end in db.execute(
            f'SELECT document_id, code_id, start, "end" FROM codings WHERE 1 {where} '
            "ORDER BY document_id, code_id, start", params):
        raw[document_id][code_id].append((start, end))
    return {doc: {code: intervals.merged(s) for code, s in by_code.items()} for doc, by_code in raw.items()}


def _near_places(a: intervals.Spans, b: intervals.Spans, n: int) -> intervals.Spans:
    spans = sorted(intervals.near(a, b, n) + intervals.near(b, a, n))
    out: list[list[int]] = []
    for start, end in spans:
        if out and start - out[-1][1] <= n:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [(s, e) for s, e in out]


def _pair_places(a: intervals.Spans, b: intervals.Spans, near: int | None) -> intervals.Spans:
    return intervals.intersect(a, b) if near is None else _near_places(a, b, near)


def _candidates(by_code: dict[int, intervals.Spans], near: int | None):
    """Pairs (a, b) of codes of one document that may meet: a sweep over every span, by start."""
    reach = -1 if near is None else near  # overlap needs start < other end; near: gap <= N
    spans = sorted((s, e, code) for code, spans in by_code.items() for s, e in spans)
    active: list[tuple[int, int, int]] = []
    found: set[tuple[int, int]] = set()
    for start, end, code in spans:
        active = [x for x in active if start - x[1] <= reach]
        for _s, _e, other in active:
            if other != code:
                found.add((min(code, other), max(code, other)))
        active.append((start, end, code))
    return found


def _units(db: Database, document_id: int, within: str) -> intervals.Spans:
    if within == "turn":
        rows = db.execute('SELECT start, "end" FROM turns WHERE document_id = ? ORDER BY start',
                          [document_id]).fetchall()
        return [(s, e) for s, e in rows if s < e]
    text = db.execute("SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()[0]
    return paragraphs(text)


def _units_touched(starts: list[int], ends: list[int], spans: intervals.Spans) -> set[int]:
    """Indexes of the units (sorted, disjoint: their starts and ends) sharing a character with the spans."""
    touched: set[int] = set()
    for start, end in spans:
        first = bisect_right(ends, start)          # first unit ending after start
        last = bisect_left(starts, end)            # units starting before end
        touched.update(range(first, last))
    return touched


def _all_places(db: Database, *, within, near, coders, documents, codes) -> dict[tuple[int, int], list[Place]]:
    _check(within, near)
    coder_ids = default_coders(db) if coders is None else [resolve_coder(db, c) for c in coders]
    document_ids = None if documents is None else [resolve_document(db, d) for d in documents]
    code_ids = None if codes is None else [resolve_code(db, c) for c in codes]
    places: dict[tuple[int, int], list[Place]] = defaultdict(list)
    for document_id, by_code in _unions(db, coder_ids, document_ids, code_ids).items():
        if within is None:
            for a, b in _candidates(by_code, near):
                for start, end in _pair_places(by_code[a], by_code[b], near):
                    places[a, b].append(Place(document_id, start, end))
            continue
        units = _units(db, document_id, within)
        starts, ends = [u[0] for u in units], [u[1] for u in units]
        codes_in: dict[int, list[int]] = defaultdict(list)
        for code in sorted(by_code):
            for unit in _units_touched(starts, ends, by_code[code]):
                codes_in[unit].append(code)
        for unit in sorted(codes_in):
            present = codes_in[unit]
            for i, a in enumerate(present):
                for b in present[i + 1:]:
                    places[a, b].append(Place(document_id, *units[unit]))
    return places


def relations(db: Database, *, within: str | None = None, near: int | None = None,
              coders: Sequence[str | int] | None = None, documents: Sequence[str | int] | None = None,
              codes: Sequence[str | int] | None = None) -> Relations:
    """The codes × codes matrix of places (see the module docstring); `codes` also picks the rows."""
    found = _all_places(db, within=within, near=near, coders=coders, documents=documents, codes=codes)
    if codes is None:
        code_ids = [code.id for code, _ in code_tree(db)]
    else:
        chosen = {resolve_code(db, c) for c in codes}
        code_ids = [code.id for code, _ in code_tree(db) if code.id in chosen]
    index = {c: i for i, c in enumerate(code_ids)}
    matrix = [[0] * len(code_ids) for _ in code_ids]
    for (a, b), spots in found.items():
        matrix[index[a]][index[b]] = matrix[index[b]][index[a]] = len(spots)
    pairs = sorted(((a, b, len(s)) if index[a] < index[b] else (b, a, len(s)) for (a, b), s in found.items()),
                   key=lambda p: (-p[2], index[p[0]], index[p[1]]))
    return Relations(code_ids, matrix, pairs)


def places(db: Database, code_a: str | int, code_b: str | int, *, within: str | None = None,
           near: int | None = None, coders: Sequence[str | int] | None = None,
           documents: Sequence[str | int] | None = None) -> list[Place]:
    """Where A and B co-occur: (document id, start, end) of each place, in document then text order."""
    a, b = resolve_code(db, code_a), resolve_code(db, code_b)
    found = _all_places(db, within=within, near=near, coders=coders, documents=documents, codes=[a, b])
    order = dict(db.execute("SELECT id, position FROM documents").fetchall())
    return sorted(found.get((min(a, b), max(a, b)), []), key=lambda p: (order[p.document_id], p.document_id, p.start))


def place_segments(db: Database, code_a: str | int, code_b: str | int, *, within: str | None = None,
                   near: int | None = None, coders: Sequence[str | int] | None = None,
                   documents: Sequence[str | int] | None = None) -> list[Segment]:
    """The places of a pair as retrieval-dock segments (code: "A + B", coder: the coders' names)."""
    a, b = resolve_code(db, code_a), resolve_code(db, code_b)
    found = places(db, a, b, within=within, near=near, coders=coders, documents=documents)
    coder_ids = default_coders(db) if coders is None else [resolve_coder(db, c) for c in coders]
    names = dict(db.execute("SELECT id, name FROM coders").fetchall())
    who = ", ".join(names[i] for i in coder_ids)
    label = f"{code_path(db, a)} + {code_path(db, b)}"
    texts: dict[int, tuple[str, str]] = {}
    out = []
    for p in found:
        if p.document_id not in texts:  # only the documents with a place are read
            texts[p.document_id] = db.execute("SELECT name, text FROM documents WHERE id = ?",
                                              [p.document_id]).fetchone()
        name, text = texts[p.document_id]
        out.append(Segment(0, p.document_id, name, 0, label, 0, who, p.start, p.end, text[p.start:p.end], ""))
    return out
