"""Undo and redo restore the exact content of the project for every kind of change."""

import pytest

from accord.core.attributes import remove_attribute, set_attribute
from accord.core.codebook import (
    create_code,
    delete_code,
    move_code,
    recolour_code,
    rename_code,
    update_code_texts,
)
from accord.core.code_merge import merge_codes
from accord.core.coders import add_coder, rename_coder
from accord.core.codings import (
    apply_code,
    change_code,
    remove_coding,
    resize_coding,
    set_coding_memo,
)
from accord.core.documents import TurnRecord, add_document, delete_document, rename_document
from accord.core.history import Changes
from accord.core.memos import add_memo, delete_memo, update_memo
from accord.core.project import set_meta
from accord.core.search import search
from core_helpers import dump_tables, fts_ok

TEXT = "Interviewer: How was it?\nAnna: It was fine, café au lait and 😀 emoji.\nInterviewer: Thanks."


@pytest.fixture
def p(project):
    """A project with two documents, a small codebook, codings, memos and attributes."""
    db = project.db
    with project.command("setup"):
        add_coder(db, "bob")
        add_document(db, "one", TEXT, turns=[TurnRecord(0, 24, 12, "Interviewer"), TurnRecord(25, 70, 30, "Anna")])
        add_document(db, "two", "Second document with some words in it.")
        create_code(db, "Feelings", color="#112233", description="how they felt")
        create_code(db, "Good", parent="Feelings")
        create_code(db, "Bad", parent="Feelings")
        create_code(db, "Food")
        create_code(db, "Drink", parent="Food")
        create_code(db, "Good", parent="Food")
        apply_code(db, "one", "Feelings/Good", "ann", 25, 40, memo="fine")
        apply_code(db, "one", "Food/Drink", "ann", 42, 53)
        apply_code(db, "one", "Food/Drink", "bob", 40, 55)
        apply_code(db, "two", "Feelings/Bad", "ann", 0, 6)
        apply_code(db, "one", "Food/Good", "ann", 45, 60)
        add_memo(db, "project memo")
        add_memo(db, "document memo", document="one", coder="ann")
        add_memo(db, "code memo", code="Food")
        set_attribute(db, "one", "age", "34")
        set_attribute(db, "one", "site", "Leeds")
        set_attribute(db, "two", "age", "51")
    return project


def coding_id(db, document, code_path, coder="ann"):
    from accord.core.codebook import resolve_code
    from accord.core.coders import resolve_coder
    from accord.core.documents import resolve_document

    rows = db.execute(
        "SELECT id FROM codings WHERE document_id = ? AND code_id = ? AND coder_id = ?",
        [resolve_document(db, document), resolve_code(db, code_path), resolve_coder(db, coder)],
    ).fetchall()
    assert len(rows) == 1
    return rows[0][0]


def roundtrip(project, action, *, tables, label="change"):
    """Run action as a command; check undo gives back the before-state and redo the after-state."""
    db = project.db
    before = dump_tables(db)
    with project.command(label):
        action(db)
    after = dump_tables(db)
    assert after != before, "the action changed nothing"
    assert project.history.undo_label == label
    for _ in range(2):
        undone = project.undo()
        assert dump_tables(db) == before
        assert undone.tables == frozenset(tables)
        fts_ok(db)
        assert project.history.redo_label == label
        redone = project.redo()
        assert dump_tables(db) == after
        assert redone.tables == frozenset(tables)
        assert redone.rows == undone.rows
        fts_ok(db)
    return before, after


# -- documents -----------------------------------------------------------------
def test_add_document(p):
    roundtrip(
        p,
        lambda db: add_document(db, "three", "A new text", turns=[TurnRecord(0, 5, 2, "A")]),
        tables={"documents"},  # turns come and go with their document, in one undo statement
    )


