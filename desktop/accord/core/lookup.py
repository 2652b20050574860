"""Finding a row by the name or id a user typed."""

from sqlite_utils import Database

from .errors import NotFound


def resolve_id(db: Database, table: str, ref: str | int, what: str, column: str = "name") -> int:
    """The id of the row whose `column` equals ref, or whose id is ref.

    A name wins over an id, so a code literally named "3" is still found by name.
    """
    if isinstance(ref, int):
        if db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [ref]).fetchone():
            return ref
        raise NotFound(f"no {what} with id {ref}")
    rows = db.execute(f"SELECT id FROM {table} WHERE {column} = ?", [ref]).fetchall()
    if len(rows) == 1:
        return rows[0][0]
    if len(rows) > 1:
        raise NotFound(f"{what} name {ref!r} is ambiguous ({len(rows)} match); use its id")
    if ref.isdigit() and db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [int(ref)]).fetchone():
        return int(ref)
    raise NotFound(f"no {what} named {ref!r}")
