"""The general coefficients against worked examples printed in the literature, to the digits printed.

Each example's data are the published table; the expected values are those printed
with it (rounded as printed, so compared at that precision).
"""

from fractions import Fraction

import pytest

from accord.core.agreement import AgreementOptions, compute_agreement
from accord.core.agreement.coefficients import (
    Undefined,
    cohen_kappa,
    cohen_kappa_parts,
    fleiss_kappa,
    fleiss_kappa_parts,
    krippendorff_alpha,
    percent_agreement_table,
)
from accord.core.agreement.unitizing import unitizing_alpha_2004
from agreement_helpers import make_project


def digits(value, places: int) -> float:
    return round(float(value), places)


# -- Cohen (1960) ------------------------------------------------------------------------------
# Cohen, J. (1960), Educational and Psychological Measurement 20: 37–46, the example of p. 45:
# 200 cases classified by two judges into three categories (rows: judge A, columns: judge B).
COHEN_1960 = [[88, 14, 18], [10, 40, 10], [2, 6, 12]]


def test_cohen_1960_example():
    observed, expected = cohen_kappa_parts(COHEN_1960)
    assert digits(observed, 2) == 0.70
    assert digits(expected, 2) == 0.41
    assert digits(cohen_kappa(COHEN_1960), 3) == 0.492
    assert cohen_kappa(COHEN_1960, exact=True) == Fraction(29, 59)
    assert percent_agreement_table(COHEN_1960) == 70.0


# -- Fleiss (1971) -----------------------------------------------------------------------------
# Fleiss, J. L. (1971), Psychological Bulletin 76: 378–382, Table 1 (p. 379): 30 patients, each
# diagnosed by 6 psychiatrists into 5 categories (1 depression, 2 personality disorder,
# 3 schizophrenia, 4 neurosis, 5 other). Printed: P̄ = .556, P̄e = .220, κ = .430.
FLEISS_1971 = [
    (4, 4, 4, 4, 4, 4), (2, 2, 2, 5, 5, 5), (2, 3, 3, 3, 3, 5), (5, 5, 5, 5, 5, 5), (2, 2, 2, 4, 4, 4),
    (1, 1, 3, 3, 3, 3), (3, 3, 3, 3, 5, 5), (1, 1, 3, 3, 3, 4), (1, 1, 4, 4, 4, 4), (5, 5, 5, 5, 5, 5),
    (1, 4, 4, 4, 4, 4), (1, 2, 4, 4, 4, 4), (2, 2, 2, 3, 3, 3), (1, 4, 4, 4, 4, 4), (2, 2, 4, 4, 4, 5),
    (3, 3, 3, 3, 3, 5), (1, 1, 1, 4, 5, 5), (1, 1, 1, 1, 1, 2), (2, 2, 4, 4, 4, 4), (1, 3, 3, 5, 5, 5),
    (5, 5, 5, 5, 5, 5), (2, 4, 4, 4, 4, 4), (2, 2, 4, 5, 5, 5), (1, 1, 4, 4, 4, 4), (1, 4, 4, 4, 4, 5),
    (2, 2, 2, 2, 2, 4), (1, 1, 1, 1, 5, 5), (2, 2, 4, 4, 4, 4), (1, 3, 3, 3, 3, 3), (5, 5, 5, 5, 5, 5),
]


def _category_counts(ratings, categories):
    return [[row.count(c) for c in categories] for row in ratings]


def test_fleiss_1971_example():
    counts = _category_counts(FLEISS_1971, (1, 2, 3, 4, 5))
    observed, expected = fleiss_kappa_parts(counts)
    assert digits(observed, 3) == 0.556
    assert digits(expected, 3) == 0.220
    assert digits(fleiss_kappa(counts), 3) == 0.430


