"""The methods paragraph of an agreement run, in the report's language.

Each sentence is one whole translatable message (context "Methods") with
numbered placeholders and %Ln plurals, so that a translator sees the sentence
as a reader will. Citations ("Cohen, 1960") stay as they are in every
language: `cited_references` finds the works by them. Numbers follow the
language in force (core/language.py `using`): 0.85 in English, 0,85 in German.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import __version__
from ..language import Methods, decimal, fill, integer
from .origins import origins_sentence

if TYPE_CHECKING:
    from .options import AgreementOptions
    from .report import AgreementResult

RELIABLE, TENTATIVE = 0.800, 0.667  # Krippendorff's thresholds for alpha


def _number(value: float | None, places: int = 2) -> str:
    return Methods.tr("undefined") if value is None else decimal(value, places)


def _names(names) -> str:
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return fill(Methods.tr("%1 and %2"), ", ".join(names[:-1]), names[-1])


def methods_paragraph(result: AgreementResult, options: AgreementOptions | None = None) -> str:
    """A paragraph for a methods section describing this agreement run, with its numbers and citations.

    `options` defaults to the options the result was computed with. The paragraph names
    the coders, counts documents, characters and codes, says which coefficients are
    reported and where they come from, gives the pooled kappa of each pair (with its
    bootstrap interval when there is one), how many codes reach α ≥ 0.800 and 0.667, and
    how the intervals were obtained. Stable: the codebook report quotes it.

    Of the result it reads only `pooled_over_documents()` (the pooled codes' "all_coders"
    α and the "overall" pairs with their pooled-kappa bootstrap) and the attributes
    `options`, `selection`, `coders`, `documents`, `codes`, `pair_keys`, `bootstrap` (is
    it None; its resamples and seed), `dropped_zero_length` and, if it has them, `origins`
    (how many compared codings were accepted from suggestions or auto-coded: one sentence
    then says so), so a wrapper may hand it a trimmed pooled tree.
    """
    options = options or result.options
    selection = result.selection
    coders = list(result.coders)
    two = len(coders) == 2
    documents = len(result.documents)
    characters = int(selection.document_lengths.sum()) if documents else 0
    pooled = result.pooled_over_documents()
    overall = pooled["overall"]
    codes_used = overall["codes_used"]
    n_codes = len(result.codes)

    sentences = []
    scope = fill(Methods.tr("Agreement between the coders %1 was assessed on %2 (%3) for %4"), _names(coders),
                 Methods.tr("%Ln document(s)", "", documents), Methods.tr("%Ln character(s)", "", characters),
                 Methods.tr("%Ln code(s)", "", n_codes))
    if len(codes_used) != n_codes:
        scope += ", " + Methods.tr("%Ln of which was/were used by at least one coder", "", len(codes_used))
    sentences.append(fill(Methods.tr("%1, with Accord %2."), scope, __version__))
    origins = origins_sentence(getattr(result, "origins", None))  # codings not made by hand, if any
    if origins:
        sentences.append(origins)
    if options.trim_whitespace:
        sentences.append(Methods.tr(
            "Each code was compared on its own, treating every character of the text as a unit that a coder either "
            "did or did not code with that code (after moving the ends of each coding inward past white space); "
            "figures pooled over the documents add up the documents' character counts."))
    else:
        sentences.append(Methods.tr(
            "Each code was compared on its own, treating every character of the text as a unit that a coder either "
            "did or did not code with that code; figures pooled over the documents add up the documents' character "
            "counts."))
    share = f"{float(options.overlap) * 100:g}".replace(".", decimal(0.5, 1)[1])
    sentences.append(fill(Methods.tr(
        "For each code we report percent agreement, Cohen's κ (Cohen, 1960) computed over characters as in NVivo, "
        "Krippendorff's α for nominal data over characters (Krippendorff, 2011), and the binary unitizing coefficient "
        "|uα (Krippendorff, Mathet, Bouvry & Widlöcher, 2016; Krippendorff, 2019, §12.6), which also reflects whether "
        "the coders cut the same units; we also give uα (2004), Krippendorff's earlier "
        "unitizing coefficient (Krippendorff, 2004), and, as MAXQDA "
        "does, the percentage of segments matched by a segment of the other coder overlapping it by at least %1 %."),
        share))
    # Users comparing with NVivo otherwise find κ = 1 there and "undefined" here.
    sentences.append(Methods.tr(
        "Where no coder used a code, percent agreement is 100 but κ, α and the unitizing coefficients "
        "are undefined (there is no variation, so chance agreement is total) and are reported as such; "
        "NVivo prints κ = 1 in that case."))
    if not two:
        sentences.append(Methods.tr("For all coders together we report Krippendorff's α and Fleiss' κ (Fleiss, 1971)."))
    across = pooled.get("across_codes")
    if across is not None:
        sentences.append(fill(Methods.tr(
            "Whether the coders gave the same passages the same code was assessed across all codes at once with "
            "cuα = %1, which also counts passages one coder left uncoded, and "
            "(c|u)α = %2, over the passages both coded (Krippendorff, 2004; "
            "Krippendorff, Mathet, Bouvry & Widlöcher, 2016)."),
            _number(across["cu_alpha"]), _number(across["c_given_u_alpha"])))
    sentences.append(_pooled_kappa_sentence(result, overall, coders, two))
    sentences.extend(_alpha_sentences(pooled, codes_used, two))
    sentences.append(_interval_sentence(result, options))
    if result.dropped_zero_length:
        sentences.append(Methods.tr("%Ln coding(s) of zero length was/were left out.", "",
                                    result.dropped_zero_length))
    return " ".join(sentences)


def _kappa_with_interval(entry: dict) -> str:
    text = _number(entry.get("pooled_kappa"))
    interval = (entry.get("bootstrap") or {}).get("pooled_kappa") or {}
    ci = interval.get("ci95")
    if ci:
        text = fill(Methods.tr("%1 (95 % interval %2 to %3)"), text, _number(ci[0]), _number(ci[1]))
    return text


def _pooled_kappa_sentence(result, overall: dict, coders: list, two: bool) -> str:
    pairs = overall["pairs"]
    if two:
        entry = next(iter(pairs.values()))
        if entry.get("pooled_kappa") is not None:
            return fill(Methods.tr("Pooled κ across the %1 either coder used (De Vries et al., 2008) was %2."),
                        Methods.tr("%Ln code(s)", "", entry["codes"]), _kappa_with_interval(entry))
        return fill(Methods.tr("Pooled κ (De Vries et al., 2008) was undefined: %1."),
                    entry.get("pooled_kappa_undefined_reason") or Methods.tr("no code was used"))

    def pair_names(key: str) -> str:
        i, j = result.selection.pairs[list(result.pair_keys).index(key)]
        return _names([coders[i], coders[j]])

    defined = [(key, e) for key, e in pairs.items() if e.get("pooled_kappa") is not None]
    if not defined:
        return Methods.tr("Pooled κ (De Vries et al., 2008) was undefined for every pair of coders.")
    low = min(defined, key=lambda item: item[1]["pooled_kappa"])
    high = max(defined, key=lambda item: item[1]["pooled_kappa"])
    mean = overall["all_coders"].get("mean_pairwise_pooled_kappa")
    return fill(Methods.tr("Pooled κ across codes (De Vries et al., 2008) ranged over the %1 of coders from %2 for %3 "
                           "to %4 for %5; its mean was %6."),
                Methods.tr("%Ln pair(s)", "", len(pairs)), _kappa_with_interval(low[1]), pair_names(low[0]),
                _kappa_with_interval(high[1]), pair_names(high[0]), _number(mean))


def _alpha_sentences(pooled: dict, codes_used, two: bool) -> list[str]:
    alphas = [pooled["codes"][code]["all_coders"].get("krippendorff_alpha") for code in codes_used]
    defined = [a for a in alphas if a is not None]
    sentences = []
    if defined:
        reliable = sum(1 for a in defined if a >= RELIABLE)
        tentative = sum(1 for a in defined if TENTATIVE <= a < RELIABLE)
        text = (Methods.tr("Krippendorff's α was at least %1 for %2 of the %3 with a defined α, between %4 and %1 for "
                           "%5 and below %4 for %6; Krippendorff (2019) advises relying on variables with α ≥ %1 and "
                           "drawing only tentative conclusions from those between %4 and %1.") if two else
                Methods.tr("Krippendorff's α of all coders was at least %1 for %2 of the %3 with a defined α, between "
                           "%4 and %1 for %5 and below %4 for %6; Krippendorff (2019) advises relying on variables "
                           "with α ≥ %1 and drawing only tentative conclusions from those between %4 and %1."))
        sentences.append(fill(text, decimal(RELIABLE, 3), integer(reliable), Methods.tr("%Ln code(s)", "", len(defined)),
                              decimal(TENTATIVE, 3), integer(tentative),
                              integer(len(defined) - reliable - tentative)))
    undefined = len(alphas) - len(defined)
    if undefined:
        sentences.append(Methods.tr("For %Ln code(s) α was undefined (no variation) and is reported as such, "
                                    "not as 0 or 1.", "", undefined))
    return sentences


def _interval_sentence(result, options) -> str:
    if result.bootstrap is None:
        return Methods.tr("No bootstrap intervals were computed.")
    resamples = integer(getattr(result.bootstrap, "resamples", options.bootstrap))
    seed = getattr(result.bootstrap, "seed", options.seed)
    if getattr(result.bootstrap, "unit", "document") == "turn":
        source = fill(Methods.tr(
            "%1 bootstrap resamples of the %2 (percentile intervals, seed %3), resampled in place of documents "
            "because the study has few of them; turns of one conversation are not independent, so these "
            "intervals are narrower than a bootstrap of documents would give"),
            resamples, Methods.tr("%Ln speaker turn(s)", "", result.bootstrap.resampled), seed)
    else:
        source = fill(Methods.tr("%1 bootstrap resamples of documents (percentile intervals, seed %2); resampling "
                                 "whole documents keeps neighbouring characters together"), resamples, seed)
    return fill(Methods.tr(
        "95 % intervals come from %1, and for κ, α, |uα and the pooled κ we also give the share of "
        "resamples in which each fell below %2 and %3, the probability of failing to reach these levels "
        "(Hayes & Krippendorff, 2007)."), source, decimal(RELIABLE, 3), decimal(TENTATIVE, 3))