def test_add_document_search_follows_undo(p):
    with p.command("add"):
        add_document(p.db, "three", "zebra crossing")
    assert [h.document for h in search(p.db, "zebra")] == ["three"]
    p.undo()
    assert search(p.db, "zebra") == []
    p.redo()
    assert [(h.document, h.start, h.end) for h in search(p.db, "zebra")] == [("three", 0, 5)]


def test_rename_document(p):
    roundtrip(p, lambda db: rename_document(db, "one", "first"), tables={"documents"})
    assert [h.document for h in search(p.db, "café")] == ["first"]
    p.undo()
    assert [h.document for h in search(p.db, "café")] == ["one"]


def test_delete_document_with_cascade(p):
    before, after = roundtrip(
        p, lambda db: delete_document(db, "one"),
        tables={"documents", "codings", "attributes", "memos"},
    )
    assert len(before["codings"]) == 5 and len(after["codings"]) == 1
    assert after["turns"] == [] and len(before["turns"]) == 2
    p.undo()
    assert [h.document for h in search(p.db, "café")] == ["one"]


def test_delete_document_changes_lists_rows(p):
    ids = {r[0] for r in p.db.execute("SELECT id FROM codings WHERE document_id = 1")}
    with p.command("delete"):
        delete_document(p.db, "one")
    changes = p.undo()
    assert changes.rows["codings"] == frozenset(ids)
    assert changes.rows["documents"] == frozenset({1})
    assert changes.touches("documents", "nothing")
    assert not changes.touches("codes")


# -- codes -------------------------------------------------------------------------
def test_create_code(p):
    roundtrip(p, lambda db: create_code(db, "New", parent="Food", position=0), tables={"codes"})


def test_rename_code(p):
    roundtrip(p, lambda db: rename_code(db, "Food", "Eating"), tables={"codes"})


def test_recolour_code(p):
    before, after = roundtrip(p, lambda db: recolour_code(db, "Feelings", "#ABCDEF"), tables={"codes"})
    assert [r for r in after["codes"] if r[3] == "Feelings"][0][4] == "#abcdef"


def test_update_code_texts(p):
    roundtrip(
        p, lambda db: update_code_texts(db, "Food", definition="eating", example="lunch"), tables={"codes"}
    )


def test_move_code(p):
    roundtrip(p, lambda db: move_code(db, "Feelings/Bad", None, 0), tables={"codes"})


def test_reorder_code(p):
    roundtrip(p, lambda db: move_code(db, "Food", None, 0), tables={"codes"})


def test_merge_codes(p):
    before, after = roundtrip(
        p, lambda db: merge_codes(db, "Food", "Feelings"), tables={"codes", "codings", "memos"}
    )
    assert len(after["codes"]) == 4  # Food gone, Food/Good merged into Feelings/Good, Drink moved


def test_delete_code(p):
    before, after = roundtrip(p, lambda db: delete_code(db, "Food"), tables={"codes", "codings", "memos"})
    assert len(after["codes"]) == 3


# -- codings -------------------------------------------------------------------------
def test_apply_code(p):
    roundtrip(p, lambda db: apply_code(db, "two", "Food", "bob", 3, 9), tables={"codings"})


def test_apply_code_merging(p):
    before, after = roundtrip(
        p, lambda db: apply_code(db, "one", "Food/Drink", "ann", 30, 44, memo="more"), tables={"codings"}
    )
    assert len(after["codings"]) == len(before["codings"])


def test_remove_coding(p):
    roundtrip(p, lambda db: remove_coding(db, coding_id(db, "one", "Food/Drink", "bob")), tables={"codings"})


def test_recode(p):
    roundtrip(
        p, lambda db: change_code(db, coding_id(db, "one", "Food/Drink"), "Food/Good"), tables={"codings"}
    )


def test_resize(p):
    roundtrip(p, lambda db: resize_coding(db, coding_id(db, "one", "Food/Drink"), 43, 70), tables={"codings"})


def test_coding_memo(p):
    roundtrip(p, lambda db: set_coding_memo(db, coding_id(db, "one", "Food/Drink"), "note"), tables={"codings"})


