"""Finding speaker turns in a transcript ("Maya: ...", "Q: ...", "— ...").

A turn starts at a line that opens with a speaker label and runs until the next such
line. Turns are only reported when the text clearly follows a convention, so prose with
an odd "Note: ..." line yields none. A "Name:" label counts as a speaker only when it
recurs (opens at least two lines): a news article's "Edition:", "By:" and "Ambassador:",
once each, are not speakers, and a one-off label is read as part of the turn around it.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

_TIMESTAMP = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
# A label at the start of a line: optional timestamp, a name of up to 4 words (checked
# word by word in _is_speaker_name, since `re` has no Unicode upper-case class), an
# optional timestamp in brackets, then a colon followed by a space or the end of the line
# (or a full-width colon, which CJK text does not follow with a space).
_LABEL = re.compile(
    rf"""[ \t]*
    (?:[\[(]?{_TIMESTAMP}[\])]?[ \t]+)?
    (?P<name>[^\W\d_][\w.'’ -]{{0,48}}?)
    [ \t]*(?:[\[(]{_TIMESTAMP}[\])][ \t]*)?
    (?::(?:[ \t]+|$)|：[ \t]*)""",
    re.VERBOSE,
)
# Dialogue dashes: hyphen needs a space after it ("-5 °C" is not a turn); en and em dashes
# open dialogue with or without one ("—¿Vienes?").
_DASH = re.compile(r"(?:-[ \t]+|[–—][ \t]*)(?=[^\s\-–—])")  # "———" is a rule, not a turn

# Lower-case words allowed inside names ("María de la Cruz", "Ludwig van Beethoven").
_NAME_PARTICLES = frozenset({
    "de", "del", "della", "der", "den", "di", "da", "das", "do", "dos", "du", "la", "le",
    "van", "von", "y", "e", "bin", "ibn", "al", "el", "ten", "ter",
})
# First words of "labels" that head a line of prose or metadata, not a speaker.
_NOT_SPEAKERS = frozenset({
    "abstract", "address", "agenda", "appendix", "attendees", "audio", "background", "bcc",
    "cc", "chapter", "conclusion", "conclusions", "date", "discussion", "duration", "edit",
    "edited", "email", "example", "fig", "figure", "file", "filename", "from", "important",
    "introduction", "keywords", "language", "length", "location", "method", "methods", "nb",
    "note", "notes", "page", "part", "phone", "place", "ps", "recording", "references", "re",
    "results", "section", "sent", "source", "step", "subject", "summary", "table", "tags",
    "tel", "time", "tip", "title", "to", "transcribed", "transcriber", "transcript", "update",
    "url", "version", "warning", "http", "https", "www",
})
# Furthest a label's colon can be from the line start: indent, timestamps and a 49-character name.
_LABEL_REACH = 120
_MIN_LABELLED_TURNS = 2
_MIN_TURNS_PER_SPEAKER = 2  # a "Name:" label must open this many lines to be a speaker
_MIN_DASH_TURNS = 2


@dataclass(frozen=True)
class Turn:
    start: int  # code-point offset of the start of the turn's first line
    end: int  # half-open end: next turn's start, less trailing whitespace
    speaker: str  # normalised speaker label, e.g. "Interviewer", "Q", "María José"
    label_end: int  # just past the "Name:" label and its spaces; == start for dash turns


def match_speaker_label(line: str) -> tuple[str, int] | None:
    """(speaker, length of label incl. trailing spaces) if `line` opens with "Name:"."""
    head = line[:_LABEL_REACH]
    if ":" not in head and "：" not in head:  # cheap test first: most lines are not labels
        return None
    match = _LABEL.match(line)
    if match is None:
        return None
    speaker = _speaker(match.group("name"))
    return None if speaker is None else (speaker, match.end())


@lru_cache(maxsize=4096)
def _speaker(name: str) -> str | None:
    """The speaker `name` spells (spaces tidied), or None if it is not a name.

    Cached: a transcript repeats a handful of names on thousands of lines.
    """
    words = name.split()
    return " ".join(words) if _is_speaker_name(words) else None


def detect_turns(text: str, *, dialogue_dashes: bool = True, ignored_speakers: Iterable[str] = ()) -> list[Turn]:
    """Speaker turns in `text`, in order; [] unless the text clearly uses a convention.

    Pass dialogue_dashes=False where a dash opens a list item (Markdown); labels naming
    one of `ignored_speakers` (in any case) are read as text, not as turns.
    """
    finder = TurnFinder(dialogue_dashes=dialogue_dashes, ignored_speakers=ignored_speakers)
    for line in text.split("\n"):
        finder.feed(line)
    return list(finder.turns())


class TurnFinder:
    """detect_turns for a text that arrives line by line (a large file read in chunks).

        finder = TurnFinder()
        for line in lines:  # each without its "\n"
            finder.feed(line)
        for turn in finder.turns(): ...

    Whether the text follows a convention is only known at the end, so the turn
    openers of both conventions are kept, compactly, until then.
    """

    def __init__(self, *, dialogue_dashes: bool = True, ignored_speakers: Iterable[str] = ()) -> None:
        self._dialogue_dashes = dialogue_dashes
        self._ignored = frozenset(name.casefold() for name in ignored_speakers)
        self._labelled = _Openers()
        self._dashed = _Openers()
        self._anonymous_dashes = 0
        self._position = 0  # where the next line starts
        self._content_end = 0  # just past the last non-whitespace character so far

    def feed(self, line: str) -> None:
        position = self._position
        label = match_speaker_label(line)
        if label is not None and label[0].casefold() in self._ignored:
            label = None  # a speaker the user said is not one: this line is text
        if label is not None:
            self._labelled.open(position, position + label[1], label[0], self._content_end)
        dash = _DASH.match(line)
        if dash is not None:
            named = match_speaker_label(line[dash.end():])
            if named is not None and named[0].casefold() in self._ignored:
                pass
            elif named is None:  # anonymous dash turns alternate between two speakers
                speaker = "Speaker A" if self._anonymous_dashes % 2 == 0 else "Speaker B"
                self._anonymous_dashes += 1
                self._dashed.open(position, position, speaker, self._content_end)
            else:
                self._dashed.open(position, position + dash.end() + named[1], named[0], self._content_end)
        content = len(line.rstrip())
        if content:
            self._content_end = position + content
        self._position = position + len(line) + 1

    def turns(self) -> Iterator[Turn]:
        """The turns found, in order (none unless the text clearly follows a convention)."""
        return (Turn(start, end, speaker, label_end) for start, end, label_end, speaker in self.rows())

    def speakers(self) -> list[str]:
        """The speakers of the turns found, in order of first appearance."""
        return list(dict.fromkeys(row[3] for row in self.rows()))

    def rows(self) -> Iterator[tuple[int, int, int, str]]:
        """The turns as (start, end, label_end, speaker) tuples, the order they are stored in."""
        # Labels win over dashes: in a labelled transcript, dash lines are lists within a turn.
        recurring = self._labelled.recurring(_MIN_TURNS_PER_SPEAKER)
        if self._labelled.count_of(recurring) >= _MIN_LABELLED_TURNS:
            return self._labelled.rows(self._content_end, recurring)
        if self._dialogue_dashes and len(self._dashed) >= _MIN_DASH_TURNS:
            return self._dashed.rows(self._content_end)
        return iter(())


class _Openers:
    """The lines that open turns under one convention, in arrays: a long transcript has 100,000s."""

    def __init__(self) -> None:
        self.starts, self.label_ends, self.ends = array("q"), array("q"), array("q")
        self.speaker_ids = array("l")
        self.speakers: dict[str, int] = {}  # each spelling once, numbered

    def __len__(self) -> int:
        return len(self.starts)

    def open(self, start: int, label_end: int, speaker: str, content_end: int) -> None:
        """A turn opens at `start`; the one before it ends after the last non-space before it."""
        if self.starts:
            self.ends.append(max(self.starts[-1], content_end))
        self.speaker_ids.append(self.speakers.setdefault(speaker, len(self.speakers)))
        self.starts.append(start)
        self.label_ends.append(label_end)

    def recurring(self, times: int) -> frozenset[int]:
        """The speaker ids whose name (in any spelling) opens at least `times` lines."""
        counts = Counter(self.speaker_ids)
        per_name = Counter()
        for spelling, speaker_id in self.speakers.items():
            per_name[spelling.casefold()] += counts[speaker_id]
        return frozenset(
            speaker_id for spelling, speaker_id in self.speakers.items() if per_name[spelling.casefold()] >= times
        )

    def count_of(self, speaker_ids: frozenset[int]) -> int:
        """How many lines these speakers open."""
        counts = Counter(self.speaker_ids)
        return sum(counts[speaker_id] for speaker_id in speaker_ids)

    def rows(self, content_end: int, keep: frozenset[int] | None = None) -> Iterator[tuple[int, int, int, str]]:
        """The turns; an opener whose speaker is not in `keep` is text of the turn before it."""
        names = self._unified_spellings()
        # The last turn runs to the last non-space of the text.
        ends = chain(self.ends, [max(self.starts[-1], content_end)] if self.starts else [])
        if keep is None or len(keep) == len(self.speakers):  # the usual case, and the quick one
            for start, end, label_end, speaker_id in zip(self.starts, ends, self.label_ends, self.speaker_ids):
                # A label with nothing after it: the turn ends at the colon, and so does its label.
                yield start, end, min(label_end, end), names[speaker_id]
            return
        pending: list | None = None  # the turn being extended over openers left out
        for start, end, label_end, speaker_id in zip(self.starts, ends, self.label_ends, self.speaker_ids):
            if speaker_id not in keep:
                if pending is not None:
                    pending[1] = end
                continue
            if pending is not None:
                yield self._row(pending, names)
            pending = [start, end, label_end, speaker_id]
        if pending is not None:
            yield self._row(pending, names)

    @staticmethod
    def _row(turn: list, names: list[str]) -> tuple[int, int, int, str]:
        start, end, label_end, speaker_id = turn
        return start, end, min(label_end, end), names[speaker_id]

    def _unified_spellings(self) -> list[str]:
        """"MAYA" and "Maya" in one transcript are one speaker, spelled as most often written."""
        counts = Counter(self.speaker_ids)
        spellings: dict[str, list[str]] = {}
        for spelling in self.speakers:
            spellings.setdefault(spelling.casefold(), []).append(spelling)
        # Most frequent spelling; on a tie, mixed case reads better than shouting.
        preferred = {
            key: max(group, key=lambda spelling: (counts[self.speakers[spelling]], not spelling.isupper()))
            for key, group in spellings.items()
        }
        return [preferred[spelling.casefold()] for spelling in self.speakers]


def _is_speaker_name(words: list[str]) -> bool:
    if not 1 <= len(words) <= 4 or words[0].rstrip(".").casefold() in _NOT_SPEAKERS:
        return False
    for index, word in enumerate(words):
        core = word.rstrip(".")  # titles such as "Dr." or "Mrs."
        if not core:
            return False
        if core.isdecimal():
            if index == 0:  # "Speaker 2", never "2 Speaker"
                return False
        elif core in _NAME_PARTICLES:
            if index in (0, len(words) - 1):
                return False
        elif not _is_capitalised(core):
            return False
    return words[-1][-1] != "."  # "Dr.:" is not a name; "Dr. Smith:" is


def _is_capitalised(word: str) -> bool:
    """"Maya", "MAYA", "O'Brien", "P1"; scripts without case ("田中") count as capitalised."""
    return word[0].isalpha() and not word[0].islower() and all(ch.isalnum() or ch in "'’-" for ch in word)
