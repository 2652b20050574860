"""How far an auto-coded hit reaches: the hit itself, its sentence, its paragraph or its speaker turn.

Every function takes one document's text (or turns) and sorted, merged hit spans and
returns the spans they extend to, sorted and merged (intervals.merged), without white
space at either end. Paragraphs are those of coding queries (query.paragraphs: runs
between blank lines, or lines when the text has no blank line). A sentence runs from
just after the previous sentence end (". ", "! ", "? ", "…" followed by white space, or a
line break) to the next one, its closing punctuation and quotes included. A turn's
extent is the turn without its "Name:" label ([label_end, end) of the turns table);
a hit outside every turn has no turn and is left out. Sentences and paragraphs leave
the labels out too (a paragraph of two turns gives two passages): a label is the
transcript's markup, not what was said.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..codings import trim_span
from . import intervals
from .query import paragraphs

EXTENTS = ("hit", "sentence", "paragraph", "turn")
# The end of a sentence: its punctuation (and closing quotes or brackets) before white space.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)|\n")


def _trimmed(text: str, spans) -> intervals.Spans:
    """The spans without white space at their ends, empty ones dropped, merged; `spans` sorted by start."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if text[start:start + 1].isspace() or text[end - 1:end].isspace():
            trimmed = trim_span(text, start, end)
            if trimmed is None:
                continue
            start, end = trimmed
        elif start >= end:
            continue
        if out and start <= out[-1][1]:  # a linear merge: the spans come sorted
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def sentences_around(text: str, hits: intervals.Spans) -> intervals.Spans:
    """The sentences the hits fall in (a hit across a sentence end takes both sentences).

    Each line (a paragraph at most) holding a hit is scanned once for sentence ends;
    each hit then finds its sentence by bisection.
    """
    out = []
    line_start, line_end, ends = 0, -1, []
    for start, end in hits:
        if start >= line_end or end > line_end:  # a hit on a line not scanned yet
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", max(end - 1, start))
            line_end = len(text) if line_end < 0 else line_end
            ends = [m.end() for m in _SENTENCE_END.finditer(text, line_start, line_end)]
        before = bisect_right(ends, start)
        after = bisect_left(ends, end)
        out.append((ends[before - 1] if before else line_start, ends[after] if after < len(ends) else line_end))
    return _trimmed(text, out)


def paragraphs_around(text: str, hits: intervals.Spans) -> intervals.Spans:
    """The paragraphs the hits share a character with."""
    return _trimmed(text, intervals.touching(paragraphs(text), hits))


def turns_around(turns: list[tuple[int, int, int]], hits: intervals.Spans, text: str) -> intervals.Spans:
    """The turns ((start, end, label_end), sorted) whose text past the label shares a character with a hit."""
    bodies = [(label_end, end) for _start, end, label_end in turns if label_end < end]
    return _trimmed(text, intervals.touching(bodies, hits))


def extend(text: str, hits: intervals.Spans, extent: str, turns: list[tuple[int, int, int]]) -> intervals.Spans:
    """The hits extended to `extent`; a sentence or paragraph never takes in a turn's "Name:" label."""
    if extent == "hit":
        return _trimmed(text, hits)
    if extent == "turn":
        return turns_around(turns, hits, text)
    grown = sentences_around(text, hits) if extent == "sentence" else paragraphs_around(text, hits)
    labels = [(start, label_end) for start, _end, label_end in turns if start < label_end]
    return _trimmed(text, intervals.subtract(grown, labels)) if labels else grown
