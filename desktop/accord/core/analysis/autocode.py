"""Auto-coding: code every place a text occurs, or every turn of a speaker, in one undoable step.

    found = plan_autocode(db, Autocode(search="trust", extend="sentence"))  # the preview
    result = apply_autocode(db, "Trust", "Ana", found)  # inside project.command(...)

What is found (the plan, a dry run that writes nothing):
- `search`: like `accord search`, case- and accent-blind ("cafe" finds "Café"); a hit
  starts at the start of a word, and its last word may be the start of a longer one
  ("work" finds "working"; the hit then runs to the end of that word). `whole_word`
  keeps only hits that end at the end of a word ("work" no longer finds "working").
  With `regex`, `search` is a Python regular expression, matched ignoring case (but
  not accents: write "caf[eé]"); `whole_word` then requires word boundaries around it.
  Documents are narrowed first with the full-text index (plain search), then one
  compiled regex runs over each candidate's text.
- `speaker`: every turn of that speaker (the turns table), without the "Name: " label:
  the label is the transcript's markup, not what was said.
- `extend`: "hit" (the match), "sentence", "paragraph" or "turn" (see extents.py).
- `within`: only inside passages already coded with that code, by `within_coders`
  (None: every coder of role `coder`, as coding queries count them). Passages are
  clipped to those codings; a piece of an extension that holds no part of a hit is
  left out.
- `documents`: only these documents (None: all).
Passages of one document are merged (overlapping or touching ones become one).

Applying codes each passage with `codings.apply_code`, exactly as a manual coding:
a passage that overlaps an existing coding of the same coder and code merges with it.
New codings record their origin as 'autocode' (a hand coding they merge with stays hand-made).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from sqlite_utils import Database

from ..codebook import resolve_code
from ..coders import CODER, list_coders, resolve_coder
from ..codings import AUTOCODE, apply_code
from ..command_guard import changes_project
from ..documents import resolve_document
from ..errors import InvalidValue, NotFound
from ..schema import SEARCH_ROWID_SHIFT
from ..search import _WORD, _matches, _pattern
from . import intervals
from .extents import EXTENTS, extend


@dataclass(frozen=True)
class Autocode:
    search: str | None = None
    regex: bool = False
    whole_word: bool = False
    speaker: str | None = None
    extend: str = "hit"
    within: str | int | None = None  # a code
    within_coders: tuple | None = None  # None: every coder of role `coder`
    documents: tuple | None = None  # names or ids; None: every document


class Passage(NamedTuple):
    """One passage to code. A named tuple, not a dataclass: a common word makes 100,000s."""

    document_id: int
    document: str
    start: int
    end: int
    text: str

    def to_json(self) -> dict:
        return {"doc": self.document, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Applied:
    added: int  # passages that became a coding of their own
    merged: int  # passages that merged with a coding already there (same coder and code)


def _compiled(spec: Autocode) -> tuple[re.Pattern, bool] | None:
    """The regex to run over each text, and whether hits must start a word; None: nothing to find."""
    text = spec.search or ""
    if spec.regex:
        try:
            re.compile(text)  # the user's expression alone first, so that an error names its own position
            source = rf"(?<!\w)(?:{text})(?!\w)" if spec.whole_word else text
            return re.compile(source, re.IGNORECASE), False
        except re.error as problem:
            raise InvalidValue(f"the regular expression {text!r} is not valid ({problem}); fix it or "
                               "leave out --regex") from None
    words = tuple(w for w in _WORD.findall(text) if w.strip("_"))
    if not words:
        if not text.strip():
            return None
        return re.compile(re.escape(text.strip()), re.IGNORECASE), False
    tail = r"(?!\w)" if spec.whole_word else r"\w*"
    return re.compile(_pattern(words).pattern + tail), True


def check_autocode(db: Database, spec: Autocode) -> None:
    """InvalidValue / NotFound naming what is wrong with the spec; nothing is read beyond that."""
    if (spec.search is None) == (spec.speaker is None):
        raise InvalidValue("give either a text to search for or a speaker (not both)")
    if spec.search is not None and not spec.search.strip():
        raise InvalidValue("the text to search for is empty; give a word or phrase")
    if spec.extend not in EXTENTS:
        raise InvalidValue(f"unknown extension {spec.extend!r}: use {', '.join(EXTENTS)}")
    if spec.speaker is not None:
        if spec.extend not in ("hit", "turn"):
            raise InvalidValue(f"a speaker's turns cannot be extended to a {spec.extend}: use hit or turn")
        if not db.execute("SELECT 1 FROM turns WHERE speaker = ? LIMIT 1", [spec.speaker]).fetchone():
            raise NotFound(f"no speaker named {spec.speaker!r} in any document's turns (see the speaker list)")


def plan_autocode(db: Database, spec: Autocode) -> list[Passage]:
    """The passages auto-coding would code, in document order then text order. Writes nothing."""
    check_autocode(db, spec)
    documents = _documents(db, spec)
    within = _within_spans(db, spec, [d for d, _n in documents])
    if spec.speaker is not None:
        return _speaker_passages(db, spec.speaker, documents, within)
    compiled = _compiled(spec)
    if compiled is None:
        return []
    pattern, at_word_start = compiled
    several_words = len(_WORD.findall(spec.search)) > 1
    if at_word_start:  # plain search: the full-text index names the documents that may hold it
        words = [w for w in _WORD.findall(spec.search) if w.strip("_")]
        fts_phrase = '"' + " ".join(words).replace('"', '""') + '"*'
        holding = {row[0] for row in db.execute(
            "SELECT DISTINCT rowid >> ? FROM text_fts WHERE text_fts MATCH ?", [SEARCH_ROWID_SHIFT, fts_phrase])}
        documents = [(d, n) for d, n in documents if d in holding]
    passages: list[Passage] = []
    for document_id, name in documents:
        if within is not None and not within.get(document_id):
            continue
        text = db.execute("SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()[0]
        hits = _hits(pattern, text, at_word_start, several_words)
        if not hits:
            continue
        turns = _turns(db, document_id) if spec.extend != "hit" else []
        if within is None and spec.extend == "hit" and at_word_start:
            spans = hits  # words: never empty, never touching, no white space at either end
        elif within is None:
            spans = extend(text, hits, spec.extend, turns)
        else:
            inside = intervals.intersect(hits, within[document_id])
            grown = extend(text, inside, spec.extend, turns)
            spans = intervals.touching(intervals.intersect(grown, within[document_id]), inside)
        passages += [Passage(document_id, name, s, e, text[s:e]) for s, e in spans]
    return passages


def _hits(pattern: re.Pattern, text: str, at_word_start: bool, phrase: bool) -> intervals.Spans:
    """The pattern's non-empty matches (those starting a word, with at_word_start), sorted and merged."""
    if not at_word_start:
        return intervals.merged(m.span() for m in pattern.finditer(text))
    # Quick path: every match, keeping those at a word start. A match of one word that is
    # not at a word start lies inside a word, so it hides no match at a word start; a
    # phrase's can ("a a" in "ba a a"): then search.py's careful scan.
    spans = [m.span() for m in pattern.finditer(text)]
    kept = [(s, e) for s, e in spans if s == 0 or not (text[s - 1].isalnum() or text[s - 1] == "_")]
    if phrase and len(kept) < len(spans):
        kept = [m.span() for m in _matches(pattern, text, True)]
    return kept


