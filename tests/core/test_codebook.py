"""The codebook: creating, renaming, moving, merging, deleting and finding codes."""

import sqlite3

import pytest

from accord.core.codebook import (
    PALETTE,
    Code,
    code_path,
    code_tree,
    count_codings,
    create_code,
    delete_code,
    descendant_ids,
    get_code,
    list_codes,
    move_code,
    recolour_code,
    rename_code,
    resolve_code,
    update_code_texts,
)
from accord.core.code_merge import merge_codes
from accord.core.codings import apply_code, codings_of_document
from accord.core.coders import add_coder
from accord.core.documents import add_document
from accord.core.errors import InvalidValue, NotFound
from accord.core.memos import add_memo, memos_of
from core_helpers import dump_tables


def names(db, parent=None):
    """Names of the children of `parent` (None: top level) in codebook order."""
    parent_id = resolve_code(db, parent) if parent is not None else None
    return [
        r[0] for r in db.execute("SELECT name FROM codes WHERE parent_id IS ? ORDER BY position, id", [parent_id])
    ]


def positions(db, parent=None):
    parent_id = resolve_code(db, parent) if parent is not None else None
    return [r[0] for r in db.execute("SELECT position FROM codes WHERE parent_id IS ? ORDER BY position", [parent_id])]


def unchanged(db, call, error, match=None):
    """call() raises `error` and leaves the database exactly as it was."""
    before = dump_tables(db)
    with pytest.raises(error, match=match):
        call()
    assert dump_tables(db) == before


@pytest.fixture
def db(project):
    """The project's database inside one open command: these tests call the write functions
    directly, as the CLI and the GUI do inside `project.command(...)`."""
    with project.command("test"):
        yield project.db


@pytest.fixture
def tree(db):
    """Emotions/{Joy, Anger/{Rage}}, People/{Family, Anger}, Places."""
    create_code(db, "Emotions")
    create_code(db, "Joy", parent="Emotions")
    create_code(db, "Anger", parent="Emotions")
    create_code(db, "Rage", parent="Emotions/Anger")
    create_code(db, "People")
    create_code(db, "Family", parent="People")
    create_code(db, "Anger", parent="People")
    create_code(db, "Places")
    return db


# -- create -------------------------------------------------------------------------
def test_create_code_fields(db):
    code = create_code(db, "  Joy   of\tlife ", color="#ABCDEF", description="d", example="e")
    assert isinstance(code, Code)
    assert code == Code(code.id, None, "Joy of life", "#abcdef", "d", "", "", "", "e", 0, code.guid)
    assert get_code(db, code.id) == code
    assert db.execute("SELECT created_at FROM codes").fetchone()[0][:2] == "20"


def test_create_assigns_palette_colours_and_positions(db):
    codes = [create_code(db, f"c{i}") for i in range(12)]
    assert [c.color for c in codes] == [PALETTE[i % len(PALETTE)] for i in range(12)]
    assert [c.position for c in codes] == list(range(12))
    child = create_code(db, "child", parent="c3")
    assert child.parent_id == codes[3].id
    assert child.position == 0


def test_create_at_position(db):
    for name in "ABC":
        create_code(db, name)
    create_code(db, "first", position=0)
    create_code(db, "middle", position=2)
    create_code(db, "far", position=99)
    create_code(db, "neg", position=-5)
    assert names(db) == ["neg", "first", "A", "middle", "B", "C", "far"]
    assert positions(db) == list(range(7))


def test_sibling_names_unique_at_top_level(db):
    create_code(db, "Joy")
    unchanged(db, lambda: create_code(db, "Joy"), InvalidValue, "already exists at the top level")
    unchanged(db, lambda: create_code(db, "  Joy "), InvalidValue, "already exists")


def test_sibling_names_unique_under_parent(tree):
    unchanged(tree, lambda: create_code(tree, "Joy", parent="Emotions"), InvalidValue, "under 'Emotions'")


def test_database_refuses_duplicate_top_level_names_too(tree):
    with pytest.raises(sqlite3.IntegrityError):
        tree.execute("INSERT INTO codes(parent_id, name, created_at) VALUES (NULL, 'Places', 'x')")


def test_same_name_under_different_parents(tree):
    joy_top = create_code(tree, "Joy")
    joy_people = create_code(tree, "Joy", parent="People")
    assert len({joy_top.id, joy_people.id, resolve_code(tree, "Emotions/Joy")}) == 3
    assert code_path(tree, joy_people.id) == "People/Joy"


