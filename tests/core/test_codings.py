"""Codings: applying codes to spans, the merge rules, recoding, resizing, segments."""

import pytest

from accord.core.codebook import create_code, resolve_code
from accord.core.coders import add_coder
from accord.core.codings import (
    Coding,
    Segment,
    apply_code,
    change_code,
    codings_of_document,
    get_coding,
    remove_coding,
    resize_coding,
    segments,
    set_coding_memo,
)
from accord.core.documents import add_document
from accord.core.errors import InvalidSpan, NotFound
from core_helpers import dump_tables

TEXT = "abcdefghijklmnopqrstuvwxyz0123456789"  # 36 characters


@pytest.fixture
def db(project):
    """Two coders, two documents, codes A, A/Sub and B; a command stays open for the test, since
    these tests call the write functions directly, as the CLI and the GUI do inside `project.command(...)`."""
    db = project.db
    with project.command("test"):
        add_coder(db, "bob")
        add_document(db, "d", TEXT)
        add_document(db, "e", "Second document.")
        create_code(db, "A")
        create_code(db, "B")
        create_code(db, "Sub", parent="A")
        yield db


def spans(db, code="A", coder="ann", document="d"):
    code_id, coder_id = resolve_code(db, code), db.execute("SELECT id FROM coders WHERE name=?", [coder]).fetchone()[0]
    return [
        (c.start, c.end) for c in codings_of_document(db, document)
        if c.code_id == code_id and c.coder_id == coder_id
    ]


def unchanged(db, call, error=InvalidSpan, match=None):
    before = dump_tables(db)
    with pytest.raises(error, match=match):
        call()
    assert dump_tables(db) == before


# -- apply and merge ----------------------------------------------------------------
def test_apply_returns_coding(db):
    coding = apply_code(db, "d", "A", "ann", 2, 5, memo="note")
    assert isinstance(coding, Coding)
    assert (coding.document_id, coding.code_id, coding.coder_id, coding.start, coding.end, coding.memo) == (
        1, resolve_code(db, "A"), 1, 2, 5, "note")
    assert coding.created_at[:2] == "20"
    assert get_coding(db, coding.id) == coding


def test_ids_and_names_both_work(db):
    coding = apply_code(db, 1, resolve_code(db, "A"), 2, 0, 1)
    assert (coding.document_id, coding.coder_id) == (1, 2)
    assert apply_code(db, "e", "A/Sub", "bob", 0, 1).document_id == 2


def test_overlap_merges(db):
    first = apply_code(db, "d", "A", "ann", 2, 6, memo="one")
    merged = apply_code(db, "d", "A", "ann", 4, 10, memo="two")
    assert merged.id == first.id
    assert (merged.start, merged.end, merged.memo) == (2, 10, "one\ntwo")
    assert spans(db) == [(2, 10)]
    assert db.execute("SELECT count(*) FROM codings").fetchone()[0] == 1


def test_overlap_from_the_left(db):
    apply_code(db, "d", "A", "ann", 10, 20)
    apply_code(db, "d", "A", "ann", 5, 11)
    assert spans(db) == [(5, 20)]


def test_touching_stays_apart(db):
    apply_code(db, "d", "A", "ann", 2, 6)
    apply_code(db, "d", "A", "ann", 6, 9)
    apply_code(db, "d", "A", "ann", 0, 2)
    assert spans(db) == [(0, 2), (2, 6), (6, 9)]


def test_containment(db):
    outer = apply_code(db, "d", "A", "ann", 2, 20, memo="outer")
    inner = apply_code(db, "d", "A", "ann", 5, 6, memo="inner")
    assert inner.id == outer.id
    assert (inner.start, inner.end, inner.memo) == (2, 20, "outer\ninner")
    again = apply_code(db, "d", "A", "ann", 0, 30)
    assert (again.start, again.end, again.memo) == (0, 30, "outer\ninner")
    assert spans(db) == [(0, 30)]


def test_same_span_twice_is_one_coding_same_memo_once(db):
    apply_code(db, "d", "A", "ann", 3, 7, memo="m")
    apply_code(db, "d", "A", "ann", 3, 7, memo="m")
    coding = apply_code(db, "d", "A", "ann", 3, 7)
    assert coding.memo == "m"
    assert spans(db) == [(3, 7)]


