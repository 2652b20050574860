"""Coding queries: which passages are coded A and B, A or C, A but not D, A near E ...

    run_query(db, Query("Trust", [Step("and", "Risk"), Step("not", "Work")], speaker="Maya")) -> [QuerySegment]

How a query is evaluated, in each document on its own:

1. Each code stands for the union of its codings' spans (by the query's coders) in
   that document: overlapping or touching codings of two coders are one passage.
2. The result starts as the union of the first code's spans. The steps then apply
   one after another, left to right (no precedence: "A or B and C" is "(A or B) and C"):
   - `and B`: the characters in both the result and B (intersection);
   - `or B`: the characters in either (union);
   - `not B`: the result's characters outside B (difference);
   - `near B` with distance N: the result's passages (whole) that lie within N
     characters of a B passage (overlapping is distance 0; touching is distance 0 too).
3. `within` ("turn" or "paragraph") turns `and` and `not` into questions about the
   unit around a passage, instead of its characters: `and B` keeps the result's
   passages (whole) that share a turn (paragraph) with a B passage; `not B` drops
   them. A passage outside every unit shares none. `or` and `near` are unchanged.
   Turns are those of the `turns` table; paragraphs are the runs of text between
   blank lines (in a text with no blank line at all, each line is a paragraph).
4. `speaker`: last, the result is clipped to that speaker's turns.
5. `where`: only documents meeting every attribute condition are searched (conditions.py).

Coders: None means every coder of role `coder` (a consensus only when named).
The result is the passages left (maximal runs of characters), each with the text and
the names of every code whose codings (by the query's coders) share a character with it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import asdict, dataclass, field

from sqlite_utils import Database

from ..codebook import resolve_code
from ..coders import CODER, list_coders, resolve_coder
from ..errors import InvalidValue, NotFound
from . import intervals
from .conditions import Condition, documents_meeting, parse_condition

OPERATIONS = ("and", "or", "not", "near")
UNITS = ("turn", "paragraph")
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n\s*")
_LINE_BREAK = re.compile(r"\n")
_BATCH = 8_000  # passages per SQL statement fetching their text (4 variables each)
# substr() on a UTF-8 text counts characters from its start, so reading a whole text and
# slicing it is cheaper once a document has a few passages, or is short.
_WHOLE_TEXT_PASSAGES = 4
_SHORT_TEXT = 200_000


@dataclass
class Step:
    op: str  # one of OPERATIONS
    code: str  # a code's name, path or id
    distance: int = 0  # for "near": at most this many characters apart


@dataclass
class Query:
    code: str
    steps: list[Step] = field(default_factory=list)
    within: str | None = None  # None, "turn" or "paragraph"
    coders: list[str] | None = None  # None: every coder of role `coder`
    speaker: str | None = None
    where: list[str] = field(default_factory=list)  # "attr:KEY OP VALUE"

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> "Query":
        try:
            steps = [Step(str(s["op"]), str(s["code"]), int(s.get("distance", 0))) for s in data.get("steps", [])]
            coders = data.get("coders")
            return cls(str(data["code"]), steps, data.get("within"), None if coders is None else list(coders),
                       data.get("speaker"), [str(w) for w in data.get("where", [])])
        except (KeyError, TypeError, ValueError, AttributeError) as problem:
            raise InvalidValue(f"a saved query is damaged ({problem}); save it again") from None

    def describe(self) -> str:
        """The query in words, e.g. 'Trust and Risk not Work (within turn, speaker Maya)'."""
        text = " ".join([self.code] + [f"{s.op} {s.code}" + (f" ({s.distance})" if s.op == "near" else "")
                                       for s in self.steps])
        extra = [f"within {self.within}"] if self.within else []
        extra += [f"coder {', '.join(self.coders)}"] if self.coders else []
        extra += [f"speaker {self.speaker}"] if self.speaker else []
        extra += list(self.where)
        return text + (f" ({'; '.join(extra)})" if extra else "")


@dataclass(frozen=True)
class QuerySegment:
    document_id: int
    document: str
    start: int
    end: int
    text: str
    codes: list[str]

    def to_json(self) -> dict:
        return {"doc": self.document, "start": self.start, "end": self.end, "text": self.text, "codes": self.codes}


@dataclass
class _Plan:
    """A query checked against the project: code, coder and document ids."""

    first: int
    steps: list[tuple[str, int, int]]
    coder_ids: list[int]
    document_ids: set[int] | None
    conditions: list[Condition]


def check_query(db: Database, query: Query) -> _Plan:
    """The query resolved against the project; NotFound / InvalidValue naming what is wrong."""
    steps = []
    for step in query.steps:
        if step.op not in OPERATIONS:
            raise InvalidValue(f"unknown query operation {step.op!r}: use {', '.join(OPERATIONS)}")
        if not isinstance(step.distance, int) or step.distance < 0:
            raise InvalidValue(f"the distance of 'near {step.code}' must be a whole number of 0 or more")
        steps.append((step.op, resolve_code(db, step.code), step.distance))
    if query.within is not None and query.within not in UNITS:
        raise InvalidValue(f"unknown unit {query.within!r} for within: use {' or '.join(UNITS)}")
    if query.coders is None:
        coder_ids = [c.id for c in list_coders(db, CODER)]
    else:
        coder_ids = [resolve_coder(db, c) for c in query.coders]
    if query.speaker is not None and not db.execute(
            "SELECT 1 FROM turns WHERE speaker = ? LIMIT 1", [query.speaker]).fetchone():
        raise NotFound(f"no speaker named {query.speaker!r} in any document's turns")
    conditions = [parse_condition(w) for w in query.where]
    return _Plan(resolve_code(db, query.code), steps, coder_ids, documents_meeting(db, conditions), conditions)


def run_query(db: Database, query: Query) -> list[QuerySegment]:
    """The passages the query finds, in document order then text order (see the module docstring)."""
    plan = check_query(db, query)
    code_ids = sorted({plan.first} | {code for _op, code, _d in plan.steps})
    spans = _code_spans(db, code_ids, plan.coder_ids, plan.document_ids)
    units = _Units(db, query.within)
    found: dict[int, intervals.Spans] = {}
    for document_id, by_code in spans.items():
        result = by_code.get(plan.first, [])
        for op, code, distance in plan.steps:
            other = by_code.get(code, [])
            if op == "or":
                result = intervals.union(result, other)
            elif op == "near":
                result = intervals.near(result, other, distance)
            elif not result:  # and/not of nothing is nothing; a later `or` may still add
                continue
            elif query.within and op in ("and", "not"):
                shared = intervals.touching(result, intervals.touching(units.of(document_id), other))
                result = shared if op == "and" else intervals.subtract(result, shared)
            elif op == "and":
                result = intervals.intersect(result, other)
            else:
                result = intervals.subtract(result, other)
        if query.speaker is not None and result:
            result = intervals.intersect(result, _speaker_spans(db, document_id, query.speaker))
        if result:
            found[document_id] = result
    return _segments(db, found, plan.coder_ids)


def _in(column: str, ids) -> tuple[str, list]:
    if ids is None:
        return "", []
    ids = list(ids)
    return f" AND {column} IN ({','.join('?' * len(ids))})", ids


def _code_spans(db: Database, code_ids: list[int], coder_ids: list[int],
                document_ids: set[int] | None) -> dict[int, dict[int, intervals.Spans]]:
    """{document id: {code id: union of its codings' spans}} for these codes and coders."""
    if not coder_ids or document_ids is not None and not document_ids:
        return {}
    codes_sql, code_params = _in("code_id", code_ids)
    coders_sql, coder_params = _in("coder_id", coder_ids)
    # A long document list is filtered in Python rather than sent as thousands of variables.
    docs_sql, doc_params = _in("document_id", document_ids) if document_ids and len(document_ids) < 900 \
        else ("", [])
    raw: dict[int, dict[int, list]] = defaultdict(lambda: defaultdict(list))
    for document_id, code_id, start, end in db.execute(
            f'SELECT document_id, code_id, start, "end" FROM codings WHERE 1 {codes_sql}{coders_sql}{docs_sql}',
            code_params + coder_params + doc_params):
        if document_ids is None or document_id in document_ids:
            raw[document_id][code_id].append((start, end))
    return {doc: {code: intervals.merged(s) for code, s in by_code.items()} for doc, by_code in raw.items()}


def _speaker_spans(db: Database, document_id: int, speaker: str) -> intervals.Spans:
    return intervals.merged(db.execute(
        'SELECT start, "end" FROM turns WHERE document_id = ? AND speaker = ?', [document_id, speaker]).fetchall())


def speaker_turns(db: Database, speaker: str) -> dict[int, intervals.Spans]:
    """{document id: the union of `speaker`'s turns there}."""
    raw: dict[int, list] = defaultdict(list)
    for document_id, start, end in db.execute(
            'SELECT document_id, start, "end" FROM turns WHERE speaker = ?', [speaker]):
        raw[document_id].append((start, end))
    return {doc: intervals.merged(spans) for doc, spans in raw.items()}


def paragraphs(text: str) -> intervals.Spans:
    """The paragraphs of `text`: runs between blank lines, or its lines when it has no blank line."""
    breaks = _BLANK_LINE if _BLANK_LINE.search(text) else _LINE_BREAK
    out, start = [], 0
    for match in breaks.finditer(text):
        if start < match.start():
            out.append((start, match.start()))
        start = match.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


class _Units:
    """A document's turns or paragraphs, read when first needed."""

    def __init__(self, db: Database, unit: str | None):
        self.db, self.unit, self.cache = db, unit, {}

    def of(self, document_id: int) -> intervals.Spans:
        if document_id not in self.cache:
            if self.unit == "turn":
                rows = self.db.execute('SELECT start, "end" FROM turns WHERE document_id = ? ORDER BY start',
                                       [document_id]).fetchall()
                self.cache[document_id] = [(s, e) for s, e in rows if s < e]
            else:
                text = self.db.execute("SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()[0]
                self.cache[document_id] = paragraphs(text)
        return self.cache[document_id]


def _segments(db: Database, found: dict[int, intervals.Spans], coder_ids: list[int]) -> list[QuerySegment]:
    if not found:
        return []
    docs_sql, doc_params = _in("id", found)
    documents = db.execute(f"SELECT id, name FROM documents WHERE 1 {docs_sql} ORDER BY position, id",
                           doc_params).fetchall()
    places = [(doc, start, end) for doc, _name in documents for start, end in found[doc]]
    texts = _texts(db, places)
    covering = _covering_codes(db, places, coder_ids)
    names = dict(documents)
    return [QuerySegment(doc, names[doc], start, end, text, sorted(codes))
            for (doc, start, end), text, codes in zip(places, texts, covering)]


def _covering_codes(db: Database, places: list[tuple[int, int, int]], coder_ids: list[int]) -> list[set[str]]:
    """For each (document, start, end), the names of the codes whose codings share a character with it.

    One join per batch: the codings index (document, start) bounds the scan of each passage.
    """
    coders_sql, coder_params = _in("c.coder_id", coder_ids)
    out: list[set[str]] = [set() for _ in places]
    for first in range(0, len(places), _BATCH):
        batch = places[first:first + _BATCH]
        values = ",".join("(?, ?, ?, ?)" for _ in batch)
        params = [v for n, (doc, s, e) in enumerate(batch) for v in (first + n, doc, s, e)]
        for n, name in db.execute(
                f"WITH r(n, doc, s, e) AS (VALUES {values}) "
                "SELECT DISTINCT r.n, k.name FROM r JOIN codings c ON c.document_id = r.doc AND c.start < r.e "
                f'AND c."end" > r.s AND c.start < c."end" JOIN codes k ON k.id = c.code_id WHERE 1 {coders_sql}',
                params + coder_params):
            out[n].add(name)
    return out


def _texts(db: Database, places: list[tuple[int, int, int]]) -> list[str]:
    """The text of each (document, start, end), in order.

    A document with several passages, or a short one, is read once and sliced; of a long
    document with few passages only those are read (substr, in batches), not the whole text.
    """
    per_document: dict[int, int] = defaultdict(int)
    for doc, _s, _e in places:
        per_document[doc] += 1
    docs_sql, doc_params = _in("id", per_document)
    lengths = dict(db.execute(f"SELECT id, length FROM documents WHERE 1 {docs_sql}", doc_params).fetchall())
    whole = {doc for doc, n in per_document.items() if n >= _WHOLE_TEXT_PASSAGES or lengths[doc] <= _SHORT_TEXT}
    texts = {}
    for doc in whole:
        texts[doc] = db.execute("SELECT text FROM documents WHERE id = ?", [doc]).fetchone()[0]
    rest = [place for place in places if place[0] not in whole]
    pieces = iter(_substrings(db, rest))
    return [texts[doc][s:e] if doc in whole else next(pieces) for doc, s, e in places]


def _substrings(db: Database, places: list[tuple[int, int, int]]) -> list[str]:
    out: list[str] = []
    for first in range(0, len(places), _BATCH):
        batch = places[first:first + _BATCH]
        values = ",".join("(?, ?, ?, ?)" for _ in batch)
        params = [v for n, (doc, s, e) in enumerate(batch) for v in (n, doc, s + 1, e - s)]
        rows = db.execute(
            f"WITH r(n, doc, s, len) AS (VALUES {values}) "
            "SELECT substr(d.text, r.s, r.len) FROM r JOIN documents d ON d.id = r.doc ORDER BY r.n",
            params).fetchall()
        out.extend(row[0] for row in rows)
    return out
