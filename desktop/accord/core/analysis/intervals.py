"""Set operations on sorted, merged lists of half-open spans (one document's).

Every list here is sorted and merged (no two spans overlap or touch), as
`merged()` returns; the operations walk the lists once, span by span.
"""

from __future__ import annotations

from collections.abc import Iterable

Spans = list[tuple[int, int]]


def merged(spans: Iterable[tuple[int, int]]) -> Spans:
    """The union of `spans` as sorted, disjoint spans; touching spans are joined, empty ones dropped."""
    out: list[list[int]] = []
    for start, end in sorted(s for s in spans if s[0] < s[1]):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [(s, e) for s, e in out]


def union(a: Spans, b: Spans) -> Spans:
    return merged(a + b)


def intersect(a: Spans, b: Spans) -> Spans:
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        start, end = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if start < end:
            out.append((start, end))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def subtract(a: Spans, b: Spans) -> Spans:
    out, j = [], 0
    for start, end in a:
        while j < len(b) and b[j][1] <= start:
            j += 1
        k, cursor = j, start
        while k < len(b) and b[k][0] < end:
            if b[k][0] > cursor:
                out.append((cursor, b[k][0]))
            cursor = max(cursor, b[k][1])
            k += 1
        if cursor < end:
            out.append((cursor, end))
    return out


def near(a: Spans, b: Spans, distance: int) -> Spans:
    """The spans of `a` with a span of `b` at most `distance` characters away (overlapping: 0)."""
    grown = merged((s - distance, e + distance) for s, e in b)
    return touching(a, grown, inclusive=True)


def touching(a: Spans, b: Spans, *, inclusive: bool = False) -> Spans:
    """The spans of `a` (whole) that share a character with a span of `b`.

    With `inclusive`, a span that only touches one of `b` (ends where it starts) counts too.
    """
    out, j = [], 0
    for start, end in a:
        while j < len(b) and (b[j][1] < start if inclusive else b[j][1] <= start):
            j += 1
        if j < len(b) and (b[j][0] <= end if inclusive else b[j][0] < end):
            out.append((start, end))
    return out
