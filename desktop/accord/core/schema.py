"""The tables of an .accord file and the migrations that build them.

Each migration is a list of single statements run through sqlite-utils'
Migrations inside one transaction (executescript would commit half-way).
`PRAGMA user_version` mirrors the number of applied migrations so that a file
can be recognised and dated without reading any table.
"""

import uuid

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

# PRAGMA application_id marks a SQLite file as an Accord project ("ACRD").
APPLICATION_ID = 0x41435244

migrations = Migrations("accord")
_migration_names: list[str] = []


def _migration(name: str):
    """Register a migration; its position in the list is its schema version."""
    _migration_names.append(name)
    return migrations(name=name)

_V1 = [
    """CREATE TABLE project (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    """CREATE TABLE coders (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        color TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        source_name TEXT NOT NULL DEFAULT '',
        source_format TEXT NOT NULL DEFAULT '',
        imported_at TEXT NOT NULL,
        length INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        import_notes TEXT NOT NULL DEFAULT '{}',
        position INTEGER NOT NULL DEFAULT 0,
        -- Last, so that reading the other columns never walks a long text.
        text TEXT NOT NULL
    )""",
    # The text is stored once and never changes: every offset depends on it.
    """CREATE TRIGGER documents_text_immutable
        BEFORE UPDATE OF text, length, sha256 ON documents
        WHEN new.text IS NOT old.text OR new.length IS NOT old.length
             OR new.sha256 IS NOT old.sha256
        BEGIN SELECT RAISE(ABORT, 'a document''s text never changes'); END""",
    "CREATE INDEX documents_sha256 ON documents(sha256)",
    """CREATE TABLE turns (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        label_end INTEGER NOT NULL,
        speaker TEXT NOT NULL
    )""",
    "CREATE INDEX turns_document ON turns(document_id, start)",
    """CREATE TABLE attributes (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (document_id, key)
    )""",
    """CREATE TABLE codes (
        id INTEGER PRIMARY KEY,
        parent_id INTEGER REFERENCES codes(id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        color TEXT NOT NULL DEFAULT '#9e9e9e',
        description TEXT NOT NULL DEFAULT '',
        definition TEXT NOT NULL DEFAULT '',
        inclusion TEXT NOT NULL DEFAULT '',
        exclusion TEXT NOT NULL DEFAULT '',
        example TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
    )""",
    # Names are unique among siblings; NULL parents would escape a plain UNIQUE.
    "CREATE UNIQUE INDEX codes_sibling_name ON codes(ifnull(parent_id, 0), name)",
    "CREATE INDEX codes_parent ON codes(parent_id, position)",
    """CREATE TABLE codings (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        code_id INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
        coder_id INTEGER NOT NULL REFERENCES coders(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        memo TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        CHECK (start >= 0 AND "end" >= start)
    )""",
    # (document, start, end) + the rowid: a document's codings come out in order without a sort.
    'CREATE INDEX codings_document ON codings(document_id, start, "end")',
    'CREATE INDEX codings_code ON codings(code_id, document_id, start)',
    'CREATE INDEX codings_coder ON codings(coder_id, document_id)',
    # Memos on the project (no target), a document or a code. A coding's memo
    # is its own `memo` column: one short note per coding, as in other tools.
    """CREATE TABLE memos (
        id INTEGER PRIMARY KEY,
        document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
        code_id INTEGER REFERENCES codes(id) ON DELETE CASCADE,
        coder_id INTEGER REFERENCES coders(id) ON DELETE SET NULL,
        title TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (document_id IS NULL OR code_id IS NULL)
    )""",
    "CREATE INDEX memos_document ON memos(document_id)",
    "CREATE INDEX memos_code ON memos(code_id)",
    # Full-text search over documents; external content, kept by triggers.
    """CREATE VIRTUAL TABLE documents_fts USING fts5(
        name, text, content='documents', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, name, text) VALUES (new.id, new.name, new.text);
    END""",
    """CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, name, text)
            VALUES ('delete', old.id, old.name, old.text);
    END""",
    """CREATE TRIGGER documents_fts_rename AFTER UPDATE OF name ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, name, text)
            VALUES ('delete', old.id, old.name, old.text);
        INSERT INTO documents_fts(rowid, name, text) VALUES (new.id, new.name, new.text);
    END""",
]


@_migration("0001_initial")
def _initial(db: Database) -> None:
    for statement in _V1:
        db.execute(statement)


_V2 = [
    # One row per adjudicated disagreement: what each coder had, what was decided,
    # and which spans the consensus coder received (JSON [[code_id, start, end], ...]).
    """CREATE TABLE adjudications (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        consensus_coder_id INTEGER NOT NULL REFERENCES coders(id) ON DELETE CASCADE,
        first_coder_id INTEGER REFERENCES coders(id) ON DELETE SET NULL,
        second_coder_id INTEGER REFERENCES coders(id) ON DELETE SET NULL,
        kind TEXT NOT NULL,
        decision TEXT NOT NULL,
        first_code_id INTEGER REFERENCES codes(id) ON DELETE SET NULL,
        first_start INTEGER,
        first_end INTEGER,
        second_code_id INTEGER REFERENCES codes(id) ON DELETE SET NULL,
        second_start INTEGER,
        second_end INTEGER,
        result TEXT NOT NULL DEFAULT '[]',
        note TEXT NOT NULL DEFAULT '',
        decided_at TEXT NOT NULL
    )""",
    "CREATE INDEX adjudications_document ON adjudications(document_id)",
]


@_migration("0002_adjudications")
def _adjudications(db: Database) -> None:
    for statement in _V2:
        db.execute(statement)


# Full-text search indexes each document in chunks of SEARCH_CHUNK bytes of its UTF-8:
# FTS5 builds a row's whole index in memory before writing it, which for one row of tens
# of millions of characters took hundreds of MB. Chunk k covers bytes [k * SEARCH_CHUNK,
# (k + 1) * SEARCH_CHUNK + SEARCH_OVERLAP), so a phrase of up to SEARCH_OVERLAP bytes
# (1,000 characters of any script) starting in chunk k lies wholly in it; a text of up to
# SEARCH_CHUNK + SEARCH_OVERLAP bytes is one chunk. Bytes, not characters: substr on a
# BLOB finds its start at once and copies only the chunk, where on text it would walk
# from the start of the text and copy the whole text for every chunk (twice as slow for a
# 50 MB text). A character cut at a chunk's edge only adds a stray token there; search
# checks every candidate with a regex anyway. A chunk's FTS rowid is
# (document id << SEARCH_ROWID_SHIFT) + k, so no table maps chunks to documents. The index
# is contentless (search reads the texts from documents, and a text never changes) and
# holds no names: renaming re-indexes nothing.
SEARCH_CHUNK = 1_000_000
SEARCH_OVERLAP = 4_000
SEARCH_ROWID_SHIFT = 24


def _has_chunk(k: str, size: str) -> str:
    """SQL: chunk k >= 1 of a text of `size` bytes holds bytes chunk k - 1 lacks."""
    return f"({k}) * {SEARCH_CHUNK} + {SEARCH_OVERLAP} < {size}"


def _chunk_numbers(size: str) -> str:
    """SELECT the chunk numbers k of a text of `size` bytes (at least 0, for an empty text)."""
    return (f"WITH RECURSIVE chunk(k) AS (SELECT 0 UNION ALL"
            f" SELECT k + 1 FROM chunk WHERE {_has_chunk('k + 1', size)}) SELECT k FROM chunk")


def _bytes(row: str) -> str:
    """SQL: the text of the documents row `row` as a BLOB (no copy: the same bytes)."""
    return f"CAST({row}.text AS BLOB)"


def _chunk(row: str) -> str:
    """SQL: the FTS rowid and text of chunk k of the documents row `row` (new, old or an alias)."""
    return (f"({row}.id << {SEARCH_ROWID_SHIFT}) + k,"
            f" CAST(substr({_bytes(row)}, k * {SEARCH_CHUNK} + 1, {SEARCH_CHUNK + SEARCH_OVERLAP}) AS TEXT)")


# Every chunk of every document. CROSS JOIN keeps documents the outer loop, so that
# rowids come in ascending order, as FTS5 appends them best. (A text has at most 4 bytes
# per character: `length` bounds the chunk numbers without reading any text.)
ALL_CHUNKS = f"""SELECT {_chunk("d")} FROM documents AS d
    CROSS JOIN ({_chunk_numbers("(SELECT max(length) * 4 FROM documents)")})
    WHERE k = 0 OR (k * {SEARCH_CHUNK} < d.length * 4 AND {_has_chunk("k", f"length({_bytes('d')})")})"""

_V3 = [
    "DROP TRIGGER documents_fts_insert",
    "DROP TRIGGER documents_fts_delete",
    "DROP TRIGGER documents_fts_rename",
    "DROP TABLE documents_fts",
    """CREATE VIRTUAL TABLE text_fts USING fts5(
        text, content='', tokenize='unicode61 remove_diacritics 2'
    )""",
    f"""CREATE TRIGGER text_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO text_fts(rowid, text) SELECT {_chunk("new")} FROM ({_chunk_numbers(f"length({_bytes('new')})")});
    END""",
    # A contentless table forgets a row only when given the very text it indexed.
    f"""CREATE TRIGGER text_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO text_fts(text_fts, rowid, text)
            SELECT 'delete', {_chunk("old")} FROM ({_chunk_numbers(f"length({_bytes('old')})")});
    END""",
    f"INSERT INTO text_fts(rowid, text) {ALL_CHUNKS}",
]


@_migration("0003_chunked_search")
def _chunked_search(db: Database) -> None:
    for statement in _V3:
        db.execute(statement)


_V4 = [
    # A coder codes; a consensus is what adjudication decided (or a reference imported or
    # merged in). "All coders" means the coders: a consensus is compared only when named.
    """ALTER TABLE coders ADD COLUMN role TEXT NOT NULL DEFAULT 'coder'
        CHECK (role IN ('coder', 'consensus'))""",
    "UPDATE coders SET role = 'consensus' WHERE id IN (SELECT consensus_coder_id FROM adjudications)",
]


@_migration("0004_coder_roles")
def _coder_roles(db: Database) -> None:
    for statement in _V4:
        db.execute(statement)


_V5_COLUMN = "ALTER TABLE codes ADD COLUMN guid TEXT"
# A code's identity across copies of the project (merge, REFI export); NULLs never clash.
_V5_INDEX = "CREATE UNIQUE INDEX codes_guid ON codes(guid)"


@_migration("0005_code_guids")
def _code_guids(db: Database) -> None:
    db.execute(_V5_COLUMN)
    # SQLite has no uuid function: existing codes get uuid4s from Python, as create_code gives new ones.
    for (code_id,) in db.execute("SELECT id FROM codes").fetchall():
        db.execute("UPDATE codes SET guid = ? WHERE id = ?", [str(uuid.uuid4()), code_id])
    db.execute(_V5_INDEX)


# Passage vectors for similar-passage suggestions (core/similar/semantic.py): derived data, keyed by the
# model and a hash of the passage's text, so it is never undone and can be dropped and rebuilt.
_V6 = """CREATE TABLE similar_vectors (
    model TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (model, text_hash)
) WITHOUT ROWID"""


@_migration("0006_similar_vectors")
def _similar_vectors(db: Database) -> None:
    db.execute(_V6)


# A transcript's turns keep when they were said, in seconds from the start of the recording;
# NULL for turns found in plain text, which has no times.
_V7 = [
    "ALTER TABLE turns ADD COLUMN time_start REAL",
    "ALTER TABLE turns ADD COLUMN time_end REAL",
]


@_migration("0007_turn_times")
def _turn_times(db: Database) -> None:
    for statement in _V7:
        db.execute(statement)


# How a coding came to be: '' coded by hand, 'suggestion' accepted from a similar-passage
# suggestion, 'autocode' made by auto-coding; a methods section reports the share of each.
_V8 = "ALTER TABLE codings ADD COLUMN origin TEXT NOT NULL DEFAULT ''"


@_migration("0008_coding_origin")
def _coding_origin(db: Database) -> None:
    db.execute(_V8)


# Tables whose rows users change; the undo log watches exactly these.
USER_TABLES = ("project", "coders", "documents", "turns", "attributes", "codes", "codings", "memos",
               "adjudications")

SCHEMA_VERSION = len(_migration_names)
