"""The conventions of the agreement engine, one by one, and the shape of its JSON."""

import json

import pytest

from accord.core.agreement import AgreementOptions, compute_agreement
from accord.core.codebook import create_code
from accord.core.codings import apply_code
from accord.core.errors import InvalidValue, NotFound
from agreement_helpers import insert, make_project

TEXT = "abcdefghij" * 4  # 40 characters


@pytest.fixture
def project():
    p = make_project({"d": TEXT, "e": "0123456789"}, coders=("A", "B", "C"), codes=("X", "Y", "Z"))
    yield p
    p.close()


def code(project, document, code_name, coder, start, end):
    with project.command("code"):
        apply_code(project.db, document, code_name, coder, start, end)


# -- zero-length codings ----------------------------------------------------------------------
def test_zero_length_codings_are_dropped_and_counted(project):
    code(project, "d", "X", "A", 0, 10)
    code(project, "d", "X", "B", 0, 10)
    insert(project.db, "d", "X", "A", 20, 20)
    insert(project.db, "e", "Y", "B", 3, 3)
    result = compute_agreement(project.db)
    assert result.dropped_zero_length == 2
    assert result.to_json()["dropped_zero_length"] == 2
    pair = result.pair("X", "A", "B", "d")
    assert pair["counts"] == {"both": 10, "only_first": 0, "only_second": 0, "neither": 30}
    assert pair["segments"]["first"]["segments"] == 1
    assert result.document("e")["codes"]["Y"]["used"] is False  # the empty coding made no use of Y


def test_whitespace_only_codings_become_zero_length_when_trimmed():
    p = make_project({"d": "ab    cd"})
    insert(p.db, "d", "X", "A", 2, 6)  # four spaces
    insert(p.db, "d", "X", "B", 0, 2)
    assert compute_agreement(p.db).dropped_zero_length == 0
    trimmed = compute_agreement(p.db, AgreementOptions(trim_whitespace=True))
    assert trimmed.dropped_zero_length == 1
    assert trimmed.pair("X", "A", "B", "d")["counts"]["only_first"] == 0


# -- merging ----------------------------------------------------------------------------------
def test_overlapping_spans_of_one_coder_merge(project):
    insert(project.db, "d", "X", "A", 0, 10)
    insert(project.db, "d", "X", "A", 5, 15)
    insert(project.db, "d", "X", "A", 5, 15)  # a duplicate
    insert(project.db, "d", "X", "B", 0, 15)
    pair = compute_agreement(project.db).pair("X", "A", "B", "d")
    assert pair["counts"] == {"both": 15, "only_first": 0, "only_second": 0, "neither": 25}
    assert pair["segments"]["first"] == {"segments": 1, "matched": 1}
    assert pair["unitizing_alpha_binary_2019"] == 1.0
    assert pair["unitizing_alpha_2004"] == 1.0


def test_touching_spans_stay_two_units(project):
    code(project, "d", "X", "A", 0, 10)
    code(project, "d", "X", "A", 10, 20)
    code(project, "d", "X", "B", 0, 20)
    pair = compute_agreement(project.db).pair("X", "A", "B", "d")
    # The same characters: every character-level figure agrees perfectly ...
    assert pair["counts"] == {"both": 20, "only_first": 0, "only_second": 0, "neither": 20}
    assert pair["cohen_kappa"] == 1.0 and pair["krippendorff_alpha"] == 1.0
    # ... but A has two segments where B has one.
    assert pair["segments"]["first"] == {"segments": 2, "matched": 0}
    assert pair["segments"]["second"] == {"segments": 1, "matched": 0}
    assert pair["segment_percent"] == 0.0
    assert pair["unitizing_alpha_2004"] < 1.0  # boundaries at 10 differ
    assert pair["unitizing_alpha_binary_2019"] == 1.0  # |uα sees no boundary inside coded matter ...
    assert pair["segments"]["same_frequency"] is False


