"""Cue text without markup, and the speaker it names.

WebVTT cue text may carry tags (<v Name>, <c.yellow>, <i>, <00:01:02.000>) and
character references (&amp;); SRT files often carry <i>, <font ...> and
{\\an8}-style positioning codes. Only what was said is kept.
"""

from __future__ import annotations

import html
import re

_VOICE = re.compile(r"<v(?:\.[^\s>]*)?[ \t]+([^>]*)>")
_TAG = re.compile(r"<[^>\n]*>")
# SRT has no escaping: only the tags subtitle tools write are markup, "a < b > c" is text.
_SRT_TAG = re.compile(r"</?(?:i|b|u|s|font|c|v|ruby|rt)(?:[ .\t][^>\n]*)?>", re.IGNORECASE)
_ASS_CODE = re.compile(r"\{\\[^}\n]*\}")
# "Name: text" as Zoom writes it: any display name (emails and lower case too), no colon in it;
# "Name:" alone is an empty cue of that speaker.
_NAME_PREFIX = re.compile(r"[ \t]*([^:\s][^:\n]{0,59}?)[ \t]*:(?:[ \t]+(?=\S)|[ \t]*$)")


def voice_and_text(payload: str, *, srt: bool = False) -> tuple[str, str]:
    """(speaker of the first <v> span or "", the text without tags or character references).

    WebVTT escapes "<" and "&" in text; SRT does not, so there only known tags and
    {\\...} codes go and "&" stays as written.
    """
    voice = ""
    if "<" in payload:
        match = _VOICE.search(payload)
        if match is not None:
            voice = html.unescape(match.group(1)).strip()
        payload = (_SRT_TAG if srt else _TAG).sub("", payload)
    if srt:
        return voice, _ASS_CODE.sub("", payload) if "{\\" in payload else payload
    if "&" in payload:
        payload = html.unescape(payload)
    return voice, payload


def name_prefix(text: str) -> tuple[str, str] | None:
    """(name, rest) if `text` opens with "Name: "; None otherwise."""
    match = _NAME_PREFIX.match(text)
    if match is None or "://" in text[: match.end() + 2]:
        return None
    return match.group(1), text[match.end():]


def names_speakers(texts: list[str]) -> bool:
    """Whether "Name: " openings are the file's convention: most cues with text open with one.

    Decided per file, so that a subtitle line such as "Note: the door" in a file
    that names nobody stays text.
    """
    said = [text for text in texts if text.strip()]
    if not said:
        return False
    named = sum(1 for text in said if name_prefix(text) is not None)
    return named * 2 > len(said)
