"""Krippendorff's alphas for unitized text: the binary |uα (2016/2019) and the 2004 uα.

Each code is its own binary continuum: a character lies in a unit of the code
(a merged coding) or in a gap. Sections are a coder's units and the gaps
between them; touching units stay two units.

Binary |uα — Krippendorff, Mathet, Bouvry & Widlöcher (2016), "On the
reliability of unitizing textual continua: further developments", Quality &
Quantity 50; Krippendorff (2019), Content Analysis, 4th ed., §12.6. Observed
coincidences are lengths of intersections of sections of different coders:

    ℓ_ck = 1/(m−1) Σ_i Σ_{j≠i} Σ_g Σ_h |S_ig(c) ∩ S_jh(k)|,  c, k ∈ {gap φ, unit}

so ℓ.. = mL. Expected coincidences keep a unit from pairing with itself (a unit
is indivisible: its l characters hold l² self-pairs; a gap is not unitized, so
only its l characters pair with themselves):

    ε_ck = ℓ.. (ℓ_c. ℓ_.k − δ_ck S_c) / (ℓ..² − S),  S = Σ_gaps l + Σ_units l²

and |uα = 1 − (ℓ_φu + ℓ_uφ) / (ε_φu + ε_uφ)
       = 1 − (ℓ..² − S) ℓ_φu / (ℓ.. ℓ_φ. ℓ_u.).

With ℓ_u. = Σ characters coded, ℓ_φu = Σ_chars k(m−k)/(m−1), this needs only
the character counts and Σ l² of the units, all sums over units, so it pools
over documents (and resamples for the bootstrap) by adding.

uα of 2004 — Krippendorff (2004), "Measuring the reliability of qualitative
text analysis data", Quality & Quantity 38: 787–800 (also Content Analysis,
2nd ed., p. 251–256), for one category c, m coders, a continuum of length L:

    Do = Σ_i Σ_{j≠i} Σ_g Σ_h δ²_ighj / (m (m−1) L²)
    δ² = (b_g − b_h)² + (e_g − e_h)²  for overlapping units g, h
       = l_g²  for a unit g inside a gap h (and the mirror case); 0 otherwise
    De = (2/L) Σ_units [ (N_c − 1)/3 · (2l³ − 3l² + l) + l² Σ_{gaps h: l_h ≥ l} (l_h − l + 1) ]
         / [ mL(mL − 1) − Σ_units l(l − 1) ]

where N_c counts the units of all coders and the gaps are those of all coders.
Pooled over documents, the continuum is the documents laid end to end, with no
unit or gap crossing from one document into the next.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from .coefficients import ALL_CODED, EMPTY_TEXT, NOT_APPLIED, Figures, _figures, _no_variation, _safe_divide
from .units import Units, sum_rows

Span = tuple[int, int]


# -- binary |uα over arrays -------------------------------------------------------------------
def binary_alpha_arrays(length, coders: int, coded, squares, disagreeing_pairs) -> Figures:
    """|uα for `coders` coders: length L, Σ characters coded, Σ unit length², Σ_chars k(m − k)."""
    m = coders
    total = np.asarray(length, dtype=float) * m  # ℓ..
    units = np.asarray(coded, dtype=float)  # ℓ_u.
    gaps = total - units  # ℓ_φ.
    s = gaps + np.asarray(squares, dtype=float)
    k = np.asarray(disagreeing_pairs, dtype=float)
    alpha = 1 - _safe_divide((total * total - s) * k, (m - 1) * total * gaps * units)
    return _figures(alpha, _no_variation(units, total, total == 0))


# -- uα of 2004 over arrays -------------------------------------------------------------------
def _cubic(lengths: np.ndarray) -> np.ndarray:
    l = lengths.astype(float)
    return 2 * l ** 3 - 3 * l ** 2 + l


@dataclass(frozen=True)
class Gaps:
    key: np.ndarray  # group * m + coder (or code * m + coder when pooled)
    length: np.ndarray
    weight: np.ndarray


def group_gaps(units: Units) -> Gaps:
    """Every coder's gaps in every group; a coder without units in a group has one gap: the whole text."""
    m = units.coders
    run = units.group * m + units.coder
    n = len(run)
    first = np.ones(n, dtype=bool)
    first[1:] = run[1:] != run[:-1]
    last = np.ones(n, dtype=bool)
    last[:-1] = run[1:] != run[:-1]
    previous_end = np.zeros(n, dtype=np.int64)
    previous_end[1:] = units.end[:-1]
    previous_end[first] = 0
    before = units.start - previous_end
    after = units.group_length[units.group] - units.end
    present = np.zeros(units.groups * m, dtype=bool)
    present[run] = True
    absent = np.flatnonzero(~present)
    absent_length = units.group_length[absent // m]
    key = np.concatenate([run[before > 0], run[last & (after > 0)], absent[absent_length > 0]])
    length = np.concatenate([before[before > 0], after[last & (after > 0)], absent_length[absent_length > 0]])
    return Gaps(key, length, np.ones(len(key), dtype=np.int64))


class GapIndex:
    """Gaps sorted by (key, length) with prefix sums, for Σ w (l_h − l + 1) over gaps with l_h ≥ l.

    Keys are whole numbers below `keys`.
    """

    def __init__(self, gaps: Gaps, big: int, keys: int):
        self.big = big
        combined = gaps.key * big + gaps.length
        order = np.argsort(combined, kind="stable")
        self.combined = combined[order]
        weight = gaps.weight[order]
        self.count = np.concatenate([[0], np.cumsum(weight)])
        self.summed = np.concatenate([[0], np.cumsum(weight * gaps.length[order])])
        self.key_end = np.searchsorted(self.combined, (np.arange(keys, dtype=np.int64) + 1) * big, side="left")

    def sums(self, query_key: np.ndarray, query_length: np.ndarray) -> np.ndarray:
        """Per query: Σ w (l_h − l + 1) over the gaps h with the query's key and l_h ≥ l."""
        if len(self.combined) == 0:
            return np.zeros(len(query_key))
        lo = np.searchsorted(self.combined, query_key * self.big + query_length, side="left")
        hi = self.key_end[query_key]
        n = (self.count[hi] - self.count[lo]).astype(float)
        total = (self.summed[hi] - self.summed[lo]).astype(float)
        return total - (query_length.astype(float) - 1) * n


@dataclass(frozen=True)
class Parts2004:
    """Pieces of the 2004 uα of each pair of coders, per group or per code (rows)."""

    distance: np.ndarray  # (rows, P) Σ unordered δ²
    units: np.ndarray  # (rows, m) units per coder
    cubic: np.ndarray  # (rows, m) Σ (2l³ − 3l² + l)
    self_pairs: np.ndarray  # (rows, m) Σ l(l − 1)
    cross: np.ndarray  # (rows, m, m) Σ over units of i of l² Σ over gaps of j with l_h ≥ l of (l_h − l + 1)
    length: np.ndarray  # (rows,) L
    coded: np.ndarray | None = None  # (rows, m) characters each coder coded (to see "no gap at all")
    gaps: Gaps | None = None  # per group: the coders' gaps (keyed group * m + coder)


def parts_2004(units: Units, distance: np.ndarray, squares: np.ndarray, coded: np.ndarray) -> Parts2004:
    """The 2004 pieces per group."""
    m, groups = units.coders, units.groups
    length = units.lengths
    slot = units.group * m + units.coder
    cubic = np.bincount(slot, weights=_cubic(length), minlength=groups * m).reshape(groups, m)
    count = np.bincount(slot, minlength=groups * m).reshape(groups, m)
    gaps = group_gaps(units)
    index = GapIndex(gaps, int(units.group_length.max()) + 2 if groups else 2, groups * m)
    cross = np.zeros((groups, m, m))
    weight = length.astype(float) ** 2
    for j in range(m):
        sums = index.sums(units.group * m + j, length)
        cross[:, :, j] = np.bincount(slot, weights=weight * sums, minlength=groups * m).reshape(groups, m)
    return Parts2004(distance, count, cubic, squares - coded, cross, units.group_length.astype(float), coded, gaps)


def pooled_parts_2004(units: Units, group_parts: Parts2004, codes: int, document_lengths: np.ndarray) -> Parts2004:
    """The 2004 pieces per code over all documents (laid end to end; gaps end at document ends)."""
    m = units.coders
    code_of_group = units.group_code

    def per_code(values: np.ndarray) -> np.ndarray:
        return sum_rows(code_of_group, values, codes)

    # Gaps of coder j with code c over all documents = every document whole, minus the documents where
    # j has units of c, plus j's actual gaps there. The "every document" part is common to all keys.
    gaps = group_parts.gaps if group_parts.gaps is not None else group_gaps(units)
    gap_group, gap_coder = gaps.key // m, gaps.key % m
    has_units = group_parts.units > 0  # (G, m)
    real = has_units[gap_group, gap_coder]
    g_idx, c_idx = np.nonzero(has_units & (units.group_length[:, None] > 0))
    key = np.concatenate([code_of_group[gap_group[real]] * m + gap_coder[real], code_of_group[g_idx] * m + c_idx])
    glen = np.concatenate([gaps.length[real], units.group_length[g_idx]])
    weight = np.concatenate([np.ones(int(real.sum()), dtype=np.int64), -np.ones(len(g_idx), dtype=np.int64)])
    big = int(max(int(document_lengths.max()) if len(document_lengths) else 0, 1)) + 2
    keyed = GapIndex(Gaps(key, glen, weight), big, codes * m)
    whole = np.sort(document_lengths[document_lengths > 0])
    whole_sums = np.concatenate([[0], np.cumsum(whole[::-1])])[::-1]  # Σ of whole[k:]
    length = units.lengths
    first_long = np.searchsorted(whole, length, side="left")
    global_part = (whole_sums[first_long] - (length - 1) * (len(whole) - first_long)).astype(float)
    unit_code = code_of_group[units.group]
    slot = unit_code * m + units.coder
    cross = np.zeros((codes, m, m))
    weight_units = length.astype(float) ** 2
    for j in range(m):
        sums = global_part + keyed.sums(unit_code * m + j, length)
        cross[:, :, j] = np.bincount(slot, weights=weight_units * sums, minlength=codes * m).reshape(codes, m)
    total = float(document_lengths.sum())
    return Parts2004(
        distance=per_code(group_parts.distance),
        units=per_code(group_parts.units),
        cubic=per_code(group_parts.cubic),
        self_pairs=per_code(group_parts.self_pairs),
        cross=cross,
        length=np.full(codes, total),
        coded=per_code(group_parts.coded) if group_parts.coded is not None else None,
    )


def alpha_2004_arrays(parts: Parts2004, pairs: list[tuple[int, int]]) -> list[Figures]:
    """The 2004 uα of each pair of coders (one Figures per pair)."""
    result = []
    L = parts.length
    for p, (i, j) in enumerate(pairs):
        n_c = parts.units[:, i] + parts.units[:, j]
        cross = parts.cross[:, i, i] + parts.cross[:, i, j] + parts.cross[:, j, i] + parts.cross[:, j, j]
        numerator = (2 / np.where(L > 0, L, 1)) * ((n_c - 1) / 3 * (parts.cubic[:, i] + parts.cubic[:, j]) + cross)
        denominator = 2 * L * (2 * L - 1) - parts.self_pairs[:, i] - parts.self_pairs[:, j]
        expected = _safe_divide(numerator, denominator)
        observed = _safe_divide(parts.distance[:, p], L * L)
        alpha = 1 - _safe_divide(observed, expected)
        reasons = np.where(L == 0, EMPTY_TEXT, np.where(n_c == 0, NOT_APPLIED, 0))
        # Both coders coding the whole text leaves no gap: De stays positive (unit lengths) but there is
        # no variation to be reliable about, so uα is undefined like every other coefficient there.
        if parts.coded is not None:
            whole = (parts.coded[:, i] + parts.coded[:, j] >= 2 * L) & (L > 0)
            reasons = np.where((reasons == 0) & whole, ALL_CODED, reasons)
        reasons = np.where((reasons == 0) & ~(expected > 0), ALL_CODED, reasons)
        result.append(_figures(alpha, reasons))
    return result


# -- reference forms (exact, with loops: for worked examples and tests) ---------------------
def _sections(length: int, units: Sequence[Span], begin: int = 0,
              cuts: Sequence[int] = ()) -> list[tuple[int, int, bool]]:
    """A coder's sections (start, end, is_unit) covering [begin, begin + length); gaps end at `cuts`."""
    out, position = [], begin
    for s, e in sorted(units) + [(begin + length, begin + length)]:
        if s > position:
            edges = [position] + sorted(c for c in cuts if position < c < s) + [s]
            out += [(a, b, False) for a, b in zip(edges, edges[1:])]
        if e > s:
            out.append((s, e, True))
        position = max(position, e)
    return out


def unitizing_alpha_2004(length: int, coders_units: Sequence[Sequence[Span]], begin: int = 0,
                         cuts: Sequence[int] = ()):
    """(Do, De, uα) of Krippendorff (2004) for one category, exactly, by direct summation.

    coders_units: per coder, its units (start, end) — non-overlapping — on [begin, begin + length).
    cuts: positions where gaps end though no unit begins (document boundaries in a pooled continuum).
    """
    m, L = len(coders_units), length
    sections = [_sections(length, units, begin, cuts) for units in coders_units]
    observed = Fraction(0)
    for i in range(m):
        for j in range(m):
            if i == j:
                continue
            for gs, ge, gu in sections[i]:
                for hs, he, hu in sections[j]:
                    if gu and hu and gs < he and hs < ge:
                        observed += (gs - hs) ** 2 + (ge - he) ** 2
                    elif gu and not hu and hs <= gs and ge <= he:
                        observed += (ge - gs) ** 2
                    elif hu and not gu and gs <= hs and he <= ge:
                        observed += (he - hs) ** 2
    observed = observed / (m * (m - 1) * L * L)
    unit_lengths = [e - s for units in coders_units for s, e in units]
    gap_lengths = [e - s for secs in sections for s, e, u in secs if not u]
    n_c = len(unit_lengths)
    total = Fraction(0)
    for l in unit_lengths:
        total += Fraction(n_c - 1, 3) * (2 * l ** 3 - 3 * l ** 2 + l)
        total += l * l * sum(h - l + 1 for h in gap_lengths if h >= l)
    denominator = m * L * (m * L - 1) - sum(l * (l - 1) for l in unit_lengths)
    expected = Fraction(2, L) * total / denominator
    return observed, expected, 1 - observed / expected


def binary_unitizing_alpha(length: int, coders_units: Sequence[Sequence[Span]]) -> Fraction:
    """|uα exactly, from the sections' coincidence matrix (direct summation over section pairs)."""
    m = len(coders_units)
    sections = [_sections(length, units) for units in coders_units]
    observed = {(a, b): Fraction(0) for a in (False, True) for b in (False, True)}
    for i in range(m):
        for j in range(m):
            if i == j:
                continue
            for gs, ge, gu in sections[i]:
                for hs, he, hu in sections[j]:
                    common = min(ge, he) - max(gs, hs)
                    if common > 0:
                        observed[(gu, hu)] += Fraction(common, m - 1)
    total = sum(observed.values())
    row = {c: observed[(c, False)] + observed[(c, True)] for c in (False, True)}
    correction = sum((e - s) ** 2 if u else (e - s) for secs in sections for s, e, u in secs)
    expected_off = total * row[False] * row[True] / (total * total - correction)
    return 1 - (observed[(False, True)] + observed[(True, False)]) / (2 * expected_off)
