"""Agreement coefficients: general forms for any table, binary forms over arrays.

The general functions take ordinary Python tables (contingency tables, subject ×
category counts, units × coders reliability data) and return a float, or raise
`Undefined` with the reason when the coefficient has no value (no variation).
They compute with `fractions.Fraction`, so `exact=True` returns the exact value.

The array functions compute the same coefficients for the binary case (a
character is coded or not) over numpy arrays of counts at once, one element per
code × document (or per code pooled over documents). They return a `Figures`
pair: values (NaN where undefined) and reason codes (0 where defined) that
`REASONS` turns into text.

References:
    Cohen, J. (1960). A coefficient of agreement for nominal scales.
        Educational and Psychological Measurement 20(1): 37–46.
    Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters.
        Psychological Bulletin 76(5): 378–382.
    Krippendorff, K. (2011). Computing Krippendorff's alpha-reliability.
    Hayes, A. F. & Krippendorff, K. (2007). Answering the call for a standard
        reliability measure for coding data. Communication Methods and Measures 1: 77–89.
    De Vries, H., Elliott, M. N., Kanouse, D. E. & Teleki, S. S. (2008). Using pooled
        kappa to summarize interrater agreement across many items. Field Methods 20(3).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction

import numpy as np

METRICS = ("nominal", "ordinal", "interval", "ratio")


class Undefined(ValueError):
    """A coefficient has no value for these data; `reason` says why."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


# -- reasons ---------------------------------------------------------------------------------
# Reason codes of the array functions (0 = defined). The texts are what reports show.
EMPTY_TEXT = 1
NONE_CODED = 2
ALL_CODED = 3
NOT_APPLIED = 4
NO_SEGMENTS = 5
NO_DEFINED_PAIR = 6
NO_CODES = 7
NO_DOCUMENTS = 8
NO_VARIATION = 9

REASONS = {
    EMPTY_TEXT: "the text is empty",
    NONE_CODED: "no variation: no coder applied the code here, so every character has the same value",
    ALL_CODED: "no variation: every coder coded all of the text, so every character has the same value",
    NOT_APPLIED: "neither coder applied the code here",
    NO_SEGMENTS: "neither coder has a segment with this code here",
    NO_DEFINED_PAIR: "Cohen's kappa is undefined for every pair of coders here",
    NO_CODES: "no code was applied by either coder here",
    NO_DOCUMENTS: "neither coder applied the code in any document",
    NO_VARIATION: "no variation: every code and every character has the same value for both coders",
}


@dataclass(frozen=True)
class Figures:
    """Values of one coefficient over many elements: NaN and a reason code where undefined."""

    values: np.ndarray
    reasons: np.ndarray

    def reason(self, index) -> str | None:
        code = int(self.reasons[index])
        return REASONS[code] if code else None


def _figures(values: np.ndarray, reasons: np.ndarray) -> Figures:
    values = np.where(reasons == 0, values, np.nan)
    return Figures(values, reasons.astype(np.int8))


def _no_variation(coded: np.ndarray, total: np.ndarray, empty: np.ndarray | None = None) -> np.ndarray:
    """Reason codes for 'every value alike': nothing coded, everything coded, or no text."""
    reasons = np.zeros(np.shape(coded), dtype=np.int8)
    reasons = np.where(coded == 0, NONE_CODED, reasons)
    reasons = np.where((coded == total) & (coded > 0), ALL_CODED, reasons)
    if empty is not None:
        reasons = np.where(empty, EMPTY_TEXT, reasons)
    return reasons


