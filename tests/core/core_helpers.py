"""Helpers shared by the core tests (imported as a plain module: tests/core is on sys.path)."""

from accord.core.schema import USER_TABLES


def dump_tables(db) -> dict[str, list[tuple]]:
    """Every row (with its rowid) of every user table: the whole content of a project."""
    return {
        table: db.execute(f"SELECT rowid, * FROM {table} ORDER BY rowid").fetchall()
        for table in USER_TABLES
    }


def fts_ok(db) -> None:
    """Raise if the full-text index disagrees with the documents table."""
    db.execute("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)")