@changes_project
def apply_autocode(db: Database, code: str | int, coder: str | int, passages: Iterable[Passage]) -> Applied:
    """Code every passage with `code` for `coder`, merging as manual codings do; run inside one command."""
    code_id, coder_id = resolve_code(db, code), resolve_coder(db, coder)
    added = merged = 0
    for passage in passages:
        overlaps = db.execute(
            'SELECT 1 FROM codings WHERE document_id = ? AND code_id = ? AND coder_id = ? AND start < ? '
            'AND "end" > ? LIMIT 1', [passage.document_id, code_id, coder_id, passage.end, passage.start],
        ).fetchone()
        apply_code(db, passage.document_id, code_id, coder_id, passage.start, passage.end, origin=AUTOCODE)
        if overlaps:
            merged += 1
        else:
            added += 1
    return Applied(added, merged)


def _documents(db: Database, spec: Autocode) -> list[tuple[int, str]]:
    rows = db.execute("SELECT id, name FROM documents ORDER BY position, id").fetchall()
    if spec.documents is None:
        return rows
    wanted = {resolve_document(db, d) for d in spec.documents}
    return [(d, n) for d, n in rows if d in wanted]


def _within_spans(db: Database, spec: Autocode, document_ids: list[int]) -> dict[int, intervals.Spans] | None:
    """{document id: the union of the `within` code's codings by the within coders}; None without `within`."""
    if spec.within is None:
        return None
    code_id = resolve_code(db, spec.within)
    if spec.within_coders is None:
        coder_ids = [c.id for c in list_coders(db, CODER)]
    else:
        coder_ids = [resolve_coder(db, c) for c in spec.within_coders]
    raw: dict[int, list] = {}
    if coder_ids:
        wanted = set(document_ids)
        for document_id, start, end in db.execute(
                f'SELECT document_id, start, "end" FROM codings WHERE code_id = ? '
                f'AND coder_id IN ({",".join("?" * len(coder_ids))})', [code_id] + coder_ids):
            if document_id in wanted:
                raw.setdefault(document_id, []).append((start, end))
    return {d: intervals.merged(spans) for d, spans in raw.items()}


def _turns(db: Database, document_id: int) -> list[tuple[int, int, int]]:
    return db.execute('SELECT start, "end", label_end FROM turns WHERE document_id = ? ORDER BY start',
                      [document_id]).fetchall()


def _speaker_passages(db: Database, speaker: str, documents: list[tuple[int, str]],
                      within: dict[int, intervals.Spans] | None) -> list[Passage]:
    passages = []
    for document_id, name in documents:
        rows = db.execute('SELECT label_end, "end" FROM turns WHERE document_id = ? AND speaker = ? '
                          'ORDER BY start', [document_id, speaker]).fetchall()
        if not rows:
            continue
        text = db.execute("SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()[0]
        spans = extend(text, intervals.merged(rows), "hit", [])
        if within is not None:
            spans = intervals.intersect(spans, within.get(document_id, []))
        passages += [Passage(document_id, name, s, e, text[s:e]) for s, e in spans]
    return passages
