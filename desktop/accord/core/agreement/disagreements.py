"""Where two coders disagree: the list behind a disagreement navigator and adjudication.

Three kinds, between the units (merged codings) of coder A ("first") and coder B
("second"):

- "boundary": A and B applied the same code to overlapping spans of different
  extent. One per overlapping pair; size = characters coded by one of the two
  spans only (|a| + |b| − 2|a ∩ b|).
- "confusion": A's span with code X overlaps B's span with code Y (X ≠ Y), where
  B has no span of X overlapping A's span and A has no span of Y overlapping B's.
  One per such pair; size = |a ∩ b|.
- "omission": a span of one coder that the other coder's spans of the same code
  do not overlap at all, and that is not part of a confusion. Size = its length.

The list is sorted largest first (then by document order and position). Each
entry carries the coding ids behind each side's span, for jumping to or editing
the codings. `confusion_table` sums the confusions into a code × code table.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sqlite_utils import Database

from .options import AgreementOptions, resolve_selection
from .segments import overlapping_pairs
from .units import load_units

KINDS = ("boundary", "confusion", "omission")

Span = tuple[int, int]


@dataclass(frozen=True)
class Disagreement:
    kind: str  # "boundary" | "confusion" | "omission"
    document_id: int
    document: str
    start: int  # the extent covering both sides' spans
    end: int
    size: int  # characters in dispute
    first_code: str | None  # the first coder's code here (None: the first coder has nothing here)
    second_code: str | None
    first_span: Span | None
    second_span: Span | None
    first_codings: tuple[int, ...] = ()  # ids of the codings merged into the first coder's span
    second_codings: tuple[int, ...] = ()


def find_disagreements(db: Database, coder_a: str | int, coder_b: str | int,
                       options: AgreementOptions | None = None) -> list[Disagreement]:
    """Boundary, confusion and omission disagreements of two coders, largest first.

    `options` selects codes and documents and trimming as for compute_agreement
    (its coders and bootstrap are ignored).
    """
    options = dataclasses.replace(options or AgreementOptions(), coders=(coder_a, coder_b), bootstrap=0)
    selection = resolve_selection(db, options)
    units = load_units(db, selection, trim=options.trim_whitespace)
    codings: list[list[int]] = [[] for _ in range(len(units))]
    for unit, coding_id in zip(units.coding_unit.tolist(), units.coding_ids.tolist()):
        codings[unit].append(coding_id)
    start, end = units.start.tolist(), units.end.tolist()
    doc_of_unit = units.group_document[units.group].tolist()
    code_of_unit = units.group_code[units.group].tolist()
    names = selection.code_names
    found: list[tuple] = []

    def record(kind: str, u: int | None, v: int | None, size: int) -> None:
        if v is None:
            low, high, d = start[u], end[u], doc_of_unit[u]
        elif u is None:
            low, high, d = start[v], end[v], doc_of_unit[v]
        else:
            low, high, d = min(start[u], start[v]), max(end[u], end[v]), doc_of_unit[u]
        found.append((
            -size, d, low, KINDS.index(kind),
            Disagreement(
                kind, selection.document_ids[d], selection.document_names[d], low, high, size,
                names[code_of_unit[u]] if u is not None else None,
                names[code_of_unit[v]] if v is not None else None,
                (start[u], end[u]) if u is not None else None,
                (start[v], end[v]) if v is not None else None,
                tuple(sorted(codings[u])) if u is not None else (),
                tuple(sorted(codings[v])) if v is not None else (),
            ),
        ))

    ov = overlapping_pairs(units, 0, 1)
    for u, v in zip(ov.first.tolist(), ov.second.tolist()):
        if start[u] != start[v] or end[u] != end[v]:
            common = min(end[u], end[v]) - max(start[u], start[v])
            record("boundary", u, v, (end[u] - start[u]) + (end[v] - start[v]) - 2 * common)

    lonely_first = ov.first_units[ov.first_partners == 0].tolist()
    lonely_second = ov.second_units[ov.second_partners == 0].tolist()
    confused: set[int] = set()
    for u, v in _cross_overlaps(lonely_first, lonely_second, doc_of_unit, start, end):
        confused.update((u, v))
        record("confusion", u, v, min(end[u], end[v]) - max(start[u], start[v]))
    for u in lonely_first:
        if u not in confused:
            record("omission", u, None, end[u] - start[u])
    for v in lonely_second:
        if v not in confused:
            record("omission", None, v, end[v] - start[v])
    found.sort(key=lambda item: item[:4])
    return [item[4] for item in found]


def _cross_overlaps(first: list[int], second: list[int], doc: list[int], start: list[int],
                    end: list[int]) -> list[tuple[int, int]]:
    """Overlapping (first, second) pairs of units in the same document, by a sweep over starts."""
    events = sorted([(doc[u], start[u], 0, u) for u in first] + [(doc[v], start[v], 1, v) for v in second])
    pairs = []
    active: tuple[list[int], list[int]] = ([], [])
    current = None
    for d, s, side, x in events:
        if d != current:
            active = ([], [])
            current = d
        others = [y for y in active[1 - side] if end[y] > s]
        active[1 - side][:] = others
        for y in others:
            pairs.append((x, y) if side == 0 else (y, x))
        active[side].append(x)
    return pairs


def confusion_table(disagreements: list[Disagreement]) -> dict[str, dict[str, dict[str, int]]]:
    """{first coder's code: {second coder's code: {"count": confusions, "characters": overlap}}}."""
    table: dict[str, dict[str, dict[str, int]]] = {}
    for item in disagreements:
        if item.kind != "confusion":
            continue
        cell = table.setdefault(item.first_code, {}).setdefault(item.second_code, {"count": 0, "characters": 0})
        cell["count"] += 1
        cell["characters"] += item.size
    return table
