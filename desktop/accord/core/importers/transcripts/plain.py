"""Timestamped plain-text transcripts (hand-parsed: no library reads these).

Two layouts, recognised by content:

    [00:01:02] Maya: So where do we start?        (a stamp and a label on each line;
    Maya (00:01:02): So where do we start?         the stamp may follow the name)

    Maya Patel  00:01:02                           (a name and a stamp on a line of
    So where do we start?                          their own, the text below, as
                                                   Otter-like services export)

Speaker names must look like names (core/turns.py's rule), so prose with an odd
time in it is not taken for a transcript. A turn ends when the next one starts.
"""

from __future__ import annotations

import re

from accord.core.importers.transcripts.model import UNNAMED, Cue, Transcript, assemble
from accord.core.importers.transcripts.times import TIMESTAMP, seconds
from accord.core.turns import _speaker

_NAME = r"[^\W\d_][\w.'’ -]{0,48}?"
_STAMP_FIRST = re.compile(rf"[ \t]*[\[(]?({TIMESTAMP})[\])]?[ \t]+({_NAME})[ \t]*:[ \t]*(.*)")
_NAME_FIRST = re.compile(rf"[ \t]*({_NAME})[ \t]*[\[(]({TIMESTAMP})[\])][ \t]*:[ \t]*(.*)")
_HEADING = re.compile(rf"[ \t]*({_NAME})[ \t]+[\[(]?({TIMESTAMP})[\])]?[ \t]*")
_MIN_STAMPED = 2
_MIN_SHARE = 0.2  # of the non-blank lines; a heading layout has a heading per paragraph


def _labelled(line: str) -> tuple[str, float, str] | None:
    """(speaker, seconds, text) of a "[stamp] Name: text" or "Name (stamp): text" line."""
    if ":" not in line:
        return None
    match = _STAMP_FIRST.fullmatch(line)
    if match is not None:
        stamp, name, text = match.groups()
    else:
        match = _NAME_FIRST.fullmatch(line)
        if match is None:
            return None
        name, stamp, text = match.groups()
    return _checked(name, stamp, text)


def _heading(line: str) -> tuple[str, float, str] | None:
    """(speaker, seconds, "") of a "Name  00:01:02" line."""
    match = _HEADING.fullmatch(line)
    return None if match is None else _checked(match.group(1), match.group(2), "")


def _checked(name: str, stamp: str, text: str) -> tuple[str, float, str] | None:
    speaker, time = _speaker(name), seconds(stamp)
    return None if speaker is None or time is None else (speaker, time, text)


def recognise(text: str) -> str | None:
    """"labelled" or "headed" if `text` is a timestamped transcript of that layout, else None."""
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines:
        return None
    best = None
    for layout, matcher in (("labelled", _labelled), ("headed", _heading)):
        found = sum(1 for line in lines if matcher(line) is not None)
        if found >= _MIN_STAMPED and found >= _MIN_SHARE * len(lines) and (best is None or found > best[1]):
            best = (layout, found)
    return None if best is None else best[0]


def read_plain(text: str, layout: str) -> Transcript:
    """The transcript in `text`, of a layout `recognise` named. Lines before the first stamp are kept, unnamed."""
    matcher = _labelled if layout == "labelled" else _heading
    opened: list[list] = []  # [line, seconds, speaker, texts]
    for number, line in enumerate(text.split("\n"), 1):
        found = matcher(line)
        if found is not None:
            speaker, time, said = found
            opened.append([number, time, speaker, [said]])
        elif line.strip():
            if not opened:
                opened.append([number, None, UNNAMED, []])
            opened[-1][3].append(line)
    cues = []
    for index, (number, time, speaker, texts) in enumerate(opened):
        following = opened[index + 1][1] if index + 1 < len(opened) else None
        end = following if time is not None and following is not None and following >= time else None
        cues.append(Cue(number, time, end, speaker, "\n".join(texts)))
    kind = "timestamped transcript" + (" (name and time above the text)" if layout == "headed" else "")
    return assemble(cues, kind)
