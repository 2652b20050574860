"""Adjudication: deciding each disagreement between two coders into a consensus coder.

The consensus coder is an ordinary coder (default name "Consensus"), so it
can be compared with anyone afterwards. Every decision is recorded in the
`adjudications` table: both coders' sides, the decision, the spans the
consensus received and an optional note.

Decisions:
- accept_first / accept_second: that coder's code and span (nothing if that side is empty);
- union: boundary → the code over both extents; confusion → both codes, each on its span;
  omission → the one span there is;
- intersection: boundary → the code on the characters both coded; confusion and
  omission → nothing (the coders agreed on no coded characters);
- edit: the spans given by the adjudicator;
- neither: nothing, but the decision is recorded.
"""

import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from .disagreements import Disagreement
from ..command_guard import changes_project
from ..clock import now
from ..codebook import resolve_code
from ..coders import CONSENSUS_ROLE, Coder, ensure_coder, resolve_coder
from ..codings import Coding, apply_code
from ..errors import InvalidValue

DECISIONS = ("accept_first", "accept_second", "union", "intersection", "edit", "neither")
CONSENSUS = "Consensus"

Placement = tuple[int, int, int]  # code id, start, end


@dataclass(frozen=True)
class Adjudication:
    id: int
    document_id: int
    consensus_coder_id: int
    first_coder_id: int | None
    second_coder_id: int | None
    kind: str
    decision: str
    result: list[Placement]
    note: str
    decided_at: str


@changes_project
def adjudicate(db: Database, disagreement: Disagreement, decision: str, *, first: str | int, second: str | int,
               consensus: str = CONSENSUS, edited: Iterable[tuple[str | int, int, int]] = (),
               note: str = "") -> list[Coding]:
    """Write the decision for one disagreement of coders `first` and `second` to the consensus coder."""
    if decision not in DECISIONS:
        raise InvalidValue(f"unknown decision {decision!r}; choose one of {', '.join(DECISIONS)}")
    first_id, second_id = resolve_coder(db, first), resolve_coder(db, second)
    consensus_coder = ensure_coder(db, consensus, role=CONSENSUS_ROLE)
    if consensus_coder.id in (first_id, second_id):
        raise InvalidValue(f"the consensus coder {consensus!r} cannot be one of the two coders compared")
    if consensus_coder.role != CONSENSUS_ROLE:  # decisions must not mix with someone's own coding
        raise InvalidValue(f"{consensus_coder.name!r} codes independently, so decisions cannot go to it; "
                           f"name another consensus coder, or give it the role 'consensus' first")
    placements = _placements(db, disagreement, decision, edited)
    if decision == "edit" and not placements:
        raise InvalidValue("an edited decision needs at least one span (or choose 'neither')")
    codings = [apply_code(db, disagreement.document_id, code_id, consensus_coder.id, start, end)
               for code_id, start, end in placements]
    _record(db, disagreement, decision, first_id, second_id, consensus_coder, placements, note)
    return codings


def adjudications(db: Database, document: int | None = None) -> list[Adjudication]:
    sql = ("SELECT id, document_id, consensus_coder_id, first_coder_id, second_coder_id, kind, decision, result,"
           " note, decided_at FROM adjudications")
    rows = db.execute(sql + (" WHERE document_id = ? ORDER BY id" if document is not None else " ORDER BY id"),
                      [document] if document is not None else [])
    return [Adjudication(*row[:7], [tuple(p) for p in json.loads(row[7])], *row[8:]) for row in rows]


def is_decided(db: Database, disagreement: Disagreement, first: str | int, second: str | int) -> bool:
    """Whether this very disagreement (same coders, codes and spans) has a recorded decision."""
    first_side, second_side = _side(db, disagreement, "first"), _side(db, disagreement, "second")
    row = db.execute(
        "SELECT 1 FROM adjudications WHERE document_id = ? AND first_coder_id = ? AND second_coder_id = ?"
        " AND kind = ? AND first_code_id IS ? AND first_start IS ? AND first_end IS ?"
        " AND second_code_id IS ? AND second_start IS ? AND second_end IS ?",
        [disagreement.document_id, resolve_coder(db, first), resolve_coder(db, second), disagreement.kind,
         *first_side, *second_side],
    ).fetchone()
    return row is not None


def _placements(db: Database, d: Disagreement, decision: str,
                edited: Iterable[tuple[str | int, int, int]]) -> list[Placement]:
    first = _placement(db, d.first_code, d.first_span)
    second = _placement(db, d.second_code, d.second_span)
    sides = [p for p in (first, second) if p is not None]
    if decision == "accept_first":
        return [first] if first else []
    if decision == "accept_second":
        return [second] if second else []
    if decision == "edit":
        return [(resolve_code(db, code), start, end) for code, start, end in edited]
    if decision == "neither":
        return []
    both_same_code = first and second and first[0] == second[0]
    if decision == "union":
        if both_same_code:
            return [(first[0], min(first[1], second[1]), max(first[2], second[2]))]
        return sides
    # intersection
    if both_same_code and max(first[1], second[1]) < min(first[2], second[2]):
        return [(first[0], max(first[1], second[1]), min(first[2], second[2]))]
    return []


def _placement(db: Database, code: str | None, span: tuple[int, int] | None) -> Placement | None:
    if code is None or span is None:
        return None
    return resolve_code(db, code), span[0], span[1]


def _side(db: Database, d: Disagreement, which: str) -> tuple:
    placement = _placement(db, getattr(d, f"{which}_code"), getattr(d, f"{which}_span"))
    return placement if placement else (None, None, None)


def _record(db: Database, d: Disagreement, decision: str, first_id: int, second_id: int, consensus: Coder,
            placements: list[Placement], note: str) -> None:
    db.execute(
        "INSERT INTO adjudications(document_id, consensus_coder_id, first_coder_id, second_coder_id, kind, decision,"
        " first_code_id, first_start, first_end, second_code_id, second_start, second_end, result, note, decided_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [d.document_id, consensus.id, first_id, second_id, d.kind, decision, *_side(db, d, "first"),
         *_side(db, d, "second"), json.dumps([list(p) for p in placements]), note, now()],
    )
