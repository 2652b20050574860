"""Cues in, stored text and timed turns out: what every transcript format shares.

A reader turns a file into Cues (speaker, times, what was said, and the line it
came from). `assemble` joins consecutive cues of one speaker into one turn and
renders each turn as "Name: text", turns separated by a blank line, so that the
speaker shows in the text and every offset is known without searching.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from accord.core.normalise import normalise_text

# A cue with no speaker: nothing says who spoke it, so it is never joined to another.
UNNAMED = ""


@dataclass(frozen=True)
class Cue:
    line: int  # 1-based line of the file where the cue starts (for messages)
    start: float | None  # seconds
    end: float | None
    speaker: str  # UNNAMED if the format names nobody
    text: str  # what was said, markup removed; may be empty


@dataclass(frozen=True)
class TimedTurn:
    start: int  # code-point offsets in the stored text, half-open
    end: int
    label_end: int  # just past "Name: "; == start for an unnamed turn
    speaker: str
    time_start: float | None  # seconds
    time_end: float | None

    def row(self) -> tuple[int, int, int, str, float | None, float | None]:
        return self.start, self.end, self.label_end, self.speaker, self.time_start, self.time_end


@dataclass(frozen=True)
class Transcript:
    text: str
    turns: tuple[TimedTurn, ...]
    kind: str  # for people: "WebVTT (Microsoft Teams)", "SRT", ...
    cues: int  # cues read, empty ones included

    @property
    def speakers(self) -> list[str]:
        """Named speakers in order of first appearance."""
        return list(dict.fromkeys(turn.speaker for turn in self.turns if turn.speaker != UNNAMED))


def tidy(text: str) -> str:
    """One line of normalised text: line breaks and runs of spaces become one space.

    Each piece is normalised on its own; the separators put between pieces (" ",
    ": ", "\\n") are starters that compose with nothing, so the stored text is
    already what the import pipeline's normaliser would make of it.
    """
    words = " ".join(text.split())
    if words.isascii() and words.isprintable():  # the usual case, and nothing to normalise
        return words
    normalised, _report = normalise_text(words)
    words = " ".join(normalised.split())
    # A piece that opens with a combining mark would attach it to the separator before it.
    while words and unicodedata.combining(words[0]):
        words = words[1:].lstrip()
    return words


def assemble(cues: Iterable[Cue], kind: str) -> Transcript:
    """The transcript of `cues`: consecutive cues of one named speaker form one turn."""
    pieces: list[str] = []
    turns: list[TimedTurn] = []
    offset = 0
    count = 0
    current: list | None = None  # [speaker, texts, time_start, time_end]

    def close() -> None:
        nonlocal offset
        speaker, texts, time_start, time_end = current
        said = " ".join(texts)
        label = f"{speaker}: " if speaker != UNNAMED else ""
        if not said and not label:
            return
        if not said:
            label = label.rstrip()
        start = offset + (2 if pieces else 0)
        if pieces:
            pieces.append("\n\n")
        pieces.append(label + said)
        end = start + len(label) + len(said)
        turns.append(TimedTurn(start, end, min(start + len(label), end), speaker, time_start, time_end))
        offset = end

    for cue in cues:
        count += 1
        text = tidy(cue.text)
        speaker = tidy(cue.speaker)
        if not text:
            continue  # an empty cue says nothing, and does not split a turn
        if current is not None and speaker != UNNAMED and speaker == current[0]:
            current[1].append(text)
            current[3] = _later(current[3], cue.end)
            continue
        if current is not None:
            close()
        current = [speaker, [text], cue.start, cue.end]
    if current is not None:
        close()
    return Transcript("".join(pieces), tuple(turns), kind, count)


def _later(a: float | None, b: float | None) -> float | None:
    if a is None:
        return b
    return a if b is None else max(a, b)
