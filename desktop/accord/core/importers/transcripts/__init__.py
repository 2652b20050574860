"""Transcripts with speakers and times: WebVTT (Zoom, Teams), SRT, timestamped plain text.

    transcript = parse_transcript(text, "interview.vtt")   # None for a .txt that is not one
    transcript.text, transcript.turns                      # "Name: text" turns, with seconds

The stored text keeps only what was said: no header, cue ids or numbers, timing
lines or markup. Each turn is "Name: text" (label_end just past "Name: "),
consecutive cues of one speaker are one turn, and turns are separated by a blank
line. A malformed file raises ImportFailed: "<file>: line N: <what is wrong>".
"""

from __future__ import annotations

import re

from accord.core.importers.transcripts.model import UNNAMED, Cue, TimedTurn, Transcript, assemble

__all__ = ["TRANSCRIPT_SUFFIXES", "UNNAMED", "Cue", "TimedTurn", "Transcript", "assemble", "parse_transcript"]

TRANSCRIPT_SUFFIXES = (".vtt", ".srt")
_TIME_HINT = re.compile(r"\d:\d\d")
_HINT_REACH = 20_000  # characters: a timestamped transcript shows a time well before this


def parse_transcript(text: str, name: str) -> Transcript | None:
    """The transcript in decoded `text`, its format chosen by the suffix of `name` (content for .txt)."""
    from accord.core.normalise import normalise_text

    suffix = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if suffix not in ("vtt", "srt") and not _TIME_HINT.search(text, 0, _HINT_REACH):
        return None  # most .txt files: no time near the start, so not a timestamped transcript
    text, _report = normalise_text(text)  # line numbers then count "\n" only, whatever the file used
    if suffix == "vtt":
        from accord.core.importers.transcripts.webvtt import read_webvtt
        return read_webvtt(text, name)
    if suffix == "srt":
        from accord.core.importers.transcripts.subrip import read_srt
        return read_srt(text, name)
    from accord.core.importers.transcripts.plain import read_plain, recognise
    layout = recognise(text)
    return None if layout is None else read_plain(text, layout)