def test_touching_spans_are_two_units_for_binary_unitizing_alpha():
    """... but the units' sizes enter its expected disagreement once coders disagree somewhere."""
    figures = []
    for first in ([(0, 10), (10, 20)], [(0, 20)]):
        p = make_project({"d": TEXT})
        for s, e in first:
            insert(p.db, "d", "X", "A", s, e)
        insert(p.db, "d", "X", "B", 0, 25)
        pair = compute_agreement(p.db).pair("X", "A", "B", "d")
        figures.append((pair["counts"], pair["cohen_kappa"], pair["unitizing_alpha_binary_2019"]))
    (counts_two, kappa_two, u_two), (counts_one, kappa_one, u_one) = figures
    assert counts_two == counts_one and kappa_two == kappa_one
    assert u_two != u_one


def test_codes_are_independent(project):
    # A codes X and Y on overlapping stretches; B does exactly the same: no disagreement anywhere.
    for coder in ("A", "B"):
        code(project, "d", "X", coder, 0, 12)
        code(project, "d", "Y", coder, 6, 20)
    result = compute_agreement(project.db, AgreementOptions(coders=("A", "B")))
    for name in ("X", "Y"):
        pair = result.pair(name, "A", "B", "d")
        assert pair["counts"]["only_first"] == pair["counts"]["only_second"] == 0
        assert pair["cohen_kappa"] == 1.0
    assert result.pair("X", "A", "B", "d")["counts"]["both"] == 12  # not merged with Y


def test_overlap_of_different_codes_between_coders_counts_per_code(project):
    code(project, "d", "X", "A", 0, 10)
    code(project, "d", "Y", "B", 0, 10)
    result = compute_agreement(project.db, AgreementOptions(coders=("A", "B")))
    assert result.pair("X", "A", "B", "d")["counts"]["only_first"] == 10
    assert result.pair("Y", "A", "B", "d")["counts"]["only_second"] == 10


# -- undefined values ----------------------------------------------------------------------------
def test_no_variation_is_null_with_a_reason_and_percent_100(project):
    code(project, "d", "X", "C", 0, 10)  # only C used X: A and B both coded nothing
    pair = compute_agreement(project.db, AgreementOptions(coders=("A", "B", "C"))).pair("X", "A", "B", "d")
    assert pair["percent_agreement"] == 100.0
    for name in ("cohen_kappa", "krippendorff_alpha", "unitizing_alpha_binary_2019"):
        assert pair[name] is None
        assert pair[f"{name}_undefined_reason"].startswith("no variation")
    for name in ("positive_agreement", "jaccard", "unitizing_alpha_2004", "segment_percent"):
        assert pair[name] is None
        assert pair[f"{name}_undefined_reason"]
    assert "percent_agreement_undefined_reason" not in pair


def test_everything_coded_by_both_is_undefined_too(project):
    code(project, "e", "X", "A", 0, 10)
    code(project, "e", "X", "B", 0, 10)
    pair = compute_agreement(project.db, AgreementOptions(coders=("A", "B"))).pair("X", "A", "B", "e")
    assert pair["percent_agreement"] == 100.0
    assert pair["cohen_kappa"] is None and "all of the text" in pair["cohen_kappa_undefined_reason"]
    assert pair["krippendorff_alpha"] is None
    assert pair["unitizing_alpha_binary_2019"] is None
    assert pair["positive_agreement"] == 1.0 and pair["jaccard"] == 1.0  # defined: both applied it
    assert pair["segment_percent"] == 100.0


def test_unused_code_pooled_is_listed_with_undefined_figures(project):
    code(project, "d", "X", "A", 0, 10)
    code(project, "d", "X", "B", 0, 10)
    data = compute_agreement(project.db).to_json()["pooled_over_documents"]
    z = data["codes"]["Z"]
    assert z["used"] is False
    assert z["pairs"]["A|B"]["cohen_kappa"] is None
    assert z["pairs"]["A|B"]["percent_agreement"] == 100.0
    assert z["pairs"]["A|B"]["counts"]["neither"] == 50
    assert z["all_coders"]["fleiss_kappa"] is None and z["all_coders"]["fleiss_kappa_undefined_reason"]
    assert data["overall"]["codes_unused"] == ["Y", "Z"]
    assert data["overall"]["codes_used"] == ["X"]


