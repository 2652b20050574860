"""MAXQDA-style segment matching, code presence and frequency per document."""

import pytest

from accord.core.agreement import AgreementOptions, compute_agreement
from agreement_helpers import insert, make_project


def pair_for(first, second, overlap=0.9, length=100):
    p = make_project({"d": "x" * length})
    for s, e in first:
        insert(p.db, "d", "X", "A", s, e)
    for s, e in second:
        insert(p.db, "d", "X", "B", s, e)
    return compute_agreement(p.db, AgreementOptions(coders=("A", "B"), overlap=overlap)).pair("X", "A", "B", "d")


def test_exactly_the_threshold_matches():
    # overlap 18, extent 20: 90 % exactly (no float rounding at the boundary)
    pair = pair_for([(0, 20)], [(1, 19)])
    assert pair["segments"]["first"]["matched"] == 1 and pair["segments"]["second"]["matched"] == 1
    assert pair["segment_percent"] == 100.0


def test_just_below_the_threshold_does_not_match():
    pair = pair_for([(0, 100)], [(0, 89)])  # 89 %
    assert pair["segments"]["first"]["matched"] == 0
    assert pair["segment_percent"] == 0.0
    assert pair_for([(0, 100)], [(0, 89)], overlap=0.89)["segment_percent"] == 100.0


def test_overlap_is_measured_against_the_combined_extent():
    # |s ∩ t| / (max end − min start) = 10 / 20, though A's segment lies wholly inside B's.
    pair = pair_for([(5, 15)], [(0, 20)], overlap=0.5)
    assert pair["segment_percent"] == 100.0
    assert pair_for([(5, 15)], [(0, 20)], overlap=0.51)["segment_percent"] == 0.0


def test_both_directions_are_checked():
    # A's long segment matches B's first; B's second, tiny segment matches nothing.
    pair = pair_for([(0, 50)], [(0, 48), (49, 50)])
    assert pair["segments"]["first"] == {"segments": 1, "matched": 1}
    assert pair["segments"]["second"] == {"segments": 2, "matched": 1}
    assert pair["segment_percent"] == pytest.approx(100 * 2 / 3)


def test_a_segment_matches_if_any_partner_is_close_enough():
    pair = pair_for([(0, 10), (20, 30)], [(0, 30)], overlap=0.3)
    assert pair["segments"]["first"] == {"segments": 2, "matched": 2}
    assert pair["segments"]["second"] == {"segments": 1, "matched": 1}


def test_presence_and_frequency_over_documents():
    p = make_project({"one": "x" * 50, "two": "x" * 50, "three": "x" * 50, "four": "x" * 50})
    # one: both, once each; two: both, A twice and B once; three: only A; four: nobody.
    for doc, coder, s, e in [("one", "A", 0, 10), ("one", "B", 0, 10), ("two", "A", 0, 10),
                             ("two", "A", 20, 30), ("two", "B", 0, 30), ("three", "A", 5, 9)]:
        insert(p.db, doc, "X", coder, s, e)
    result = compute_agreement(p.db)
    assert result.pair("X", "A", "B", "one")["segments"]["presence"] == "both"
    assert result.pair("X", "A", "B", "one")["segments"]["same_frequency"] is True
    assert result.pair("X", "A", "B", "two")["segments"]["same_frequency"] is False
    assert result.pair("X", "A", "B", "three")["segments"]["presence"] == "only_first"
    pooled = result.pair("X", "A", "B")["segments"]
    assert pooled["documents"] == {"both": 2, "only_first": 1, "only_second": 0, "same_frequency": 1}
    assert pooled["presence_percent"] == pytest.approx(200 / 3)
    assert pooled["frequency_percent"] == pytest.approx(100 / 3)
    assert pooled["first"] == {"segments": 4, "matched": 1}
    assert pooled["second"] == {"segments": 2, "matched": 1}


def test_no_segments_at_all_is_undefined():
    p = make_project({"d": "x" * 10}, coders=("A", "B", "C"))
    insert(p.db, "d", "X", "C", 0, 5)
    result = compute_agreement(p.db, AgreementOptions(coders=("A", "B", "C")))
    pair = result.pair("X", "A", "B", "d")
    assert pair["segment_percent"] is None and pair["segment_percent_undefined_reason"]
    pooled = result.pair("X", "A", "B")["segments"]
    assert pooled["presence_percent"] is None and pooled["presence_percent_undefined_reason"]
