"""A brute-force reference for the engine's bootstrap, to check it against.

It makes the engine's one random draw (how often each document is drawn, from
numpy's default_rng(seed)), then works like a person would: lay the drawn
documents end to end, mark every character each coder coded, and compute each
coefficient on that text with the general (exact, Fraction) functions. No
counts are weighted and none of the engine's array code runs. The interval is
numpy's default (linear) percentile, written out.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from accord.core.agreement.coefficients import cohen_kappa, fleiss_kappa, krippendorff_alpha, pooled_kappa
from accord.core.agreement.unitizing import binary_unitizing_alpha
from agreement_helpers import coverage, maybe, merged

THRESHOLDS = (0.800, 0.667)


@dataclass(frozen=True)
class Document:
    length: int
    spans: dict  # (code, coder) -> [(start, end)], as inserted


def drawn_documents(seed: int, documents: int, resamples: int) -> list[list[int]]:
    """Each resample as the list of documents drawn (with repeats), in document order."""
    rng = np.random.default_rng(seed)
    counts = rng.multinomial(documents, [1 / documents] * documents, size=resamples)
    return [[d for d in range(documents) for _ in range(int(row[d]))] for row in counts]


def end_to_end(documents: list[Document], drawn: list[int]) -> tuple[int, dict]:
    """The drawn documents as one text: its length and each (code, coder)'s units, shifted."""
    offset = 0
    units: dict = {}
    for d in drawn:
        doc = documents[d]
        for key, spans in doc.spans.items():
            units.setdefault(key, []).extend((s + offset, e + offset) for s, e in merged(spans))
        offset += doc.length
    return offset, units


def _unitizing(length: int, per_coder: list) -> float | None:
    coded = sum(sum(coverage(length, spans)) for spans in per_coder)
    if length == 0 or coded == 0 or coded == length * len(per_coder):
        return None  # no variation
    return float(binary_unitizing_alpha(length, per_coder))


def _float(value) -> float | None:
    return None if value is None else float(value)


def resample_figures(length: int, units: dict, codes, coders) -> dict:
    """{("pair", code, i, j) | ("group", code) | ("pooled", i, j): {figure: value or None}}."""
    out: dict = {}
    marks = {(code, coder): coverage(length, units.get((code, coder), [])) for code in codes for coder in coders}
    for code in codes:
        columns = [marks[(code, coder)] for coder in coders]
        for i in range(len(coders)):
            for j in range(i + 1, len(coders)):
                x, y = columns[i], columns[j]
                a = sum(p & q for p, q in zip(x, y))
                b, c = sum(x) - a, sum(y) - a
                table = [[a, b], [c, length - a - b - c]]
                spans = [units.get((code, coders[i]), []), units.get((code, coders[j]), [])]
                out[("pair", code, i, j)] = {
                    "cohen_kappa": _float(maybe(cohen_kappa, table, exact=True)),
                    "krippendorff_alpha": _float(maybe(krippendorff_alpha, list(zip(x, y)), exact=True)),
                    "unitizing_alpha_binary_2019": _unitizing(length, spans),
                }
        rows = list(zip(*columns))
        out[("group", code)] = {
            "krippendorff_alpha": _float(maybe(krippendorff_alpha, rows, exact=True)),
            "fleiss_kappa": _float(maybe(fleiss_kappa, [[sum(r), len(r) - sum(r)] for r in rows], exact=True)),
            "unitizing_alpha_binary_2019": _unitizing(length, [units.get((code, c), []) for c in coders]),
        }
    for i in range(len(coders)):
        for j in range(i + 1, len(coders)):
            tables = []
            for code in codes:  # De Vries: the codes either coder used (here, in this resample)
                x, y = marks[(code, coders[i])], marks[(code, coders[j])]
                if any(x) or any(y):
                    a = sum(p & q for p, q in zip(x, y))
                    tables.append([[a, sum(x) - a], [sum(y) - a, length - sum(x) - sum(y) + a]])
            out[("pooled", i, j)] = {"pooled_kappa": _float(maybe(pooled_kappa, tables, exact=True)) if tables
                                     else None}
    return out


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    h = (len(ordered) - 1) * q
    low = math.floor(h)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (h - low) * (ordered[high] - ordered[low])


def summary(values: list) -> dict:
    defined = [v for v in values if v is not None]
    out: dict = {"resamples": len(values), "defined": len(defined)}
    if not defined:
        out["ci95"] = None
        return out
    out["ci95"] = [percentile(defined, 0.025), percentile(defined, 0.975)]
    for t in THRESHOLDS:
        out[f"p_below_{t:.3f}"] = sum(v < t for v in defined) / len(defined)
    return out


def reference_bootstrap(documents: list[Document], codes, coders, *, seed: int, resamples: int) -> dict:
    """Summaries keyed like `resample_figures`, over `resamples` resamples."""
    values: dict = {}
    for drawn in drawn_documents(seed, len(documents), resamples):
        length, units = end_to_end(documents, drawn)
        for key, figures in resample_figures(length, units, codes, coders).items():
            for name, value in figures.items():
                values.setdefault(key, {}).setdefault(name, []).append(value)
    return {key: {name: summary(v) for name, v in figures.items()} for key, figures in values.items()}