def test_bridge_merges_three_into_one(db):
    left = apply_code(db, "d", "A", "ann", 0, 4, memo="left")
    apply_code(db, "d", "A", "ann", 10, 14, memo="right")
    apply_code(db, "d", "A", "ann", 20, 22, memo="far")
    bridge = apply_code(db, "d", "A", "ann", 3, 11, memo="bridge")
    assert bridge.id == left.id
    assert (bridge.start, bridge.end) == (0, 14)
    assert bridge.memo.split("\n") == ["left", "bridge", "right"]
    assert spans(db) == [(0, 14), (20, 22)]


def test_bridge_exactly_to_touching_edges_does_not_merge(db):
    apply_code(db, "d", "A", "ann", 0, 4)
    apply_code(db, "d", "A", "ann", 10, 14)
    apply_code(db, "d", "A", "ann", 4, 10)
    assert spans(db) == [(0, 4), (4, 10), (10, 14)]


def test_different_coder_or_code_or_document_never_merges(db):
    apply_code(db, "d", "A", "ann", 0, 10)
    apply_code(db, "d", "A", "bob", 5, 15)
    apply_code(db, "d", "B", "ann", 5, 15)
    apply_code(db, "d", "A/Sub", "ann", 5, 15)
    apply_code(db, "e", "A", "ann", 5, 15)
    assert spans(db) == [(0, 10)]
    assert spans(db, coder="bob") == [(5, 15)]
    assert spans(db, code="B") == [(5, 15)]
    assert spans(db, code="A/Sub") == [(5, 15)]
    assert spans(db, document="e") == [(5, 15)]
    assert db.execute("SELECT count(*) FROM codings").fetchone()[0] == 5


# -- errors leave the database alone --------------------------------------------------
@pytest.mark.parametrize("start,end,match", [
    (-1, 3, "before the beginning"),
    (0, 37, "past the end"),
    (36, 40, "past the end"),
    (5, 4, "after end"),
    (5, 5, "empty"),
    (36, 36, "empty"),
    (0.0, 3, "whole numbers"),
    ("0", 3, "whole numbers"),
])
def test_bad_spans(db, start, end, match):
    apply_code(db, "d", "A", "ann", 0, 10)
    unchanged(db, lambda: apply_code(db, "d", "A", "ann", start, end), InvalidSpan, match)


def test_whole_text_is_fine(db):
    assert spans(db) == []
    apply_code(db, "d", "A", "ann", 0, 36)
    assert spans(db) == [(0, 36)]


@pytest.mark.parametrize("document,code,coder", [
    ("nope", "A", "ann"), (99, "A", "ann"),
    ("d", "nope", "ann"), ("d", 99, "ann"),
    ("d", "A", "nope"), ("d", "A", 99),
])
def test_unknown_references(db, document, code, coder):
    unchanged(db, lambda: apply_code(db, document, code, coder, 0, 1), NotFound)


# -- remove, recode, resize, memo -------------------------------------------------------
def test_remove(db):
    coding = apply_code(db, "d", "A", "ann", 0, 5)
    other = apply_code(db, "d", "A", "ann", 10, 15)
    assert remove_coding(db, coding.id) == coding
    assert spans(db) == [(10, 15)]
    unchanged(db, lambda: remove_coding(db, coding.id), NotFound, "no coding with id")
    assert get_coding(db, other.id) == other


def test_change_code_simple(db):
    coding = apply_code(db, "d", "A", "ann", 0, 5)
    changed = change_code(db, coding.id, "B")
    assert changed.id == coding.id
    assert changed.code_id == resolve_code(db, "B")
    assert spans(db) == [] and spans(db, "B") == [(0, 5)]


