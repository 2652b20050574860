"""Timestamps as transcripts write them: "01:02:03.456", "02:03,5", "1:02:03"."""

from __future__ import annotations

import re

# Hours optional; a fraction after "." (WebVTT) or "," (SRT).
TIMESTAMP = r"(?:\d{1,3}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
_PARTS = re.compile(r"(?:(\d{1,3}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?")


def seconds(stamp: str) -> float | None:
    """The time `stamp` writes, in seconds; None if it is not a timestamp (minutes or seconds over 59)."""
    match = _PARTS.fullmatch(stamp.strip())
    if match is None:
        return None
    hours, minutes, secs, fraction = match.groups()
    if int(minutes) > 59 or int(secs) > 59:
        return None
    value = int(hours or 0) * 3600 + int(minutes) * 60 + int(secs)
    if fraction:
        value += int(fraction) / 10 ** len(fraction)
    return round(float(value), 3)


def clock(value: float | None) -> str:
    """"1:02:03.5" for 3723.5 seconds, "2:03" for 123; "" for no time."""
    if value is None:
        return ""
    whole, fraction = divmod(round(value * 1000), 1000)
    minutes, secs = divmod(whole, 60)
    hours, minutes = divmod(minutes, 60)
    text = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
    return text + (f".{fraction:03d}".rstrip("0") if fraction else "")