def test_names_are_case_sensitive(db):
    create_code(db, "joy")
    assert create_code(db, "Joy").name == "Joy"


@pytest.mark.parametrize("colour", ["red", "#abc", "#abcdeg", "abcdef", "#abcdef0", " #abcdef", "#abcdef\n"])
def test_bad_colour(db, colour):
    unchanged(db, lambda: create_code(db, "C", color=colour), InvalidValue, "#rrggbb")


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_empty_name(db, name):
    unchanged(db, lambda: create_code(db, name), InvalidValue, "needs a name")


def test_unknown_text_field(db):
    unchanged(db, lambda: create_code(db, "C", colour="#000000"), InvalidValue, "colour")


def test_create_under_unknown_parent(db):
    unchanged(db, lambda: create_code(db, "C", parent="Nope"), NotFound)
    unchanged(db, lambda: create_code(db, "C", parent=42), NotFound)


# -- rename, recolour, texts -----------------------------------------------------------
def test_rename(tree):
    rename_code(tree, "Places", "  Sites ")
    assert names(tree) == ["Emotions", "People", "Sites"]
    rename_code(tree, "Sites", "Sites")  # its own name is fine
    rename_code(tree, "Emotions/Anger", "Fury")
    assert names(tree, "Emotions") == ["Joy", "Fury"]
    assert code_path(tree, "Rage") == "Emotions/Fury/Rage"


def test_rename_refusals(tree):
    unchanged(tree, lambda: rename_code(tree, "Places", "People"), InvalidValue, "at the top level")
    unchanged(tree, lambda: rename_code(tree, "Joy", "Anger"), InvalidValue, "under 'Emotions'")
    unchanged(tree, lambda: rename_code(tree, "Joy", " "), InvalidValue)
    unchanged(tree, lambda: rename_code(tree, "Nope", "x"), NotFound)
    # same name as a code elsewhere in the tree is fine
    rename_code(tree, "Joy", "Family")
    assert names(tree, "Emotions") == ["Family", "Anger"]


def test_recolour(tree):
    recolour_code(tree, "Places", "#A0B0C0")
    assert get_code(tree, "Places").color == "#a0b0c0"
    unchanged(tree, lambda: recolour_code(tree, "Places", "blue"), InvalidValue)
    unchanged(tree, lambda: recolour_code(tree, "Nope", "#000000"), NotFound)


def test_update_texts(tree):
    update_code_texts(tree, "Joy", description="happy", definition="def", inclusion="in",
                      exclusion="out", example="ex")
    joy = get_code(tree, "Joy")
    assert (joy.description, joy.definition, joy.inclusion, joy.exclusion, joy.example) == (
        "happy", "def", "in", "out", "ex")
    update_code_texts(tree, "Joy", example="")
    assert get_code(tree, "Joy").example == ""
    assert get_code(tree, "Joy").description == "happy"
    unchanged(tree, lambda: update_code_texts(tree, "Joy", name="x"), InvalidValue, "unknown")
    unchanged(tree, lambda: update_code_texts(tree, "Nope", example="x"), NotFound)


# -- move and reorder ---------------------------------------------------------------------
def test_move_to_other_parent(tree):
    move_code(tree, "Places", "People", 1)
    assert names(tree) == ["Emotions", "People"]
    assert positions(tree) == [0, 1]
    assert names(tree, "People") == ["Family", "Places", "Anger"]
    assert positions(tree, "People") == [0, 1, 2]
    move_code(tree, "Emotions/Joy", None)
    assert names(tree) == ["Emotions", "People", "Joy"]
    assert names(tree, "Emotions") == ["Anger"]
    assert positions(tree, "Emotions") == [0]


def test_move_with_subtree(tree):
    move_code(tree, "Emotions/Anger", "Places")
    assert code_path(tree, "Rage") == "Places/Anger/Rage"


def test_move_cycle_refused(tree):
    unchanged(tree, lambda: move_code(tree, "Emotions", "Emotions"), InvalidValue, "under itself")
    unchanged(tree, lambda: move_code(tree, "Emotions", "Emotions/Anger"), InvalidValue)
    unchanged(tree, lambda: move_code(tree, "Emotions", "Rage"), InvalidValue)


def test_move_name_clash_refused(tree):
    unchanged(tree, lambda: move_code(tree, "People/Anger", "Emotions"), InvalidValue, "already exists")
    create_code(tree, "Joy")
    unchanged(tree, lambda: move_code(tree, "Emotions/Joy", None), InvalidValue, "at the top level")