def test_a_coder_with_nothing_against_one_with_something_gives_kappa_zero(project):
    code(project, "d", "X", "A", 3, 17)
    code(project, "d", "Y", "B", 0, 5)  # B is a coder with codings, just not of X
    result = compute_agreement(project.db, AgreementOptions(coders=("A", "B")))
    assert result.pair("X", "A", "B", "d")["cohen_kappa"] == 0.0
    assert result.pair("X", "A", "B")["cohen_kappa"] == 0.0  # pooled over documents too
    assert result.pair("Y", "A", "B", "d")["cohen_kappa"] == 0.0


def test_a_named_coder_without_codings_is_compared_as_coding_nothing(project):
    code(project, "d", "X", "A", 0, 10)
    code(project, "d", "X", "B", 0, 10)
    default = compute_agreement(project.db)
    assert default.coders == ("A", "B")  # C has no codings
    named = compute_agreement(project.db, AgreementOptions(coders=("A", "B", "C")))
    assert named.pair("X", "A", "C", "d")["cohen_kappa"] == 0.0


# -- trimming ---------------------------------------------------------------------------------------
def test_trimming_moves_ends_past_whitespace():
    p = make_project({"d": "  one two  \n three  "})
    insert(p.db, "d", "X", "A", 0, 11)  # "  one two  "
    insert(p.db, "d", "X", "B", 2, 9)  # "one two"
    plain = compute_agreement(p.db).pair("X", "A", "B", "d")
    trimmed = compute_agreement(p.db, AgreementOptions(trim_whitespace=True)).pair("X", "A", "B", "d")
    assert plain["counts"]["only_first"] == 4
    assert trimmed["counts"] == {"both": 7, "only_first": 0, "only_second": 0, "neither": 13}
    assert trimmed["cohen_kappa"] == 1.0


# -- pooling and selection ----------------------------------------------------------------------------
def test_pooled_counts_are_sums_over_documents(project):
    code(project, "d", "X", "A", 0, 10)
    code(project, "d", "X", "B", 5, 15)
    code(project, "e", "X", "A", 0, 4)
    code(project, "e", "Y", "B", 0, 4)
    result = compute_agreement(project.db, AgreementOptions(coders=("A", "B")))
    d = result.pair("X", "A", "B", "d")["counts"]
    e = result.pair("X", "A", "B", "e")["counts"]
    pooled = result.pair("X", "A", "B")["counts"]
    assert pooled == {k: d[k] + e[k] for k in d}
    assert sum(pooled.values()) == 50
    y = result.pair("Y", "A", "B")["counts"]
    assert y["neither"] == 46  # document d, where nobody used Y, counts as "neither"


def test_pair_keys_follow_the_coder_order(project):
    code(project, "d", "X", "A", 0, 10)
    code(project, "d", "X", "B", 0, 5)
    result = compute_agreement(project.db, AgreementOptions(coders=("B", "A")))
    assert result.pair_keys == ["B|A"]
    assert result.pair_key("A", "B") == "B|A"
    assert result.pair("X", "B", "A", "d")["counts"]["only_second"] == 5


def test_codes_option_takes_exactly_the_named_codes(project):
    with project.command("sub"):
        create_code(project.db, "Sub", parent="X")
    code(project, "d", "X", "A", 0, 10)
    code(project, "d", "Sub", "A", 20, 30)
    code(project, "d", "X", "B", 0, 10)
    result = compute_agreement(project.db, AgreementOptions(codes=("X",)))
    assert result.codes == ("X",)
    assert result.pair("X", "A", "B", "d")["counts"]["only_first"] == 0


