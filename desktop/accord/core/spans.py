"""Span arithmetic on half-open [start, end) ranges of code points."""

from collections.abc import Iterable

from .errors import InvalidSpan

Span = tuple[int, int]


def check_span(start: int, end: int, length: int, *, allow_empty: bool = False) -> None:
    """Raise InvalidSpan unless 0 <= start <= end <= length (and start < end unless allowed)."""
    if not isinstance(start, int) or not isinstance(end, int):
        raise InvalidSpan(f"offsets must be whole numbers, not {start!r} and {end!r}")
    if start < 0:
        raise InvalidSpan(f"start {start} is before the beginning of the text")
    if end > length:
        raise InvalidSpan(f"end {end} is past the end of the text ({length} characters)")
    if start > end:
        raise InvalidSpan(f"start {start} is after end {end}")
    if start == end and not allow_empty:
        raise InvalidSpan(f"the span {start}–{end} is empty")


def overlaps(a: Span, b: Span) -> bool:
    """True when the spans share at least one character (touching spans do not)."""
    return a[0] < b[1] and b[0] < a[1]


def intersection(a: Span, b: Span) -> int:
    """How many characters two spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def merge_overlapping(spans: Iterable[Span]) -> list[Span]:
    """Sorted spans with overlapping ones merged; touching spans stay apart."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def covered_length(spans: Iterable[Span]) -> int:
    """Characters covered by the union of the spans."""
    return sum(e - s for s, e in merge_overlapping(spans))