def test_reorder_within_parent(tree):
    move_code(tree, "Places", None, 0)
    assert names(tree) == ["Places", "Emotions", "People"]
    move_code(tree, "Places", None, 2)
    assert names(tree) == ["Emotions", "People", "Places"]
    move_code(tree, "Emotions", None, 1)
    assert names(tree) == ["People", "Emotions", "Places"]
    move_code(tree, "People", None)  # no position: to the end
    assert names(tree) == ["Emotions", "Places", "People"]
    assert positions(tree) == [0, 1, 2]


def test_code_tree_depth_first(tree):
    assert [(c.name, depth) for c, depth in code_tree(tree)] == [
        ("Emotions", 0), ("Joy", 1), ("Anger", 1), ("Rage", 2),
        ("People", 0), ("Family", 1), ("Anger", 1), ("Places", 0),
    ]
    assert [c.name for c in list_codes(tree)] == ["Emotions", "Joy", "Anger", "Rage", "People", "Family", "Anger",
                                                  "Places"]


def test_descendants(tree):
    emotions = resolve_code(tree, "Emotions")
    ids = descendant_ids(tree, emotions)
    assert sorted(ids) == sorted(resolve_code(tree, p) for p in
                                 ["Emotions", "Emotions/Joy", "Emotions/Anger", "Emotions/Anger/Rage"])
    assert descendant_ids(tree, resolve_code(tree, "Places")) == [resolve_code(tree, "Places")]


# -- merge ------------------------------------------------------------------------------
@pytest.fixture
def coded(db, tree):
    add_coder(db, "bob")
    add_document(db, "d", "abcdefghijklmnopqrstuvwxyz")
    add_document(db, "e", "0123456789")
    return db


def spans(db, code, document="d", coder="ann"):
    code_id = resolve_code(db, code)
    return [
        (c.start, c.end, c.memo) for c in codings_of_document(db, document)
        if c.code_id == code_id and c.coder_id == db.execute("SELECT id FROM coders WHERE name=?", [coder]).fetchone()[0]
    ]


def test_merge_moves_and_merges_codings(coded):
    db = coded
    apply_code(db, "d", "Joy", "ann", 0, 5, memo="joy memo")
    apply_code(db, "d", "Joy", "ann", 10, 12)
    apply_code(db, "d", "Joy", "bob", 3, 8)
    apply_code(db, "e", "Joy", "ann", 0, 2)
    apply_code(db, "d", "Places", "ann", 4, 10, memo="place memo")
    apply_code(db, "d", "Places", "ann", 20, 22)
    apply_code(db, "d", "Places", "bob", 8, 9)
    joy_id = resolve_code(db, "Joy")
    moved = merge_codes(db, "Joy", "Places")
    assert moved == 4
    with pytest.raises(NotFound):
        resolve_code(db, joy_id)
    # [0,5) + [4,10) overlap and [10,12) touches: two codings for ann in d
    assert spans(db, "Places") == [(0, 10, "joy memo\nplace memo"), (10, 12, ""), (20, 22, "")]
    assert spans(db, "Places", coder="bob") == [(3, 8, ""), (8, 9, "")]
    assert spans(db, "Places", document="e") == [(0, 2, "")]
    assert names(db, "Emotions") == ["Anger"]
    assert positions(db, "Emotions") == [0]


def test_merge_moves_subcodes_and_merges_same_names(coded):
    db = coded
    apply_code(db, "d", "Emotions/Anger", "ann", 0, 4)
    apply_code(db, "d", "People/Anger", "ann", 2, 6)
    apply_code(db, "d", "Rage", "ann", 7, 9)
    add_memo(db, "on emotions", code="Emotions")
    add_memo(db, "on emotional anger", code="Emotions/Anger")
    emotions_id = resolve_code(db, "Emotions")
    merge_codes(db, "Emotions", "People")
    assert names(db) == ["People", "Places"]
    assert positions(db) == [0, 1]
    # Joy moved, Anger merged with People/Anger, Rage came along under it
    assert names(db, "People") == ["Family", "Anger", "Joy"]
    assert positions(db, "People") == [0, 1, 2]
    assert code_path(db, "Rage") == "People/Anger/Rage"
    assert spans(db, "People/Anger") == [(0, 6, "")]
    assert [m.text for m in memos_of(db, code="People")] == ["on emotions"]
    assert [m.text for m in memos_of(db, code="People/Anger")] == ["on emotional anger"]
    assert db.execute("SELECT count(*) FROM memos WHERE code_id = ?", [emotions_id]).fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM codes").fetchone()[0] == 6


