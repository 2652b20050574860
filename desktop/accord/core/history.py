"""Undo and redo for every change to a project, recorded by SQLite itself.

This is the "automatic undo/redo" technique from sqlite.org: temporary
triggers on the user tables write, for every row a statement changes, the SQL
that reverses it into a temporary `undolog` table. A command is the range of
log entries written during its transaction; undoing it runs those statements
in reverse order (inside one transaction), and the triggers record the
reversal, which becomes the redo entry. Commands therefore need no undo code
of their own, and cascades (deleting a document deletes its codings) are
undone exactly.
"""

from dataclasses import dataclass, field

from sqlite_utils import Database

from .schema import USER_TABLES

# Turns are written once, with their document, and go only with it (ON DELETE CASCADE).
# A long transcript has 100,000s: rather than one undo statement per turn, the
# document's own undo entry brings its turns back in one statement, and undoing an
# import deletes the document alone (the cascade takes the turns).
_RIDES_WITH_DOCUMENT = "turns"
_TURN_COLUMNS = ("document_id", "start", "end", "label_end", "speaker", "time_start", "time_end")


@dataclass(frozen=True)
class Changes:
    """What a command (or its undo) touched: table name -> row ids."""

    rows: dict[str, frozenset[int]] = field(default_factory=dict)

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(self.rows)

    def __bool__(self) -> bool:
        return bool(self.rows)

    def touches(self, *tables: str) -> bool:
        return any(t in self.rows for t in tables)


@dataclass(frozen=True)
class _Step:
    label: str
    first: int  # first undolog seq of the step
    last: int  # last undolog seq of the step


def _columns(db: Database, table: str) -> list[str]:
    """The table's columns except an INTEGER PRIMARY KEY, which is the rowid itself."""
    info = db.execute(f"PRAGMA main.table_info({table})").fetchall()
    rowid_alias = [r[1] for r in info if r[5] == 1 and r[2].upper() == "INTEGER"]
    if sum(1 for r in info if r[5]) != 1:
        rowid_alias = []
    return [r[1] for r in info if r[1] not in rowid_alias]


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(value: str) -> str:
    """SQL rendering `value` as an SQL literal. quote() cuts text at a NUL character,
    so text containing one is written as a hex blob cast back to text."""
    return (
        f"CASE WHEN typeof({value}) = 'text' AND instr(CAST({value} AS BLOB), X'00') > 0 "
        f"THEN 'CAST(X''' || hex({value}) || ''' AS TEXT)' ELSE quote({value}) END"
    )


def _trigger_sql(db: Database, table: str) -> list[str]:
    cols = _columns(db, table)
    col_list = ", ".join(_quoted(c) for c in cols)
    values = "||','||".join(_literal(f"old.{_quoted(c)}") for c in cols)
    statements = [
        f"""CREATE TEMP TRIGGER undo_{table}_insert AFTER INSERT ON main.{table} BEGIN
            INSERT INTO undolog(tbl, row_id, sql) VALUES ('{table}', new.rowid,
                'DELETE FROM main.{table} WHERE rowid=' || new.rowid);
        END""",
        f"""CREATE TEMP TRIGGER undo_{table}_delete BEFORE DELETE ON main.{table} BEGIN
            INSERT INTO undolog(tbl, row_id, sql) VALUES ('{table}', old.rowid,
                'INSERT INTO main.{table}(rowid, {col_list.replace("'", "''")}) VALUES ('
                || old.rowid || ',' || {values} || ')');
        END""",
    ]
    # One update trigger per column, so that renaming a document does not copy its text.
    for c in cols:
        statements.append(
            f"""CREATE TEMP TRIGGER undo_{table}_update_{c} AFTER UPDATE OF {_quoted(c)} ON main.{table}
                WHEN old.{_quoted(c)} IS NOT new.{_quoted(c)} BEGIN
                INSERT INTO undolog(tbl, row_id, sql) VALUES ('{table}', old.rowid,
                    'UPDATE main.{table} SET {_quoted(c).replace("'", "''")}=' || {_literal(f"old.{_quoted(c)}")}
                    || ' WHERE rowid=' || old.rowid);
            END"""
        )
    return statements


