"""Overlapping units of two coders, and MAXQDA-style segment matching.

`overlapping_pairs` finds, for two coders, every pair of their units of the same
code in the same document that share at least one character (touching units do
not), with binary search over the sorted units: no loop over characters, no
loop over units.

Segment matching as MAXQDA does it: a segment of one coder agrees when the other
coder has a segment of the same code in the same document whose overlap
|s ∩ t| / (max end − min start) reaches the set share (default 90 %). Both
coders' segments are checked; the segment percentage is
(agreeing segments of both) / (all segments of both) × 100.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from .units import Units


@dataclass(frozen=True)
class Overlaps:
    """Pairs (first[k], second[k]) of overlapping units (indices into Units) of two coders."""

    first: np.ndarray
    second: np.ndarray
    first_units: np.ndarray  # all units of the first coder (indices into Units)
    second_units: np.ndarray
    first_partners: np.ndarray  # per unit of first_units: how many overlapping units of the second
    second_partners: np.ndarray


def _ranges(lo: np.ndarray, count: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(owner, index) for the concatenation of the ranges [lo[k], lo[k] + count[k])."""
    total = int(count.sum())
    owner = np.repeat(np.arange(len(lo)), count)
    offsets = np.cumsum(count) - count
    index = np.repeat(lo - offsets, count) + np.arange(total)
    return owner, index


def overlapping_pairs(units: Units, first: int, second: int, *, subset: np.ndarray | None = None) -> Overlaps:
    """Every overlapping pair of a unit of coder `first` and a unit of coder `second` in the same group.

    `subset` (a boolean mask over units) restricts both sides to some units.
    """
    mask_first = units.coder == first
    mask_second = units.coder == second
    if subset is not None:
        mask_first &= subset
        mask_second &= subset
    ui = np.flatnonzero(mask_first)
    uj = np.flatnonzero(mask_second)
    big = int(units.group_length.max()) + 1 if units.groups else 1
    gi = units.group[ui] * big
    gj = units.group[uj] * big
    starts_j = gj + units.start[uj]
    ends_j = gj + units.end[uj]
    lo = np.searchsorted(ends_j, gi + units.start[ui], side="right")  # first j-unit ending after i starts
    hi = np.searchsorted(starts_j, gi + units.end[ui], side="left")  # j-units starting before i ends
    count = np.maximum(hi - lo, 0)
    owner, partner = _ranges(lo, count)
    pairs_first = ui[owner]
    pairs_second = uj[partner]
    second_count = np.bincount(partner, minlength=len(uj)) if len(uj) else np.zeros(0, dtype=np.int64)
    return Overlaps(pairs_first, pairs_second, ui, uj, count, second_count)


def matching(units: Units, overlaps: Overlaps, share: Fraction) -> tuple[np.ndarray, np.ndarray]:
    """Which units of each coder have a partner overlapping at least `share` (per unit of each side)."""
    s1, e1 = units.start[overlaps.first], units.end[overlaps.first]
    s2, e2 = units.start[overlaps.second], units.end[overlaps.second]
    common = np.minimum(e1, e2) - np.maximum(s1, s2)
    extent = np.maximum(e1, e2) - np.minimum(s1, s2)
    good = common * share.denominator >= extent * share.numerator  # exact: no float rounding at 90 %
    first_position = np.searchsorted(overlaps.first_units, overlaps.first)
    second_position = np.searchsorted(overlaps.second_units, overlaps.second)
    first_ok = np.bincount(first_position[good], minlength=len(overlaps.first_units)) > 0
    second_ok = np.bincount(second_position[good], minlength=len(overlaps.second_units)) > 0
    return first_ok, second_ok
