"""Selection positions: from what a tool wrote to code points in the stored (normalised) text.

REFI-QDA 1.5 §10.2 counts Unicode code points from 0; in practice the end is
exclusive. Real tools differ (see the project notes on REFI-QDA):

* NVivo counts UTF-16 code units (a character outside the BMP, such as most emoji,
  counts 2) and a CR LF as 2;
* ATLAS.ti counts a CR LF in the source text as 1;
* byte-order marks are never counted (the text is decoded without them).

A position is converted in two steps:

1. `UnitMap.to_raw`: the number in the file -> an index into the decoded source
   text (code points, line breaks as in the file);
2. `SourceText.to_text`: that index -> an index into the text Accord stores, which is
   normalised (`accord.core.normalise`: CR LF -> LF, control characters dropped, NFC).

A position that falls inside something that is one character for Accord (between CR
and LF, inside a surrogate pair, between a letter and an accent NFC composes with it)
is rounded outwards: a start down, an end up, so a selection never loses a character.

Which unit a file uses is guessed from its `origin` and checked against the text:
see `choose_unit`.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from ..normalise import normalise_text

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_CRLF = re.compile("\r\n")
_WORD = re.compile(r"\w")


# -- units ------------------------------------------------------------------------
@dataclass(frozen=True)
class PositionUnit:
    """How a tool counts: code points or UTF-16 code units; a CR LF as one or two."""

    utf16: bool = False
    crlf_as_one: bool = False

    @property
    def label(self) -> str:
        what = "UTF-16 code units" if self.utf16 else "code points"
        return f"{what}, CR LF as {'one' if self.crlf_as_one else 'two'}"

    def changes(self, raw: str) -> list[tuple[int, int]]:
        """Where counting in this unit departs from code points: (boundary, +1 or -1), in text order.

        From boundary b on, one more unit (after a character outside the BMP, in UTF-16)
        or one fewer (after the LF of a CR LF counted as one) than code points.
        """
        found = []
        if self.utf16:
            found += [(m.end(), 1) for m in _ASTRAL.finditer(raw)]
        if self.crlf_as_one:
            found += [(m.end(), -1) for m in _CRLF.finditer(raw)]
        return sorted(found)

    def affects(self, raw: str) -> bool:
        """Whether this unit counts the text differently from code points."""
        return bool((self.utf16 and _ASTRAL.search(raw)) or (self.crlf_as_one and "\r\n" in raw))


CODE_POINTS = PositionUnit()
UTF16 = PositionUnit(utf16=True)  # NVivo
CRLF_AS_ONE = PositionUnit(crlf_as_one=True)  # ATLAS.ti (and, it seems, MAXQDA)
UTF16_CRLF_AS_ONE = PositionUnit(utf16=True, crlf_as_one=True)
ALL_UNITS = (CODE_POINTS, UTF16, CRLF_AS_ONE, UTF16_CRLF_AS_ONE)


@dataclass(frozen=True)
class RawPosition:
    index: int  # into the decoded source text
    exact: bool  # False: the number fell inside a character and was rounded


class UnitMap:
    """Converts positions in one unit to indices into one decoded source text.

    The text is cut into segments at every `PositionUnit.changes` boundary; inside a
    segment a unit position is the code point index plus the segment's constant offset.
    Only the changes are stored, so a long text costs as much as its emoji and CR LFs.
    """

    def __init__(self, raw: str, unit: PositionUnit):
        self.length = len(raw)
        self._starts = [0]  # first boundary of each segment
        self._offsets = [0]  # unit position minus boundary, within the segment
        for boundary, delta in unit.changes(raw):
            self._starts.append(boundary)
            self._offsets.append(self._offsets[-1] + delta)
        self._unit_starts = [start + offset for start, offset in zip(self._starts, self._offsets)]
        self._end = self.length + self._offsets[-1]

    def to_raw(self, position: int, *, end: bool) -> RawPosition | None:
        """The index for a start (end=False) or end position; None when outside the text."""
        if position < 0 or position > self._end:
            return None
        # The last segment starting at or before the position: after a CR LF counted as
        # one, a start begins after the LF and an end includes it.
        segment = bisect_right(self._unit_starts, position) - 1
        index = position - self._offsets[segment]
        following = self._starts[segment + 1] if segment + 1 < len(self._starts) else self.length + 1
        if index < following:
            return RawPosition(index, True)
        # Inside a character that counts two (a surrogate pair): round outwards.
        return RawPosition(following if end else following - 1, False)


# -- normalisation with a way back -------------------------------------------------
_LINE_BREAKS = re.compile("\r\n|[\r\f\v\x85\u2028\u2029]")  # as accord.core.normalise
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BOM = "\ufeff"


class _Stage:
    """One rewriting pass: sorted, disjoint replacements of input ranges."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.out_starts: list[int] = []
        self.out_ends: list[int] = []

    def map(self, index: int, end: bool) -> int:
        j = bisect_right(self.starts, index) - 1
        if j < 0:
            return index
        start, stop = self.starts[j], self.ends[j]
        if index >= stop:
            return self.out_ends[j] + (index - stop)
        if index == start:
            return self.out_starts[j]
        return self.out_ends[j] if end else self.out_starts[j]


