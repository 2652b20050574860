"""Agreement on which code a passage gets: cuα and (c|u)α, across all compared codes at once.

Every per-code figure asks "did the coders code this passage with code X?". These two
ask "did they give the same passage the same code?", from one coincidence matrix of
all the compared codes (Krippendorff, 2004; Krippendorff, Mathet, Bouvry & Widlöcher,
2016; Krippendorff, 2019, §12.6):

- cuα (codes and gaps): Krippendorff's uα with every compared code a value of one
  variable and the uncoded stretches (gaps, φ) a value of their own. It falls when
  coders put different codes on a passage, and when one codes what another left out.
  With a single code it equals that code's |uα.
- (c|u)α (where both coded): the same, restricted to the parts that two coders both
  coded: gaps drop out, so only the choice of code counts, given the units.

A coder's sections are her units (one coder's codings of one code merged; touching
units stay two) and her gaps (characters she did not code at all). Observed
coincidences are lengths of intersections of sections of different coders,

    ℓ_ck = 1/(m−1) Σ_i Σ_{j≠i} Σ_g Σ_h |S_ig(c) ∩ S_jh(k)|,

expected ones keep a unit from pairing with itself (a unit of length l holds l² self
pairs, a gap only l): ε_ck = ℓ.. (ℓ_c. ℓ_.k − δ_ck S_c) / (ℓ..² − S), and

    α = 1 − Σ_{c≠k} ℓ_ck / Σ_{c≠k} ε_ck = 1 − (ℓ..² − S) D / (ℓ.. (ℓ..² − Σ_c ℓ_c.²)),  D = Σ_{c≠k} ℓ_ck.

For (c|u)α only code-by-code coincidences count, and a unit's self pairs are the square
of its share of ℓ*.. (its characters that the other coders coded too, each counted once
per other coder's code, over m − 1): with two coders, its characters the other coded.
This reproduces the printed example of Krippendorff (2019, Fig. 12.11: uα = .510 and
cuα = .724, our cuα and (c|u)α; see tests/core/agreement/test_agreement_published.py).

QDA coders may give one passage two codes, which the published definitions (one value
per stretch of text) do not foresee; here each of those codes is a section of its own,
so a passage coded X and Y by one coder and X by another holds one agreeing and one
disagreeing pair. Without such overlaps the two agree exactly.

Everything is a sum over documents (the continuum is the documents laid end to end,
no section crossing from one into the next), so pooled figures add the documents' parts.
Per document the work is on the stretches between consecutive unit boundaries, never
on characters.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .coefficients import REASONS, _safe_divide
from .units import Units

# Reasons, in the form of coefficients.REASONS (text keyed by name here: these are not array codes).
NO_CODE_APPLIED = "no variation: no compared coder applied any compared code here, so every character is a gap"
ONE_VALUE = "no variation: every character has the same code, and no gap, for every coder"
NOT_BOTH_CODED = "no passage here was coded by two coders, so there is no choice of code to compare"
ONE_CODE_WHERE_BOTH = "no variation: where two coders both coded, they only ever used one code"
NO_EXPECTED_PAIRS = "no pairs of values to expect: every pair lies within one unit, and a unit is not paired with itself"
EMPTY = REASONS[1]

FIGURES = ("cu_alpha", "c_given_u_alpha")


@dataclass(frozen=True)
class AcrossParts:
    """The sums behind cuα and (c|u)α, per document (first axis); pooled by summing over it.

    Column 0 of `marginals` is the gap φ; column 1 + c is compared code c.
    """

    length: np.ndarray  # (D,)
    total: np.ndarray  # (D,) ℓ..
    marginals: np.ndarray  # (D, 1 + C) ℓ_c.
    disagreeing: np.ndarray  # (D,) Σ_{c≠k} ℓ_ck
    self_pairs: np.ndarray  # (D,) S = Σ gap lengths + Σ unit lengths²
    both_total: np.ndarray  # (D,) ℓ*.. (codes only)
    both_marginals: np.ndarray  # (D, C)
    both_disagreeing: np.ndarray  # (D,)
    both_self_pairs: np.ndarray  # (D,) Σ (a unit's share of ℓ*..)²

    def pooled(self) -> "AcrossParts":
        return AcrossParts(*(np.asarray(getattr(self, name)).sum(axis=0, keepdims=True)
                             for name in self.__dataclass_fields__))

    def figures(self, row: int) -> dict:
        """{"cu_alpha": value or None, "c_given_u_alpha": ...} with "<name>_undefined_reason" where undefined."""
        out: dict = {}
        if self.length[row] == 0:
            cu = (None, EMPTY)
        elif self.marginals[row, 1:].sum() == 0:
            cu = (None, NO_CODE_APPLIED)
        else:
            cu = _alpha(self.total[row], self.marginals[row], self.disagreeing[row], self.self_pairs[row], ONE_VALUE)
        if self.length[row] == 0:
            given = (None, EMPTY)
        elif self.both_total[row] == 0:
            given = (None, NOT_BOTH_CODED)
        else:
            given = _alpha(self.both_total[row], self.both_marginals[row], self.both_disagreeing[row],
                           self.both_self_pairs[row], ONE_CODE_WHERE_BOTH)
        for name, (value, reason) in zip(FIGURES, (cu, given)):
            out[name] = value
            if reason:
                out[f"{name}_undefined_reason"] = reason
        return out


def _alpha(total: float, marginals: np.ndarray, disagreeing: float, self_pairs: float, no_variation: str):
    spread = total * total - float(np.square(marginals).sum())  # ℓ..² − Σ ℓ_c.²: zero when one value only
    if spread <= 1e-9 * total * total:
        return None, no_variation
    if total * total - self_pairs <= 1e-9 * total * total:
        return None, NO_EXPECTED_PAIRS
    value = 1 - float(_safe_divide((total * total - self_pairs) * disagreeing, total * spread))
    return value, None


def across_code_parts(units: Units, document_lengths: np.ndarray, codes: int) -> AcrossParts:
    """The sums of every document (documents without units are all gap)."""
    m = units.coders
    lengths = np.asarray(document_lengths, dtype=float)
    d_count = len(lengths)
    parts = {name: np.zeros(d_count) for name in ("total", "disagreeing", "self_pairs", "both_total",
                                                  "both_disagreeing", "both_self_pairs")}
    marginals = np.zeros((d_count, 1 + codes))
    both_marginals = np.zeros((d_count, codes))
    # Documents nobody coded: every coder's one gap pairs with every other coder's.
    parts["total"][:] = lengths * m
    marginals[:, 0] = lengths * m
    parts["self_pairs"][:] = lengths * m

    # Units are sorted by group, and groups by document: each document's units are one slice.
    unit_document = units.group_document[units.group] if len(units) else np.zeros(0, dtype=np.int64)
    unit_code = units.group_code[units.group] if len(units) else np.zeros(0, dtype=np.int64)
    bounds = np.searchsorted(unit_document, np.arange(d_count + 1))
    for d in np.unique(unit_document).tolist():
        s = slice(int(bounds[d]), int(bounds[d + 1]))
        _document_parts(d, float(lengths[d]), m, units.coder[s], unit_code[s], units.start[s], units.end[s],
                        parts, marginals, both_marginals)
    return AcrossParts(length=lengths, marginals=marginals, both_marginals=both_marginals, **parts)


def _document_parts(d, length, m, coder, code, start, end, parts, marginals, both_marginals) -> None:
    """One document's sums, over the stretches between consecutive unit boundaries."""
    local_codes, local = np.unique(code, return_inverse=True)
    c_count = len(local_codes)
    cuts = np.unique(np.concatenate(([0, length], start, end)).astype(np.int64))
    width = np.diff(cuts).astype(float)  # (K,)
    first = np.searchsorted(cuts, start)
    last = np.searchsorted(cuts, end)
    # member[i, c, s]: coder i coded stretch s with code c (one coder's units of one code are disjoint).
    member = np.zeros((m, c_count, len(cuts)), dtype=np.int64)
    np.add.at(member, (coder, local, first), 1)
    np.add.at(member, (coder, local, last), -1)
    member = np.cumsum(member, axis=2)[:, :, :-1] > 0

    codes_of = member.sum(axis=1).astype(float)  # (m, K): codes coder i gave stretch s
    gap = codes_of == 0
    values_of = codes_of + gap  # a gap is one value (φ)
    coders_with = member.sum(axis=0).astype(float)  # (C, K): coders who gave s code c
    gap_count = gap.sum(axis=0).astype(float)
    per_pair = 1 / (m - 1)

    every = values_of.sum(axis=0)
    pairs = every * every - np.square(values_of).sum(axis=0)  # Σ_i Σ_{j≠i} |V_i||V_j|
    same = np.square(coders_with).sum(axis=0) - coders_with.sum(axis=0) + gap_count * gap_count - gap_count
    parts["total"][d] = per_pair * float(width @ pairs)
    parts["disagreeing"][d] = per_pair * float(width @ (pairs - same))
    marginals[d, 1 + local_codes] = per_pair * ((coders_with * every - np.einsum("ics,is->cs", member, values_of)) @ width)
    marginals[d, 0] = per_pair * float(((gap_count * every - (gap * values_of).sum(axis=0))) @ width)
    parts["self_pairs"][d] = float(np.square(end - start).sum()) + float((gap * width).sum())

    coded_by_all = codes_of.sum(axis=0)
    both_pairs = coded_by_all * coded_by_all - np.square(codes_of).sum(axis=0)
    both_same = np.square(coders_with).sum(axis=0) - coders_with.sum(axis=0)
    parts["both_total"][d] = per_pair * float(width @ both_pairs)
    parts["both_disagreeing"][d] = per_pair * float(width @ (both_pairs - both_same))
    both_marginals[d, local_codes] = per_pair * (
        (coders_with * coded_by_all - np.einsum("ics,is->cs", member, codes_of)) @ width)
    # A unit's share of ℓ*: its characters times the codes the other coders gave them, over m − 1
    # (with two coders, the characters the other one coded too). It stands for the unit's length in
    # the self pairs, as the length itself does in cuα (Krippendorff 2019, eq. 33 and Fig. 12.11).
    others_codes = coded_by_all[None, :] - codes_of  # (m, K)
    reach = np.concatenate((np.zeros((m, 1)), np.cumsum(others_codes * width, axis=1)), axis=1)
    share = per_pair * (reach[coder, last] - reach[coder, first])
    parts["both_self_pairs"][d] = float(np.square(share).sum())
