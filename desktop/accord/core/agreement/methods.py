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

from ..language import QT_TRANSLATE_NOOP, Methods

if TYPE_CHECKING:
    from .options import AgreementOptions
    from .report import AgreementResult

from .paragraph import RELIABLE, TENTATIVE, methods_paragraph  # noqa: F401  (re-exported; in the report's language)


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

DEFINITIONS: tuple[Definition, ...] = (
    Definition(QT_TRANSLATE_NOOP("Methods", "Character counts"), "both, only_first, only_second, neither",
               QT_TRANSLATE_NOOP("Methods", "For one code and two coders, every character of the text is counted "
                                             "once: a = characters both coders coded with the code, b = only the "
                                             "first coder, c = only the second, d = neither; N = a + b + c + d is the"
                                             " length of the text. Offsets are Unicode code points. A coder's "
                                             "overlapping codings of a code are merged; codes are compared one at a "
                                             "time, so overlapping codings of different codes are no disagreement."),
               ""),
    Definition(LABELS["percent_agreement"], "percent_agreement",
               QT_TRANSLATE_NOOP("Methods", "The share of characters on which the two coders agree, in percent: 100 "
                                             "× (a + d) / N. Because most characters are coded by nobody, it is high "
                                             "even when the coders rarely coded the same passages."),
               ""),
    Definition(LABELS["cohen_kappa"], "cohen_kappa",
               QT_TRANSLATE_NOOP("Methods", "Agreement corrected for chance, over characters as NVivo's coding "
                                             "comparison computes it: κ = (p_o − p_e) / (1 − p_e), with observed "
                                             "agreement p_o = (a + d) / N and chance agreement p_e = [(a + b)(a + c) "
                                             "+ (c + d)(b + d)] / N², from each coder's own share of coded "
                                             "characters. Where neither coder used the code, NVivo prints κ = 1 and "
                                             "100 % agreement; here percent agreement is 100 but κ is undefined, "
                                             "because with no variation chance agreement is already total (p_e = 1)."),
               "Cohen (1960)"),
    Definition(LABELS["krippendorff_alpha"], "krippendorff_alpha",
               QT_TRANSLATE_NOOP("Methods", "Each character is a unit with two values (coded with the code or not): "
                                             "α = 1 − D_o / D_e, observed over expected disagreement from the "
                                             "coincidence matrix of the values the coders gave (nominal). Unlike κ it"
                                             " estimates chance from both coders' values pooled, and corrects for "
                                             "small samples. Where neither coder used the code it is undefined (D_e ="
                                             " 0), not 1 as NVivo's κ would be."),
               "Krippendorff (2011); Hayes & Krippendorff (2007)"),
    Definition(LABELS["positive_agreement"], "positive_agreement",
               QT_TRANSLATE_NOOP("Methods", "Agreement on the characters that at least one coder coded: 2a / (2a + b"
                                             " + c) (the Dice coefficient, or F1 of one coder against the other). "
                                             "Between 0 and 1."),
               ""),
    Definition(LABELS["jaccard"], "jaccard",
               QT_TRANSLATE_NOOP("Methods", "The characters both coded as a share of the characters either coded: a "
                                             "/ (a + b + c). Between 0 and 1."),
               ""),
    Definition(LABELS["unitizing_alpha_binary_2019"], "unitizing_alpha_binary_2019",
               QT_TRANSLATE_NOOP("Methods", "The text is a continuum that each coder divides into units (the merged "
                                             "codings of the code) and gaps. Observed disagreement is the length that"
                                             " one coder puts in a unit and the other in a gap; expected disagreement"
                                             " comes from all sections of all coders, a unit never pairing with "
                                             "itself, so the coefficient also reflects whether the coders cut the "
                                             "same units. |uα = 1 − observed / expected."),
               "Krippendorff, Mathet, Bouvry & Widlöcher (2016); Krippendorff (2019), §12.6"),
    Definition(LABELS["unitizing_alpha_2004"], "unitizing_alpha_2004",
               QT_TRANSLATE_NOOP("Methods", "Krippendorff's earlier unitizing coefficient for one category: the "
                                             "squared differences between the beginnings and the ends of overlapping "
                                             "units of two coders (and the squared length of a unit lying in the "
                                             "other coder's gap), against the differences expected by chance. Pooled "
                                             "over documents, the documents are laid end to end. Undefined where "
                                             "neither coder used the code, or where both coded the whole text (no "
                                             "gap, so nothing varies)."),
               "Krippendorff (2004)"),
    Definition(LABELS["segment_percent"], "segment_percent",
               QT_TRANSLATE_NOOP("Methods", "As MAXQDA computes it: a segment (merged coding) of one coder agrees "
                                             "when the other coder has a segment of the same code in the same "
                                             "document overlapping it by at least the set share (default 90 %) of "
                                             "their joint extent, |s ∩ t| / (max end − min start). Percentage of both"
                                             " coders' segments that agree."),
               ""),
    Definition(LABELS["presence_percent"], "presence_percent",
               QT_TRANSLATE_NOOP("Methods", "Pooled over documents: the documents in which both coders used the "
                                             "code, as a percentage of the documents in which at least one of them "
                                             "did (MAXQDA's code-existence comparison)."),
               ""),
    Definition(LABELS["frequency_percent"], "frequency_percent",
               QT_TRANSLATE_NOOP("Methods", "Pooled over documents: the documents in which both coders used the code"
                                             " equally often (same number of segments), as a percentage of the "
                                             "documents in which at least one of them used it."),
               ""),
    Definition(LABELS["pooled_kappa"], "pooled_kappa",
               QT_TRANSLATE_NOOP("Methods", "One kappa for all codes of a pair of coders: the mean observed "
                                             "agreement p̄_o and mean chance agreement p̄_e over the codes either "
                                             "coder used, then (p̄_o − p̄_e) / (1 − p̄_e). Unlike the mean of the "
                                             "codes' kappas it stays defined when some codes have no variation."),
               "De Vries et al. (2008)"),
    Definition(LABELS["fleiss_kappa"], "fleiss_kappa",
               QT_TRANSLATE_NOOP("Methods", "Chance-corrected agreement of any number of coders over characters: (P̄"
                                             " − P̄_e) / (1 − P̄_e), P̄ the mean share of agreeing pairs of coders "
                                             "per character, P̄_e from the overall share of coded characters."),
               "Fleiss (1971)"),
    Definition(QT_TRANSLATE_NOOP("Methods", "Krippendorff's α (all coders)"), "all_coders.krippendorff_alpha",
               QT_TRANSLATE_NOOP("Methods", "Nominal α over characters as above, with the values of all compared "
                                             "coders."),
               "Krippendorff (2011)"),
    Definition(LABELS["mean_pairwise_cohen_kappa"], "mean_pairwise_cohen_kappa, mean_pairwise_pooled_kappa",
               QT_TRANSLATE_NOOP("Methods", "The mean of the pairs' Cohen's (or pooled) kappas over the pairs where "
                                             "it is defined."),
               ""),
    Definition(LABELS["cu_alpha"], "across_codes.cu_alpha",
               QT_TRANSLATE_NOOP("Methods", "Agreement on which code each passage gets, all compared codes and all "
                                             "compared coders at once: Krippendorff's unitizing α with every code a "
                                             "value of one variable and the uncoded stretches (gaps) a value of their"
                                             " own. Observed coincidences are the lengths of the intersections of the"
                                             " sections (units and gaps) of different coders; expected ones keep a "
                                             "unit from pairing with itself; cuα = 1 − Σ_{c≠k} ℓ_ck / Σ_{c≠k} ε_ck. "
                                             "It falls when coders give a passage different codes and when one codes "
                                             "what another left out; with a single code it equals that code's |uα. "
                                             "Where one coder gave a passage two codes, each is a section of its own."),
               "Krippendorff (2004); Krippendorff, Mathet, Bouvry & Widlöcher (2016); Krippendorff (2019), §12.6"),
    Definition(LABELS["c_given_u_alpha"], "across_codes.c_given_u_alpha",
               QT_TRANSLATE_NOOP("Methods", "The same coefficient restricted to the parts that two coders both "
                                             "coded: gaps drop out, so only the choice of code counts, given the "
                                             "units; a unit's self-pairs are those of the part of it that another "
                                             "coder also coded. Undefined where no passage was coded by two coders, "
                                             "or where they only ever used one code there."),
               "Krippendorff, Mathet, Bouvry & Widlöcher (2016); Krippendorff (2019), §12.6"),
    Definition(QT_TRANSLATE_NOOP("Methods", "Bootstrap interval"), "bootstrap: ci95, p_below_0.800, p_below_0.667",
               QT_TRANSLATE_NOOP("Methods", "Documents are resampled with replacement as many times as asked "
                                             "(seeded); each resample's figures come from its documents' summed "
                                             "counts. With the turn bootstrap (--bootstrap-unit turn), for a study of"
                                             " a few long transcripts, speaker turns take the place of documents "
                                             "(text before the first turn is a piece of its own; a coding across "
                                             "turns is cut at the turn); turns of one conversation are not "
                                             "independent, so such intervals are narrower. ci95 is the 2.5th to "
                                             "97.5th percentile of the figure over the resamples in which it is "
                                             "defined; p_below_0.800 and p_below_0.667 are the shares of those "
                                             "resamples in which it falls below Krippendorff's thresholds."),
               "Hayes & Krippendorff (2007); Krippendorff, Mathet, Bouvry & Widlöcher (2016)"),
    Definition(QT_TRANSLATE_NOOP("Methods", "Undefined"), "FIGURE_undefined_reason",
               QT_TRANSLATE_NOOP("Methods", "A figure without a value (no variation at all, an empty text, no "
                                             "segments) is left empty (null in JSON) and the reason is given beside "
                                             "it; it is never reported as 0 or 1. One rule for every coefficient: "
                                             "where the expected disagreement is zero (nobody used the code, or every"
                                             " coder coded all of the text) it is undefined. Percent agreement is 100"
                                             " where nobody varies."),
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


def methods_text(result: AgreementResult, options: AgreementOptions | None = None) -> str:
    """The methods paragraph followed by "References" and the full references it cites."""
    paragraph = methods_paragraph(result, options)
    return paragraph + "\n\n" + Methods.tr("References") + "\n" + "\n".join(cited_references(paragraph))
