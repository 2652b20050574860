"""Character counts by interval arithmetic, per code × document (group).

For every group and coder: characters coded, units, Σ unit length²; for every
pair of coders: characters both coded (the sum of the overlaps of their units,
which within one coder are disjoint), the 2004 unitizing distances and the
segment matches. The 2×2 table of a pair follows:

    both = a, only_first = len_i − a, only_second = len_j − a,
    neither = document length − len_i − len_j + a

Everything is a sum over units or over overlapping pairs of units, so pooling
over documents is a sum too.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from .segments import matching, overlapping_pairs
from .units import Units


@dataclass(frozen=True)
class GroupCounts:
    """Sums per group (rows) and coder or pair (columns)."""

    coded: np.ndarray  # (G, m) characters each coder coded
    units: np.ndarray  # (G, m) units each coder has
    squares: np.ndarray  # (G, m) Σ unit length² (float)
    both: np.ndarray  # (G, P) characters both coders of the pair coded
    distance_2004: np.ndarray  # (G, P) Σ δ² of Krippendorff (2004) between the pair (float)
    matched_first: np.ndarray  # (G, P) segments of the first coder that match (MAXQDA)
    matched_second: np.ndarray  # (G, P) segments of the second coder that match
    pairs: list[tuple[int, int]]


def _per_group(units: Units, index: np.ndarray, weights) -> np.ndarray:
    return np.bincount(units.group[index], weights=weights, minlength=units.groups)


def group_counts(units: Units, share: Fraction) -> GroupCounts:
    m, groups = units.coders, units.groups
    length = units.lengths
    slot = units.group * m + units.coder
    coded = np.bincount(slot, weights=length, minlength=groups * m).reshape(groups, m).astype(np.int64)
    count = np.bincount(slot, minlength=groups * m).reshape(groups, m)
    squares = np.bincount(slot, weights=length.astype(float) ** 2, minlength=groups * m).reshape(groups, m)

    pairs = [(i, j) for i in range(m) for j in range(i + 1, m)]
    both = np.zeros((groups, len(pairs)), dtype=np.int64)
    distance = np.zeros((groups, len(pairs)))
    matched_first = np.zeros((groups, len(pairs)), dtype=np.int64)
    matched_second = np.zeros((groups, len(pairs)), dtype=np.int64)
    for p, (i, j) in enumerate(pairs):
        ov = overlapping_pairs(units, i, j)
        s1, e1 = units.start[ov.first], units.end[ov.first]
        s2, e2 = units.start[ov.second], units.end[ov.second]
        common = np.minimum(e1, e2) - np.maximum(s1, s2)
        both[:, p] = _per_group(units, ov.first, common).astype(np.int64)
        # Krippendorff (2004): overlapping units differ by (Δ start)² + (Δ end)²; a unit lying in a gap
        # of the other coder (overlapping none of its units) counts its length².
        d = (s1 - s2).astype(float) ** 2 + (e1 - e2).astype(float) ** 2
        lonely_i = ov.first_units[ov.first_partners == 0]
        lonely_j = ov.second_units[ov.second_partners == 0]
        distance[:, p] = (_per_group(units, ov.first, d)
                          + _per_group(units, lonely_i, length[lonely_i].astype(float) ** 2)
                          + _per_group(units, lonely_j, length[lonely_j].astype(float) ** 2))
        ok_i, ok_j = matching(units, ov, share)
        matched_first[:, p] = _per_group(units, ov.first_units, ok_i.astype(float)).astype(np.int64)
        matched_second[:, p] = _per_group(units, ov.second_units, ok_j.astype(float)).astype(np.int64)
    return GroupCounts(coded, count, squares, both, distance, matched_first, matched_second, pairs)


def disagreeing_pairs(coded: np.ndarray, both: np.ndarray, pairs: list[tuple[int, int]]) -> np.ndarray:
    """Σ over characters of k(m − k) (k coders coded it) = Σ over ordered pairs i ≠ j of (len_i − both_ij)."""
    total = np.zeros(coded.shape[:-1])
    for p, (i, j) in enumerate(pairs):
        total = total + coded[..., i] + coded[..., j] - 2 * both[..., p]
    return total
