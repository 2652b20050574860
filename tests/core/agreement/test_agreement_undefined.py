"""One output contract: every code everywhere, and no coefficient without expected disagreement.

Where nothing varies (no coder used the code, or every coder coded the whole text as
one unit) the expected disagreement of a chance-corrected coefficient is zero: the value
is null with its reason, never 1 or 0. Percent agreement stays 100 where nobody coded.
"""

import json

import pytest

from accord.core.agreement import AgreementOptions, compute_agreement
from accord.core.agreement.methods import DEFINITIONS, LABELS, methods_paragraph
from agreement_helpers import insert, make_project

PAIR_COEFFICIENTS = ("cohen_kappa", "krippendorff_alpha", "unitizing_alpha_binary_2019", "unitizing_alpha_2004")
GROUP_COEFFICIENTS = ("krippendorff_alpha", "fleiss_kappa", "mean_pairwise_cohen_kappa",
                      "unitizing_alpha_binary_2019")


def undefined(entry: dict, figure: str) -> bool:
    return entry[figure] is None and bool(entry.get(f"{figure}_undefined_reason"))


@pytest.fixture
def unused_here():
    """X used in d only, Y used nowhere; e is a document nobody coded."""
    p = make_project({"d": "x" * 40, "e": "y" * 30}, codes=("X", "Y"))
    insert(p.db, "d", "X", "A", 0, 10)
    insert(p.db, "d", "X", "B", 5, 15)
    yield compute_agreement(p.db)
    p.close()


def test_every_code_appears_in_every_document(unused_here):
    data = unused_here.to_json()
    json.dumps(data, allow_nan=False)
    for document, part in data["documents"].items():
        assert list(part["codes"]) == ["X", "Y"], document
    unused = [(doc, code) for doc in ("d", "e") for code in ("X", "Y") if (doc, code) != ("d", "X")]
    for document, code in unused:
        entry = data["documents"][document]["codes"][code]
        assert entry["used"] is False
        pair = entry["pairs"]["A|B"]
        assert pair["percent_agreement"] == 100
        assert pair["counts"]["neither"] == {"d": 40, "e": 30}[document]
        for figure in PAIR_COEFFICIENTS:
            assert undefined(pair, figure), (document, code, figure)
        for figure in GROUP_COEFFICIENTS:
            assert undefined(entry["all_coders"], figure), (document, code, figure)
    assert data["documents"]["d"]["codes"]["X"]["used"] is True


def test_unused_codes_are_listed_alike_in_pooled_and_overall(unused_here):
    data = unused_here.to_json()
    pooled = data["pooled_over_documents"]
    assert pooled["codes"]["Y"]["used"] is False
    assert pooled["codes"]["Y"]["pairs"]["A|B"]["percent_agreement"] == 100
    for figure in PAIR_COEFFICIENTS:
        assert undefined(pooled["codes"]["Y"]["pairs"]["A|B"], figure), figure
    assert pooled["overall"]["codes_unused"] == ["Y"]
    assert data["documents"]["d"]["overall"]["codes_unused"] == ["Y"]
    assert data["documents"]["e"]["overall"]["codes_unused"] == ["X", "Y"]
    assert undefined(data["documents"]["e"]["overall"]["pairs"]["A|B"], "pooled_kappa")
    assert undefined(data["documents"]["e"]["overall"]["all_coders"], "mean_pairwise_pooled_kappa")


@pytest.mark.parametrize("coders", [("A", "B"), ("A", "B", "C")])
def test_whole_text_as_one_unit_leaves_every_coefficient_undefined(coders):
    """Every coder coded the whole document as one unit: no variation, so no coefficient (not 1)."""
    p = make_project({"d": "z" * 20}, coders=coders)
    for coder in coders:
        insert(p.db, "d", "X", coder, 0, 20)
    result = compute_agreement(p.db)
    for document in ("d", None):  # the document, and pooled over documents
        entry = result.code("X", document)
        assert entry["used"] is True
        for key, pair in entry["pairs"].items():
            assert pair["percent_agreement"] == 100
            for figure in PAIR_COEFFICIENTS:
                assert undefined(pair, figure), (document, key, figure)
        for figure in GROUP_COEFFICIENTS:
            assert undefined(entry["all_coders"], figure), (document, figure)
        overall = result.overall(document)
        for key, pair in overall["pairs"].items():
            assert undefined(pair, "pooled_kappa"), (document, key)
        assert undefined(overall["all_coders"], "mean_pairwise_pooled_kappa")
    p.close()


def test_whole_text_by_one_coder_only_is_still_defined():
    """The rule is about no variation, not about long units: one coder's whole-text unit is a disagreement."""
    p = make_project({"d": "z" * 20})
    insert(p.db, "d", "X", "A", 0, 20)
    insert(p.db, "d", "X", "B", 0, 10)
    pair = compute_agreement(p.db).pair("X", "A", "B", "d")
    assert pair["unitizing_alpha_2004"] is not None and pair["unitizing_alpha_2004"] < 1
    assert pair["krippendorff_alpha"] is not None
    p.close()


def test_nvivo_difference_is_said_in_the_definition_and_the_methods_paragraph(unused_here):
    kappa = next(d for d in DEFINITIONS if d.column == "cohen_kappa")
    assert kappa.statistic == LABELS["cohen_kappa"]
    assert "NVivo prints κ = 1" in kappa.definition
    paragraph = methods_paragraph(unused_here)
    assert "NVivo prints κ = 1" in paragraph
    assert LABELS["unitizing_alpha_2004"] in paragraph


def test_only_some_coders_compared_keeps_unused_codes():
    p = make_project({"d": "x" * 10}, coders=("A", "B", "C"), codes=("X",))
    insert(p.db, "d", "X", "C", 0, 5)
    result = compute_agreement(p.db, AgreementOptions(coders=("A", "B")))
    assert result.document("d")["codes"]["X"]["used"] is False  # C used it, but C is not compared
    p.close()
