"""Units cut at speaker turns, for a bootstrap that resamples turns instead of documents.

A study with a handful of long interviews gives a document bootstrap too few distinct
resamples (see bootstrap.RELIABLE_DOCUMENTS). Resampling speaker turns gives many more,
at a price the user chooses knowingly: neighbouring turns of one conversation are not
independent, so turn intervals come out narrower than a document bootstrap's would be.

Each document is cut into pieces at the starts of its stored turns: the text before the
first turn is a piece of its own, and a document without turns stays whole. A unit that
runs across a cut becomes one unit per piece (so |uα counts its parts as separate units
within a resample). Pieces take the place of documents: `group_document` of the result
numbers pieces, `piece_lengths` are their lengths, and a unit's offsets count from the start
of its piece.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from sqlite_utils import Database

from .options import Selection
from .units import Units


def turn_cuts(db: Database, selection: Selection) -> tuple[np.ndarray, np.ndarray]:
    """(cuts, first_cut): the sorted cut offsets of every document laid out one after another.

    Document d's pieces are [cuts[k], cuts[k + 1]) for k in first_cut[d] .. first_cut[d + 1] − 2
    (its cuts include 0 and its length).
    """
    starts: dict[int, list[int]] = {}
    if selection.document_ids:
        marks = ",".join("?" * len(selection.document_ids))
        for document_id, start in db.execute(
                f"SELECT document_id, start FROM turns WHERE document_id IN ({marks}) ORDER BY document_id, start",
                list(selection.document_ids)):
            starts.setdefault(document_id, []).append(start)
    cuts, first = [], [0]
    for document_id, length in zip(selection.document_ids, selection.document_lengths.tolist()):
        inside = [s for s in starts.get(document_id, ()) if 0 < s < length]
        cuts.append(np.unique(np.array([0, length, *inside], dtype=np.int64)))
        first.append(first[-1] + len(cuts[-1]))
    return (np.concatenate(cuts) if cuts else np.zeros(0, dtype=np.int64)), np.array(first, dtype=np.int64)


def split_at_turns(db: Database, selection: Selection, units: Units, codes: int) -> tuple[Units, np.ndarray]:
    """(units cut at the turns, with groups (piece, code); the length of every piece)."""
    cuts, first_cut = turn_cuts(db, selection)
    # A document of c cuts has c − 1 pieces: its starts are its cuts but the last, its ends its cuts but the first.
    piece_start = np.delete(cuts, first_cut[1:] - 1) if len(cuts) else cuts
    piece_end = np.delete(cuts, first_cut[:-1]) if len(cuts) else cuts
    piece_lengths = piece_end - piece_start
    if len(units) == 0:
        return units, piece_lengths
    document = units.group_document[units.group]
    code = units.group_code[units.group]
    # On the documents laid end to end the pieces' starts increase, so one search finds every unit's piece.
    base = np.concatenate(([0], np.cumsum(selection.document_lengths)))[:-1]
    pieces_per_document = np.diff(first_cut) - 1
    laid_out = piece_start + np.repeat(base, np.maximum(pieces_per_document, 0))

    def piece_of(position: np.ndarray) -> np.ndarray:
        return np.searchsorted(laid_out, position + base[document], side="right") - 1

    first_piece = piece_of(units.start)
    last_piece = piece_of(units.end - 1)
    count = last_piece - first_piece + 1
    unit = np.repeat(np.arange(len(units)), count)
    piece = first_piece[unit] + (np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count))
    # Offsets within the piece, as the counting code expects of a group (0 ≤ start < end ≤ its length).
    start = np.maximum(units.start[unit], piece_start[piece]) - piece_start[piece]
    end = np.minimum(units.end[unit], piece_end[piece]) - piece_start[piece]
    key = piece * max(codes, 1) + code[unit]
    order = np.lexsort((start, units.coder[unit], key))
    key, unit, start, end = key[order], unit[order], start[order], end[order]
    group_keys, group = np.unique(key, return_inverse=True)
    group_piece = group_keys // max(codes, 1)
    return replace(units, group=group.astype(np.int64), coder=units.coder[unit], start=start, end=end,
                   group_document=group_piece, group_code=group_keys % max(codes, 1),
                   group_length=piece_lengths[group_piece], coding_ids=np.zeros(0, dtype=np.int64),
                   coding_unit=np.zeros(0, dtype=np.int64)), piece_lengths