def test_change_code_merges_with_overlapping_codings_of_new_code(db):
    coding = apply_code(db, "d", "A", "ann", 3, 8, memo="a")
    apply_code(db, "d", "B", "ann", 0, 4, memo="b1")
    apply_code(db, "d", "B", "ann", 7, 12, memo="b2")
    apply_code(db, "d", "B", "ann", 8, 9)  # merges into [7,12)
    apply_code(db, "d", "B", "ann", 12, 14)  # touches: stays
    apply_code(db, "d", "B", "bob", 0, 20)  # other coder: stays
    merged = change_code(db, coding.id, "B")
    assert merged.id == coding.id
    assert (merged.start, merged.end) == (0, 12)
    assert merged.memo.split("\n") == ["a", "b1", "b2"]
    assert spans(db, "B") == [(0, 12), (12, 14)]
    assert spans(db, "B", coder="bob") == [(0, 20)]
    assert spans(db, "A") == []


def test_change_code_errors(db):
    coding = apply_code(db, "d", "A", "ann", 0, 5)
    unchanged(db, lambda: change_code(db, coding.id, "nope"), NotFound)
    unchanged(db, lambda: change_code(db, 999, "B"), NotFound)


def test_resize(db):
    coding = apply_code(db, "d", "A", "ann", 5, 10)
    resized = resize_coding(db, coding.id, 4, 12)
    assert (resized.id, resized.start, resized.end) == (coding.id, 4, 12)
    resized = resize_coding(db, coding.id, 6, 7)
    assert spans(db) == [(6, 7)]


def test_resize_merges(db):
    coding = apply_code(db, "d", "A", "ann", 0, 3)
    apply_code(db, "d", "A", "ann", 5, 8, memo="x")
    apply_code(db, "d", "A", "ann", 10, 12)
    resized = resize_coding(db, coding.id, 0, 5)  # touches [5,8): no merge
    assert spans(db) == [(0, 5), (5, 8), (10, 12)]
    resized = resize_coding(db, coding.id, 0, 11)
    assert (resized.id, resized.start, resized.end, resized.memo) == (coding.id, 0, 12, "x")
    assert spans(db) == [(0, 12)]


@pytest.mark.parametrize("start,end", [(-1, 3), (0, 37), (4, 3), (3, 3)])
def test_resize_validation(db, start, end):
    coding = apply_code(db, "d", "A", "ann", 5, 10)
    unchanged(db, lambda: resize_coding(db, coding.id, start, end))
    unchanged(db, lambda: resize_coding(db, 999, 0, 1), NotFound)


def test_resize_checks_against_its_own_document(db):
    coding = apply_code(db, "e", "A", "ann", 0, 5)  # "Second document." has 16 characters
    resize_coding(db, coding.id, 0, 16)
    unchanged(db, lambda: resize_coding(db, coding.id, 0, 17), InvalidSpan, r"\(16 characters\)")


def test_coding_memo(db):
    coding = apply_code(db, "d", "A", "ann", 0, 5)
    set_coding_memo(db, coding.id, "why")
    assert get_coding(db, coding.id).memo == "why"
    unchanged(db, lambda: set_coding_memo(db, 999, "x"), NotFound)


def test_codings_of_document_filters_and_order(db):
    a = apply_code(db, "d", "A", "ann", 10, 12)
    b = apply_code(db, "d", "B", "bob", 0, 30)
    c = apply_code(db, "d", "A/Sub", "ann", 0, 5)
    apply_code(db, "e", "A", "ann", 0, 5)
    assert [x.id for x in codings_of_document(db, "d")] == [c.id, b.id, a.id]
    assert [x.id for x in codings_of_document(db, "d", coders=[2])] == [b.id]
    assert [x.id for x in codings_of_document(db, "d", coders=[1, 2])] == [c.id, b.id, a.id]
    assert codings_of_document(db, "d", coders=[]) == []
    with pytest.raises(NotFound):
        codings_of_document(db, "nope")


# -- segments ----------------------------------------------------------------------------
@pytest.fixture
def emoji_db(db):
    # astral characters are one code point each
    add_document(db, "emoji", "a😀b👍🏽c\U0001F1EB\U0001F1F7 end 𝕏 done")
    return db


