"""Adjudication writes each decision to a consensus coder and records it."""

import pytest

from accord.core.agreement.adjudication import adjudicate, adjudications, is_decided
from accord.core.agreement import compute_agreement, find_disagreements
from accord.core.agreement.options import AgreementOptions
from accord.core.codebook import create_code
from accord.core.coders import add_coder, list_coders
from accord.core.codings import apply_code, segments
from accord.core.documents import add_document
from accord.core.errors import InvalidValue
from accord.core.project import Project

TEXT = "The flat was cold and nobody came round. My sister called every evening, which helped."


@pytest.fixture
def project():
    p = Project.in_memory(undo=True)
    with p.command("setup"):
        add_coder(p.db, "Ana")
        add_coder(p.db, "Ben")
        add_document(p.db, "maya", TEXT)
        for name in ("Housing", "Loneliness", "Support"):
            create_code(p.db, name)
        apply_code(p.db, "maya", "Housing", "Ana", 0, 17)  # "The flat was cold"
        apply_code(p.db, "maya", "Housing", "Ben", 4, 22)  # "flat was cold and " — boundary
        apply_code(p.db, "maya", "Loneliness", "Ana", 22, 40)  # omission by Ben
        apply_code(p.db, "maya", "Support", "Ana", 41, 74)  # confusion with Ben's Loneliness
        apply_code(p.db, "maya", "Loneliness", "Ben", 41, 74)
    yield p
    p.close()


def by_kind(project, kind):
    return next(d for d in find_disagreements(project.db, "Ana", "Ben") if d.kind == kind)


def consensus(project):
    if "Consensus" not in [c.name for c in list_coders(project.db)]:
        return []
    return sorted((s.code, s.start, s.end) for s in segments(project.db, coder="Consensus"))


@pytest.mark.parametrize("decision, expected", [
    ("accept_first", [("Housing", 0, 17)]),
    ("accept_second", [("Housing", 4, 22)]),
    ("union", [("Housing", 0, 22)]),
    ("intersection", [("Housing", 4, 17)]),
    ("neither", []),
])
def test_boundary_decisions(project, decision, expected):
    with project.command("decide"):
        adjudicate(project.db, by_kind(project, "boundary"), decision, first="Ana", second="Ben")
    assert consensus(project) == expected
    assert [a.decision for a in adjudications(project.db)] == [decision]


def test_confusion_union_keeps_both_codes_and_intersection_keeps_none(project):
    confusion = by_kind(project, "confusion")
    with project.command("decide"):
        adjudicate(project.db, confusion, "intersection", first="Ana", second="Ben")
    assert consensus(project) == []
    with project.command("decide"):
        adjudicate(project.db, confusion, "union", first="Ana", second="Ben")
    assert consensus(project) == [("Loneliness", 41, 74), ("Support", 41, 74)]


def test_omission_accepting_the_empty_side_writes_nothing_but_is_recorded(project):
    omission = by_kind(project, "omission")
    assert not is_decided(project.db, omission, "Ana", "Ben")
    with project.command("decide"):
        assert adjudicate(project.db, omission, "accept_second", first="Ana", second="Ben") == []
    assert is_decided(project.db, omission, "Ana", "Ben")
    assert consensus(project) == []


def test_edit_writes_the_given_spans_with_a_note(project):
    with project.command("decide"):
        adjudicate(project.db, by_kind(project, "boundary"), "edit", first="Ana", second="Ben",
                   edited=[("Housing", 4, 17)], note="only the flat")
    assert consensus(project) == [("Housing", 4, 17)]
    assert adjudications(project.db)[0].note == "only the flat"
    assert adjudications(project.db)[0].result == [(1, 4, 17)]


def test_bad_decisions_change_nothing(project):
    boundary = by_kind(project, "boundary")
    for decision, kwargs in (("maybe", {}), ("edit", {}), ("accept_first", {"consensus": "Ana"})):
        with pytest.raises(InvalidValue):
            with project.command("decide"):
                adjudicate(project.db, boundary, decision, first="Ana", second="Ben", **kwargs)
    assert adjudications(project.db) == []
    assert [c.name for c in list_coders(project.db)] == ["Ana", "Ben"]


def test_undo_removes_the_consensus_coding_and_the_record(project):
    with project.command("decide"):
        adjudicate(project.db, by_kind(project, "boundary"), "union", first="Ana", second="Ben")
    project.undo()
    assert "Consensus" not in [c.name for c in list_coders(project.db)]
    assert adjudications(project.db) == []


def test_anyone_can_be_compared_with_the_consensus(project):
    with project.command("decide all"):
        for disagreement in find_disagreements(project.db, "Ana", "Ben"):
            adjudicate(project.db, disagreement, "accept_first", first="Ana", second="Ben")
    result = compute_agreement(project.db, AgreementOptions(coders=("Ana", "Consensus")))
    pair = result.pair("Housing", "Ana", "Consensus", document="maya")
    assert pair["cohen_kappa"] == 1