def _rewrite(text: str, replacements) -> tuple[str, _Stage]:
    """Apply (start, stop, new) replacements (sorted, disjoint) and remember where things went."""
    stage = _Stage()
    pieces, cursor, out = [], 0, 0
    for start, stop, new in replacements:
        pieces.append(text[cursor:start])
        out += start - cursor
        stage.starts.append(start)
        stage.ends.append(stop)
        stage.out_starts.append(out)
        pieces.append(new)
        out += len(new)
        stage.out_ends.append(out)
        cursor = stop
    pieces.append(text[cursor:])
    return "".join(pieces), stage


@lru_cache(maxsize=1)
def _composes_backwards() -> frozenset[str]:
    """Starters that NFC may join to the character before them (Hangul vowels, some Indic signs)."""
    found = {chr(cp) for cp in range(0x1161, 0x1176)} | {chr(cp) for cp in range(0x11A8, 0x11C3)}
    for cp in range(0x110000):
        decomposition = unicodedata.decomposition(chr(cp))
        if decomposition and not decomposition.startswith("<"):
            parts = decomposition.split()
            if len(parts) == 2:
                second = chr(int(parts[1], 16))
                if unicodedata.combining(second) == 0:
                    found.add(second)
    return frozenset(found)


def _nfc_replacements(text: str):
    """Chunks of the text that NFC changes, each cut where NFC cannot join across."""
    joins_back = _composes_backwards()
    chunk_start = 0
    for index in range(1, len(text) + 1):
        if index < len(text):
            ch = text[index]
            first = unicodedata.normalize("NFD", ch)[0]
            if unicodedata.combining(ch) or unicodedata.combining(first) or first in joins_back:
                continue
        chunk = text[chunk_start:index]
        composed = unicodedata.normalize("NFC", chunk)
        if composed != chunk:
            yield chunk_start, index, composed
        chunk_start = index


def _line_breaks(text: str) -> list:
    return [(m.start(), m.end(), "\n") for m in _LINE_BREAKS.finditer(text)]


def _control_chars(text: str) -> list:
    return [(m.start(), m.end(), "") for m in _CONTROL_CHARS.finditer(text)]


def _leading_boms(text: str) -> list:
    stripped = len(text) - len(text.lstrip(_BOM))
    return [(0, stripped, "")] if stripped else []


def _nfc(text: str) -> list:
    if unicodedata.is_normalized("NFC", text):
        return []
    # NFC never joins across a line break (a starter nothing composes with), so only the
    # lines that change need the character-by-character walk.
    found, offset = [], 0
    for line in text.split("\n"):
        if not unicodedata.is_normalized("NFC", line):
            found += [(offset + start, offset + stop, new) for start, stop, new in _nfc_replacements(line)]
        offset += len(line) + 1
    return found


