"""Documents: storing texts once, names, deletion, turns, attributes, memos and search."""

import hashlib
import sqlite3

import pytest

from accord.core.attributes import (
    all_attributes,
    attribute_keys,
    attributes_of,
    remove_attribute,
    set_attribute,
)
from accord.core.codebook import create_code
from accord.core.coders import add_coder, ensure_coder, get_coder, list_coders, rename_coder, resolve_coder
from accord.core.codings import apply_code
from accord.core.documents import (
    Document,
    TurnRecord,
    add_document,
    coding_counts,
    count_codings_in,
    delete_document,
    document_length,
    document_name_for,
    document_text,
    free_document_name,
    get_document,
    list_documents,
    rename_document,
    resolve_document,
    sha256_of,
    speakers,
    turns_of,
)
from accord.core.errors import InvalidValue, NotFound
from accord.core.memos import add_memo, all_memos, delete_memo, get_memo, memos_of, update_memo
from accord.core.search import SearchHit, search
from core_helpers import dump_tables, fts_ok


@pytest.fixture
def db(project):
    """The project's database inside one open command: these tests call the write functions
    directly, as the CLI and the GUI do inside `project.command(...)`."""
    with project.command("test"):
        yield project.db


def unchanged(db, call, error, match=None):
    before = dump_tables(db)
    with pytest.raises(error, match=match):
        call()
    assert dump_tables(db) == before


# -- add -------------------------------------------------------------------------------
def test_add_document(db):
    text = "Line one.\nLínea dos — 😀."
    doc = add_document(db, "  Interview 1 ", text, source_name="i1.txt", source_format="txt",
                       notes={"encoding": "utf-8", "ünï": [1, 2]})
    assert isinstance(doc, Document)
    assert doc.name == "Interview 1"
    assert (doc.source_name, doc.source_format) == ("i1.txt", "txt")
    assert doc.length == len(text) == 24
    assert doc.sha256 == hashlib.sha256(text.encode("utf-8")).hexdigest() == sha256_of(text)
    assert doc.import_notes == {"encoding": "utf-8", "ünï": [1, 2]}
    assert doc.position == 0
    assert doc.imported_at[:2] == "20"
    assert document_text(db, doc.id) == text
    assert document_text(db, "Interview 1") == text
    assert document_length(db, doc.id) == 24
    assert get_document(db, "Interview 1") == doc
    assert add_document(db, "second", "x").position == 1
    assert [d.name for d in list_documents(db)] == ["Interview 1", "second"]