# -- memos, attributes, coders, metadata -------------------------------------------
def test_add_memo(p):
    roundtrip(p, lambda db: add_memo(db, "new memo", title="T", code="Feelings/Good"), tables={"memos"})


def test_update_memo(p):
    roundtrip(p, lambda db: update_memo(db, 2, text="changed", title="t"), tables={"memos"})


def test_delete_memo(p):
    roundtrip(p, lambda db: delete_memo(db, 3), tables={"memos"})


def test_set_attribute(p):
    roundtrip(p, lambda db: set_attribute(db, "two", "site", "York"), tables={"attributes"})


def test_change_attribute(p):
    roundtrip(p, lambda db: set_attribute(db, "one", "age", "35"), tables={"attributes"})


def test_remove_attribute(p):
    roundtrip(p, lambda db: remove_attribute(db, "one", "site"), tables={"attributes"})


def test_add_and_rename_coder(p):
    roundtrip(p, lambda db: add_coder(db, "cy"), tables={"coders"})
    roundtrip(p, lambda db: rename_coder(db, "bob", "Robert"), tables={"coders"})


def test_set_meta(p):
    roundtrip(p, lambda db: set_meta(db, "title", "Renamed"), tables={"project"})
    roundtrip(p, lambda db: set_meta(db, "new_key", "v"), tables={"project"})


def test_many_changes_in_one_command(p):
    def everything(db):
        rename_document(db, "two", "2")
        merge_codes(db, "Feelings/Bad", "Feelings/Good")
        apply_code(db, "2", "Food", "ann", 0, 10)
        delete_code(db, "Food/Drink")
        set_attribute(db, "2", "age", "52")
        delete_document(db, "one")

    roundtrip(p, everything, tables={"documents", "codes", "codings", "attributes", "memos"})


def test_a_long_transcript_is_undone_and_redone_in_a_few_statements(p):
    """Turns are not logged one by one: 20,000 of them cost two undo entries, not 20,000."""
    text = "Ana: yes\nBen: no\n" * 10_000
    turns = [TurnRecord(i * 9, i * 9 + 8, i * 9 + 5, "Ana" if i % 2 == 0 else "Ben") for i in range(20_000)]
    mark = p.history.mark()
    with p.command("import"):
        add_document(p.db, "long", text, turns=turns)
    assert p.history.mark() - mark == 1
    before, after = roundtrip(p, lambda db: delete_document(db, "long"), tables={"documents"})
    assert len(before["turns"]) == 20_000 + 2 and len(after["turns"]) == 2
    mark = p.history.mark()
    p.undo()  # the deletion: the document and its turns come back
    assert p.history.mark() - mark == 1  # the redo entry: delete the document (the turns cascade)


# -- the stacks ------------------------------------------------------------------------
def test_undo_redo_sequence_walks_back_and_forth(p):
    db = p.db
    states = [dump_tables(db)]
    for label, action in [
        ("a", lambda: create_code(db, "X")),
        ("b", lambda: apply_code(db, "two", "X", "ann", 0, 5)),
        ("c", lambda: rename_code(db, "X", "Y")),
        ("d", lambda: delete_document(db, "two")),
    ]:
        with p.command(label):
            action()
        states.append(dump_tables(db))
    for i in range(4, 0, -1):
        assert p.history.undo_label == "abcd"[i - 1]
        p.undo()
        assert dump_tables(db) == states[i - 1]
    assert p.history.undo_label == "setup"
    for i in range(1, 5):
        assert p.history.redo_label == "abcd"[i - 1]
        p.redo()
        assert dump_tables(db) == states[i]
    assert p.history.redo_label is None


def test_undo_past_the_beginning_is_a_no_op(project):
    db = project.db
    with project.command("one"):
        create_code(db, "A")
    start = dump_tables(db)
    assert project.undo().tables == {"codes"}
    empty = dump_tables(db)
    assert empty != start
    for _ in range(3):
        assert project.undo() == Changes()
        assert not project.undo()
        assert dump_tables(db) == empty
    assert project.history.undo_label is None
    assert project.redo().tables == {"codes"}
    assert dump_tables(db) == start
    assert project.redo() == Changes()
    assert dump_tables(db) == start


