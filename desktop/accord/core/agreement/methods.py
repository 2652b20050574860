"""What the agreement figures mean: definitions, references and a methods paragraph.

Stable API (used by the agreement exports and by the codebook report):

    LABELS                       {JSON key: the figure's one name}, for every table, header and sheet
    DEFINITIONS                  tuple of Definition(statistic, column, definition, citation)
    REFERENCES                   tuple of Reference(key, text): every work cited, in full
    methods_paragraph(result, options=None) -> str
    cited_references(text) -> list[str]   the full references of the works `text` cites
    methods_text(result, options=None) -> str   the paragraph, then "References" and the list

`methods_paragraph` describes an `AgreementResult` in a few sentences for the
methods section of a paper, with the real numbers (coders, documents,
characters, codes, pooled kappa, how many codes reach Krippendorff's
thresholds, bootstrap resamples) and author–year citations. Every citation it
makes is one of REFERENCES (`cited_references` finds them by their key, e.g.
"Cohen, 1960"). Numbers are rounded to two decimals, negative ones with a true
minus sign (−).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ... import __version__
from ..language import QT_TRANSLATE_NOOP
from .origins import origins_sentence

if TYPE_CHECKING:
    from .options import AgreementOptions
    from .report import AgreementResult

RELIABLE, TENTATIVE = 0.800, 0.667  # Krippendorff's thresholds for alpha


@dataclass(frozen=True)
class Reference:
    key: str  # how the text cites it: "Cohen, 1960"
    text: str  # the full reference (APA style)


REFERENCES: tuple[Reference, ...] = (
    Reference("Cohen, 1960",
              "Cohen, J. (1960). A coefficient of agreement for nominal scales. Educational and Psychological "
              "Measurement, 20(1), 37–46. https://doi.org/10.1177/001316446002000104"),
    Reference("De Vries et al., 2008",
              "De Vries, H., Elliott, M. N., Kanouse, D. E., & Teleki, S. S. (2008). Using pooled kappa to "
              "summarize interrater agreement across many items. Field Methods, 20(3), 272–282."),
    Reference("Fleiss, 1971",
              "Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters. Psychological Bulletin, "
              "76(5), 378–382."),
    Reference("Hayes & Krippendorff, 2007",
              "Hayes, A. F., & Krippendorff, K. (2007). Answering the call for a standard reliability measure for "
              "coding data. Communication Methods and Measures, 1(1), 77–89. "
              "https://doi.org/10.1080/19312450709336664"),
    Reference("Krippendorff, 2004",
              "Krippendorff, K. (2004). Measuring the reliability of qualitative text analysis data. Quality & "
              "Quantity, 38(6), 787–800. https://doi.org/10.1007/s11135-004-8107-7"),
    Reference("Krippendorff, 2011",
              "Krippendorff, K. (2011). Computing Krippendorff's alpha-reliability. Departmental Papers (ASC), "
              "Annenberg School for Communication, University of Pennsylvania. "
              "https://repository.upenn.edu/asc_papers/43"),
    Reference("Krippendorff, 2019",
              "Krippendorff, K. (2019). Content analysis: An introduction to its methodology (4th ed.). Thousand "
              "Oaks, CA: Sage."),
    Reference("Krippendorff, Mathet, Bouvry & Widlöcher, 2016",
              "Krippendorff, K., Mathet, Y., Bouvry, S., & Widlöcher, A. (2016). On the reliability of unitizing "
              "textual continua: Further developments. Quality & Quantity, 50(6), 2347–2364. "
              "https://doi.org/10.1007/s11135-015-0266-1"),
)


@dataclass(frozen=True)
class Definition:
    statistic: str  # its name for people
    column: str  # its key in AgreementResult.to_json() and in comparison_rows()
    definition: str  # what it is, in words and as a formula
    citation: str  # where it comes from ("" for plain descriptive figures)


# The one name of each figure: CLI headers, GUI metrics, the report and the export all use these
# (in English; the window shows them translated, context "Methods").
LABELS: dict[str, str] = {
    "percent_agreement": QT_TRANSLATE_NOOP("Methods", "Percent agreement"),
    "cohen_kappa": QT_TRANSLATE_NOOP("Methods", "Cohen's κ"),
    "krippendorff_alpha": QT_TRANSLATE_NOOP("Methods", "Krippendorff's α"),
    "positive_agreement": QT_TRANSLATE_NOOP("Methods", "Positive agreement"),
    "jaccard": QT_TRANSLATE_NOOP("Methods", "Jaccard index"),
    "unitizing_alpha_binary_2019": QT_TRANSLATE_NOOP("Methods", "|uα (binary, 2016)"),
    "unitizing_alpha_2004": QT_TRANSLATE_NOOP("Methods", "uα (2004)"),
    "segment_percent": QT_TRANSLATE_NOOP("Methods", "Segment agreement"),
    "presence_percent": QT_TRANSLATE_NOOP("Methods", "Code presence"),
    "frequency_percent": QT_TRANSLATE_NOOP("Methods", "Code frequency"),
    "pooled_kappa": QT_TRANSLATE_NOOP("Methods", "Pooled κ"),
    "pooled_percent_agreement": QT_TRANSLATE_NOOP("Methods", "Pooled percent agreement"),
    "fleiss_kappa": QT_TRANSLATE_NOOP("Methods", "Fleiss' κ"),
    "mean_pairwise_cohen_kappa": QT_TRANSLATE_NOOP("Methods", "Mean pairwise κ"),
    "mean_pairwise_pooled_kappa": QT_TRANSLATE_NOOP("Methods", "Mean pairwise pooled κ"),
    "cu_alpha": QT_TRANSLATE_NOOP("Methods", "cuα (codes and gaps)"),
    "c_given_u_alpha": QT_TRANSLATE_NOOP("Methods", "(c|u)α (where both coded)"),
}

_NVIVO = (" Where neither coder used the code, NVivo prints κ = 1 and 100 % agreement; here percent agreement is "
          "100 but κ is undefined, because with no variation chance agreement is already total (p_e = 1).")

_COUNTS = ("For one code and two coders, every character of the text is counted once: a = characters both coders "
           "coded with the code, b = only the first coder, c = only the second, d = neither; N = a + b + c + d is "
           "the length of the text.")

DEFINITIONS: tuple[Definition, ...] = (
    Definition("Character counts", "both, only_first, only_second, neither",
               _COUNTS + " Offsets are Unicode code points. A coder's overlapping codings of a code are merged; "
               "codes are compared one at a time, so overlapping codings of different codes are no disagreement.",
               ""),
    Definition(LABELS["percent_agreement"], "percent_agreement",
               "The share of characters on which the two coders agree, in percent: 100 × (a + d) / N. Because most "
               "characters are coded by nobody, it is high even when the coders rarely coded the same passages.",
               ""),
    Definition(LABELS["cohen_kappa"], "cohen_kappa",
               "Agreement corrected for chance, over characters as NVivo's coding comparison computes it: "
               "κ = (p_o − p_e) / (1 − p_e), with observed agreement p_o = (a + d) / N and chance agreement "
               "p_e = [(a + b)(a + c) + (c + d)(b + d)] / N², from each coder's own share of coded characters." + _NVIVO,
               "Cohen (1960)"),
    Definition(LABELS["krippendorff_alpha"], "krippendorff_alpha",
               "Each character is a unit with two values (coded with the code or not): α = 1 − D_o / D_e, observed "
               "over expected disagreement from the coincidence matrix of the values the coders gave (nominal). Unlike κ "
               "it estimates chance from both coders' values pooled, and corrects for small samples. Where neither "
               "coder used the code it is undefined (D_e = 0), not 1 as NVivo's κ would be.",
               "Krippendorff (2011); Hayes & Krippendorff (2007)"),
    Definition(LABELS["positive_agreement"], "positive_agreement",
               "Agreement on the characters that at least one coder coded: 2a / (2a + b + c) (the Dice coefficient, "
               "or F1 of one coder against the other). Between 0 and 1.",
               ""),
    Definition(LABELS["jaccard"], "jaccard",
               "The characters both coded as a share of the characters either coded: a / (a + b + c). Between 0 "
               "and 1.",
               ""),
    Definition(LABELS["unitizing_alpha_binary_2019"], "unitizing_alpha_binary_2019",
               "The text is a continuum that each coder divides into units (the merged codings of the code) and gaps. "
               "Observed disagreement is the length that one coder puts in a unit and the other in a gap; expected "
               "disagreement comes from all sections of all coders, a unit never pairing with itself, so the "
               "coefficient also reflects whether the coders cut the same units. |uα = 1 − observed / expected.",
               "Krippendorff, Mathet, Bouvry & Widlöcher (2016); Krippendorff (2019), §12.6"),
    Definition(LABELS["unitizing_alpha_2004"], "unitizing_alpha_2004",
               "Krippendorff's earlier unitizing coefficient for one category: the squared differences between the "
               "beginnings and the ends of overlapping units of two coders (and the squared length of a unit lying "
               "in the other coder's gap), against the differences expected by chance. Pooled over documents, the "
               "documents are laid end to end. Undefined where neither coder used the code, or where both coded "
               "the whole text (no gap, so nothing varies).",
               "Krippendorff (2004)"),
    Definition(LABELS["segment_percent"], "segment_percent",
               "As MAXQDA computes it: a segment (merged coding) of one coder agrees when the other coder has a "
               "segment of the same code in the same document overlapping it by at least the set share (default "
               "90 %) of their joint extent, |s ∩ t| / (max end − min start). Percentage of both coders' segments "
               "that agree.",
               ""),
    Definition(LABELS["presence_percent"], "presence_percent",
               "Pooled over documents: the documents in which both coders used the code, as a percentage of the "
               "documents in which at least one of them did (MAXQDA's code-existence comparison).",
               ""),
    Definition(LABELS["frequency_percent"], "frequency_percent",
               "Pooled over documents: the documents in which both coders used the code equally often (same "
               "number of segments), as a percentage of the documents in which at least one of them used it.",
               ""),
    Definition(LABELS["pooled_kappa"], "pooled_kappa",
               "One kappa for all codes of a pair of coders: the mean observed agreement p̄_o and mean chance "
               "agreement p̄_e over the codes either coder used, then (p̄_o − p̄_e) / (1 − p̄_e). Unlike the mean "
               "of the codes' kappas it stays defined when some codes have no variation.",
               "De Vries et al. (2008)"),
    Definition(LABELS["fleiss_kappa"], "fleiss_kappa",
               "Chance-corrected agreement of any number of coders over characters: (P̄ − P̄_e) / (1 − P̄_e), P̄ "
               "the mean share of agreeing pairs of coders per character, P̄_e from the overall share of coded "
               "characters.",
               "Fleiss (1971)"),
    Definition(LABELS["krippendorff_alpha"] + " (all coders)", "all_coders.krippendorff_alpha",
               "Nominal α over characters as above, with the values of all compared coders.",
               "Krippendorff (2011)"),
    Definition(LABELS["mean_pairwise_cohen_kappa"], "mean_pairwise_cohen_kappa, mean_pairwise_pooled_kappa",
               "The mean of the pairs' Cohen's (or pooled) kappas over the pairs where it is defined.",
               ""),
    Definition(LABELS["cu_alpha"], "across_codes.cu_alpha",
               "Agreement on which code each passage gets, all compared codes and all compared coders at once: "
               "Krippendorff's unitizing α with every code a value of one variable and the uncoded stretches (gaps) "
               "a value of their own. Observed coincidences are the lengths of the intersections of the sections "
               "(units and gaps) of different coders; expected ones keep a unit from pairing with itself; "
               "cuα = 1 − Σ_{c≠k} ℓ_ck / Σ_{c≠k} ε_ck. It falls when coders give a passage different codes and when "
               "one codes what another left out; with a single code it equals that code's |uα. Where one coder "
               "gave a passage two codes, each is a section of its own.",
               "Krippendorff (2004); Krippendorff, Mathet, Bouvry & Widlöcher (2016); Krippendorff (2019), §12.6"),
    Definition(LABELS["c_given_u_alpha"], "across_codes.c_given_u_alpha",
               "The same coefficient restricted to the parts that two coders both coded: gaps drop out, so only "
               "the choice of code counts, given the units; a unit's self-pairs are those of the part of it that "
               "another coder also coded. Undefined where no passage was coded by two coders, or where they only "
               "ever used one code there.",
               "Krippendorff, Mathet, Bouvry & Widlöcher (2016); Krippendorff (2019), §12.6"),
    Definition("Bootstrap interval", "bootstrap: ci95, p_below_0.800, p_below_0.667",
               "Documents are resampled with replacement as many times as asked (seeded); each resample's figures "
               "come from its documents' summed counts. With the turn bootstrap (--bootstrap-unit turn), for a "
               "study of a few long transcripts, speaker turns take the place of documents (text before the first "
               "turn is a piece of its own; a coding across turns is cut at the turn); turns of one conversation "
               "are not independent, so such intervals are narrower. ci95 is the 2.5th to 97.5th percentile of the figure over "
               "the resamples in which it is defined; p_below_0.800 and p_below_0.667 are the shares of those "
               "resamples in which it falls below Krippendorff's thresholds.",
               "Hayes & Krippendorff (2007); Krippendorff, Mathet, Bouvry & Widlöcher (2016)"),
    Definition("Undefined", "FIGURE_undefined_reason",
               "A figure without a value (no variation at all, an empty text, no segments) is left empty (null in "
               "JSON) and the reason is given beside it; it is never reported as 0 or 1. One rule for every "
               "coefficient: where the expected disagreement is zero (nobody used the code, or every coder coded "
               "all of the text) it is undefined. Percent agreement is 100 where nobody varies.",
               ""),
)


def cited_references(text: str) -> list[str]:
    """The full references, in alphabetical order, of the works that `text` cites.

    A work counts as cited when its key ("Cohen, 1960") or the narrative form
    ("Cohen (1960)", "Cohen's (1960)") occurs in the text.
    """
    cited = []
    for reference in REFERENCES:
        key = reference.key
        author, year = key.rsplit(", ", 1)
        forms = (key, f"{author} ({year})", f"{author}'s ({year})", f"{author}’s ({year})")
        if any(form in text for form in forms):
            cited.append(reference.text)
    return cited


# -- formatting -------------------------------------------------------------------------------
def _number(value: float | None, places: int = 2) -> str:
    if value is None:
        return "undefined"
    return f"{value:.{places}f}".replace("-", "−")


def _names(names) -> str:
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else (plural or word + 's')}"


# -- the paragraph ----------------------------------------------------------------------------
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
    first = (f"Agreement between the coders {_names(coders)} was assessed on {_plural(documents, 'document')} "
             f"({_plural(characters, 'character')}) for {_plural(n_codes, 'code')}")
    if len(codes_used) != n_codes:
        verb = "was" if len(codes_used) == 1 else "were"
        first += f", {len(codes_used):,} of which {verb} used by at least one coder"
    sentences.append(first + f", with Accord {__version__}.")
    origins = origins_sentence(getattr(result, "origins", None))  # codings not made by hand, if any
    if origins:
        sentences.append(origins)
    unit = ("Each code was compared on its own, treating every character of the text as a unit that a coder either "
            "did or did not code with that code")
    if options.trim_whitespace:
        unit += " (after moving the ends of each coding inward past white space)"
    sentences.append(unit + "; figures pooled over the documents add up the documents' character counts.")
    share = f"{float(options.overlap) * 100:g} %"
    sentences.append(
        "For each code we report percent agreement, Cohen's κ (Cohen, 1960) computed over characters as in NVivo, "
        "Krippendorff's α for nominal data over characters (Krippendorff, 2011), and the binary unitizing coefficient "
        "|uα (Krippendorff, Mathet, Bouvry & Widlöcher, 2016; Krippendorff, 2019, §12.6), which also reflects whether "
        "the coders cut the same units; we also give uα (2004), Krippendorff's earlier "
        "unitizing coefficient (Krippendorff, 2004), and, as MAXQDA "
        f"does, the percentage of segments matched by a segment of the other coder overlapping it by at least {share}.")
    # Users comparing with NVivo otherwise find κ = 1 there and "undefined" here.
    sentences.append("Where no coder used a code, percent agreement is 100 but κ, α and the unitizing coefficients "
                     "are undefined (there is no variation, so chance agreement is total) and are reported as such; "
                     "NVivo prints κ = 1 in that case.")
    if not two:
        sentences.append("For all coders together we report Krippendorff's α and Fleiss' κ (Fleiss, 1971).")
    across = pooled.get("across_codes")
    if across is not None:
        sentences.append(
            "Whether the coders gave the same passages the same code was assessed across all codes at once with "
            f"cuα = {_number(across['cu_alpha'])}, which also counts passages one coder left uncoded, and "
            f"(c|u)α = {_number(across['c_given_u_alpha'])}, over the passages both coded (Krippendorff, 2004; "
            "Krippendorff, Mathet, Bouvry & Widlöcher, 2016).")

    pairs = overall["pairs"]
    boot = result.bootstrap is not None

    def kappa_with_interval(entry: dict) -> str:
        text = _number(entry.get("pooled_kappa"))
        interval = (entry.get("bootstrap") or {}).get("pooled_kappa") or {}
        ci = interval.get("ci95")
        if ci:
            text += f" (95 % interval {_number(ci[0])} to {_number(ci[1])})"
        return text

    def pair_names(key: str) -> str:
        i, j = selection.pairs[list(result.pair_keys).index(key)]
        return _names([coders[i], coders[j]])

    if two:
        entry = next(iter(pairs.values()))
        if entry.get("pooled_kappa") is not None:
            sentences.append(f"Pooled κ across the {_plural(entry['codes'], 'code')} either coder used "
                             f"(De Vries et al., 2008) was {kappa_with_interval(entry)}.")
        else:
            sentences.append("Pooled κ (De Vries et al., 2008) was undefined: "
                             f"{entry.get('pooled_kappa_undefined_reason', 'no code was used')}.")
    else:
        defined = [(key, e) for key, e in pairs.items() if e.get("pooled_kappa") is not None]
        if defined:
            low = min(defined, key=lambda item: item[1]["pooled_kappa"])
            high = max(defined, key=lambda item: item[1]["pooled_kappa"])
            mean = overall["all_coders"].get("mean_pairwise_pooled_kappa")
            sentences.append(
                f"Pooled κ across codes (De Vries et al., 2008) ranged over the {_plural(len(pairs), 'pair')} of "
                f"coders from {kappa_with_interval(low[1])} for {pair_names(low[0])} to "
                f"{kappa_with_interval(high[1])} for {pair_names(high[0])}; its mean was {_number(mean)}.")
        else:
            sentences.append("Pooled κ (De Vries et al., 2008) was undefined for every pair of coders.")

    alphas = [pooled["codes"][code]["all_coders"].get("krippendorff_alpha") for code in codes_used]
    defined_alphas = [a for a in alphas if a is not None]
    if defined_alphas:
        reliable = sum(1 for a in defined_alphas if a >= RELIABLE)
        tentative = sum(1 for a in defined_alphas if TENTATIVE <= a < RELIABLE)
        low_count = len(defined_alphas) - reliable - tentative
        sentences.append(
            f"Krippendorff's α{'' if two else ' of all coders'} was at least 0.800 for {reliable} of the "
            f"{_plural(len(defined_alphas), 'code')} with a defined α, between 0.667 and 0.800 for {tentative} "
            f"and below 0.667 for {low_count}; Krippendorff (2019) advises relying on variables with α ≥ 0.800 and "
            "drawing only tentative conclusions from those between 0.667 and 0.800.")
    undefined = len(alphas) - len(defined_alphas)
    if undefined:
        sentences.append(f"For {_plural(undefined, 'code')} α was undefined (no variation) and is reported as such, "
                         "not as 0 or 1.")
    if boot:
        resamples = getattr(result.bootstrap, "resamples", options.bootstrap)
        seed = getattr(result.bootstrap, "seed", options.seed)
        if getattr(result.bootstrap, "unit", "document") == "turn":
            source = (f"{resamples:,} bootstrap resamples of the "
                      f"{_plural(result.bootstrap.resampled, 'speaker turn')} (percentile intervals, seed {seed}), "
                      "resampled in place of documents because the study has few of them; turns of one "
                      "conversation are not independent, so these intervals are narrower than a bootstrap of "
                      "documents would give")
        else:
            source = (f"{resamples:,} bootstrap resamples of documents (percentile intervals, seed {seed}); "
                      "resampling whole documents keeps neighbouring characters together")
        sentences.append(
            f"95 % intervals come from {source}, and for κ, α, |uα and the pooled κ we also give the share of "
            "resamples in which each fell below 0.800 and 0.667, the probability of failing to reach these levels "
            "(Hayes & Krippendorff, 2007).")
    else:
        sentences.append("No bootstrap intervals were computed.")
    if result.dropped_zero_length:
        sentences.append(f"{_plural(result.dropped_zero_length, 'coding')} of zero length "
                         f"{'was' if result.dropped_zero_length == 1 else 'were'} left out.")
    return " ".join(sentences)


def methods_text(result: AgreementResult, options: AgreementOptions | None = None) -> str:
    """The methods paragraph followed by "References" and the full references it cites."""
    paragraph = methods_paragraph(result, options)
    return paragraph + "\n\nReferences\n" + "\n".join(cited_references(paragraph))
