"""Finding speaker turns in a transcript ("Maya: ...", "Q: ...", "— ...").

A turn starts at a line that opens with a speaker label and runs until the next such
line. Turns are only reported when the text clearly follows a convention, so prose with
an odd "Note: ..." line yields none.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

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
_MIN_DASH_TURNS = 2


@dataclass(frozen=True)
class Turn:
    start: int  # code-point offset of the start of the turn's first line
    end: int  # half-open end: next turn's start, less trailing whitespace
    speaker: str  # normalised speaker label, e.g. "Interviewer", "Q", "María José"
    label_end: int  # just past the "Name:" label and its spaces; == start for dash turns


@dataclass(frozen=True)
class _Opener:
    start: int
    label_end: int
    speaker: str | None  # None for an anonymous dash turn


def match_speaker_label(line: str) -> tuple[str, int] | None:
    """(speaker, length of label incl. trailing spaces) if `line` opens with "Name:"."""
    head = line[:_LABEL_REACH]
    if ":" not in head and "：" not in head:  # cheap test first: most lines are not labels
        return None
    match = _LABEL.match(line)
    if match is None:
        return None
    words = match.group("name").split()
    if not _is_speaker_name(words):
        return None
    return " ".join(words), match.end()


def detect_turns(text: str, *, dialogue_dashes: bool = True) -> list[Turn]:
    """Speaker turns in `text`, in order; [] unless the text clearly uses a convention.

    Pass dialogue_dashes=False where a dash opens a list item (Markdown).
    """
    labelled: list[_Opener] = []
    dashed: list[_Opener] = []
    position = 0
    for line in text.split("\n"):
        label = match_speaker_label(line)
        if label is not None:
            labelled.append(_Opener(position, position + label[1], label[0]))
        dash = _DASH.match(line)
        if dash is not None:
            named = match_speaker_label(line[dash.end():])
            if named is None:
                dashed.append(_Opener(position, position, None))
            else:
                dashed.append(_Opener(position, position + dash.end() + named[1], named[0]))
        position += len(line) + 1

    # Labels win over dashes: in a labelled transcript, dash lines are lists within a turn.
    if len(labelled) >= _MIN_LABELLED_TURNS:
        openers = labelled
    elif dialogue_dashes and len(dashed) >= _MIN_DASH_TURNS:
        openers = _name_dash_speakers(dashed)
    else:
        return []
    return _turns_from_openers(text, _unify_spelling(openers))


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


def _name_dash_speakers(openers: list[_Opener]) -> list[_Opener]:
    """Anonymous dash turns alternate between two speakers."""
    named = []
    anonymous_count = 0
    for opener in openers:
        if opener.speaker is None:
            speaker = "Speaker A" if anonymous_count % 2 == 0 else "Speaker B"
            anonymous_count += 1
            opener = _Opener(opener.start, opener.label_end, speaker)
        named.append(opener)
    return named


def _unify_spelling(openers: list[_Opener]) -> list[_Opener]:
    """"MAYA" and "Maya" in one transcript are one speaker, spelled as most often written."""
    spellings: dict[str, Counter[str]] = {}
    for opener in openers:
        speaker = opener.speaker or ""
        spellings.setdefault(speaker.casefold(), Counter())[speaker] += 1
    # Most frequent spelling; on a tie, mixed case reads better than shouting.
    preferred = {
        key: max(counts, key=lambda spelling: (counts[spelling], not spelling.isupper()))
        for key, counts in spellings.items()
    }
    return [
        _Opener(opener.start, opener.label_end, preferred[(opener.speaker or "").casefold()])
        for opener in openers
    ]


def _turns_from_openers(text: str, openers: list[_Opener]) -> list[Turn]:
    turns = []
    for index, opener in enumerate(openers):
        end = openers[index + 1].start if index + 1 < len(openers) else len(text)
        while end > opener.start and text[end - 1].isspace():
            end -= 1
        # A label with nothing after it: the turn ends at the colon, and so does its label.
        label_end = min(opener.label_end, end)
        turns.append(Turn(opener.start, end, opener.speaker or "", label_end))
    return turns