class SourceText:
    """A decoded source text, the normalised text Accord stores, and the map between them."""

    def __init__(self, raw: str):
        self.raw = raw
        self.text, report = normalise_text(raw)
        self.report = report
        self._stages: list[_Stage] = []
        if not report.changed:
            return
        text = raw
        for step in (_line_breaks, _control_chars, _leading_boms, _nfc):
            text, stage = _rewrite(text, step(text))
            if stage.starts:
                self._stages.append(stage)
        if text != self.text:  # pragma: no cover - would mean the two normalisations disagree
            raise AssertionError("normalisation with offsets disagrees with accord.core.normalise")

    def to_text(self, raw_index: int, *, end: bool) -> int:
        for stage in self._stages:
            raw_index = stage.map(raw_index, end)
        return raw_index


# -- choosing the unit ---------------------------------------------------------------
@dataclass(frozen=True)
class Selection:
    """What the unit guess looks at: a selection's numbers and its name (often its text)."""

    start: int
    end: int
    name: str = ""


def prior_unit(origin: str) -> PositionUnit:
    """What the tool that wrote the file is known to do."""
    origin = origin.lower()
    if "nvivo" in origin:
        return UTF16
    if "atlas" in origin or "maxqda" in origin:
        return CRLF_AS_ONE
    return CODE_POINTS


def choose_unit(origin: str, sources: list[tuple[str, list[Selection]]]) -> tuple[PositionUnit, dict]:
    """The unit the selections of all sources (raw text, selections) are most likely counted in.

    The tool's known habit comes first; another unit wins only when its selections fit
    the text strictly better: boundaries inside no character, at word edges, matching the
    selection's name (ATLAS.ti names a quotation by its text).
    Returns the unit and the score of every unit that counts these texts differently.
    """
    prior = prior_unit(origin)
    if origin.lower().startswith("accord"):  # our own files count code points, no need to guess
        return prior, {}
    # What each text with selections has that units count differently: astral characters, CR LF.
    features = {(bool(_ASTRAL.search(raw)), "\r\n" in raw) for raw, selections in sources if selections}
    distinct: list[PositionUnit] = []
    for unit in [prior, *(u for u in ALL_UNITS if u != prior)]:
        # Units that count every one of these texts alike are the same choice.
        if not any(_same_on(unit, other, features) for other in distinct):
            distinct.append(unit)
    if len(distinct) == 1:
        return prior, {}
    scores = {unit: sum(_score(raw, selections, unit) for raw, selections in sources) for unit in distinct}
    best = max(distinct, key=lambda unit: (scores[unit], unit == prior))
    return best, {unit.label: score for unit, score in scores.items()}


def _same_on(a: PositionUnit, b: PositionUnit, features: set[tuple[bool, bool]]) -> bool:
    return all(not (has_astral and a.utf16 != b.utf16) and not (has_crlf and a.crlf_as_one != b.crlf_as_one)
               for has_astral, has_crlf in features)


def _score(raw: str, selections: list[Selection], unit: PositionUnit) -> int:
    mapper = UnitMap(raw, unit)
    score = 0
    for selection in selections:
        start = mapper.to_raw(selection.start, end=False)
        end = mapper.to_raw(selection.end, end=True)
        if start is None or end is None or start.index > end.index:
            score -= 6
            continue
        score -= 3 * ((not start.exact) + (not end.exact))
        score += _at_word_edge(raw, start.index) + _at_word_edge(raw, end.index)
        score += 4 * _name_matches(selection.name, raw[start.index:end.index])
    return score


def _at_word_edge(raw: str, index: int) -> bool:
    if index <= 0 or index >= len(raw):
        return True
    return not (_WORD.match(raw[index - 1]) and _WORD.match(raw[index]))


def _name_matches(name: str, covered: str) -> bool:
    name = " ".join(name.rstrip("…").split())
    if len(name) < 4:
        return False
    return " ".join(covered.split()).startswith(name)
