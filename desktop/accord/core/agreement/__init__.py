"""Inter-coder agreement: the engine (pure core; no Qt, no printing).

    from accord.core.agreement import AgreementOptions, compute_agreement, find_disagreements
    result = compute_agreement(project.db, AgreementOptions(coders=("ann", "bob")))
    data = result.to_json()

Modules: `units` (codings → per-coder merged units), `counts` (character counts by
interval arithmetic), `coefficients` (Cohen, Fleiss, Krippendorff, percent,
positive, Jaccard, pooled kappa), `unitizing` (Krippendorff's |uα and 2004 uα),
`across_codes` (cuα and (c|u)α: which code a passage gets, all codes at once),
`segments` (MAXQDA-style segment matching), `bootstrap`, `engine`
(`compute_agreement`), `report` (`AgreementResult`), `disagreements`.

Conventions
-----------
- Offsets are Unicode code points; spans are half-open [start, end).
- Zero-length codings (as stored, or once whitespace is trimmed) are dropped and
  counted in "dropped_zero_length". Offsets outside the document are clipped to it.
- One coder's overlapping codings of one code in one document merge into one unit;
  touching codings ([0, 5) and [5, 9)) stay two units (this matters for segment
  matching and the unitizing alphas, not for character counts).
- Codes are independent: each code is its own binary continuum (a character is
  coded with it or not). Overlap of different codes is not a disagreement.
- `trim_whitespace` moves each coding's ends inward past whitespace (str.isspace);
  it never makes a coding longer.
- A coder who coded nothing in a document is a coder who coded no character there
  (not missing data): against a coder who coded something, Cohen's kappa is 0.
- Character counts of a pair: both, only_first, only_second, neither (they add up
  to the document length). Pooled over documents, counts are summed (a span never
  crosses documents), so "neither" includes the documents where nobody used the code.

Undefined values
----------------
A figure that has no value (no variation at all, an empty text, no segments, ...)
is None (JSON null), and beside it, under the figure's name + "_undefined_reason",
a sentence says why, e.g.

    "cohen_kappa": null,
    "cohen_kappa_undefined_reason": "no variation: no coder applied the code here, ..."

The reason key is present only when the figure is undefined. Undefined figures are
never reported as 0 or 1. One rule for every coefficient: where its expected
disagreement is zero (no coder used the code, or every coder coded all of the text)
it is undefined; so is the 2004 uα when every coder coded the whole text as one unit,
where its formula would give 1. Percent agreement is 100 where nobody varies (it is
undefined only for an empty text).

Scales
------
"percent_agreement", "segment_percent", "presence_percent", "frequency_percent" and
"pooled_percent_agreement" are percentages (0–100); every other figure is a
coefficient on its own scale (kappas and alphas ≤ 1, positive agreement and Jaccard
in 0–1). No rounding: format for display.

Shape of AgreementResult.to_json()
----------------------------------
Documents, codes and coders are keyed by name (a code by its path "Parent/Child"
when another code has the same name); pairs by "A|B" in coder order.

    {"documents": {DOC: {"codes": {CODE: ENTRY}, "overall": OVERALL, "across_codes": ACROSS}},
     "pooled_over_documents": {"codes": {CODE: ENTRY}, "overall": OVERALL, "across_codes": ACROSS},
     "dropped_zero_length": N[,
     "warnings": [TEXT]]}   (only when there is one: e.g. intervals from fewer than 10 documents)

Every scope holds every compared code: "used" is false where no compared coder
applied it (in that document, or anywhere when pooled); its percent agreement is then
100 and its coefficients null with their reasons.

    ENTRY = {"used": bool,
             "pairs": {"A|B": PAIR},
             "all_coders": {"krippendorff_alpha", "fleiss_kappa", "mean_pairwise_cohen_kappa",
                            "unitizing_alpha_binary_2019"[, "bootstrap"]}}
    PAIR = {"counts": {"both", "only_first", "only_second", "neither"},
            "percent_agreement", "cohen_kappa", "krippendorff_alpha", "positive_agreement", "jaccard",
            "unitizing_alpha_binary_2019", "unitizing_alpha_2004", "segment_percent",
            "segments": SEGMENTS[, "bootstrap": {FIGURE: INTERVAL}]}

In a document, SEGMENTS = {"first": {"segments", "matched"}, "second": {...},
"presence": "both" | "only_first" | "only_second" | "neither", "same_frequency": bool};
pooled, "presence" and "same_frequency" give way to "documents": {"both",
"only_first", "only_second", "same_frequency"} (documents counted),
"presence_percent" and "frequency_percent" (over the documents where at least one
of the two used the code, as MAXQDA counts them).

    OVERALL = {"codes_used": [CODE], "codes_one_sided": {CODE: CODER},
               "codes_unused": [CODE],   (compared codes nobody used in this scope)
               "pairs": {"A|B": {"pooled_kappa", "pooled_percent_agreement", "codes",
                                  "only_first": [CODE], "only_second": [CODE][, "bootstrap"]}},
               "all_coders": {"mean_pairwise_pooled_kappa"}}

    ACROSS = {"cu_alpha", "c_given_u_alpha"}   (all compared coders, all compared codes at once;
                                                 see `across_codes` for the definitions)

Pooled kappa (De Vries et al. 2008) of a pair averages p_o and p_e over the codes
either coder of that pair used, then (p̄_o − p̄_e) / (1 − p̄_e) (codes neither used
would not change it). "mean_pairwise_cohen_kappa" and "mean_pairwise_pooled_kappa"
average the pairs where the kappa is defined; they are undefined only when it is
undefined for every pair.

The 2004 uα pooled over documents treats the documents as one continuum laid end to
end, in which no unit or gap crosses a document boundary; every other pooled figure
comes from summed counts.

The accessors `AgreementResult.document(DOC)`, `.pooled_over_documents()`,
`.code(CODE, document=None)`, `.pair(CODE, A, B, document=None)`, `.all_coders(...)`,
`.overall(document=None)` and `.across_codes(document=None)` return the same dictionaries for one part, without
building the whole tree (names or ids; the pair entry is the one in coder order).

With AgreementOptions(bootstrap=B), pooled figures carry
INTERVAL = {"resamples", "defined", "ci95": [low, high], "p_below_0.800", "p_below_0.667"}
from B resamples of the documents (seeded).
"""

from .coefficients import Undefined
from .disagreements import Disagreement, confusion_table, find_disagreements
from .engine import compute_agreement
from .options import AgreementOptions
from .report import AgreementResult

__all__ = [
    "AgreementOptions",
    "AgreementResult",
    "Disagreement",
    "Undefined",
    "compute_agreement",
    "confusion_table",
    "find_disagreements",
]