def test_new_command_clears_redo(project):
    db = project.db
    with project.command("a"):
        create_code(db, "A")
    with project.command("b"):
        create_code(db, "B")
    project.undo()
    assert project.history.redo_label == "b"
    with project.command("c"):
        create_code(db, "C")
    assert project.history.redo_label is None
    assert project.redo() == Changes()
    assert sorted(r[0] for r in db.execute("SELECT name FROM codes")) == ["A", "C"]
    project.undo()
    project.undo()
    assert db.execute("SELECT count(*) FROM codes").fetchone()[0] == 0
    # only a and c are on the stack; b is gone for good
    assert project.undo() == Changes()
    project.redo()
    project.redo()
    assert sorted(r[0] for r in db.execute("SELECT name FROM codes")) == ["A", "C"]


def test_empty_command_keeps_redo(project):
    with project.command("a"):
        create_code(project.db, "A")
    project.undo()
    with project.command("look only"):
        project.db.execute("SELECT * FROM codes").fetchall()
    assert project.history.redo_label == "a"
    assert project.history.undo_label is None


def test_no_op_update_records_nothing(project):
    with project.command("a"):
        create_code(project.db, "A", color="#000000")
    with project.command("same colour"):
        recolour_code(project.db, "A", "#000000")
    assert project.history.undo_label == "a"


def test_changes_record_row_ids(project):
    db = project.db
    with project.command("add"):
        d = add_document(db, "d", "abcdefghij")
        code = create_code(db, "C")
        first = apply_code(db, "d", "C", "ann", 0, 2)
        second = apply_code(db, "d", "C", "ann", 4, 6)
    with project.command("bridge"):
        merged = apply_code(db, "d", "C", "ann", 1, 5)
    assert merged.id == first.id
    undone = project.undo()
    assert undone.rows == {"codings": frozenset({first.id, second.id})}
    assert undone.touches("codings") and not undone.touches("documents", "codes")
    project.undo()
    assert project.redo().rows == {
        "documents": frozenset({d.id}),
        "codes": frozenset({code.id}),
        "codings": frozenset({first.id, second.id}),
    }


def test_history_clear(project):
    with project.command("a"):
        create_code(project.db, "A")
    project.undo()
    with project.command("b"):
        create_code(project.db, "B")
    project.history.clear()
    assert project.history.undo_label is None and project.history.redo_label is None
    assert project.undo() == Changes()
    assert project.redo() == Changes()
    with project.command("c"):
        create_code(project.db, "C")
    project.undo()
    assert [r[0] for r in project.db.execute("SELECT name FROM codes")] == ["B"]


def test_undo_restores_quotes_blobs_and_nulls(project):
    db = project.db
    text = "It's \"quoted\", 'single', NULL\x00 and\r\nnewlines \u2028 and \U0001F600"
    with project.command("add"):
        add_document(db, "it's", text, notes={"k": "v'\""})
        add_memo(db, "memo with 'quotes'", title="NULL")
    after = dump_tables(db)
    with project.command("delete"):
        delete_memo(db, 1)
        delete_document(db, "it's")
    project.undo()
    assert dump_tables(db) == after
    assert db.execute("SELECT text FROM documents").fetchone()[0] == text
    assert db.execute("SELECT coder_id, document_id FROM memos").fetchone() == (None, None)


def test_undo_of_update_keeps_text_with_nul(project):
    db = project.db
    with project.command("add"):
        add_memo(db, "before\x00after")
    with project.command("edit"):
        update_memo(db, 1, text="plain")
    project.undo()
    assert db.execute("SELECT text FROM memos").fetchone()[0] == "before\x00after"
    project.redo()
    assert db.execute("SELECT text FROM memos").fetchone()[0] == "plain"
