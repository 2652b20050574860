"""Transcript files as Zoom, Microsoft Teams, SubRip tools and transcription services write them.

Tests build every file from (speaker, start, end, text) cues, so the expected turns are known.
"""

from __future__ import annotations

from pathlib import Path

CUES = [
    ("Maya Patel", 1.0, 3.5, "Hello and welcome."),
    ("Maya Patel", 3.6, 5.0, "Shall we start?"),
    ("Jonas Berg", 5.0, 7.25, "Yes, let's."),
    ("Maya Patel", 8.0, 9.0, "Good."),
]
# The text every format of CUES stores: consecutive cues of one speaker make one turn.
EXPECTED_TEXT = "Maya Patel: Hello and welcome. Shall we start?\n\nJonas Berg: Yes, let's.\n\nMaya Patel: Good."
EXPECTED_TURNS = [("Maya Patel", 1.0, 5.0), ("Jonas Berg", 5.0, 7.25), ("Maya Patel", 8.0, 9.0)]


def stamp(seconds: float, comma: bool = False) -> str:
    millis = round(seconds * 1000)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    text = f"{hours:02d}:{minutes:02d}:{millis // 1000:02d}.{millis % 1000:03d}"
    return text.replace(".", ",") if comma else text


def escaped(text: str) -> str:
    """Cue text as WebVTT requires it."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def teams_vtt(cues=CUES) -> str:
    """Teams: a GUID-like cue id, then a <v Name> voice span."""
    blocks = ["WEBVTT"]
    for index, (speaker, start, end, text) in enumerate(cues):
        said = escaped(text)
        blocks.append(f"3f2a9c1e-77b4-4c1a-9e2d-{index:012x}/{index + 12}-0\n{stamp(start)} --> {stamp(end)}\n"
                      f"<v {speaker}>{said}</v>")
    return "\n\n".join(blocks) + "\n"


def zoom_vtt(cues=CUES) -> str:
    """Zoom: numbered cues whose text opens with "Name: "."""
    blocks = ["WEBVTT"]
    for index, (speaker, start, end, text) in enumerate(cues, 1):
        blocks.append(f"{index}\n{stamp(start)} --> {stamp(end)}\n{speaker}: {escaped(text)}")
    return "\n\n".join(blocks) + "\n"


def srt_text(cues=CUES, *, crlf: bool = False) -> str:
    blocks = [f"{index}\n{stamp(start, True)} --> {stamp(end, True)}\n{speaker}: {text}"
              for index, (speaker, start, end, text) in enumerate(cues, 1)]
    text = "\n\n".join(blocks) + "\n"
    return text.replace("\n", "\r\n") if crlf else text


def bracketed_txt(cues=CUES) -> str:
    """"[00:00:01] Name: text", one line per cue."""
    return "".join(f"[{stamp(start)[:8]}] {speaker}: {text}\n" for speaker, start, _end, text in cues)


def headed_txt(cues=CUES) -> str:
    """"Name  0:01" above the text, as Otter-like services export."""
    return "\n".join(f"{speaker}  {int(start) // 60}:{int(start) % 60:02d}\n{text}\n"
                     for speaker, start, _end, text in cues)


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path
