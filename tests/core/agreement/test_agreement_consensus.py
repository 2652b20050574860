"""Each coder against the consensus: one two-coder comparison per coder, never mixed with the others."""

import pytest

from accord.core.agreement import AgreementOptions, compute_agreement
from accord.core.agreement.consensus import compare_with_consensus
from accord.core.coders import CONSENSUS_ROLE, add_coder
from accord.core.errors import InvalidValue
from agreement_helpers import insert, make_project


@pytest.fixture
def project():
    p = make_project({"d": "x" * 40}, coders=("Ana", "Ben", "Cleo"))
    with p.command("consensus"):
        add_coder(p.db, "Gold", role=CONSENSUS_ROLE)
    for coder, span in (("Ana", (0, 10)), ("Ben", (2, 12)), ("Cleo", (20, 30)), ("Gold", (0, 11))):
        insert(p.db, "d", "X", coder, *span)
    yield p
    p.close()


def test_each_coder_is_paired_with_the_consensus_alone(project):
    comparison = compare_with_consensus(project.db)
    assert comparison.consensus == "Gold" and list(comparison.results) == ["Ana", "Ben", "Cleo"]
    for coder, result in comparison.results.items():
        assert result.coders == (coder, "Gold")
        expected = compute_agreement(project.db, AgreementOptions(coders=(coder, "Gold")))
        assert result.to_json() == expected.to_json()
    data = comparison.to_json()
    assert data["against_consensus"] == "Gold" and list(data["coders"]["Ben"]["pooled_over_documents"]["overall"][
        "pairs"]) == ["Ben|Gold"]


def test_chosen_coders_and_a_named_reference(project):
    only = compare_with_consensus(project.db, AgreementOptions(coders=("Cleo",)))
    assert list(only.results) == ["Cleo"]
    against_ana = compare_with_consensus(project.db, consensus="Ana")  # any coder may serve as the reference
    assert against_ana.consensus == "Ana" and list(against_ana.results) == ["Ben", "Cleo"]


def test_no_or_several_consensus_coders_are_refused_with_what_to_do():
    p = make_project({"d": "x" * 10})
    insert(p.db, "d", "X", "A", 0, 5)
    with pytest.raises(InvalidValue, match="adjudicate some disagreements first"):
        compare_with_consensus(p.db)
    with p.command("two"):
        add_coder(p.db, "G1", role=CONSENSUS_ROLE)
        add_coder(p.db, "G2", role=CONSENSUS_ROLE)
    insert(p.db, "d", "X", "G1", 0, 5)
    insert(p.db, "d", "X", "G2", 0, 5)
    with pytest.raises(InvalidValue, match=r"several consensus coders \(G1, G2\): name the one"):
        compare_with_consensus(p.db)
    assert list(compare_with_consensus(p.db, consensus="G2").results) == ["A"]
    p.close()