# The 10 subjects × 5 categories × 14 raters example of the Wikipedia article "Fleiss' kappa"
# (not from Fleiss 1971): printed P̄ = 0.378, P̄e = 0.213, κ = 0.210.
WIKIPEDIA_FLEISS = [
    [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
]


def test_fleiss_wikipedia_example():
    observed, expected = fleiss_kappa_parts(WIKIPEDIA_FLEISS)
    assert digits(observed, 3) == 0.378
    assert digits(expected, 3) == 0.213
    assert digits(fleiss_kappa(WIKIPEDIA_FLEISS), 3) == 0.210


# -- Krippendorff (2011), "Computing Krippendorff's alpha-reliability" --------------------------
# A. Binary data, two observers, no missing data (10 units). Printed α = 0.095.
KRIPPENDORFF_2011_BINARY = [
    (0, 1), (1, 1), (0, 1), (0, 0), (0, 0), (0, 1), (0, 0), (0, 0), (1, 0), (0, 0),
]


def test_krippendorff_2011_binary_two_observers():
    assert digits(krippendorff_alpha(KRIPPENDORFF_2011_BINARY), 3) == 0.095
    assert krippendorff_alpha(KRIPPENDORFF_2011_BINARY, exact=True) == Fraction(2, 21)


# C. Nominal (and other metric) data, any number of observers, missing data: 4 observers
# A–D, 12 units (None = missing). Printed: α_nominal = 0.743, α_ordinal = 0.815,
# α_interval = 0.849, α_ratio = 0.797. Unit 12 has one value only and is not pairable.
KRIPPENDORFF_2011_MISSING = [
    (1, 1, None, 1), (2, 2, 3, 2), (3, 3, 3, 3), (3, 3, 3, 3), (2, 2, 2, 2), (1, 2, 3, 4),
    (4, 4, 4, 4), (1, 1, 2, 1), (2, 2, 2, 2), (None, 5, 5, 5), (None, None, 1, 1), (None, None, 3, None),
]


@pytest.mark.parametrize("metric, printed", [
    ("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849), ("ratio", 0.797),
])
def test_krippendorff_2011_four_observers_missing_data(metric, printed):
    assert digits(krippendorff_alpha(KRIPPENDORFF_2011_MISSING, metric), 3) == printed


# Krippendorff (2004), Content Analysis, 2nd ed., p. 227: two observers, three categories,
# 12 units. Printed α = .734 (nominal).
KRIPPENDORFF_2004_ABC = [
    ("a", "a"), ("a", "b"), ("b", "b"), ("b", "b"), ("b", "b"), ("b", "b"),
    ("b", "c"), ("c", "c"), ("c", "c"), ("c", "c"), ("c", "c"), ("c", "c"),
]


def test_krippendorff_2004_three_categories():
    assert digits(krippendorff_alpha(KRIPPENDORFF_2004_ABC), 3) == 0.734


# -- Hayes & Krippendorff (2007) ---------------------------------------------------------------
# Communication Methods and Measures 1: 77–89, the example of p. 84: 5 observers, 40 units,
# ordinal ratings 0–3 with missing values. Printed α (ordinal) = .7598.
HAYES_KRIPPENDORFF_2007 = [
    (1, 1, 2, None, 2), (1, 1, 0, 1, None), (2, 3, 3, 3, None), (None, 0, 0, None, 0), (0, 0, 0, None, 0),
    (0, 0, 0, None, 0), (1, 0, 2, None, 1), (1, None, 2, 0, None), (2, 2, 2, None, 2), (2, 1, 1, 1, None),
    (None, 1, 0, 0, None), (0, 0, 0, 0, None), (1, 2, 2, 2, None), (3, 3, 2, 2, 3), (1, 1, 1, None, 1),
    (1, 1, 1, None, 1), (2, 1, 2, None, 2), (1, 2, 3, 3, None), (1, 1, 0, 1, None), (0, 0, 0, None, 0),
    (0, 0, 1, 1, None), (0, 0, None, 0, 0), (2, 3, 3, 3, None), (0, 0, 0, 0, None), (1, 2, None, 2, 2),
    (0, 1, 1, 1, None), (0, 0, 0, 1, 0), (1, 2, 1, 2, None), (1, 1, 2, 2, None), (1, 1, 2, None, 2),
    (1, 1, 0, None, 0), (2, 1, 2, 1, None), (2, 2, None, 2, 2), (3, 2, 2, 2, None), (2, 2, 2, None, 2),
    (2, 2, 3, None, 2), (2, 2, 2, None, 2), (2, 2, None, 1, 2), (2, 2, 2, 2, None), (1, 1, 1, None, 1),
]


def test_hayes_krippendorff_2007_ordinal():
    assert len(HAYES_KRIPPENDORFF_2007) == 40
    assert digits(krippendorff_alpha(HAYES_KRIPPENDORFF_2007, "ordinal"), 4) == 0.7598


# -- Krippendorff (2004) unitizing ----------------------------------------------------------------
# Krippendorff (2004), "Measuring the reliability of qualitative text analysis data", Quality &
# Quantity 38: 787–800; the same example in Content Analysis, 2nd ed. (2004), p. 254: two
# observers i, j unitize the continuum 150–450 (L = 300) into units of categories c and k.
# Printed: cuDo = .0144, cuDe = .0532, cuα = .7286; kuDo = 0, kuDe = .0490, kuα = 1.000.
UNITIZING_2004 = {
    "c": ([(225, 295), (370, 400)], [(220, 300), (355, 375), (400, 420)]),
    "k": ([(180, 240), (300, 350)], [(180, 240), (300, 350)]),
}


@pytest.mark.parametrize("category, printed", [("c", (0.0144, 0.0532, 0.7286)), ("k", (0.0, 0.0490, 1.0))])
def test_krippendorff_2004_unitizing_example(category, printed):
    observed, expected, alpha = unitizing_alpha_2004(300, UNITIZING_2004[category], begin=150)
    assert (digits(observed, 4), digits(expected, 4), digits(alpha, 4)) == printed


def test_krippendorff_2004_unitizing_example_through_the_engine():
    """The same example as codings in a 300-character document (offsets shifted by −150)."""
    project = make_project({"text": "x" * 300}, coders=("i", "j"), codes=("c", "k"))
    from accord.core.codings import apply_code

    with project.command("code"):
        for code, (first, second) in UNITIZING_2004.items():
            for coder, spans in (("i", first), ("j", second)):
                for s, e in spans:
                    apply_code(project.db, "text", code, coder, s - 150, e - 150)
    result = compute_agreement(project.db, AgreementOptions())
    assert digits(result.pair("c", "i", "j", "text")["unitizing_alpha_2004"], 4) == 0.7286
    assert digits(result.pair("k", "i", "j", "text")["unitizing_alpha_2004"], 4) == 1.0
    # One document: pooling over documents changes nothing.
    assert digits(result.pair("c", "i", "j")["unitizing_alpha_2004"], 4) == 0.7286


# -- Krippendorff (2019) unitizing with values --------------------------------------------------
# Krippendorff (2019), Content Analysis, 4th ed., Fig. 12.11, p. 340: observers Alex, Paul and
# Suzan place valued units on a continuum of length 60 (positions 1–60, inclusive; the rest are
# gaps). Printed: uα = .510 (all values and the gaps: our cuα) and cuα = .724 (the coding of
# intersecting units: our (c|u)α). Transcribed from the test file of the R package quallmer
# (tests/testthat/test-alpha_u.R), which quotes the figure and these values.
BOOK_2019 = {
    "Alex": [(1, 7, 1), (8, 13, 2), (31, 32, 5), (33, 37, 6), (38, 44, 6), (45, 60, 7)],
    "Paul": [(1, 7, 1), (8, 13, 3), (14, 21, 5), (33, 44, 6)],
    "Suzan": [(1, 7, 1), (8, 13, 4), (14, 21, 5), (33, 37, 6), (38, 41, 6), (42, 44, 6)],
}


def test_krippendorff_2019_valued_units_of_three_observers():
    from accord.core.codings import apply_code

    project = make_project({"text": "x" * 60}, coders=tuple(BOOK_2019), codes=tuple(f"v{v}" for v in range(1, 8)))
    with project.command("code"):
        for coder, units in BOOK_2019.items():
            for first, last, value in units:
                apply_code(project.db, "text", f"v{value}", coder, first - 1, last)
    figures = compute_agreement(project.db, AgreementOptions()).across_codes("text")
    assert (digits(figures["cu_alpha"], 3), digits(figures["c_given_u_alpha"], 3)) == (0.510, 0.724)


def test_general_functions_report_undefined_with_a_reason():
    with pytest.raises(Undefined, match="no variation"):
        cohen_kappa([[5, 0], [0, 0]])
    with pytest.raises(Undefined, match="no variation"):
        krippendorff_alpha([(1, 1), (1, 1)])
    with pytest.raises(Undefined, match="no variation"):
        fleiss_kappa([[3, 0], [3, 0]])
    with pytest.raises(Undefined):
        krippendorff_alpha([(1, None), (None, 2)])