def test_sha256_known_value():
    assert sha256_of("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    assert sha256_of("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def test_unique_names(db):
    add_document(db, "a", "text")
    unchanged(db, lambda: add_document(db, "a", "other"), InvalidValue, "already exists")
    unchanged(db, lambda: add_document(db, " a ", "other"), InvalidValue, "already exists")
    unchanged(db, lambda: add_document(db, "  ", "other"), InvalidValue, "needs a name")
    add_document(db, "A", "case differs")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO documents(name, imported_at, text, length, sha256) VALUES ('a', '', '', 0, '')")


def test_free_document_name(db):
    assert free_document_name(db, "x") == "x"
    add_document(db, "x", "1")
    assert free_document_name(db, "x") == "x (2)"
    add_document(db, "x (2)", "2")
    add_document(db, "x (3)", "3")
    assert free_document_name(db, "x") == "x (4)"
    assert free_document_name(db, "y") == "y"
    # the name is stripped just as add_document will store it
    assert free_document_name(db, " x ") == "x (4)"
    assert add_document(db, free_document_name(db, " x "), "4").name == "x (4)"


def test_document_name_for(tmp_path):
    assert document_name_for(tmp_path / "Interview 3.final.docx") == "Interview 3.final"


def test_rename(db):
    add_document(db, "a", "text")
    add_document(db, "b", "text")
    rename_document(db, "a", "  c ")
    assert [d.name for d in list_documents(db)] == ["c", "b"]
    rename_document(db, "c", "c")
    unchanged(db, lambda: rename_document(db, "c", "b"), InvalidValue, "already exists")
    unchanged(db, lambda: rename_document(db, "c", ""), InvalidValue)
    unchanged(db, lambda: rename_document(db, "zzz", "q"), NotFound)
    fts_ok(db)


def test_delete_cascades(db):
    keep = add_document(db, "keep", "keep this text")
    doc = add_document(db, "gone", "delete this text", turns=[TurnRecord(0, 6, 0, "S")])
    create_code(db, "C")
    apply_code(db, "gone", "C", "ann", 0, 6)
    apply_code(db, "gone", "C", "ann", 7, 11)
    apply_code(db, "keep", "C", "ann", 0, 4)
    set_attribute(db, "gone", "age", "3")
    set_attribute(db, "keep", "age", "4")
    add_memo(db, "on gone", document="gone")
    add_memo(db, "on project")
    assert count_codings_in(db, "gone") == 2
    assert coding_counts(db) == {keep.id: 1, doc.id: 2}
    assert delete_document(db, "gone") == 2
    assert [d.name for d in list_documents(db)] == ["keep"]
    for table, expected in [("codings", 1), ("turns", 0), ("attributes", 1), ("memos", 1)]:
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == expected, table
    assert search(db, "delete") == []
    fts_ok(db)
    unchanged(db, lambda: delete_document(db, "gone"), NotFound)
    assert delete_document(db, "keep") == 1


def test_text_is_immutable(db):
    doc = add_document(db, "d", "original")
    for sql, params in [
        ("UPDATE documents SET text = ? WHERE id = ?", ["changed", doc.id]),
        ("UPDATE documents SET length = ? WHERE id = ?", [3, doc.id]),
        ("UPDATE documents SET sha256 = ? WHERE id = ?", ["0" * 64, doc.id]),
        ("UPDATE documents SET text = 'x', name = 'n' WHERE id = ?", [doc.id]),
    ]:
        with pytest.raises(sqlite3.IntegrityError, match="never changes"):
            db.execute(sql, params)
    assert document_text(db, doc.id) == "original"
    assert get_document(db, doc.id) == doc
    # setting the same text again is allowed (it does not change anything)
    db.execute("UPDATE documents SET text = text WHERE id = ?", [doc.id])


def test_resolve_document(db):
    a = add_document(db, "a", "x")
    named_1 = add_document(db, str(a.id), "y")  # a document named "1"
    assert resolve_document(db, a.id) == a.id
    assert resolve_document(db, "a") == a.id
    assert resolve_document(db, "1") == named_1.id  # the name wins over the id
    assert resolve_document(db, str(named_1.id)) == named_1.id
    for bad in ["nope", "99", "²", "", 99]:
        with pytest.raises(NotFound):
            resolve_document(db, bad)
    with pytest.raises(NotFound):
        document_length(db, 99)


# -- turns and speakers -------------------------------------------------------------------
def test_turns_and_speakers(db):
    text = "Int: Hello?\nAnna: Hi.\nInt: Bye.\n"
    turns = [TurnRecord(22, 31, 26, "Int"), TurnRecord(0, 11, 4, "Int"), TurnRecord(12, 21, 17, "Anna")]
    add_document(db, "one", text, turns=turns)
    add_document(db, "two", "Bo: x\nAnna: y", turns=[TurnRecord(0, 5, 3, "Bo"), TurnRecord(6, 13, 11, "Anna")])
    add_document(db, "three", "no turns")
    assert turns_of(db, "one") == sorted(turns, key=lambda t: t.start)
    assert speakers(db, "one") == ["Int", "Anna"]
    assert speakers(db, "two") == ["Bo", "Anna"]
    assert speakers(db) == ["Int", "Anna", "Bo"]
    assert turns_of(db, "three") == [] and speakers(db, "three") == []
    with pytest.raises(NotFound):
        turns_of(db, "nope")


# -- attributes -----------------------------------------------------------------------------
def test_attributes(db):
    add_document(db, "a", "x")
    add_document(db, "b", "y")
    set_attribute(db, "a", " age ", 34)
    set_attribute(db, "a", "site", "Leeds")
    set_attribute(db, "b", "age", "51")
    set_attribute(db, "a", "age", "35")
    assert attributes_of(db, "a") == {"age": "35", "site": "Leeds"}
    assert all_attributes(db) == {1: {"age": "35", "site": "Leeds"}, 2: {"age": "51"}}
    assert attribute_keys(db) == ["age", "site"]
    remove_attribute(db, "a", "site")
    unchanged(db, lambda: remove_attribute(db, "a", "never there"), NotFound)  # says so, changes nothing
    assert attributes_of(db, "a") == {"age": "35"}
    assert attribute_keys(db) == ["age"]
    unchanged(db, lambda: set_attribute(db, "a", "  ", "v"), InvalidValue)
    unchanged(db, lambda: set_attribute(db, "nope", "k", "v"), NotFound)
    assert attributes_of(db, "b") == {"age": "51"}


# -- memos ------------------------------------------------------------------------------------
def test_memos(db):
    add_document(db, "d", "x")
    create_code(db, "C")
    project_memo = add_memo(db, "about the study", title="Plan")
    doc_memo = add_memo(db, "about d", document="d", coder="ann")
    code_memo = add_memo(db, "about C", code="C")
    assert (project_memo.document_id, project_memo.code_id, project_memo.title) == (None, None, "Plan")
    assert (doc_memo.document_id, doc_memo.coder_id) == (1, 1)
    assert memos_of(db) == [project_memo]
    assert memos_of(db, document="d") == [doc_memo]
    assert memos_of(db, code="C") == [code_memo]
    assert all_memos(db) == [project_memo, doc_memo, code_memo]
    updated = update_memo(db, doc_memo.id, text="new text")
    assert (updated.text, updated.title, updated.created_at) == ("new text", "", doc_memo.created_at)
    assert update_memo(db, doc_memo.id, title="T").text == "new text"
    delete_memo(db, project_memo.id)
    assert memos_of(db) == []
    unchanged(db, lambda: get_memo(db, project_memo.id), NotFound)
    unchanged(db, lambda: delete_memo(db, 99), NotFound)
    unchanged(db, lambda: update_memo(db, 99, text="x"), NotFound)
    unchanged(db, lambda: add_memo(db, "x", document="nope"), NotFound)
    unchanged(db, lambda: add_memo(db, "x", code="nope"), NotFound)
    unchanged(db, lambda: add_memo(db, "x", coder="nope"), NotFound)
    unchanged(db, lambda: add_memo(db, "both", document="d", code="C"), InvalidValue)


def test_memo_keeps_text_when_coder_goes(db):
    add_coder(db, "bob")
    memo = add_memo(db, "x", coder="bob")
    db.execute("DELETE FROM coders WHERE name = 'bob'")
    assert get_memo(db, memo.id).coder_id is None


# -- coders -----------------------------------------------------------------------------------
def test_coders(db):
    bob = add_coder(db, " bob ", "#123456")
    assert (bob.name, bob.color) == ("bob", "#123456")
    assert ensure_coder(db, "bob") == bob
    cy = ensure_coder(db, "cy")
    assert [c.name for c in list_coders(db)] == ["ann", "bob", "cy"]
    rename_coder(db, "cy", "Cyril")
    assert get_coder(db, cy.id).name == "Cyril"
    assert resolve_coder(db, "Cyril") == cy.id
    unchanged(db, lambda: add_coder(db, "bob"), InvalidValue)
    unchanged(db, lambda: add_coder(db, " "), InvalidValue)
    unchanged(db, lambda: rename_coder(db, "bob", "ann"), InvalidValue)
    unchanged(db, lambda: rename_coder(db, "bob", ""), InvalidValue)
    unchanged(db, lambda: rename_coder(db, "zed", "x"), NotFound)


# -- search -----------------------------------------------------------------------------------
SEARCH_TEXTS = {
    "cafe": "Le Café de Flore.\nWe met at the CAFE, then at a café-bar.\nCafeteria food is fine.",
    "naive": "A naïve question; the naive answer.\nÜber alles: über, uber, ÜBER.",
    "lines": "I was very\nhappy, really — happy!\nVery...   happy? Yes: very  happy.",
    "punct": "What?! Really?! Wait... no. (yes) 50% off — a/b test, snake_case_name and 😀 smile 😀.",
    "astral": "𝒜 start 😀😀 emoji then café 👍🏽 end",
}


@pytest.fixture
def sdb(db):
    for name, text in SEARCH_TEXTS.items():
        add_document(db, name, text)
    return db


def found(db, query, **kwargs):
    hits = search(db, query, **kwargs)
    for hit in hits:
        assert isinstance(hit, SearchHit)
        text = SEARCH_TEXTS[hit.document]
        assert resolve_document(db, hit.document) == hit.document_id
        assert 0 <= hit.start < hit.end <= len(text)
    return [(hit.document, SEARCH_TEXTS[hit.document][hit.start:hit.end]) for hit in hits]


def test_search_case_and_accent_insensitive(sdb):
    expected = [("cafe", "Café"), ("cafe", "CAFE"), ("cafe", "café"), ("cafe", "Cafe"), ("astral", "café")]
    assert found(sdb, "cafe") == expected
    assert found(sdb, "CAFÉ") == expected
    assert found(sdb, "cAfè") == expected
    assert found(sdb, "naive") == [("naive", "naïve"), ("naive", "naive")]
    assert found(sdb, "uber") == [("naive", "Über"), ("naive", "über"), ("naive", "uber"), ("naive", "ÜBER")]


def test_search_is_prefix_on_word_boundaries(sdb):
    assert found(sdb, "cafet") == [("cafe", "Cafet")]
    assert found(sdb, "afe") == []
    assert found(sdb, "hap") == [("lines", "hap")] * 4


def test_search_multi_word_across_punctuation_and_newlines(sdb):
    assert found(sdb, "very happy") == [
        ("lines", "very\nhappy"), ("lines", "Very...   happy"), ("lines", "very  happy"),
    ]
    assert found(sdb, "happy, really") == [("lines", "happy, really")]
    assert found(sdb, "really happy") == [("lines", "really — happy")]
    assert found(sdb, "flore we met") == [("cafe", "Flore.\nWe met")]
    assert found(sdb, "happy yes very") == [("lines", "happy? Yes: very")]
    assert found(sdb, "happy cafe") == []  # in no document next to each other


def test_search_punctuation_only(sdb):
    assert found(sdb, "?!") == [("punct", "?!"), ("punct", "?!")]
    assert found(sdb, "...") == [("lines", "..."), ("punct", "...")]
    assert found(sdb, " % ") == [("punct", "%")]
    assert found(sdb, "—") == [("lines", "—"), ("punct", "—")]
    assert found(sdb, "(") == [("punct", "(")]
    assert found(sdb, "_") == [("punct", "_"), ("punct", "_")]
    assert found(sdb, "#") == []


def test_search_words_with_underscores(sdb):
    assert found(sdb, "snake_case") == [("punct", "snake_case")]
    assert found(sdb, "case_name") == []  # not at the start of a word


def test_search_emoji_and_astral_offsets(sdb):
    assert found(sdb, "😀") == [("punct", "😀"), ("punct", "😀"), ("astral", "😀"), ("astral", "😀")]
    assert found(sdb, "😀😀") == [("astral", "😀😀")]
    assert found(sdb, "👍🏽") == [("astral", "👍🏽")]
    hits = search(sdb, "end")
    assert [(h.document, h.start, h.end) for h in hits] == [("astral", 30, 33)]
    assert SEARCH_TEXTS["astral"][30:33] == "end"
    assert [(h.start, h.end) for h in search(sdb, "emoji")] == [(11, 16)]
    assert [(h.start, h.end) for h in search(sdb, "👍🏽")] == [(27, 29)]
    assert found(sdb, "start") == [("astral", "start")]


def test_search_no_match_and_empty(sdb):
    assert search(sdb, "zebra") == []
    assert search(sdb, "") == []
    assert search(sdb, "   \n ") == []
    assert search(sdb, "\"") == []
    assert found(sdb, "AND") == [("punct", "and")]  # quoted for FTS: a plain word
    assert search(sdb, "NEAR(") == []
    # '*' is punctuation, not an FTS operator: "caf*" is the prefix "caf"
    assert found(sdb, "caf*") == found(sdb, "caf") == [
        ("cafe", "Caf"), ("cafe", "CAF"), ("cafe", "caf"), ("cafe", "Caf"), ("astral", "caf")]


def test_search_fts_operators_are_plain_words(db):
    add_document(db, "ops", "this AND that OR not NEAR here")
    assert [(h.start, h.end) for h in search(db, "and that or")] == [(5, 16)]
    assert [(h.start, h.end) for h in search(db, "NEAR")] == [(21, 25)]


def test_search_limit_and_context(sdb):
    hits = search(sdb, "happy", limit=2)
    assert len(hits) == 2
    hit = search(sdb, "Flore", context=5)[0]
    assert hit.context == "…é de Flore. We …"
    first = search(sdb, "Le", context=3)[0]
    assert first.context == "Le Ca…"


def test_search_does_not_match_document_names(db):
    add_document(db, "zebra", "nothing here")
    assert search(db, "zebra") == []


@pytest.mark.parametrize("ref", [2**63, -(2**63) - 1, 10**30, "9223372036854775808", "9" * 30, "9" * 5000])
def test_huge_numbers_are_not_found(db, ref):
    from accord.core.codebook import resolve_code
    from accord.core.codings import get_coding

    add_document(db, "d", "x")
    create_code(db, "C")
    for resolve in (resolve_document, resolve_coder, resolve_code):
        with pytest.raises(NotFound):
            resolve(db, ref)
    if isinstance(ref, int):
        with pytest.raises(NotFound):
            get_coding(db, ref)
        with pytest.raises(NotFound):
            get_memo(db, ref)


def test_largest_row_id_still_works(db):
    db.execute("INSERT INTO documents(id, name, imported_at, text, length, sha256) "
               "VALUES (?, 'big', '', 'x', 1, ?)", [2**63 - 1, sha256_of("x")])
    assert resolve_document(db, 2**63 - 1) == 2**63 - 1
    assert resolve_document(db, str(2**63 - 1)) == 2**63 - 1
