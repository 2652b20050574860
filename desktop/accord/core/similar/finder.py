"""Ranking the units against a passage or against everything coded with a code.

"More like this code" scores every unit against each of the code's segments (and,
if asked, its definition and example) and keeps each unit's best match, not the
match to an average: a code with several facets finds passages like any of them.
Units that are already at least half covered by that code (by the coder asked
about, or by any coder), or that hold at least half of one of its segments, are left
out, and so is the passage asked about.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import numpy as np
from sqlite_utils import Database

from ..codebook import get_code
from ..codings import segments as coded_segments
from ..documents import document_text, get_document
from ..errors import InvalidValue
from ..spans import check_span, merge_overlapping
from .lexical import LexicalBackend
from .models import chosen_model
from .semantic import SemanticBackend, SemanticUnavailable, load_model, model_id
from .units import Unit, project_units

BACKENDS = ("lexical", "semantic")


@dataclass(frozen=True)
class Passage:
    """Where a query came from: a document span with its text."""

    document_id: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Suggestion:
    unit: Unit
    score: float
    because: Passage  # the query passage it matched best


BackendFactory = Callable[[Sequence[str]], object]  # unit texts -> an object with .scores(queries)


def backend_for(db: Database, name: str = "lexical", model: str | Path | None = None) -> BackendFactory:
    """The backend called `name`; a semantic one reads `model` (default: the model chosen last)."""
    if name == "lexical":
        return LexicalBackend
    if name != "semantic":
        raise InvalidValue(f"unknown backend {name!r} (choose {' or '.join(BACKENDS)})")
    folder = Path(model).expanduser() if model else chosen_model()
    if folder is None:
        raise SemanticUnavailable("no model for similar passages by meaning yet: download one in Settings ▸ "
                                  "Similar passages, or give the folder of one with --model FOLDER")
    loaded = load_model(folder)

    def semantic(texts: Sequence[str]) -> SemanticBackend:
        return SemanticBackend(texts, folder, db, model=loaded)

    semantic.cache_key = ("semantic", model_id(folder))  # one index per model, not per call
    return semantic


def similar_to_code(db: Database, code: str | int, *, coder: str | int | None = None, top: int = 20,
                    unit: str = "sentence", with_definition: bool = False,
                    backend: BackendFactory = LexicalBackend) -> list[Suggestion]:
    """Units most like the segments of `code` (those of `coder`, if given), best first."""
    found = coded_segments(db, code=code, coder=coder)
    queries = [Passage(s.document_id, s.start, s.end, s.text) for s in found]
    if with_definition:
        definition = get_code(db, code)
        for text in (definition.definition, definition.example):
            if text.strip():
                queries.append(Passage(0, 0, 0, text))
    if not queries:
        who = "" if coder is None else " by that coder"
        raise InvalidValue(f"code {get_code(db, code).name!r} has no segments{who} to find passages like: "
                           "code a few passages with it first")
    covered = _covered_spans(found)
    return rank_units(db, queries, covered, top=top, unit=unit, backend=backend)


def similar_to_passage(db: Database, document: str | int, start: int, end: int, *, top: int = 20,
                       unit: str = "sentence", backend: BackendFactory = LexicalBackend) -> list[Suggestion]:
    """Units most like the passage [start, end) of a document, best first (the passage itself left out)."""
    doc = get_document(db, document)
    check_span(start, end, doc.length)
    passage = Passage(doc.id, start, end, document_text(db, doc.id)[start:end])
    return rank_units(db, [passage], {doc.id: [(start, end)]}, top=top, unit=unit, backend=backend)


def rank_units(db: Database, queries: list[Passage], excluded: dict[int, list[tuple[int, int]]], *, top: int,
               unit: str = "sentence", backend: BackendFactory = LexicalBackend) -> list[Suggestion]:
    """The `top` units most like any of the query passages, leaving out units that are the same place as
    the spans in `excluded` ({document id: spans}; see _Index.left_out). Each suggestion names the query
    it matched best."""
    if top < 1:
        raise InvalidValue(f"--top must be at least 1, not {top}")
    if len(queries) > MAX_QUERIES:  # spread evenly over the project, as the segments come in document order
        queries = [queries[i * len(queries) // MAX_QUERIES] for i in range(MAX_QUERIES)]
    index = _index(db, unit, backend)
    if not index.units:
        return []
    texts = [q.text for q in queries]
    left_out = index.left_out(excluded)
    if hasattr(index.backend, "best_matches_above"):  # it can skip units that cannot reach the best `top`
        best, which, floor = index.backend.best_matches_above(texts, top, left_out)
    else:
        (best, which), floor = index.backend.best_matches(texts), 0.0
    reached = np.flatnonzero((best >= floor) & (best > 0) & ~left_out)  # in unit order ...
    ranked = reached[np.argsort(-best[reached], kind="stable")][:top]  # ... so that ties keep it
    return [Suggestion(index.units[i], round(float(best[i]), 4), queries[which[i]]) for i in ranked]


class _Index(NamedTuple):
    """The units of a project, the backend built over them, and where the units are.

    Where: each unit's start and end on one line that runs through all documents (document d's
    positions up to the end of its last unit shifted by `places[d][0]`, that end being `places[d][1]`),
    so that units can be checked against the spans of many documents in one pass."""

    units: list[Unit]
    backend: object
    places: dict[int, tuple[int, int]]  # document -> (origin, end of its last unit)
    starts: np.ndarray
    ends: np.ndarray

    def left_out(self, excluded: dict[int, list[tuple[int, int]]]) -> np.ndarray:
        """Per unit: is it the same place as the spans of its document? It is when at least half of it
        is inside them, or when it holds at least half of one of them (a long sentence around a short
        coded phrase would otherwise come back, matched with that phrase)."""
        # On the line, a span stops at its document's last unit (never running into the next document);
        # its full length is kept for "half of it".
        placed = sorted((origin + start, origin + min(end, last), end - start)
                        for document, found in excluded.items() if document in self.places
                        for origin, last in [self.places[document]] for start, end in merge_overlapping(found)
                        if start < last)
        out = np.zeros(len(self.units), dtype=bool)
        if not placed:
            return out
        begins, ends, lengths = np.array(placed).T
        # Only units that meet a span count: those that end after it begins and begin before it ends
        # (units lie in order along the line, so both bounds are a binary search away).
        firsts = np.searchsorted(self.ends, begins, side="right")
        afters = np.searchsorted(self.starts, ends, side="left")
        span = np.repeat(np.arange(len(placed)), afters - firsts)  # each (span, unit that meets it) pair
        unit = np.concatenate([np.arange(a, b) for a, b in zip(firsts, afters)])
        shared = np.minimum(self.ends[unit], ends[span]) - np.maximum(self.starts[unit], begins[span])
        out[unit[shared * 2 >= lengths[span]]] = True  # holds half of a span
        met = np.unique(unit)
        starts, stops = self.starts[met], self.ends[met]
        on_line = ends - begins  # a span's length up to its document's last unit
        inside = _covered(begins, on_line, stops) - _covered(begins, on_line, starts)
        out[met] |= inside * 2 >= stops - starts  # half inside
        return out


def _covered(begins: np.ndarray, lengths: np.ndarray, points: np.ndarray) -> np.ndarray:
    """How much of [0, point) the ordered, disjoint spans (their beginnings and lengths) cover, for each point."""
    before = np.concatenate([[0], np.cumsum(lengths)])  # covered before each span begins
    span = np.searchsorted(begins, points, side="right") - 1  # the last span that begins at or before
    inside = np.clip(points - begins[span], 0, lengths[span])
    return np.where(span >= 0, before[span] + inside, 0)


def _indexed(units: list[Unit], backend: object) -> _Index:
    """The units laid on one line, document after document (they come document by document)."""
    places: dict[int, tuple[int, int]] = {}
    line = 0
    for unit in units:
        origin, last = places.get(unit.document_id, (line, 0))
        places[unit.document_id] = (origin, max(last, unit.end))
        line = origin + max(last, unit.end)
    starts = np.fromiter((places[u.document_id][0] + u.start for u in units), dtype=np.int64, count=len(units))
    ends = np.fromiter((places[u.document_id][0] + u.end for u in units), dtype=np.int64, count=len(units))
    return _Index(units, backend, places, starts, ends)


# A code with hundreds of segments is asked about with this many of them (every n-th): the best match
# to any segment hardly changes, and the time grows with each one asked about. 80 keeps such a code
# under 200 ms with either backend on the 25 MB benchmark project and 2 cores (100 took 207 ms by meaning).
MAX_QUERIES = 80
_INDEXES: dict[tuple, _Index] = {}  # the two last built, per project file and kind
_INDEXES_LOCK = threading.Lock()  # the window finds suggestions on a background thread


def _index(db: Database, unit: str, backend: BackendFactory) -> _Index:
    """The units of the project and the backend built over them, kept while the documents stay the same.

    Documents never change, so the ids and hashes of all of them say whether the units are still those.
    """
    path = next((row[2] for row in db.execute("PRAGMA database_list") if row[1] == "main"), "")
    documents = db.execute("SELECT group_concat(id || ':' || sha256) FROM "
                           "(SELECT id, sha256 FROM documents ORDER BY id)").fetchone()[0] or ""
    key = (path, unit, getattr(backend, "cache_key", backend), hashlib.sha256(documents.encode()).hexdigest())
    with _INDEXES_LOCK:
        if path and key in _INDEXES:
            return _INDEXES[key]
    units = project_units(db, unit)
    built = _indexed(units, backend([u.text for u in units]) if units else None)
    if path:
        with _INDEXES_LOCK:
            while len(_INDEXES) >= 2:
                del _INDEXES[next(iter(_INDEXES))]
            _INDEXES[key] = built
    return built


def _covered_spans(found) -> dict[int, list[tuple[int, int]]]:
    covered: dict[int, list[tuple[int, int]]] = {}
    for segment in found:
        covered.setdefault(segment.document_id, []).append((segment.start, segment.end))
    return covered  # rank_units merges them
