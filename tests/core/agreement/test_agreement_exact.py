"""Every character-level figure of a small hand-made case, checked against exact fractions.

Document "d", 20 characters. Coder A codes X on [2, 8) and [10, 15); coder B on [4, 12) and
[15, 18); coder C on [5, 10).

    position  0123456789 0123456789
    A         ..AAAAAA.. AAAAA.....
    B         ....BBBBBB BB...BBB..
    C         .....CCCCC ..........

A|B: both = 6 ([4, 8) and [10, 12)), only A = 5, only B = 5, neither = 4.
"""

from fractions import Fraction

import pytest

from accord.core.agreement import AgreementOptions, compute_agreement
from accord.core.agreement.coefficients import krippendorff_alpha
from accord.core.agreement.unitizing import binary_unitizing_alpha, unitizing_alpha_2004
from accord.core.codings import apply_code
from agreement_helpers import close, make_project, reference_group

SPANS = {"A": [(2, 8), (10, 15)], "B": [(4, 12), (15, 18)], "C": [(5, 10)]}


@pytest.fixture(scope="module")
def result():
    project = make_project({"d": "abcdefghijklmnopqrst"}, coders=("A", "B", "C"))
    with project.command("code"):
        for coder, spans in SPANS.items():
            for s, e in spans:
                apply_code(project.db, "d", "X", coder, s, e)
    yield compute_agreement(project.db, AgreementOptions(overlap=0.4))
    project.close()


def test_counts(result):
    assert result.pair("X", "A", "B", "d")["counts"] == {"both": 6, "only_first": 5, "only_second": 5, "neither": 4}


def test_percent_agreement(result):
    assert close(result.pair("X", "A", "B", "d")["percent_agreement"], Fraction(50))


def test_cohen_kappa(result):
    # p_o = 10/20, p_e = (11·11 + 9·9)/400 = 101/200, κ = (1/2 − 101/200) / (1 − 101/200) = −1/99
    assert close(result.pair("X", "A", "B", "d")["cohen_kappa"], Fraction(-1, 99))


def test_krippendorff_alpha(result):
    # n = 40 values, 22 coded, 18 not, o_01 = b + c = 10: α = 1 − 39·10 / (22·18) = 1/66
    assert close(result.pair("X", "A", "B", "d")["krippendorff_alpha"], Fraction(1, 66))


def test_positive_agreement_and_jaccard(result):
    pair = result.pair("X", "A", "B", "d")
    assert close(pair["positive_agreement"], Fraction(12, 22))
    assert close(pair["jaccard"], Fraction(6, 16))


def test_binary_unitizing_alpha(result):
    # ℓ.. = 40, ℓ_φ. = 18, ℓ_u. = 22, S = 18 + (36 + 25 + 64 + 9) = 152, ℓ_φu = 10:
    # |uα = 1 − (1600 − 152)·10 / (40·18·22) = 17/198
    expected = Fraction(17, 198)
    assert binary_unitizing_alpha(20, [SPANS["A"], SPANS["B"]]) == expected
    assert close(result.pair("X", "A", "B", "d")["unitizing_alpha_binary_2019"], expected)


def test_unitizing_alpha_2004(result):
    # Overlapping units: A[2,8)–B[4,12): 4 + 16; A[10,15)–B[4,12): 36 + 9; B[15,18) lies in A's gap: 9.
    # Do = 74 / 20². Units 6, 5, 8, 3 (N = 4): Σ (N−1)/3 (2l³ − 3l² + l) = 330 + 180 + 840 + 30 = 1380;
    # gaps 2, 2, 5 (A) and 4, 3, 2 (B): l = 5 → 25·1, l = 3 → 9·(3 + 2 + 1); total 79.
    # De = (2/20)(1380 + 79) / (2·20·39 − (30 + 20 + 56 + 6)) = 1459/14480.
    observed, expected = Fraction(74, 400), Fraction(1459, 14480)
    assert unitizing_alpha_2004(20, [SPANS["A"], SPANS["B"]]) == (observed, expected, 1 - observed / expected)
    assert close(result.pair("X", "A", "B", "d")["unitizing_alpha_2004"], 1 - observed / expected)


def test_segment_matching(result):
    # At 40 %: A[2,8) and B[4,12) overlap 4 of 10 characters: both match; nothing else does.
    pair = result.pair("X", "A", "B", "d")
    assert pair["segments"]["first"] == {"segments": 2, "matched": 1}
    assert pair["segments"]["second"] == {"segments": 2, "matched": 1}
    assert close(pair["segment_percent"], Fraction(50))


def test_all_coders(result):
    reference = reference_group(20, [SPANS["A"], SPANS["B"], SPANS["C"]])
    group = result.all_coders("X", "d")
    assert close(group["krippendorff_alpha"], reference["krippendorff_alpha"])
    assert close(group["fleiss_kappa"], reference["fleiss_kappa"])
    kappas = [result.pair("X", *pair, "d")["cohen_kappa"] for pair in (("A", "B"), ("A", "C"), ("B", "C"))]
    assert close(group["mean_pairwise_cohen_kappa"], sum(kappas) / 3)
    assert close(group["unitizing_alpha_binary_2019"],
                 binary_unitizing_alpha(20, [SPANS["A"], SPANS["B"], SPANS["C"]]))


def test_all_coders_alpha_by_hand(result):
    # Characters by number of coders k: k=0: 0,1,18,19 (4); k=1: 2,3,13,14,15,16,17 and 8,9 → count below.
    k_per_char = [sum(1 for spans in SPANS.values() if any(s <= x < e for s, e in spans)) for x in range(20)]
    n1 = sum(k_per_char)
    n0 = 3 * 20 - n1
    disagreement = sum(k * (3 - k) for k in k_per_char)
    alpha = 1 - Fraction(60 - 1) * Fraction(disagreement, 2) / (n0 * n1)
    assert alpha == krippendorff_alpha(
        [tuple(int(any(s <= x < e for s, e in SPANS[c])) for c in "ABC") for x in range(20)], exact=True)
    assert close(result.all_coders("X", "d")["krippendorff_alpha"], alpha)
