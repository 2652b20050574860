"""Joining lines broken in the middle of a sentence (text pasted from PDFs and web pages).

Deliberately conservative: a line break is only a candidate when the line before it
cannot end a sentence and the line after it plainly continues one. Paragraph breaks,
speaker turns, list items, headings, timestamps and page numbers are left alone.
Expects normalised text (line breaks are "\\n").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
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
    before: str  # the line ending at that newline (for the preview)
    after: str  # the line that follows


def find_broken_lines(text: str) -> list[LineJoin]:
    """Line breaks in `text` that fall in the middle of a sentence, in order."""
    joins = []
    lines = text.split("\n")
    offset = -1
    for before, after in zip(lines, lines[1:]):
        offset += len(before) + 1
        if _ends_mid_sentence(before) and _continues_sentence(after):
            joins.append(LineJoin(offset, before, after))
    return joins


def join_lines(text: str, joins: Iterable[LineJoin] | None = None) -> str:
    """`text` with the given line breaks (None: all that find_broken_lines finds) joined.

    A join replaces the newline, and any spaces or tabs before it, with one space; a word
    hyphenated across the break ("exam-" + "ple", lower-case on both sides) is rejoined
    without the hyphen.
    """
    offsets = sorted({join.offset for join in (find_broken_lines(text) if joins is None else joins)})
    pieces = []
    copied_up_to = 0
    for offset in offsets:
        if not 0 <= offset < len(text) or text[offset] != "\n":
            raise InvalidSpan(f"offset {offset} is not a line break in the text")
        line_start = text.rfind("\n", 0, offset) + 1
        kept_line = text[line_start:offset].rstrip(" \t")
        cut_from = line_start + len(kept_line)
        replacement = " "
        if _is_hyphenated(kept_line, text[offset + 1:offset + 2]):
            cut_from -= 1
            replacement = ""
        pieces.append(text[copied_up_to:cut_from])
        pieces.append(replacement)
        copied_up_to = offset + 1
    pieces.append(text[copied_up_to:])
    return "".join(pieces)


def preview(joins: Iterable[LineJoin], limit: int = 20) -> str:
    """What joining would change, one line per join, e.g. '…went to the ⏎ store and…'."""
    joins = list(joins)
    if not joins:
        return "no broken lines found"
    count = len(joins)
    heading = f"{count} line break{'s' if count != 1 else ''} in mid-sentence would be joined:"
    shown = [heading]
    for join in joins[:limit]:
        kept_line = join.before.rstrip(" \t")
        tail = kept_line if len(kept_line) <= _PREVIEW_CONTEXT else "…" + kept_line[-_PREVIEW_CONTEXT:]
        head = join.after if len(join.after) <= _PREVIEW_CONTEXT else join.after[:_PREVIEW_CONTEXT] + "…"
        hyphen_note = "  (hyphen removed)" if _is_hyphenated(kept_line, join.after[:1]) else ""
        shown.append(f"  {tail} ⏎ {head}{hyphen_note}")
    if count > limit:
        shown.append(f"  … and {count - limit} more")
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
