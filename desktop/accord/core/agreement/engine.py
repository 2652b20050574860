"""compute_agreement: read the codings once, count by interval arithmetic, derive every figure."""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
from sqlite_utils import Database

from .across_codes import across_code_parts
from .bootstrap import BootstrapResult, run_bootstrap, small_study_warning
from .coefficients import NO_DEFINED_PAIR, NO_SEGMENTS, Figures, _figures, _safe_divide, group_figures, \
    kappa_parts, pair_figures
from .counts import disagreeing_pairs, group_counts
from .options import AgreementOptions, resolve_selection
from .origins import origin_counts
from .report import AgreementResult, Table
from .turn_units import split_at_turns
from .units import load_units, sum_rows
from .unitizing import Parts2004, alpha_2004_arrays, binary_alpha_arrays, parts_2004, pooled_parts_2004


def _table(length, coded, units, squares, both, matched_first, matched_second, alpha_2004, pairs, m) -> Table:
    """Every figure of every row (group or code) of a scope, as arrays."""
    length = np.asarray(length, dtype=float)
    pair_figs: list[dict[str, Figures]] = []
    po = np.zeros(both.shape)
    pe = np.zeros(both.shape)
    for p, (i, j) in enumerate(pairs):
        a = both[:, p].astype(float)
        b = coded[:, i] - a
        c = coded[:, j] - a
        d = length - a - b - c
        figs = pair_figures(a, b, c, d)
        figs["unitizing_alpha_binary_2019"] = binary_alpha_arrays(
            length, 2, coded[:, i] + coded[:, j], squares[:, i] + squares[:, j], b + c)
        figs["unitizing_alpha_2004"] = alpha_2004[p]
        segments = units[:, i] + units[:, j]
        figs["segment_percent"] = _figures(
            _safe_divide(100 * (matched_first[:, p] + matched_second[:, p]), segments),
            np.where(segments == 0, NO_SEGMENTS, 0))
        po[:, p], pe[:, p] = kappa_parts(a, b, c, d)
        pair_figs.append(figs)
    k = disagreeing_pairs(coded, both, pairs)
    group = group_figures(length, m, coded.sum(axis=1), k)
    group["unitizing_alpha_binary_2019"] = binary_alpha_arrays(length, m, coded.sum(axis=1), squares.sum(axis=1), k)
    kappas = np.stack([f["cohen_kappa"].values for f in pair_figs], axis=1)
    defined = ~np.isnan(kappas)
    mean = _safe_divide(np.where(defined, kappas, 0).sum(axis=1), defined.sum(axis=1))
    group["mean_pairwise_cohen_kappa"] = _figures(mean, np.where(defined.any(axis=1), 0, NO_DEFINED_PAIR))
    return Table(length=length, coded=coded, units=units, both=both, matched_first=matched_first,
                 matched_second=matched_second, pair=pair_figs, group=group, observed=po, expected=pe)


def _unused_table(lengths: np.ndarray, m: int, pairs) -> Table:
    """One row per document in which no compared coder used a code: so every code has an entry everywhere."""
    d, p = len(lengths), len(pairs)
    zeros_m, zeros_p = np.zeros((d, m), dtype=np.int64), np.zeros((d, p), dtype=np.int64)
    parts = Parts2004(np.zeros((d, p)), zeros_m, np.zeros((d, m)), np.zeros((d, m)), np.zeros((d, m, m)),
                      np.asarray(lengths, dtype=float), zeros_m)
    return _table(lengths, zeros_m, zeros_m, zeros_m, zeros_p, zeros_p, zeros_p, alpha_2004_arrays(parts, pairs),
                  pairs, m)


@dataclass(frozen=True)
class _Presence:
    both: np.ndarray  # (C, P) documents where both coders used the code
    only_first: np.ndarray
    only_second: np.ndarray
    same_frequency: np.ndarray  # documents where both used it equally often


def _bootstrap(db, options, selection, units, counts, codes, pairs, m) -> BootstrapResult:
    """Resample documents, or speaker turns (the units cut at the turns, the pieces in place of documents)."""
    lengths, sums = selection.document_lengths, counts
    if options.bootstrap_unit == "turn":
        units, lengths = split_at_turns(db, selection, units, codes)
        sums = group_counts(units, options.overlap_fraction())
    boot = run_bootstrap(resamples=options.bootstrap, seed=options.seed, document_lengths=lengths,
                         group_document=units.group_document, group_code=units.group_code, coded=sums.coded,
                         squares=sums.squares, both=sums.both, pairs=pairs, coders=m)
    return replace(boot, unit=options.bootstrap_unit, resampled=len(lengths))


def compute_agreement(db: Database, options: AgreementOptions | None = None) -> AgreementResult:
    """Agreement of the selected coders on the selected codes and documents.

    Reads the codings (and, with trimming, the texts) once; every figure comes from
    sums over units and over overlapping pairs of units. See the package docstring
    for the conventions and `AgreementResult.to_json` for the shape of the result.
    """
    options = options or AgreementOptions()
    selection = resolve_selection(db, options)
    units = load_units(db, selection, trim=options.trim_whitespace)
    m = len(selection.coder_ids)
    pairs = selection.pairs
    counts = group_counts(units, options.overlap_fraction())
    parts = parts_2004(units, counts.distance_2004, counts.squares, counts.coded)
    groups = _table(units.group_length, counts.coded, counts.units, counts.squares, counts.both,
                    counts.matched_first, counts.matched_second, alpha_2004_arrays(parts, pairs), pairs, m)

    codes = len(selection.code_ids)
    code_of = units.group_code

    def per_code(values: np.ndarray) -> np.ndarray:
        return sum_rows(code_of, values, codes).astype(values.dtype)

    pooled_parts = pooled_parts_2004(units, parts, codes, selection.document_lengths)
    total_length = np.full(codes, float(selection.document_lengths.sum()))
    pooled = _table(total_length, per_code(counts.coded), per_code(counts.units), per_code(counts.squares),
                    per_code(counts.both), per_code(counts.matched_first), per_code(counts.matched_second),
                    alpha_2004_arrays(pooled_parts, pairs), pairs, m)

    presence = []
    for name in ("both", "only_first", "only_second", "same_frequency"):
        columns = []
        for i, j in pairs:
            ni, nj = counts.units[:, i], counts.units[:, j]
            flag = {"both": (ni > 0) & (nj > 0), "only_first": (ni > 0) & (nj == 0),
                    "only_second": (ni == 0) & (nj > 0), "same_frequency": (ni > 0) & (ni == nj)}[name]
            columns.append(per_code(flag.astype(np.int64)[:, None])[:, 0])
        presence.append(np.stack(columns, axis=1) if columns else np.zeros((codes, 0), dtype=np.int64))

    boot = None
    warnings: tuple[str, ...] = ()
    if options.bootstrap > 0 and len(selection.document_ids) > 0:
        boot = _bootstrap(db, options, selection, units, counts, codes, pairs, m)
        warnings = tuple(filter(None, [small_study_warning(boot.resampled, boot.unit)]))
    return AgreementResult(
        options=options,
        selection=selection,
        group_document=units.group_document,
        group_code=units.group_code,
        groups=groups,
        pooled=pooled,
        presence=_Presence(*presence),
        bootstrap=boot,
        dropped_zero_length=units.dropped_zero_length,
        warnings=warnings,
        unused=_unused_table(selection.document_lengths, m, pairs),
        across=across_code_parts(units, selection.document_lengths, codes),
        origins=origin_counts(db, units.coding_ids),
    )