def test_segment_text_with_astral_characters(emoji_db):
    db = emoji_db
    text = db.execute("SELECT text FROM documents WHERE name='emoji'").fetchone()[0]
    assert db.execute("SELECT length FROM documents WHERE name='emoji'").fetchone()[0] == len(text)
    apply_code(db, "emoji", "A", "ann", 1, 2)
    apply_code(db, "emoji", "B", "ann", 3, 5)
    apply_code(db, "emoji", "A/Sub", "bob", 6, 8)
    apply_code(db, "emoji", "B", "bob", 13, 14)
    apply_code(db, "emoji", "A", "bob", 0, len(text))
    found = {(s.code, s.coder): s.text for s in segments(db, document="emoji")}
    assert found == {
        ("A", "ann"): "😀",
        ("B", "ann"): "👍🏽",
        ("Sub", "bob"): "\U0001F1EB\U0001F1F7",
        ("B", "bob"): "𝕏",
        ("A", "bob"): text,
    }
    with pytest.raises(InvalidSpan):
        apply_code(db, "emoji", "A", "ann", 0, len(text) + 1)


def test_segments_filters(db):
    apply_code(db, "d", "A", "ann", 0, 3, memo="m")
    apply_code(db, "d", "A/Sub", "ann", 5, 8)
    apply_code(db, "d", "B", "bob", 1, 2)
    apply_code(db, "e", "A", "bob", 0, 6)
    apply_code(db, "e", "A/Sub", "bob", 7, 15)

    def key(found):
        return [(s.document, s.code, s.coder, s.start, s.end, s.text) for s in found]

    assert key(segments(db)) == [
        ("d", "A", "ann", 0, 3, "abc"),
        ("d", "B", "bob", 1, 2, "b"),
        ("d", "Sub", "ann", 5, 8, "fgh"),
        ("e", "A", "bob", 0, 6, "Second"),
        ("e", "Sub", "bob", 7, 15, "document"),
    ]
    assert key(segments(db, code="A")) == [("d", "A", "ann", 0, 3, "abc"), ("e", "A", "bob", 0, 6, "Second")]
    assert [s.text for s in segments(db, code="A", include_subcodes=True)] == ["abc", "fgh", "Second", "document"]
    assert [s.text for s in segments(db, code="A", include_subcodes=True, coder="bob")] == ["Second", "document"]
    assert [s.text for s in segments(db, code="A", include_subcodes=True, document="d")] == ["abc", "fgh"]
    assert [s.text for s in segments(db, coder="bob", document="d")] == ["b"]
    assert segments(db, code="B", coder="ann") == []
    first = segments(db, code="A", coder="ann")[0]
    assert isinstance(first, Segment)
    assert (first.memo, first.document_id, first.coder_id) == ("m", 1, 1)
    with pytest.raises(NotFound):
        segments(db, code="nope")
    with pytest.raises(NotFound):
        segments(db, coder="nope")
    with pytest.raises(NotFound):
        segments(db, document="nope")


# -- co-occurrence (core/analysis/relations; more in tests/core/analysis/test_relations.py) ----------
def cooccurrence(db, *, coder=None, document=None):
    from accord.core.analysis.relations import relations

    found = relations(db, coders=None if coder is None else [coder],
                      documents=None if document is None else [document])
    return {(min(a, b), max(a, b)): n for a, b, n in found.pairs}


def test_cooccurrence(db):
    a, b, sub = (resolve_code(db, n) for n in ("A", "B", "A/Sub"))
    apply_code(db, "d", "A", "ann", 0, 10)
    apply_code(db, "d", "B", "ann", 5, 15)  # overlaps A
    apply_code(db, "d", "B", "ann", 20, 25)
    apply_code(db, "d", "A/Sub", "ann", 10, 12)  # touches A: no; overlaps B
    apply_code(db, "d", "A", "bob", 21, 22)  # overlaps ann's B
    apply_code(db, "e", "A", "ann", 0, 3)
    apply_code(db, "e", "B", "bob", 2, 4)
    assert cooccurrence(db) == {(a, b): 3, (b, sub): 1}
    assert cooccurrence(db, coder="ann") == {(a, b): 1, (b, sub): 1}
    assert cooccurrence(db, coder="bob") == {}
    assert cooccurrence(db, document="e") == {(a, b): 1}
    assert cooccurrence(db, document="e", coder="ann") == {}
    assert all(x < y for x, y in cooccurrence(db))
