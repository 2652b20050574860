"""Full-text search over long documents, indexed in overlapping chunks (schema 0003)."""

import subprocess
import sys
from pathlib import Path

import pytest
from sqlite_utils import Database

from accord.core import schema
from accord.core.command_guard import command_open
from accord.core.documents import add_document, delete_document, rename_document
from accord.core.project import Project
from accord.core.search import _WORD, _matches, _pattern, search
from accord.core.schema import SEARCH_CHUNK as C, SEARCH_OVERLAP as O, SEARCH_ROWID_SHIFT
from core_helpers import fts_ok

# ASCII, so that offsets in characters and in bytes (the chunks') are the same;
# test_a_character_cut_at_a_chunk_edge has the other case.
FILLER = "lorem ipsum cafe naive dolor sit amet\n"


def filler(length: int) -> str:
    return (FILLER * (length // len(FILLER) + 1))[:length]


def placed(length: int, words: dict[int, str]) -> str:
    """A filler text of `length` code points with each word starting at its offset, spaces around it."""
    text = filler(length)
    for at, word in words.items():
        start, padded = (at - 1, f" {word} ") if at else (0, f"{word} ")
        text = text[:start] + padded + text[start + len(padded):]
    assert len(text) == length
    return text


def chunks_of(db, document_id: int) -> list[int]:
    """The chunk numbers indexed for a document (a contentless table still lists its rowids)."""
    rows = db.execute("SELECT rowid FROM text_fts WHERE rowid >> ? = ? ORDER BY rowid",
                      [SEARCH_ROWID_SHIFT, document_id]).fetchall()
    return [rowid - (document_id << SEARCH_ROWID_SHIFT) for (rowid,) in rows]


def hits(db, query: str) -> list[tuple[str, int, int]]:
    return [(h.document, h.start, h.end) for h in search(db, query)]


def add(project, name: str, text: str) -> int:
    with project.command(f"import {name}"):
        return add_document(project.db, name, text).id


def test_the_sql_is_built_from_the_constants():
    triggers = "".join(s for s in schema._V3 if "TRIGGER text_fts" in s)
    assert f"{C} + {O}" in triggers and str(C + O) in triggers and f"<< {SEARCH_ROWID_SHIFT}" in triggers
    assert (C, O, SEARCH_ROWID_SHIFT) == (1_000_000, 4_000, 24)


# At every chunk edge: a phrase ending just before it, one across it, one just after it,
# and one across the end of the previous chunk's overlap.
PHRASE = "zebra crossing"
EDGES = [C, 2 * C, 3 * C]
PHRASE_AT = sorted(at for edge in EDGES for at in (edge - 30, edge - 8, edge + 10, edge + O - 5))
LONG = 3 * C + C // 2


@pytest.fixture(scope="module")
def long_text():
    words = {at: PHRASE for at in PHRASE_AT}
    return placed(LONG, {**words, 0: "aardvark", 3 * C + 400_000: "okapi", LONG - 7: "quagga"})


def test_a_long_document_is_four_chunks_and_phrases_across_edges_are_found(project, long_text):
    doc = add(project, "long", long_text)
    db = project.db
    assert chunks_of(db, doc) == [0, 1, 2, 3]
    expected = [("long", at, at + len(PHRASE)) for at in PHRASE_AT]
    assert hits(db, PHRASE) == hits(db, "ZEBRA  crossing") == expected
    assert all(long_text[start:end] == PHRASE for _, start, end in expected)
    # words of the first and the last chunk only, whole or as a prefix
    assert hits(db, "aardvark") == [("long", 0, 8)]
    assert hits(db, "quagga") == [("long", LONG - 7, LONG - 1)]
    assert hits(db, "okap") == [("long", 3 * C + 400_000, 3 * C + 400_004)]
    assert hits(db, "naive dolor")[:1] == [("long", 17, 28)]
    assert hits(db, "crossing zebra") == []
    fts_ok(db)


def test_a_character_cut_at_a_chunk_edge(project):
    """Chunks are cut in bytes: around an edge inside a character, words are found all the same."""
    unit = "éé "  # 5 bytes, 3 characters
    before = "ab" + unit * ((C - 9) // 5)
    text = before + "zebra crossing " + unit * 150_000 + "quagga"
    utf8 = text.encode()
    assert len(before.encode()) == C - 8  # the phrase is across the edge of chunk 1
    assert utf8[C + O - 1] == 0xC3  # chunk 0 ends with the first byte of an "é"
    doc = add(project, "accents", text)
    assert chunks_of(project.db, doc) == [0, 1]
    assert hits(project.db, "zebra crossing") == [("accents", len(before), len(before) + 14)]
    assert hits(project.db, "quagga") == [("accents", len(text) - 6, len(text))]
    assert len(hits(project.db, "éé")) == 1000
    fts_ok(project.db)


@pytest.mark.parametrize("length, chunks", [
    (C + O - 1, [0]), (C + O, [0]), (C + O + 1, [0, 1]), (2 * C + O, [0, 1]), (2 * C + O + 1, [0, 1, 2]),
])
def test_one_chunk_up_to_chunk_plus_overlap(project, length, chunks):
    text = placed(length, {0: "first", C - 3: "middle", length - 5: "last"})
    doc = add(project, "doc", text)
    assert chunks_of(project.db, doc) == chunks
    assert hits(project.db, "first") == [("doc", 0, 5)]
    assert hits(project.db, "middle") == [("doc", C - 3, C + 3)]
    assert hits(project.db, "last") == [("doc", length - 5, length - 1)]
    fts_ok(project.db)


def test_an_empty_text_is_one_empty_chunk(project):
    doc = add(project, "empty", "")
    add(project, "other", "something")
    assert chunks_of(project.db, doc) == [0]
    assert hits(project.db, "something") == [("other", 0, 9)]
    assert hits(project.db, "lorem") == [] and search(project.db, "?") == []
    fts_ok(project.db)
    with project.command("delete"):
        delete_document(project.db, "empty")
    assert chunks_of(project.db, doc) == []
    fts_ok(project.db)


def test_undo_redo_and_delete_keep_the_index(project, long_text):
    db = project.db
    doc = add(project, "long", long_text)
    assert hits(db, "quagga") == [("long", LONG - 7, LONG - 1)]
    project.undo()
    assert hits(db, "quagga") == [] and hits(db, PHRASE) == [] and chunks_of(db, doc) == []
    fts_ok(db)
    project.redo()
    assert hits(db, "quagga") == [("long", LONG - 7, LONG - 1)] and len(hits(db, PHRASE)) == len(PHRASE_AT)
    assert chunks_of(db, doc) == [0, 1, 2, 3]
    fts_ok(db)
    with project.command("delete"):
        delete_document(db, "long")
    assert hits(db, "quagga") == [] and chunks_of(db, doc) == []
    assert db.execute("SELECT count(*) FROM text_fts").fetchone()[0] == 0
    fts_ok(db)
    project.undo()
    assert hits(db, "okapi") == [("long", 3 * C + 400_000, 3 * C + 400_005)]
    fts_ok(db)


def test_renaming_reindexes_nothing(project):
    add(project, "a", "some words here")
    before = project.db.execute("SELECT count(*), sum(length(block)) FROM text_fts_data").fetchone()
    with project.command("rename"):
        rename_document(project.db, "a", "b")
    assert project.db.execute("SELECT count(*), sum(length(block)) FROM text_fts_data").fetchone() == before
    assert hits(project.db, "words") == [("b", 5, 10)]
    fts_ok(project.db)


def test_fts_ok_catches_a_stale_index(project):
    db = project.db
    with project.command("Add"):
        add_document(db, "a", "alpha beta gamma")
        add_document(db, "b", "beta delta")
    fts_ok(db)
    chunk = 1 << SEARCH_ROWID_SHIFT  # chunk 0 of document 1, "alpha beta gamma"

    def index(command, text):
        db.execute("INSERT INTO text_fts(text_fts, rowid, text) VALUES (?, ?, ?)", [command, chunk, text])

    # the right chunks with the wrong words
    index("delete", "alpha beta gamma")
    db.execute("INSERT INTO text_fts(rowid, text) VALUES (?, 'alpha beta')", [chunk])
    with pytest.raises(AssertionError, match="tokens"):
        fts_ok(db)
    index("delete", "alpha beta")
    db.execute("INSERT INTO text_fts(rowid, text) VALUES (?, 'alpha beta gamma')", [chunk])
    fts_ok(db)
    # a 'delete' with other words than were indexed: the chunk is gone, some of its words stay
    index("delete", "alpha")
    assert hits(db, "gamma") == [("a", 11, 16)]  # found through the stale word
    with pytest.raises(AssertionError, match="chunks"):
        fts_ok(db)
    # a document deleted without its chunks
    db.execute("DROP TRIGGER text_fts_delete")
    db.execute("DELETE FROM documents WHERE name = 'b'")
    with pytest.raises(AssertionError, match="chunks"):
        fts_ok(db)


# -- upgrading -------------------------------------------------------------------------

UPGRADE_TEXTS = {
    "cafe": "Le Café de Flore.\nWe met at the CAFE, then at a café-bar.\nCafeteria food is fine.",
    "empty": "",
    "long": placed(2 * C + C // 3, {C - 6: "health care", 2 * C + 100: "health care", 5: "cafe"}),
    "astral": "𝒜 start 😀😀 emoji then café 👍🏽 end of health care",
    "accents": "Ünïcödé " * 400_000,
}
UPGRADE_QUERIES = ["cafe", "health care", "health c", "lorem ipsum", "naive", "end", "zebra", "😀", "?", "unicode"]


def every_match(db, query: str) -> list[tuple[str, int, int]]:
    """What search must find: the search's own regex over every whole text, in document order."""
    words = tuple(_WORD.findall(query))
    if not words:
        return hits(db, query)  # punctuation: search scans every text anyway
    found = []
    for name, text in db.execute("SELECT name, text FROM documents ORDER BY position, id"):
        found += [(name, m.start(), m.end()) for m in _matches(_pattern(words), text, True)]
    return found


def test_a_v2_project_upgraded_finds_the_same(tmp_path):
    path = tmp_path / "v2.accord"
    db = Database(path)
    db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    schema.migrations.apply(db, stop_before="0003_chunked_search")
    db.execute("PRAGMA user_version = 2")
    with db.atomic(), command_open(db):  # filled as Accord 2 did, with no Project around it
        for name, text in UPGRADE_TEXTS.items():
            add_document(db, name, text)
        delete_document(db, "cafe")  # a gap in the ids, and a delete through the v2 triggers
        add_document(db, "cafe", UPGRADE_TEXTS["cafe"])
    expected = {query: every_match(db, query) for query in UPGRADE_QUERIES}
    # what the v2 index found: one row per document, the same candidates
    for query in ("cafe", "health care", "lorem ipsum"):
        phrase = 'text : "' + query + '"*'
        ids = {r[0] for r in db.execute("SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?", [phrase])}
        names = {r[0] for r in db.execute(f"SELECT name FROM documents WHERE id IN ({','.join(map(str, ids))})")}
        assert names == {name for name, _, _ in expected[query]}
    db.close()

    with Project.open(path, undo=True) as p:
        assert p.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION >= 3  # chunked search
        assert not p.db.execute("SELECT 1 FROM sqlite_master WHERE name LIKE 'documents_fts%'").fetchall()
        for query in UPGRADE_QUERIES:
            assert hits(p.db, query) == expected[query][:1000], query
        assert len(expected["health care"]) == 3 and expected["zebra"] == []
        long_id = p.db.execute("SELECT id FROM documents WHERE name = 'long'").fetchone()[0]
        assert chunks_of(p.db, long_id) == [0, 1, 2]
        fts_ok(p.db)


# -- memory ----------------------------------------------------------------------------

# Imports one document of about argv[1] characters through the normal path in a fresh
# process and prints how far the peak resident memory rose above what it held just before.
# The peak comes from /proc, with the high-water mark reset first: ru_maxrss would also
# count whatever the generated text's construction used, and a child process started by
# vfork even inherits the parent's (pytest's) peak.
MEMORY_PROBE = """
import random, sys, tempfile
from pathlib import Path
from accord.core.documents import add_document
from accord.core.project import Project

def mb(key):
    return int(Path("/proc/self/status").read_text().split(key + ":")[1].split()[0]) / 1024

# Words of a small vocabulary, each followed by a number: many distinct tokens, as
# numbered lines, timestamps or names make, so that one row's index is large.
rng = random.Random(1)
vocabulary = ["".join(rng.choices("abcdefghijklmnopqrstuvwxyzé", k=rng.randint(3, 9))) for _ in range(20_000)]
text = " ".join(f"{word} {i:x}" for i, word in enumerate(rng.choices(vocabulary, k=int(sys.argv[1]) // 14)))
with tempfile.TemporaryDirectory() as folder:
    project = Project.create(Path(folder) / "memory.accord", undo=True)
    Path("/proc/self/clear_refs").write_text("5")  # peak := now
    before = mb("VmRSS")
    with project.command("import"):
        add_document(project.db, "big", text)
    print(len(text), mb("VmHWM") - before)
    project.close()
"""


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(), reason="needs Linux /proc to reset the peak")
def test_importing_a_long_text_takes_bounded_memory():
    chars = 24_000_000
    probe = subprocess.run([sys.executable, "-c", MEMORY_PROBE, str(chars)],
                           capture_output=True, text=True, timeout=120)
    assert probe.returncode == 0, probe.stderr
    length, rise_mb = probe.stdout.split()
    print(f"{int(length):,} characters: peak +{float(rise_mb):.0f} MB")
    # Measured: +370 MB with the whole text in one FTS row, +108 MB in chunks, of which
    # ~70 MB is storing the text without any index (copies of it on the way in).
    assert float(rise_mb) < 200
