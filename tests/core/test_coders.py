"""Coders and their roles: a consensus is not one more coder wherever "all coders" is the default."""

import pytest

from accord.core.agreement import AgreementOptions, compute_agreement, find_disagreements
from accord.core.agreement.adjudication import adjudicate
from accord.core.coders import (
    add_coder, coders_with_codings, delete_coder, ensure_coder, get_coder, list_coders, rename_coder, set_coder_color,
    set_coder_role,
)
from accord.core.codebook import create_code
from accord.core.codings import apply_code
from accord.core.documents import add_document
from accord.core.errors import InvalidValue
from accord.core.memos import add_memo, all_memos
from accord.core.reports import ReportOptions, build_report

TEXT = "The first week was lovely. Then nobody called. I went to the library every day."


@pytest.fixture
def coded(project):
    """ann and bob coded one document with A, differently."""
    db = project.db
    with project.command("Set up"):
        add_coder(db, "bob")
        add_document(db, "d", TEXT)
        create_code(db, "A")
        apply_code(db, "d", "A", "ann", 0, 26)
        apply_code(db, "d", "A", "bob", 0, 14)
        apply_code(db, "d", "A", "bob", 27, 47)
    return project


def _decide(project):
    disagreement = find_disagreements(project.db, "ann", "bob")[0]
    with project.command("Adjudicate"):
        adjudicate(project.db, disagreement, "union", first="ann", second="bob")


def test_a_coder_is_a_coder_unless_made_a_consensus(project, dump):
    db = project.db
    with project.command("Add"):
        assert add_coder(db, "bob").role == "coder"
        gold = add_coder(db, "Gold", role="consensus")
    assert [(c.name, c.role) for c in list_coders(db)] == [("ann", "coder"), ("bob", "coder"), ("Gold", "consensus")]
    assert [c.name for c in list_coders(db, "consensus")] == ["Gold"]
    before = dump(db)
    with pytest.raises(InvalidValue, match="unknown coder role 'judge'"), project.command("Add"):
        add_coder(db, "Judge", role="judge")
    with pytest.raises(InvalidValue, match="unknown coder role"), project.command("Role"):
        set_coder_role(db, gold.id, "referee")
    assert dump(db) == before
    with project.command("Role"):
        assert set_coder_role(db, "Gold", "coder").role == "coder"
    project.undo()
    assert get_coder(db, "Gold").role == "consensus"


def test_a_coder_colour_is_rrggbb_stored_lower_case_and_undoable(project, dump):
    db = project.db
    before = dump(db)
    for slip in ("red", "#12345", "#1234567", "#12345g", "123456", ""):
        with pytest.raises(InvalidValue, match="is not of the form #rrggbb"), project.command("Colour"):
            set_coder_color(db, "ann", slip)
    assert dump(db) == before
    with project.command("Colour"):
        assert set_coder_color(db, "ann", " #A1B2C3 ").color == "#a1b2c3"
    assert get_coder(db, "ann").color == "#a1b2c3"
    project.undo()
    assert get_coder(db, "ann").color == ""


def test_rename_clash_and_delete_refusal_change_nothing(coded, dump):
    db = coded.db
    before = dump(db)
    with pytest.raises(InvalidValue, match="a coder named 'bob' already exists"), coded.command("Rename"):
        rename_coder(db, "ann", "bob")
    with pytest.raises(InvalidValue, match="coder 'bob' has 2 codings; delete them too"), coded.command("Delete"):
        delete_coder(db, "bob")
    assert dump(db) == before


def test_delete_with_codings_takes_them_and_keeps_memos_and_undo_brings_all_back(coded, dump):
    db = coded.db
    with coded.command("Memo"):
        add_memo(db, "bob's thought", coder="bob")
    before = dump(db)
    with coded.command("Delete coder"):
        assert delete_coder(db, "bob", with_codings=True) == 2
    assert [c.name for c in list_coders(db)] == ["ann"]
    assert [m.text for m in all_memos(db)] == ["bob's thought"]
    coded.undo()
    assert dump(db) == before
    with coded.command("Add and delete"):
        add_coder(db, "carol")
        assert delete_coder(db, "carol") == 0  # no codings: nothing to protect


def test_adjudication_makes_its_target_a_consensus_and_refuses_a_coder(coded, dump):
    _decide(coded)
    consensus = get_coder(coded.db, "Consensus")
    assert consensus.role == "consensus"
    assert [c.name for c in coders_with_codings(coded.db)] == ["ann", "bob", "Consensus"]

    with coded.command("Add"):
        add_coder(coded.db, "carol")
    before = dump(coded.db)
    disagreement = find_disagreements(coded.db, "ann", "bob")[0]
    with pytest.raises(InvalidValue, match="'carol' codes independently, so decisions cannot go to it"), \
            coded.command("Adjudicate"):
        adjudicate(coded.db, disagreement, "union", first="ann", second="bob", consensus="carol")
    assert dump(coded.db) == before
    with coded.command("Ensure"):
        assert ensure_coder(coded.db, "Consensus").role == "consensus"  # found, not changed


def test_agreement_by_default_compares_the_coders_and_a_consensus_only_when_named(coded):
    before = compute_agreement(coded.db).to_json()
    _decide(coded)
    after = compute_agreement(coded.db)
    assert after.coders == ("ann", "bob")
    assert after.to_json() == before
    named = compute_agreement(coded.db, AgreementOptions(coders=("ann", "bob", "Consensus")))
    assert named.coders == ("ann", "bob", "Consensus")


def test_with_only_one_coder_and_a_consensus_the_message_says_why(project):
    db = project.db
    with project.command("Set up"):
        add_document(db, "d", TEXT)
        create_code(db, "A")
        add_coder(db, "Gold", role="consensus")
        apply_code(db, "d", "A", "ann", 0, 5)
        apply_code(db, "d", "A", "Gold", 0, 9)
    with pytest.raises(InvalidValue, match="consensus coder is compared only when named"):
        compute_agreement(db)
    assert compute_agreement(db, AgreementOptions(coders=("ann", "Gold"))).coders == ("ann", "Gold")


def test_the_report_by_default_counts_and_names_only_the_coders(coded):
    _decide(coded)
    model = build_report(coded.db, ReportOptions(agreement=True, resamples=0))
    assert [c.name for c in model.coders] == ["ann", "bob"]
    assert model.total_codings == 3
    assert model.filters == ["Coders: ann, bob (consensus left out: Consensus)"]
    assert "Consensus" not in model.agreement.methods
    named = build_report(coded.db, ReportOptions(coders=("ann", "bob", "Consensus"), agreement=False))
    assert [c.name for c in named.coders] == ["ann", "bob", "Consensus"]
