"""find_disagreements: boundary, omission and confusion, largest first; the confusion table."""

import pytest

from accord.core.agreement import AgreementOptions, confusion_table, find_disagreements
from agreement_helpers import insert, make_project


@pytest.fixture
def project():
    p = make_project({"d": "x" * 100, "e": "y" * 50}, coders=("A", "B", "C"), codes=("X", "Y", "Z"))
    yield p
    p.close()


def test_the_three_kinds(project):
    db = project.db
    boundary_a = insert(db, "d", "X", "A", 0, 20)
    boundary_b = insert(db, "d", "X", "B", 5, 20)
    omission = insert(db, "d", "Y", "A", 40, 70)
    confusion_a = insert(db, "e", "X", "A", 0, 10)
    confusion_b = insert(db, "e", "Z", "B", 2, 12)
    found = find_disagreements(db, "A", "B")
    assert [d.kind for d in found] == ["omission", "confusion", "boundary"]  # sizes 30, 8, 5
    om, conf, bound = found
    assert (om.document, om.first_code, om.second_code, om.size) == ("d", "Y", None, 30)
    assert om.first_span == (40, 70) and om.second_span is None and om.first_codings == (omission,)
    assert (conf.document, conf.first_code, conf.second_code, conf.size) == ("e", "X", "Z", 8)
    assert (conf.start, conf.end) == (0, 12)
    assert conf.first_codings == (confusion_a,) and conf.second_codings == (confusion_b,)
    assert (bound.first_span, bound.second_span, bound.size) == ((0, 20), (5, 20), 5)
    assert bound.first_codings == (boundary_a,) and bound.second_codings == (boundary_b,)
    assert confusion_table(found) == {"X": {"Z": {"count": 1, "characters": 8}}}


def test_identical_spans_are_no_disagreement_and_codes_are_independent(project):
    for coder in ("A", "B"):
        insert(project.db, "d", "X", coder, 0, 30)
        insert(project.db, "d", "Y", coder, 10, 40)  # overlaps X, for both coders alike
    assert find_disagreements(project.db, "A", "B") == []


def test_a_span_the_other_coded_with_the_same_code_elsewhere_in_it_is_a_boundary(project):
    insert(project.db, "d", "X", "A", 0, 50)
    insert(project.db, "d", "X", "B", 10, 20)
    insert(project.db, "d", "Y", "B", 30, 40)  # B also has Y inside A's X: A's X is matched, so Y is an omission
    kinds = sorted(d.kind for d in find_disagreements(project.db, "A", "B"))
    assert kinds == ["boundary", "omission"]


def test_merged_codings_carry_all_their_ids(project):
    first = insert(project.db, "d", "X", "A", 0, 10)
    second = insert(project.db, "d", "X", "A", 5, 15)
    (found,) = find_disagreements(project.db, "A", "B")
    assert found.kind == "omission" and found.first_codings == (first, second) and found.first_span == (0, 15)


def test_options_select_codes_documents_and_trimming(project):
    insert(project.db, "d", "X", "A", 0, 10)
    insert(project.db, "e", "Y", "B", 0, 10)
    assert [d.document for d in find_disagreements(project.db, "A", "B", AgreementOptions(documents=("e",)))] == ["e"]
    assert [d.first_code for d in find_disagreements(project.db, "A", "B", AgreementOptions(codes=("X",)))] == ["X"]


def test_sorted_largest_first_then_by_position(project):
    insert(project.db, "d", "X", "A", 50, 55)
    insert(project.db, "d", "X", "A", 10, 15)
    insert(project.db, "d", "X", "A", 60, 90)
    found = find_disagreements(project.db, "A", "B")
    assert [(d.size, d.start) for d in found] == [(30, 60), (5, 10), (5, 50)]
    assert [d.second_code for d in find_disagreements(project.db, "B", "A")] == ["X", "X", "X"]