def test_merge_into_parent(coded):
    db = coded
    apply_code(db, "d", "Emotions/Anger", "ann", 0, 4)
    apply_code(db, "d", "Emotions", "ann", 3, 5)
    merge_codes(db, "Emotions/Anger", "Emotions")
    assert names(db, "Emotions") == ["Joy", "Rage"]
    assert spans(db, "Emotions") == [(0, 5, "")]


def test_merge_refusals(coded):
    db = coded
    unchanged(db, lambda: merge_codes(db, "Joy", "Joy"), InvalidValue, "itself")
    unchanged(db, lambda: merge_codes(db, "Emotions", "Rage"), InvalidValue, "own sub-codes")
    unchanged(db, lambda: merge_codes(db, "Emotions", "Emotions/Anger"), InvalidValue)
    unchanged(db, lambda: merge_codes(db, "Nope", "Joy"), NotFound)
    unchanged(db, lambda: merge_codes(db, "Joy", "Nope"), NotFound)


# -- delete ------------------------------------------------------------------------------
def test_delete_counts_and_cascades(coded):
    db = coded
    apply_code(db, "d", "Emotions", "ann", 0, 1)
    apply_code(db, "d", "Emotions/Anger", "ann", 0, 1)
    apply_code(db, "d", "Rage", "ann", 0, 1)
    apply_code(db, "e", "Rage", "bob", 0, 1)
    apply_code(db, "d", "Places", "ann", 0, 1)
    add_memo(db, "memo on rage", code="Rage")
    assert count_codings(db, "Emotions") == 1
    assert count_codings(db, "Emotions", include_subcodes=True) == 4
    assert delete_code(db, "Emotions") == 4
    assert names(db) == ["People", "Places"]
    assert positions(db) == [0, 1]
    assert db.execute("SELECT count(*) FROM codes").fetchone()[0] == 4
    assert db.execute("SELECT count(*) FROM codings").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM memos").fetchone()[0] == 0
    assert delete_code(db, "People/Family") == 0
    assert names(db, "People") == ["Anger"]
    assert positions(db, "People") == [0]
    unchanged(db, lambda: delete_code(db, "Emotions"), NotFound)


# -- resolve -------------------------------------------------------------------------------
def test_resolve_by_id_name_path(tree):
    joy = tree.execute("SELECT id FROM codes WHERE name = 'Joy'").fetchone()[0]
    assert resolve_code(tree, joy) == joy
    assert resolve_code(tree, "Joy") == joy
    assert resolve_code(tree, "Emotions/Joy") == joy
    assert resolve_code(tree, str(joy)) == joy
    assert resolve_code(tree, "Emotions/Anger/Rage") == resolve_code(tree, "Rage")
    with pytest.raises(NotFound, match="no code with id 999"):
        resolve_code(tree, 999)
    with pytest.raises(NotFound, match="no code named"):
        resolve_code(tree, "Emotions/Nope")
    with pytest.raises(NotFound):
        resolve_code(tree, "People/Joy")
    with pytest.raises(NotFound):
        resolve_code(tree, "999")
    with pytest.raises(NotFound):
        resolve_code(tree, "")
    with pytest.raises(NotFound):
        resolve_code(tree, "²")  # a digit, but not a number int() takes


def test_ambiguous_name(tree):
    with pytest.raises(NotFound) as info:
        resolve_code(tree, "Anger")
    assert "used by 2 codes" in str(info.value)
    assert "Parent/Anger" in str(info.value)
    assert resolve_code(tree, "People/Anger") != resolve_code(tree, "Emotions/Anger")
    # a top-level code of that name is what the bare name (a one-step path) means
    top = create_code(tree, "Anger")
    assert resolve_code(tree, "Anger") == top.id


def test_name_wins_over_id(db):
    first = create_code(db, "first")
    second = create_code(db, str(first.id))
    assert resolve_code(db, str(first.id)) == second.id
    assert resolve_code(db, first.id) == first.id


def test_code_with_slash_in_name(db):
    parent = create_code(db, "A")
    create_code(db, "B", parent="A")
    odd = create_code(db, "A/B")
    assert resolve_code(db, "A/B") == odd.id
    assert code_path(db, odd.id) == "A/B"
    assert parent.id != odd.id
