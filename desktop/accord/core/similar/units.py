"""The passages a suggestion can be: sentences, paragraphs or speaker turns, with stable offsets.

The sentence rule, the same in every language Accord reads: a sentence ends after
".", "!", "?", "…" or their full-width forms (and any closing quotes or brackets
after them) when white space follows, and at every line break. "Dr. Smith" is
therefore split; a suggestion one sentence too short is cheap, a rule that knows
English abbreviations only would be wrong elsewhere.

A paragraph is one line of the stored text (importers put each paragraph on a line
of its own). A turn is a speaker turn as stored; text outside every turn falls back
to paragraphs. A turn's "Name: " label is never part of a unit, so a suggestion is
only what was said. Units are trimmed of white space, and those without a letter or
a digit (a rule, a lone timestamp) are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlite_utils import Database

from ..codings import trim_span
from ..documents import TurnRecord, document_text, list_documents, turns_of

UNIT_KINDS = ("sentence", "paragraph", "turn")

_SENTENCE_END = re.compile(r"[.!?…。！？]+[\"'”’»)\]]*(?=\s)|\n")
_HAS_WORD = re.compile(r"[^\W_]")


@dataclass(frozen=True)
class Unit:
    document_id: int
    start: int
    end: int
    text: str


def project_units(db: Database, kind: str = "sentence", documents: Iterable[int] | None = None) -> list[Unit]:
    """Every unit of `kind` in the project's documents (or in the given document ids), in document order."""
    if kind not in UNIT_KINDS:
        raise ValueError(f"unknown unit {kind!r} (choose {', '.join(UNIT_KINDS)})")
    wanted = None if documents is None else set(documents)
    units: list[Unit] = []
    for document in list_documents(db):
        if wanted is not None and document.id not in wanted:
            continue
        text = document_text(db, document.id)
        for start, end in document_units(text, turns_of(db, document.id), kind):
            units.append(Unit(document.id, start, end, text[start:end]))
    return units


def document_units(text: str, turns: list[TurnRecord], kind: str) -> list[tuple[int, int]]:
    """The [start, end) of each unit of one text, in order."""
    labels = {turn.start: turn.label_end for turn in turns}
    if kind == "turn" and turns:
        pieces = list(_turn_pieces(text, turns))
    else:
        pieces = list(_lines(text, 0, len(text)))
    spans: list[tuple[int, int]] = []
    for start, end in pieces:
        start = max(start, labels.get(start, start))  # a label starts its line
        if kind == "sentence":
            spans.extend(_sentences(text, start, end))
        else:
            spans.append((start, end))
    return [trimmed for trimmed in (_trim(text, s, e) for s, e in spans) if trimmed is not None]


def _turn_pieces(text: str, turns: list[TurnRecord]) -> Iterator[tuple[int, int]]:
    """Each turn whole, and the lines of any text between turns."""
    position = 0
    for turn in turns:
        if turn.start > position:
            yield from _lines(text, position, turn.start)
        yield turn.start, turn.end
        position = max(position, turn.end)
    if position < len(text):
        yield from _lines(text, position, len(text))


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end:
        stop = text.find("\n", start, end)
        stop = end if stop < 0 else stop
        yield start, stop
        start = stop + 1


def _sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    for match in _SENTENCE_END.finditer(text, start, end):
        yield start, match.end()
        start = match.end()
    if start < end:
        yield start, end


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    span = trim_span(text, start, end)
    return span if span is not None and _HAS_WORD.search(text, *span) else None