def test_documents_option(project):
    code(project, "d", "X", "A", 0, 10)
    code(project, "e", "X", "B", 0, 10)
    result = compute_agreement(project.db, AgreementOptions(documents=("e",)))
    assert result.documents == ("e",)
    assert result.pair("X", "A", "B")["counts"] == {"both": 0, "only_first": 0, "only_second": 10, "neither": 0}


def test_offsets_outside_the_document_are_clipped(project):
    insert(project.db, "e", "X", "A", 5, 99)
    insert(project.db, "e", "X", "B", 0, 10)
    counts = compute_agreement(project.db).pair("X", "A", "B", "e")["counts"]
    assert counts == {"both": 5, "only_first": 0, "only_second": 5, "neither": 0}


def test_codes_sharing_a_name_are_keyed_by_path(project):
    with project.command("codes"):
        create_code(project.db, "Same", parent="X")
        create_code(project.db, "Same", parent="Y")
    code(project, "d", "X/Same", "A", 0, 10)
    code(project, "d", "X/Same", "B", 0, 10)
    result = compute_agreement(project.db)
    assert "X/Same" in result.codes and "Y/Same" in result.codes
    assert result.pair("X/Same", "A", "B", "d")["cohen_kappa"] == 1.0


def test_bad_options_are_refused(project):
    code(project, "d", "X", "A", 0, 10)
    with pytest.raises(InvalidValue, match="two coders"):
        compute_agreement(project.db)  # only A has codings
    with pytest.raises(InvalidValue, match="two coders"):
        compute_agreement(project.db, AgreementOptions(coders=("A", "A")))
    with pytest.raises(InvalidValue, match="overlap"):
        compute_agreement(project.db, AgreementOptions(coders=("A", "B"), overlap=1.5))
    with pytest.raises(InvalidValue, match="bootstrap"):
        compute_agreement(project.db, AgreementOptions(coders=("A", "B"), bootstrap=-1))
    with pytest.raises(NotFound):
        compute_agreement(project.db, AgreementOptions(coders=("A", "nobody")))
    with pytest.raises(NotFound):
        compute_agreement(project.db, AgreementOptions(coders=("A", "B"), codes=("nothing",)))


# -- JSON ----------------------------------------------------------------------------------------------
def test_json_shape(project):
    code(project, "d", "X", "A", 0, 10)
    code(project, "d", "X", "B", 2, 10)
    code(project, "d", "Y", "C", 0, 3)
    data = compute_agreement(project.db).to_json()
    json.dumps(data, allow_nan=False)  # plain data, no NaN
    assert set(data) == {"documents", "pooled_over_documents", "dropped_zero_length"}
    assert set(data["documents"]) == {"d", "e"}
    doc = data["documents"]["d"]
    assert set(doc) == {"codes", "overall", "across_codes"}
    assert list(doc["codes"]) == list(data["pooled_over_documents"]["codes"])  # every code, everywhere
    assert [entry["used"] for entry in doc["codes"].values()] == [True, True, False]
    assert not any(entry["used"] for entry in data["documents"]["e"]["codes"].values())
    entry = doc["codes"]["X"]
    assert set(entry) == {"used", "pairs", "all_coders"}
    assert list(entry["pairs"]) == ["A|B", "A|C", "B|C"]
    pair = entry["pairs"]["A|B"]
    assert {"counts", "percent_agreement", "cohen_kappa", "krippendorff_alpha", "positive_agreement", "jaccard",
            "unitizing_alpha_binary_2019", "unitizing_alpha_2004", "segment_percent", "segments"} <= set(pair)
    assert set(pair["counts"]) == {"both", "only_first", "only_second", "neither"}
    assert set(entry["all_coders"]) >= {"krippendorff_alpha", "fleiss_kappa", "mean_pairwise_cohen_kappa",
                                        "unitizing_alpha_binary_2019"}
    for key in pair:  # every extra key is the reason of an undefined figure
        assert key in {"counts", "segments"} or key.endswith("_undefined_reason") or isinstance(pair[key], float)
    overall = doc["overall"]
    assert overall["codes_used"] == ["X", "Y"]
    assert overall["codes_one_sided"] == {"Y": "C"}
    assert overall["pairs"]["A|B"]["only_first"] == [] and overall["pairs"]["A|C"]["only_second"] == ["Y"]
    pooled = data["pooled_over_documents"]
    assert set(pooled) == {"codes", "overall", "across_codes"}
    assert set(pooled["codes"]) == {"X", "Y", "Z"}
    assert set(pooled["codes"]["X"]["pairs"]["A|B"]["segments"]["documents"]) == {
        "both", "only_first", "only_second", "same_frequency"}


