"""cuα and (c|u)α: by hand, against the section-by-section reference, and where undefined."""

from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.core.agreement import AgreementOptions, compute_agreement
from accord.core.agreement.across_codes import NO_CODE_APPLIED, NOT_BOTH_CODED, ONE_CODE_WHERE_BOTH, ONE_VALUE
from accord.core.codings import apply_code
from across_codes_reference import across_codes_reference
from agreement_helpers import close, insert, make_project

CODES = ("X", "Y", "Z")


def _result(documents: dict[str, str], codings, coders=("A", "B"), **options):
    project = make_project(documents, coders=coders, codes=CODES)
    with project.command("code"):
        for document, code, coder, s, e in codings:
            insert(project.db, document, code, coder, s, e)
    result = compute_agreement(project.db, AgreementOptions(coders=coders, **options))
    project.close()
    return result


def test_a_passage_split_between_two_codes_by_hand():
    # A codes all ten characters X; B codes [0, 5) X and [5, 10) Y. No gaps:
    # ℓ_XX = 10, ℓ_XY = ℓ_YX = 5, ℓ.. = 20, ℓ_X. = 15, ℓ_Y. = 5, S = 10² + 5² + 5² = 150:
    # α = 1 − (400 − 150)·10 / (20·(400 − 225 − 25)) = 1/6, for both figures.
    result = _result({"d": "x" * 10}, [("d", "X", "A", 0, 10), ("d", "X", "B", 0, 5), ("d", "Y", "B", 5, 10)])
    figures = result.across_codes("d")
    assert close(figures["cu_alpha"], Fraction(1, 6))
    assert close(figures["c_given_u_alpha"], Fraction(1, 6))


def test_gaps_count_for_cu_alpha_but_not_for_c_given_u_alpha():
    # The same codings in 20 characters: both leave [10, 20) uncoded, so ℓ_φφ = 20, ℓ.. = 40,
    # S = 150 + 20: cuα = 1 − 1430·10 / (40·(1600 − 225 − 25 − 400)) = 237/380; (c|u)α stays 1/6.
    result = _result({"d": "x" * 20}, [("d", "X", "A", 0, 10), ("d", "X", "B", 0, 5), ("d", "Y", "B", 5, 10)])
    figures = result.across_codes("d")
    assert close(figures["cu_alpha"], Fraction(237, 380))
    assert close(figures["c_given_u_alpha"], Fraction(1, 6))
    assert across_codes_reference(20, [{"X": [(0, 10)]}, {"X": [(0, 5)], "Y": [(5, 10)]}]) == (
        Fraction(237, 380), Fraction(1, 6))


def test_with_one_code_cu_alpha_is_that_codes_binary_unitizing_alpha():
    codings = [("d", "X", "A", 2, 9), ("d", "X", "A", 12, 15), ("d", "X", "B", 4, 13), ("d", "X", "C", 0, 3)]
    result = _result({"d": "y" * 20}, codings, coders=("A", "B", "C"))
    binary = result.all_coders("X", "d")["unitizing_alpha_binary_2019"]
    assert result.across_codes("d")["cu_alpha"] == pytest.approx(binary, abs=1e-12)
    assert result.across_codes()["cu_alpha"] == pytest.approx(result.all_coders("X")["unitizing_alpha_binary_2019"])


def test_in_the_json_per_document_and_pooled():
    result = _result({"d": "x" * 20, "e": "y" * 10},
                     [("d", "X", "A", 0, 10), ("d", "X", "B", 0, 5), ("d", "Y", "B", 5, 10)])
    data = result.to_json()
    assert set(data["documents"]["d"]["across_codes"]) == {"cu_alpha", "c_given_u_alpha"}
    assert data["documents"]["d"]["across_codes"]["c_given_u_alpha"] == pytest.approx(1 / 6)
    assert data["pooled_over_documents"]["across_codes"] == result.across_codes()
    # Pooled: "e" adds 10 characters of gap for each coder; reference on the texts laid end to end.
    expected = across_codes_reference(30, [{"X": [(0, 10)]}, {"X": [(0, 5)], "Y": [(5, 10)]}])
    assert close(result.across_codes()["cu_alpha"], expected[0])
    assert close(result.across_codes()["c_given_u_alpha"], expected[1])


def test_undefined_with_reasons():
    nothing = _result({"d": "x" * 10}, []).across_codes("d")
    assert nothing == {"cu_alpha": None, "cu_alpha_undefined_reason": NO_CODE_APPLIED,
                       "c_given_u_alpha": None, "c_given_u_alpha_undefined_reason": NOT_BOTH_CODED}
    one_sided = _result({"d": "x" * 10}, [("d", "X", "A", 0, 4)]).across_codes("d")
    assert one_sided["cu_alpha"] is not None
    assert one_sided["c_given_u_alpha_undefined_reason"] == NOT_BOTH_CODED
    everything = _result({"d": "x" * 10}, [("d", "X", "A", 0, 10), ("d", "X", "B", 0, 10)]).across_codes("d")
    assert everything["cu_alpha_undefined_reason"] == ONE_VALUE
    assert everything["c_given_u_alpha_undefined_reason"] == ONE_CODE_WHERE_BOTH
    empty = _result({"d": ""}, []).across_codes("d")
    assert empty["cu_alpha"] is None and "empty" in empty["cu_alpha_undefined_reason"]


spans = st.tuples(st.integers(0, 24), st.integers(1, 8)).map(lambda t: (t[0], t[0] + t[1]))
coder_codings = st.dictionaries(st.sampled_from(CODES), st.lists(spans, max_size=3), max_size=3)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(length=st.integers(1, 25), coders=st.lists(coder_codings, min_size=2, max_size=3))
def test_engine_equals_the_reference(length, coders):
    names = ("A", "B", "C")[:len(coders)]
    clipped = [{code: [(s, min(e, length)) for s, e in spans if s < length] for code, spans in c.items()}
               for c in coders]
    codings = [("d", code, name, s, e) for name, c in zip(names, clipped) for code, spans in c.items()
               for s, e in spans]
    figures = _result({"d": "z" * length}, codings, coders=names).across_codes("d")
    for name, expected in zip(("cu_alpha", "c_given_u_alpha"), across_codes_reference(length, clipped)):
        if expected is None:
            assert figures[name] is None, (name, figures)
        else:
            assert figures[name] == pytest.approx(float(expected), abs=1e-9), (name, figures)


def test_through_apply_code_and_a_code_filter():
    """Only the compared codes count: with --code X alone, Y's passage is a gap."""
    project = make_project({"d": "x" * 20}, codes=CODES)
    with project.command("code"):
        apply_code(project.db, "d", "X", "A", 0, 10)
        apply_code(project.db, "d", "X", "B", 0, 5)
        apply_code(project.db, "d", "Y", "B", 5, 10)
    only_x = compute_agreement(project.db, AgreementOptions(codes=("X",)))
    expected = across_codes_reference(20, [{"X": [(0, 10)]}, {"X": [(0, 5)]}])
    assert close(only_x.across_codes("d")["cu_alpha"], expected[0])
    assert only_x.across_codes("d")["cu_alpha"] == pytest.approx(
        only_x.all_coders("X", "d")["unitizing_alpha_binary_2019"])
    assert only_x.across_codes("d")["c_given_u_alpha_undefined_reason"] == ONE_CODE_WHERE_BOTH
    project.close()
