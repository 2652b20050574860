"""Helpers shared by the core tests (imported as a plain module: tests/core is on sys.path)."""

from accord.core.schema import ALL_CHUNKS, USER_TABLES


def dump_tables(db) -> dict[str, list[tuple]]:
    """Every row (with its rowid) of every user table: the whole content of a project."""
    return {
        table: db.execute(f"SELECT rowid, * FROM {table} ORDER BY rowid").fetchall()
        for table in USER_TABLES
    }


def fts_ok(db) -> None:
    """Raise if the full-text index disagrees with the documents table.

    text_fts is contentless, so FTS5's 'integrity-check' checks only the index's own
    structure: a chunk left behind, or deleted with the wrong text, goes unnoticed. So the
    index is also compared, chunk by chunk and token by token, with one built afresh.
    """
    db.execute("INSERT INTO text_fts(text_fts) VALUES ('integrity-check')")
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'text_fts'").fetchone()[0]
    db.execute(sql.replace("TABLE text_fts", "TABLE temp.fresh_fts", 1))
    try:
        db.execute(f"INSERT INTO temp.fresh_fts(rowid, text) {ALL_CHUNKS}")
        db.execute("CREATE VIRTUAL TABLE temp.index_terms USING fts5vocab(main, text_fts, instance)")
        db.execute("CREATE VIRTUAL TABLE temp.fresh_terms USING fts5vocab(temp, fresh_fts, instance)")
        for name, a, b in [("chunks", "SELECT rowid FROM main.text_fts", "SELECT rowid FROM temp.fresh_fts"),
                           ("tokens", "SELECT * FROM temp.index_terms", "SELECT * FROM temp.fresh_terms")]:
            differ = db.execute(f"SELECT (SELECT count(*) FROM ({a} EXCEPT {b}))"
                                f" + (SELECT count(*) FROM ({b} EXCEPT {a}))").fetchone()[0]
            assert differ == 0, f"the index's {name} differ from the documents' ({differ} rows)"
    finally:
        for table in ("index_terms", "fresh_terms", "fresh_fts"):
            db.execute(f"DROP TABLE IF EXISTS temp.{table}")