def _safe_divide(numerator, denominator):
    denominator = np.asarray(denominator, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(denominator != 0, np.asarray(numerator, dtype=float) / np.where(denominator != 0, denominator, 1), np.nan)


# -- general forms ---------------------------------------------------------------------------
def _result(value: Fraction, exact: bool):
    return value if exact else float(value)


def percent_agreement_table(table: Sequence[Sequence[int]], *, exact: bool = False):
    """Share of agreeing cases in a square contingency table, in percent."""
    total = sum(sum(row) for row in table)
    if total == 0:
        raise Undefined("the table is empty")
    return _result(Fraction(100 * sum(table[i][i] for i in range(len(table))), total), exact)


def cohen_kappa(table: Sequence[Sequence[int]], *, exact: bool = False):
    """Cohen's (1960) kappa from a square contingency table (rows: first coder, columns: second)."""
    size = len(table)
    if any(len(row) != size for row in table):
        raise ValueError("Cohen's kappa needs a square table")
    total = sum(sum(row) for row in table)
    if total == 0:
        raise Undefined("the table is empty")
    observed = Fraction(sum(table[i][i] for i in range(size)), total)
    rows = [sum(table[i]) for i in range(size)]
    columns = [sum(table[i][j] for i in range(size)) for j in range(size)]
    expected = Fraction(sum(r * c for r, c in zip(rows, columns)), total * total)
    if expected == 1:
        raise Undefined("no variation: both coders used one and the same category throughout")
    return _result((observed - expected) / (1 - expected), exact)


def cohen_kappa_parts(table: Sequence[Sequence[int]]) -> tuple[Fraction, Fraction]:
    """Observed and chance agreement (p_o, p_e) of a square contingency table."""
    size = len(table)
    total = sum(sum(row) for row in table)
    if total == 0:
        raise Undefined("the table is empty")
    observed = Fraction(sum(table[i][i] for i in range(size)), total)
    rows = [sum(table[i]) for i in range(size)]
    columns = [sum(table[i][j] for i in range(size)) for j in range(size)]
    return observed, Fraction(sum(r * c for r, c in zip(rows, columns)), total * total)


def fleiss_kappa(counts: Sequence[Sequence[int]], *, exact: bool = False):
    """Fleiss' (1971) kappa from subject × category counts (each subject rated by the same number)."""
    if not counts:
        raise Undefined("there are no subjects")
    raters = {sum(row) for row in counts}
    if len(raters) != 1:
        raise ValueError("Fleiss' kappa needs the same number of ratings for every subject")
    n = raters.pop()
    if n < 2:
        raise Undefined("Fleiss' kappa needs at least two ratings per subject")
    subjects = len(counts)
    observed = sum(Fraction(sum(x * x for x in row) - n, n * (n - 1)) for row in counts) / subjects
    categories = len(counts[0])
    shares = [Fraction(sum(row[j] for row in counts), subjects * n) for j in range(categories)]
    expected = sum(p * p for p in shares)
    if expected == 1:
        raise Undefined("no variation: every rating is in one and the same category")
    return _result((observed - expected) / (1 - expected), exact)


def fleiss_kappa_parts(counts: Sequence[Sequence[int]]) -> tuple[Fraction, Fraction]:
    """Mean observed agreement P̄ and chance agreement P̄e of Fleiss' kappa."""
    n = sum(counts[0])
    subjects = len(counts)
    observed = sum(Fraction(sum(x * x for x in row) - n, n * (n - 1)) for row in counts) / subjects
    shares = [Fraction(sum(row[j] for row in counts), subjects * n) for j in range(len(counts[0]))]
    return observed, sum(p * p for p in shares)


def coincidences(units: Iterable[Sequence]) -> tuple[list, dict[tuple, Fraction]]:
    """Krippendorff's coincidence matrix of reliability data: (sorted values, {(c, k): o_ck}).

    `units` holds one sequence per unit with each coder's value, None where missing.
    Units with fewer than two values are not pairable and are left out.
    """
    matrix: dict[tuple, Fraction] = {}
    seen = set()
    for unit in units:
        values = [v for v in unit if v is not None]
        m = len(values)
        if m < 2:
            continue
        tally = Counter(values)
        seen.update(tally)
        for c, nc in tally.items():
            for k, nk in tally.items():
                pairs = nc * (nk - 1) if c == k else nc * nk
                if pairs:
                    matrix[(c, k)] = matrix.get((c, k), Fraction(0)) + Fraction(pairs, m - 1)
    return sorted(seen), matrix


def _distances(values: list, totals: dict, metric: str) -> dict[tuple, Fraction]:
    if metric not in METRICS:
        raise ValueError(f"unknown metric {metric!r}; use one of {', '.join(METRICS)}")
    delta: dict[tuple, Fraction] = {}
    for i, c in enumerate(values):
        for j, k in enumerate(values):
            if c == k:
                d = Fraction(0)
            elif metric == "nominal":
                d = Fraction(1)
            elif metric == "interval":
                d = (Fraction(c) - Fraction(k)) ** 2
            elif metric == "ratio":
                d = ((Fraction(c) - Fraction(k)) / (Fraction(c) + Fraction(k))) ** 2
            else:  # ordinal: ranks through the marginal frequencies between c and k
                low, high = min(i, j), max(i, j)
                between = sum(totals[values[g]] for g in range(low, high + 1))
                d = (between - Fraction(totals[c] + totals[k], 2)) ** 2
            delta[(c, k)] = d
    return delta


def krippendorff_alpha(units: Iterable[Sequence], metric: str = "nominal", *, exact: bool = False):
    """Krippendorff's alpha of reliability data (units × coders, None = missing value).

    Any number of coders; metric "nominal", "ordinal", "interval" or "ratio".
    """
    values, matrix = coincidences(units)
    totals = {c: sum((o for (a, _), o in matrix.items() if a == c), Fraction(0)) for c in values}
    n = sum(totals.values(), Fraction(0))
    if n == 0:
        raise Undefined("no unit has two or more values to pair")
    delta = _distances(values, totals, metric)
    observed = sum((o * delta[key] for key, o in matrix.items()), Fraction(0))
    expected = sum((totals[c] * totals[k] * delta[(c, k)] for c in values for k in values), Fraction(0))
    if expected == 0:
        raise Undefined("no variation: every pairable value is the same")
    return _result(1 - (n - 1) * observed / expected, exact)


def positive_agreement(a: int, b: int, c: int, *, exact: bool = False):
    """Positive (specific) agreement 2a / (2a + b + c)."""
    if a + b + c == 0:
        raise Undefined("neither coder applied the code")
    return _result(Fraction(2 * a, 2 * a + b + c), exact)


def jaccard(a: int, b: int, c: int, *, exact: bool = False):
    """Jaccard index a / (a + b + c)."""
    if a + b + c == 0:
        raise Undefined("neither coder applied the code")
    return _result(Fraction(a, a + b + c), exact)


def pooled_kappa(tables: Iterable[Sequence[Sequence[int]]], *, exact: bool = False):
    """De Vries et al.'s (2008) pooled kappa: (mean p_o − mean p_e) / (1 − mean p_e) over items."""
    parts = [cohen_kappa_parts(table) for table in tables]
    if not parts:
        raise Undefined("there are no items")
    observed = sum((p for p, _ in parts), Fraction(0)) / len(parts)
    expected = sum((e for _, e in parts), Fraction(0)) / len(parts)
    if expected == 1:
        raise Undefined("no variation in any item")
    return _result((observed - expected) / (1 - expected), exact)


# -- binary forms over arrays ----------------------------------------------------------------
def pair_figures(a, b, c, d) -> dict[str, Figures]:
    """Character-level figures of two coders from 2×2 counts (arrays).

    a: characters both coded, b: only the first, c: only the second, d: neither.
    Percent agreement is in percent (100 where nobody varies); the others are proportions.
    """
    a, b, c, d = (np.asarray(x, dtype=float) for x in (a, b, c, d))
    n = a + b + c + d
    empty = n == 0
    ones = a + b + c  # characters at least one coder coded
    # Cohen's kappa, in the closed form of the 2×2 table (no cancellation).
    # Its denominator is 0 exactly when both coders coded nothing, or both coded everything.
    alike = (b + c == 0) & ((a == 0) | (d == 0))
    kappa_reasons = np.where(empty, EMPTY_TEXT, np.where(alike, np.where(a == 0, NONE_CODED, ALL_CODED), 0))
    kappa = _safe_divide(2 * (a * d - b * c), (a + b) * (b + d) + (a + c) * (c + d))
    # Krippendorff's alpha over characters: n = 2N values, o01 = b + c.
    coded_values = 2 * a + b + c
    uncoded_values = 2 * d + b + c
    alpha = 1 - _safe_divide((2 * n - 1) * (b + c), coded_values * uncoded_values)
    alpha_reasons = _no_variation(coded_values, 2 * n, empty)
    return {
        "percent_agreement": _figures(_safe_divide(100 * (a + d), n), np.where(empty, EMPTY_TEXT, 0)),
        "cohen_kappa": _figures(kappa, kappa_reasons),
        "krippendorff_alpha": _figures(alpha, alpha_reasons),
        "positive_agreement": _figures(_safe_divide(2 * a, 2 * a + b + c), np.where(ones == 0, NOT_APPLIED, 0)),
        "jaccard": _figures(_safe_divide(a, ones), np.where(ones == 0, NOT_APPLIED, 0)),
    }


def group_figures(length, coders: int, coded, disagreeing_pairs) -> dict[str, Figures]:
    """Krippendorff's alpha and Fleiss' kappa over characters for any number of coders.

    length: characters N; coded: Σ over coders of the characters each coded;
    disagreeing_pairs: Σ over characters of k(m − k), k = coders who coded it
    (= Σ over ordered pairs of coders (i, j) of the characters i coded and j did not).
    """
    m = coders
    n = np.asarray(length, dtype=float) * m
    n1 = np.asarray(coded, dtype=float)
    n0 = n - n1
    k = np.asarray(disagreeing_pairs, dtype=float)
    reasons = _no_variation(n1, n, n == 0)
    alpha = 1 - _safe_divide((n - 1) * k, (m - 1) * n0 * n1)
    fleiss = 1 - _safe_divide(n * k, (m - 1) * n0 * n1)
    return {"krippendorff_alpha": _figures(alpha, reasons), "fleiss_kappa": _figures(fleiss, reasons)}


def pooled_kappa_arrays(observed_sum, expected_sum, items) -> Figures:
    """De Vries' pooled kappa from sums of per-item p_o and p_e over `items` items (arrays)."""
    observed_sum, expected_sum, items = (np.asarray(x, dtype=float) for x in (observed_sum, expected_sum, items))
    denominator = items - expected_sum
    value = _safe_divide(observed_sum - expected_sum, denominator)
    reasons = np.where(items == 0, NO_CODES, np.where(denominator <= 0, NO_VARIATION, 0))
    return _figures(value, reasons)


def kappa_parts(a, b, c, d) -> tuple[np.ndarray, np.ndarray]:
    """Observed and chance agreement p_o, p_e of 2×2 counts (arrays; 1, 1 for an empty table)."""
    a, b, c, d = (np.asarray(x, dtype=float) for x in (a, b, c, d))
    n = a + b + c + d
    observed = np.where(n > 0, _safe_divide(a + d, n), 1.0)
    expected = np.where(n > 0, _safe_divide((a + b) * (a + c) + (c + d) * (b + d), n * n), 1.0)
    return observed, expected