def _turns_trigger() -> str:
    """The undo entry that puts a deleted document's turns back: one INSERT from a JSON array."""
    columns = "rowid, " + ", ".join(_quoted(c) for c in _TURN_COLUMNS)
    values = ", ".join(f"json_extract(value, ''$[{index}]'')" for index in range(len(_TURN_COLUMNS) + 1))
    return f"""CREATE TEMP TRIGGER undo_documents_delete_turns BEFORE DELETE ON main.documents BEGIN
        INSERT INTO undolog(tbl, row_id, sql)
            SELECT 'documents', old.rowid, 'INSERT INTO main.turns({columns}) SELECT {values} FROM json_each('
                || quote(json_group_array(json_array({columns}))) || ')'
            FROM main.turns WHERE document_id = old.rowid HAVING count(*) > 0;
    END"""


_TURNS_COME_BACK_WITH_THEIR_DOCUMENT = _turns_trigger()


class History:
    """The undo and redo stacks of one open project (one connection, this session only)."""

    def __init__(self, db: Database):
        self._db = db
        self._undo: list[_Step] = []
        self._redo: list[_Step] = []
        db.execute(
            "CREATE TEMP TABLE IF NOT EXISTS undolog("
            "seq INTEGER PRIMARY KEY AUTOINCREMENT, tbl TEXT NOT NULL, row_id INTEGER, sql TEXT NOT NULL)"
        )
        for table in USER_TABLES:
            if table != _RIDES_WITH_DOCUMENT:
                for statement in _trigger_sql(db, table):
                    db.execute(statement)
        db.execute(_TURNS_COME_BACK_WITH_THEIR_DOCUMENT)

    # -- recording -------------------------------------------------------
    def mark(self) -> int:
        """The newest log entry; entries written after it have larger numbers (AUTOINCREMENT)."""
        return self._db.execute("SELECT ifnull(max(seq), 0) FROM undolog").fetchone()[0]

    def record(self, label: str, since: int) -> Changes:
        """Close a command that started after log entry `since`; clears redo."""
        last = self.mark()
        if last > since:
            self._undo.append(_Step(label, since + 1, last))
            self._drop(self._redo)
            self._redo.clear()
        return self._changes(since + 1, last)

    # -- undo / redo -----------------------------------------------------
    @property
    def undo_label(self) -> str | None:
        return self._undo[-1].label if self._undo else None

    @property
    def redo_label(self) -> str | None:
        return self._redo[-1].label if self._redo else None

    def undo(self) -> Changes:
        return self._replay(self._undo, self._redo)

    def redo(self) -> Changes:
        return self._replay(self._redo, self._undo)

    def _replay(self, source: list[_Step], target: list[_Step]) -> Changes:
        if not source:
            return Changes()
        step = source[-1]
        db = self._db
        with db.atomic():
            before = self.mark()
            # Reversed rows may come back in any order (a coding before its
            # document): check foreign keys at commit, not per statement.
            db.execute("PRAGMA defer_foreign_keys = ON")
            statements = db.execute(
                "SELECT sql FROM undolog WHERE seq BETWEEN ? AND ? ORDER BY seq DESC",
                [step.first, step.last],
            ).fetchall()
            db.execute("DELETE FROM undolog WHERE seq BETWEEN ? AND ?", [step.first, step.last])
            for (sql,) in statements:
                db.execute(sql)
            after = self.mark()
        source.pop()
        if after > before:
            target.append(_Step(step.label, before + 1, after))
        return self._changes(before + 1, after)

    def _changes(self, first: int, last: int) -> Changes:
        rows: dict[str, set[int]] = {}
        for tbl, row_id in self._db.execute(
            "SELECT tbl, row_id FROM undolog WHERE seq BETWEEN ? AND ?", [first, last]
        ).fetchall():
            rows.setdefault(tbl, set()).add(row_id)
        return Changes({t: frozenset(ids) for t, ids in rows.items()})

    def _drop(self, steps: list[_Step]) -> None:
        for step in steps:
            self._db.execute("DELETE FROM undolog WHERE seq BETWEEN ? AND ?", [step.first, step.last])

    def clear(self) -> None:
        self._drop(self._undo)
        self._drop(self._redo)
        self._undo.clear()
        self._redo.clear()