def test_pooled_kappa_averages_observed_and_chance_agreement(project):
    code(project, "d", "X", "A", 0, 10)
    code(project, "d", "X", "B", 0, 20)
    code(project, "d", "Y", "A", 30, 40)
    code(project, "d", "Y", "B", 30, 40)
    result = compute_agreement(project.db, AgreementOptions(coders=("A", "B")))
    # X: a=10, b=0, c=10, d=20 → p_o = 30/40, p_e = (10·20 + 30·20)/1600 = 1/2
    # Y: a=10, d=30 → p_o = 1, p_e = (10·10 + 30·30)/1600 = 5/8
    observed, expected = (3 / 4 + 1) / 2, (1 / 2 + 5 / 8) / 2
    pooled = result.overall("d")["pairs"]["A|B"]
    assert pooled["pooled_kappa"] == pytest.approx((observed - expected) / (1 - expected))
    assert pooled["pooled_percent_agreement"] == pytest.approx(100 * observed)
    assert pooled["codes"] == 2
    # Adding a code neither coder used leaves pooled kappa unchanged: it is left out anyway.
    assert result.overall()["pairs"]["A|B"]["pooled_kappa"] == pytest.approx(
        compute_agreement(project.db, AgreementOptions(coders=("A", "B"), codes=("X", "Y")))
        .overall()["pairs"]["A|B"]["pooled_kappa"])


def test_empty_selections_and_empty_documents():
    p = make_project({"d": "abc", "empty": ""})
    insert(p.db, "d", "X", "A", 0, 2)
    insert(p.db, "d", "X", "B", 1, 3)
    nothing = compute_agreement(p.db, AgreementOptions(documents=()))
    assert nothing.documents == () and nothing.pair("X", "A", "B")["percent_agreement"] is None
    assert nothing.pair("X", "A", "B")["percent_agreement_undefined_reason"] == "the text is empty"
    no_codes = compute_agreement(p.db, AgreementOptions(codes=()))
    assert no_codes.to_json()["pooled_over_documents"]["codes"] == {}
    assert no_codes.overall()["pairs"]["A|B"]["pooled_kappa"] is None
    empty = compute_agreement(p.db, AgreementOptions(documents=("empty",), bootstrap=5))
    json.dumps(empty.to_json(), allow_nan=False)
    assert empty.document("empty") == {"codes": {"X": empty.code("X", "empty")}, "overall": empty.overall("empty"),
                                       "across_codes": empty.across_codes("empty")}
    assert empty.code("X", "empty")["used"] is False


def test_accessors_take_names_or_ids_and_refuse_strangers(project):
    code(project, "d", "X", "A", 0, 10)
    code(project, "d", "X", "B", 0, 10)
    result = compute_agreement(project.db)
    a, b = (project.db.execute("SELECT id FROM coders WHERE name = ?", [n]).fetchone()[0] for n in "AB")
    x = project.db.execute("SELECT id FROM codes WHERE name = 'X'").fetchone()[0]
    d = project.db.execute("SELECT id FROM documents WHERE name = 'd'").fetchone()[0]
    assert result.pair(x, a, b, d) == result.pair("X", "A", "B", "d")
    assert result.pair_key(b, a) == "A|B"
    with pytest.raises(NotFound):
        result.pair("X", "A", "C")
    assert result.code("Y", "e")["used"] is False  # nobody applied Y in e: listed, not missing
    with pytest.raises(NotFound):
        result.code("nothing")
    with pytest.raises(NotFound):
        result.document("nowhere")
