"""A seeded bootstrap over documents for the pooled figures.

Each resample draws as many documents as were compared, with replacement
(numpy's default_rng(seed)). The pooled counts of a resample are the per-document
counts weighted by how often each document was drawn, so a resample costs a
few array sums, never a recount. For each figure the report gives the 95 %
percentile interval and the share of resamples in which it falls below .800
and below .667 (Krippendorff's usual thresholds), over the resamples in which
the figure is defined.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .coefficients import group_figures, kappa_parts, pair_figures, pooled_kappa_arrays
from .counts import disagreeing_pairs
from .unitizing import binary_alpha_arrays

THRESHOLDS = (0.800, 0.667)
# Below this many documents a document bootstrap sees too few distinct resamples to trust its tails
# (benchmarks/bootstrap_coverage.py measures how often the intervals cover the true value).
RELIABLE_DOCUMENTS = 10
_CHUNK_CELLS = 4_000_000  # resamples × groups held in memory at once


def small_study_warning(count: int, unit: str = "document") -> str | None:
    """The warning every output carries when the bootstrap resampled too few documents (or turns)."""
    if count >= RELIABLE_DOCUMENTS:
        return None
    what = "speaker turn" if unit == "turn" else "document"
    advice = "" if unit == "turn" else (" For transcripts, resampling speaker turns gives more to go on "
                                        "(--bootstrap-unit turn, or \"by speaker turn\" beside Compute intervals).")
    return (f"95 % intervals from only {count} {what}{'' if count == 1 else 's'} are unreliable; "
            f"a bootstrap over {what}s needs at least {RELIABLE_DOCUMENTS}, so read them as rough at best."
            + advice)


@dataclass(frozen=True)
class Distribution:
    """Bootstrap values of one figure (NaN where undefined in a resample)."""

    values: np.ndarray

    def summary(self) -> dict:
        defined = self.values[~np.isnan(self.values)]
        out: dict = {"resamples": int(len(self.values)), "defined": int(len(defined))}
        if len(defined) == 0:
            out["ci95"] = None
            out["ci95_undefined_reason"] = "the figure is undefined in every resample"
            for t in THRESHOLDS:
                out[f"p_below_{t:.3f}"] = None
            return out
        lo, hi = np.quantile(defined, [0.025, 0.975])
        out["ci95"] = [float(lo), float(hi)]
        for t in THRESHOLDS:
            out[f"p_below_{t:.3f}"] = float(np.mean(defined < t))
        return out


@dataclass(frozen=True)
class BootstrapResult:
    codes: np.ndarray  # code indices that have figures (used by some coder)
    pair: dict  # (code index, pair index) -> {figure: Distribution}
    group: dict  # code index -> {figure: Distribution}
    pooled_kappa: list  # per pair: Distribution
    resamples: int
    seed: int
    unit: str = "document"  # what was resampled: "document" or "turn"
    resampled: int = 0  # how many of them there were


def run_bootstrap(*, resamples: int, seed: int, document_lengths: np.ndarray, group_document: np.ndarray,
                  group_code: np.ndarray, coded: np.ndarray, squares: np.ndarray, both: np.ndarray,
                  pairs: list[tuple[int, int]], coders: int) -> BootstrapResult:
    rng = np.random.default_rng(seed)
    documents = len(document_lengths)
    m = coders
    order = np.argsort(group_code, kind="stable")
    codes, starts = np.unique(group_code[order], return_index=True)
    stats = np.concatenate([coded, squares, both], axis=1).astype(float)[order]  # (G, 2m + P)
    chunk = max(1, _CHUNK_CELLS // max(len(order), 1))
    pieces = []
    lengths = []
    done = 0
    while done < resamples:
        b = min(chunk, resamples - done)
        weights = rng.multinomial(documents, np.full(documents, 1 / documents), size=b).astype(float)
        lengths.append(weights @ document_lengths.astype(float))
        per_group = weights[:, group_document[order]]  # (b, G)
        sums = np.stack([np.add.reduceat(per_group * stats[:, s], starts, axis=1) for s in range(stats.shape[1])],
                        axis=-1) if len(order) else np.zeros((b, 0, stats.shape[1]))
        pieces.append(sums)  # (b, C, stats)
        done += b
    sums = np.concatenate(pieces, axis=0)
    n = np.concatenate(lengths)[:, None]  # (B, 1)
    c_coded, c_squares, c_both = sums[..., :m], sums[..., m:2 * m], sums[..., 2 * m:]

    pair_out: dict = {}
    pooled = []
    for p, (i, j) in enumerate(pairs):
        a = c_both[..., p]
        b_ = c_coded[..., i] - a
        c_ = c_coded[..., j] - a
        d = n - a - b_ - c_
        figs = pair_figures(a, b_, c_, d)
        ualpha = binary_alpha_arrays(n, 2, c_coded[..., i] + c_coded[..., j],
                                     c_squares[..., i] + c_squares[..., j], b_ + c_)
        po, pe = kappa_parts(a, b_, c_, d)
        pooled.append(Distribution(pooled_kappa_arrays(po.sum(axis=1), pe.sum(axis=1),
                                                       np.full(len(po), po.shape[1])).values))
        for k, code in enumerate(codes.tolist()):
            pair_out[(code, p)] = {
                "cohen_kappa": Distribution(figs["cohen_kappa"].values[:, k]),
                "krippendorff_alpha": Distribution(figs["krippendorff_alpha"].values[:, k]),
                "unitizing_alpha_binary_2019": Distribution(ualpha.values[:, k]),
            }
    group_out: dict = {}
    k_pairs = disagreeing_pairs(c_coded, c_both, pairs)
    gf = group_figures(n, m, c_coded.sum(axis=-1), k_pairs)
    gu = binary_alpha_arrays(n, m, c_coded.sum(axis=-1), c_squares.sum(axis=-1), k_pairs)
    for k, code in enumerate(codes.tolist()):
        group_out[code] = {
            "krippendorff_alpha": Distribution(gf["krippendorff_alpha"].values[:, k]),
            "fleiss_kappa": Distribution(gf["fleiss_kappa"].values[:, k]),
            "unitizing_alpha_binary_2019": Distribution(gu.values[:, k]),
        }
    return BootstrapResult(codes, pair_out, group_out, pooled, resamples, seed)
