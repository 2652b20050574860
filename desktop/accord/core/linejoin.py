"""Joining lines broken in the middle of a sentence (text pasted from PDFs and web pages).

Deliberately conservative: a line break is only a candidate when the line before it
cannot end a sentence and the line after it plainly continues one. Paragraph breaks,
speaker turns, list items, headings, timestamps and page numbers are left alone.
Expects normalised text (line breaks are "\\n").
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from accord.core.errors import InvalidSpan
from accord.core.turns import match_speaker_label

_SENTENCE_END = frozenset(".!?:;…\"'”’»)]}")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+•·–—][ \t]|\d{1,3}[.)][ \t]|[a-zA-Z][.)][ \t]|\(\w{1,3}\)[ \t])")
_MARKDOWN_HEADING = re.compile(r"[ \t]*#{1,6}(?:[ \t]|$)")
_TIMESTAMP_START = re.compile(r"[ \t]*[\[(]?\d{1,2}:\d{2}")
_PAGE_NUMBER = re.compile(r"[ \t]*(?:(?:page|p\.)[ \t]*)?-?[ \t]*\d{1,4}[ \t]*-?[ \t]*$", re.IGNORECASE)
_PREVIEW_CONTEXT = 40


@dataclass(frozen=True)
class LineJoin:
    offset: int  # code-point offset of the "\n" that would be replaced by a space
    before: str  # the line ending at that newline (for the preview; its end only, in BrokenLineFinder)
    after: str  # the line that follows (its start only, in BrokenLineFinder)


def find_broken_lines(text: str) -> list[LineJoin]:
    """Line breaks in `text` that fall in the middle of a sentence, in order."""
    finder = BrokenLineFinder(examples=None, context=None)
    for line in text.split("\n"):
        finder.feed(line)
    return finder.examples


class BrokenLineFinder:
    """find_broken_lines for a text that arrives line by line (a large file read in chunks).

    Every join's offset is kept; the lines around it only for the first `examples`
    joins (None: all), cut to `context` characters (None: whole), enough for a
    preview without holding a copy of a large text.
    """

    def __init__(self, *, examples: int | None = 1000, context: int | None = 200) -> None:
        self.offsets = array("q")
        self.examples: list[LineJoin] = []
        self.length_change = 0  # what joining them all does to the text's length
        self._keep, self._context = examples, context
        self._previous: str | None = None
        self._position = 0  # where the next line starts

    def feed(self, line: str) -> None:
        before = self._previous
        if before is not None and _ends_mid_sentence(before) and _continues_sentence(line):
            offset = self._position - 1
            self.offsets.append(offset)
            kept = before.rstrip(" \t")  # the join's " " replaces the "\n" (and the hyphen goes)
            self.length_change += len(kept) - len(before) - (2 if _is_hyphenated(kept, line[:1]) else 0)
            if self._keep is None or len(self.examples) < self._keep:
                clip = self._context
                self.examples.append(LineJoin(offset, before if clip is None else before[-clip:],
                                              line if clip is None else line[:clip]))
        self._previous = line
        self._position += len(line) + 1


def join_lines(text: str, joins: Iterable[LineJoin] | None = None) -> str:
    """`text` with the given line breaks (None: all that find_broken_lines finds) joined.

    A join replaces the newline, and any spaces or tabs before it, with one space; a word
    hyphenated across the break ("exam-" + "ple", lower-case on both sides) is rejoined
    without the hyphen.
    """
    offsets = sorted({join.offset for join in (find_broken_lines(text) if joins is None else joins)})
    return "\n".join(joined_lines(text.split("\n"), offsets))


def joined_lines(lines: Iterable[str], offsets: Iterable[int]) -> Iterator[str]:
    """The lines of a text (each without its "\n") after joining the breaks at `offsets` (ascending).

    Streams: holds one line of lookahead (a hyphen is dropped only before a lower-case letter).
    """
    joins = iter(offsets)
    next_join = next(joins, None)
    joined: list[str] = []  # the pieces of the output line being built
    held: str | None = None  # the previous input line, waiting for its successor's first letter
    held_end = -1  # offset of the "\n" after the held line
    position = 0
    for line in lines:
        if held is not None:
            if held_end == next_join:
                kept = held.rstrip(" \t")
                if _is_hyphenated(kept, line[:1]):
                    joined.append(kept[:-1])
                else:
                    joined.append(kept + " ")
                next_join = next(joins, None)
            else:
                joined.append(held)
                yield "".join(joined)
                joined = []
        if next_join is not None and next_join < position:
            raise InvalidSpan(f"offset {next_join} is not a line break in the text")
        held, held_end = line, position + len(line)
        position = held_end + 1
    if next_join is not None:
        raise InvalidSpan(f"offset {next_join} is not a line break in the text")
    if held is not None:
        joined.append(held)
        yield "".join(joined)


def preview(joins: Iterable[LineJoin], limit: int = 20, *, total: int | None = None) -> str:
    """What joining would change, one line per join, e.g. '…went to the ⏎ store and…'.

    `total`: how many joins there are, when `joins` holds only the first of them.
    """
    joins = list(joins)
    count = len(joins) if total is None else total
    if not count:
        return "no broken lines found"
    heading = f"{count} line break{'s' if count != 1 else ''} in mid-sentence would be joined:"
    shown = [heading]
    for join in joins[:limit]:
        kept_line = join.before.rstrip(" \t")
        tail = kept_line if len(kept_line) <= _PREVIEW_CONTEXT else "…" + kept_line[-_PREVIEW_CONTEXT:]
        head = join.after if len(join.after) <= _PREVIEW_CONTEXT else join.after[:_PREVIEW_CONTEXT] + "…"
        hyphen_note = "  (hyphen removed)" if _is_hyphenated(kept_line, join.after[:1]) else ""
        shown.append(f"  {tail} ⏎ {head}{hyphen_note}")
    if count > min(limit, len(joins)):
        shown.append(f"  … and {count - min(limit, len(joins))} more")
    return "\n".join(shown)


def _ends_mid_sentence(line: str) -> bool:
    stripped = line.rstrip()
    return bool(
        stripped
        and stripped[-1] not in _SENTENCE_END
        and not _MARKDOWN_HEADING.match(stripped)
        and not _is_all_caps(stripped)
        and not _PAGE_NUMBER.match(stripped)
    )


def _continues_sentence(line: str) -> bool:
    if not line or not (line[0].islower() or line[0].isdecimal()):
        return False  # an indented line is left alone: indentation usually means structure
    return not (
        _LIST_ITEM.match(line)
        or _TIMESTAMP_START.match(line)
        or _PAGE_NUMBER.match(line)
        or match_speaker_label(line) is not None
    )


def _is_all_caps(line: str) -> bool:
    """A line in capitals ("INTRODUCTION") is a heading, not half a sentence."""
    return line.isupper() and sum(ch.isalpha() for ch in line) >= 2


def _is_hyphenated(kept_line: str, next_char: str) -> bool:
    return (
        len(kept_line) >= 2
        and kept_line[-1] == "-"
        and kept_line[-2].islower()
        and next_char.islower()
    )
